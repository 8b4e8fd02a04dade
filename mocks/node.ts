/** The mock backend in Node (Vitest): an MSW server intercepting fetch. */
import { setupServer, type SetupServer } from 'msw/node';
import { createScenario, type Scenario, type ScenarioName, type ScenarioOptions } from './scenarios.js';

export interface MockServer extends Scenario {
  server: SetupServer;
}

/**
 * A server for a scenario (not listening yet: call `server.listen()`).
 * In Node the base URL must be absolute, e.g. `http://dialkit.test/api`.
 */
export function createMockServer(scenario: ScenarioName = 'default', options: ScenarioOptions = {}): MockServer {
  const built = createScenario(scenario, { baseUrl: 'http://dialkit.test/api', ...options });
  return { ...built, server: setupServer(...built.handlers) };
}
