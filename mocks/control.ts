/**
 * Latency and faults of the mock backend, mutable at any time (per story,
 * per test): the handlers read it on every request.
 */
export interface MockControl {
  /** Delay of every answer in milliseconds, or `'real'` for MSW's realistic delay. */
  latencyMs: number | 'real';
  /** Fail this many of the next requests with 503 `internal` (Infinity: all of them), before the backend acts. */
  failNext: number;
  /**
   * Lose the answers of this many of the next requests (Infinity: all of
   * them): the backend acts, then the client sees a network error, so that
   * what it did is unknown to the client, as when a connection drops after
   * the server committed. Counted after `failNext`.
   */
  loseAnswers?: number;
  /** Only requests whose path matches take part in `failNext` and `loseAnswers`. */
  failPaths?: RegExp;
  /** Every request fails as a network error. */
  offline?: boolean;
  /**
   * While set, every answer waits for this promise too, after the latency:
   * a test looks at a pending state (a busy label, a disabled button) for as
   * long as it needs, however slow the machine, then lets the answers go.
   */
  hold?: Promise<unknown>;
}

export function createControl(init: Partial<MockControl> = {}): MockControl {
  return { latencyMs: 0, failNext: 0, loseAnswers: 0, ...init };
}

/**
 * What the control decides for one request: `offline` and `unavailable` stop
 * it before the backend sees it, `lost` lets the backend act and drops the answer.
 */
export type Fault = 'offline' | 'unavailable' | 'lost' | null;

/** Decides the fault of a request, counting it against `failNext`, then `loseAnswers`. */
export function faultFor(control: MockControl, path: string): Fault {
  if (control.offline) return 'offline';
  const losing = control.loseAnswers ?? 0;
  if (control.failNext <= 0 && losing <= 0) return null;
  if (control.failPaths && !control.failPaths.test(path)) return null;
  if (control.failNext > 0) {
    control.failNext -= 1;
    return 'unavailable';
  }
  control.loseAnswers = losing - 1;
  return 'lost';
}
