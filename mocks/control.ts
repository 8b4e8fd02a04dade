/**
 * Latency and faults of the mock backend, mutable at any time (per story,
 * per test): the handlers read it on every request.
 */
export interface MockControl {
  /** Delay of every answer in milliseconds, or `'real'` for MSW's realistic delay. */
  latencyMs: number | 'real';
  /** Fail this many of the next requests with 503 `internal` (Infinity: all of them). */
  failNext: number;
  /** Only requests whose path matches take part in `failNext`. */
  failPaths?: RegExp;
  /** Every request fails as a network error. */
  offline?: boolean;
}

export function createControl(init: Partial<MockControl> = {}): MockControl {
  return { latencyMs: 0, failNext: 0, ...init };
}

/** What the control decides for one request. */
export type Fault = 'offline' | 'unavailable' | null;

/** Decides the fault of a request, counting it against `failNext`. */
export function faultFor(control: MockControl, path: string): Fault {
  if (control.offline) return 'offline';
  if (control.failNext <= 0) return null;
  if (control.failPaths && !control.failPaths.test(path)) return null;
  control.failNext -= 1;
  return 'unavailable';
}
