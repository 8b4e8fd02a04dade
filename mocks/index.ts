/** The mock backend's shared parts; the worker is in `browser.ts`, the Node server in `node.ts`. */
export {
  MockBackend,
  OPERATIONS,
  INVITATION_LIFETIME_MS,
  type MockBackendOptions,
  type Acceptance,
  type SipProfileSpec,
  type CallMade,
  type CallReceipt,
} from './backend/index.js';
export { parseRequest, OPERATIONS_OF_CONTRACT, type Operation, type Parsed } from './parse.js';
export { ProblemError, problem, statusOf, reply, type Reply } from './problem.js';
export { createHandlers, routes, type HandlerOptions, type Route, type Method, type Call } from './handlers.js';
export { createControl, faultFor, type MockControl, type Fault } from './control.js';
export { createScenario, isScenarioName, SCENARIOS, type Scenario, type ScenarioName, type ScenarioOptions } from './scenarios.js';
export { createSeededBackend, createEmptyBackend, accountNameFor, COMPANY, type SeedOptions } from './seed.js';
export { createFreshBackend, FRESH_ACCOUNTS } from './fresh.js';
export { createRandom, mulberry32, type Random } from './random.js';
export { UsageStore, dayNumber, dayString, addMonths, usageStoreFor } from './usage.js';
export { MIN_UNIT_SIZE, FOLDED_ROW_ID } from './reports.js';
export { PLANS, numberPool, type PlanSpec, type NumberSpec } from './catalog.js';
