import { fail, type DialkitError, type Result } from '../core/errors.js';
import { reimportable } from '../core/reimport.js';
import type { DialkitAdapter } from './adapter.js';
import { publishChange } from './changes.js';

/**
 * The checks of answers (`settle.ts`), loaded with the first answer, not with
 * the elements; a failed load (the network) is tried again with the next one.
 */
const checks = reimportable(() => import('./settle.js'));

const checkedOf = new WeakMap<DialkitAdapter, WeakMap<object, DialkitAdapter>>();
/** The adapter each checked one wraps. */
const given = new WeakMap<DialkitAdapter, DialkitAdapter>();
const anyone = {};

/**
 * The adapter as it was given, behind a checked one: what names the backend
 * (what every element on it shares), whichever element checks its answers.
 */
export function givenAdapter(adapter: DialkitAdapter): DialkitAdapter {
  return given.get(adapter) ?? adapter;
}

/**
 * The adapter as the elements use it: every answer, from the REST adapter or
 * from an adapter given as an object, is checked against the contract.
 * A body of the wrong shape becomes an `invalid_response` failure (shown as
 * the element's error state, and reported through `dk-error`), an error of
 * the wrong shape a clean one, and an adapter that throws or answers
 * something else than a `Result` a failure. Every successful write is
 * published to the adapter's listeners (`onBackendChange`), naming `origin`,
 * the element that made it. The same adapter and origin always give the same
 * checked adapter.
 */
export function checkedAdapter(adapter: DialkitAdapter, origin?: EventTarget): DialkitAdapter {
  if (given.has(adapter)) return adapter;
  let byOrigin = checkedOf.get(adapter);
  if (!byOrigin) checkedOf.set(adapter, (byOrigin = new WeakMap()));
  let wrapped = byOrigin.get(origin ?? anyone);
  if (!wrapped) {
    const calls = new Map<string, (...args: unknown[]) => Promise<Result<unknown>>>();
    const call = async (name: string, args: unknown[]): Promise<Result<unknown>> => {
      // The request goes out at once; its checks load meanwhile.
      const answer = (async () => (Reflect.get(adapter, name) as (...a: unknown[]) => unknown).apply(adapter, args))();
      // Handled by `settle`, once loaded: not an unhandled rejection meanwhile.
      answer.catch(() => undefined);
      let settle: typeof import('./settle.js');
      try {
        settle = await checks();
      } catch (error) {
        // A network error: the answer cannot be trusted unchecked, as if the service had not answered (a write may have taken effect).
        return fail(error as DialkitError);
      }
      const result = await settle.settle(name, answer);
      if (result.ok && (await settle.isWrite(name).catch(() => false))) publishChange(adapter, { operation: name, data: result.data, origin });
      return result;
    };
    wrapped = new Proxy(adapter, {
      get(target, name, receiver) {
        const value: unknown = Reflect.get(target, name, receiver);
        if (typeof name !== 'string' || typeof value !== 'function') return value;
        let bound = calls.get(name);
        if (!bound) calls.set(name, (bound = (...args: unknown[]) => call(name, args)));
        return bound;
      },
    });
    byOrigin.set(origin ?? anyone, wrapped);
    given.set(wrapped, adapter);
  }
  return wrapped;
}
