/** The mock backend in a service worker, for the demo page and Storybook. */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createScenario, type Scenario, type ScenarioName } from './scenarios.js';
import type { WebCallingServer } from './seed.js';

export interface StartOptions {
  scenario?: ScenarioName;
  /** Keep MSW from logging every request. */
  quiet?: boolean;
  baseUrl?: string;
  /** The SIP server the seeded company's web calls go to. */
  webCalling?: WebCallingServer;
}

export interface RunningMockBackend extends Scenario {
  worker: SetupWorker;
}

/** Starts the worker with a scenario's handlers; requests it does not handle go to the network. */
export async function startMockBackend(options: StartOptions = {}): Promise<RunningMockBackend> {
  const scenario = createScenario(options.scenario ?? 'default', { baseUrl: options.baseUrl, webCalling: options.webCalling });
  const worker = setupWorker(...scenario.handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: '/mockServiceWorker.js' },
    quiet: options.quiet ?? true,
  });
  return { ...scenario, worker };
}
