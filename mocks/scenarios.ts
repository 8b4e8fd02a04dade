/**
 * Named set-ups of the mock backend for the demo, stories and tests: the
 * backend, its control and the handlers that serve it.
 */
import type { HttpHandler } from 'msw';
import { createControl, type MockControl } from './control.js';
import { createHandlers } from './handlers.js';
import { createEmptyBackend, createSeededBackend, type WebCallingServer } from './seed.js';
import { createFreshBackend } from './fresh.js';
import type { MockBackend } from './backend/index.js';

export const SCENARIOS = ['default', 'empty', 'fresh', 'slow', 'failing', 'offline'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface Scenario {
  backend: MockBackend;
  control: MockControl;
  handlers: HttpHandler[];
}

export interface ScenarioOptions {
  baseUrl?: string;
  seed?: number;
  now?: () => Date;
  /** The seeded company's web calls go to this SIP server (the demo's). */
  webCalling?: WebCallingServer;
}

const CONTROLS: Record<ScenarioName, Partial<MockControl>> = {
  default: { latencyMs: 'real' },
  empty: { latencyMs: 'real' },
  fresh: { latencyMs: 'real' },
  slow: { latencyMs: 1500 },
  failing: { latencyMs: 'real', failNext: Number.POSITIVE_INFINITY },
  offline: { offline: true },
};

export const isScenarioName = (value: unknown): value is ScenarioName =>
  typeof value === 'string' && (SCENARIOS as readonly string[]).includes(value);

/**
 * `default`: the seeded company; `empty`: a company just set up (the admin
 * alone, zero balance, no SIP profiles); `fresh`: no manager set up yet (see
 * `fresh.ts`); `slow`: the company answering after
 * 1.5 s; `failing`: every request answers 503; `offline`: every request fails
 * as a network error.
 */
export function createScenario(name: ScenarioName = 'default', options: ScenarioOptions = {}): Scenario {
  const backend =
    name === 'empty' ? createEmptyBackend({ now: options.now })
    : name === 'fresh' ? createFreshBackend({ now: options.now })
    : createSeededBackend(options.seed, { now: options.now, webCalling: options.webCalling });
  const control = createControl(CONTROLS[name]);
  return { backend, control, handlers: createHandlers(backend, { baseUrl: options.baseUrl, control }) };
}
