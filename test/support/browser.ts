/**
 * What the browser tests of the elements share: the mock backend in a service
 * worker, the catalogs of every language, a fresh company per test, and `t()`.
 * A test file calls `mockBackend({...})` once at its top; its bodies then read
 * `scenario` and switch company with `use()`.
 *
 * One module state per test file: Vitest's browser mode runs each file in its
 * own page, so `scenario` and the worker are never shared between files.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { setupWorker } from 'msw/browser';
import { createScenario, type Scenario, type ScenarioName } from '../../mocks/scenarios.js';
import { restAdapterFor } from '../../src/adapter/changes.js';
import { intentsOf } from '../../src/adapter/intents.js';
import { loadCatalogs, translate } from '../../src/i18n/i18n.js';
import { LOCALES, type Locale } from '../../src/i18n/locales.js';

/** The worker serving the mock backend; `worker.use(...)` overrides one answer for a test. */
export const worker = setupWorker();

/** The company the running test talks to: its backend (to read or change the data) and its control (latency, faults). */
export let scenario: Scenario;

let instant = false;

export interface MockBackendOptions {
  /** Catalog namespaces the file's tests need, loaded in every language before the first test. */
  namespaces: readonly string[];
  /** The company each test starts with. */
  scenario?: ScenarioName;
  /**
   * No simulated network delay: answers come at once. Scenarios whose point is
   * their latency (`slow`) keep it. Files that test progress states leave it off.
   */
  instant?: boolean;
  /** More to load per language before the first test (the help articles). */
  load?: (locale: Locale) => Promise<void>;
}

/** Starts the worker for the file, loads the catalogs, and gives each test a fresh `scenario`. */
export function mockBackend(options: MockBackendOptions): void {
  instant = options.instant ?? false;
  beforeAll(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
    await Promise.all(
      LOCALES.map(async (locale) => {
        await loadCatalogs(locale, options.namespaces);
        await options.load?.(locale);
      }),
    );
  });
  afterAll(() => worker.stop());
  beforeEach(() => {
    use(options.scenario ?? 'default');
  });
  afterEach(() => {
    listening.abort();
    listening = new AbortController();
  });
}

/** Serves another company from now on: a named scenario, or one made by the test. */
export function use(next: ScenarioName | Scenario): Scenario {
  scenario = typeof next === 'string' ? createScenario(next) : next;
  // Another company on the same address: what the elements left unsettled with the last one never reached this one.
  intentsOf(restAdapterFor()).clear();
  if (instant && scenario.control.latencyMs === 'real') scenario.control.latencyMs = 0;
  worker.resetHandlers(...scenario.handlers);
  return scenario;
}

/**
 * The values of the request header `name` that left the page, by path, emptied
 * before each test: e.g. the Idempotency-Key of each money-moving request,
 * to check that a retry sends the same one.
 */
export function recordHeader(name: string): Record<string, string[]> {
  const seen: Record<string, string[]> = {};
  worker.events.on('request:start', ({ request }) => {
    const value = request.headers.get(name);
    if (value) (seen[new URL(request.url).pathname] ??= []).push(value);
  });
  beforeEach(() => {
    for (const path of Object.keys(seen)) delete seen[path];
  });
  return seen;
}

/** A `dk-*` event as the tests compare it. */
export interface HeardEvent {
  type: string;
  // Each test reads the detail of the events it expects: typing it here would only move casts there.
  detail: any;
}

/** Stops the test's listeners when it ends. */
let listening = new AbortController();

const typeAndDetail = (e: Event): HeardEvent => ({ type: e.type, detail: (e as CustomEvent).detail });

/**
 * The events of `types` that reach the document until the test ends, in order,
 * as `read` takes them down while the listener runs (an event from inside a
 * shadow root loses its target once dispatched).
 */
export function eventsAtDocument<T = HeardEvent>(types: readonly string[], read: (e: Event) => T = typeAndDetail as (e: Event) => T): T[] {
  const heard: T[] = [];
  for (const type of types) document.addEventListener(type, (e) => heard.push(read(e)), { signal: listening.signal });
  return heard;
}

/** A catalog key in a language, as the elements translate it. */
export const t = (locale: Locale, key: string, options?: Record<string, unknown>): string => translate(locale, key, options);
