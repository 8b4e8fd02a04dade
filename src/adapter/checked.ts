import { fail, isErrorCode, type DialkitError, type Result } from '../core/errors.js';
import type { DialkitAdapter } from './adapter.js';
import { publishChange } from './changes.js';

type Validate = ((data: unknown) => boolean) & { errors?: { instancePath?: string; keyword?: string }[] | null };

/**
 * The contract's validators, one module per operation, compiled from
 * `openapi.yaml` at build time (scripts/contract-validators.ts). Loaded with
 * the first answer of each operation, not with the elements.
 */
let contract: Promise<typeof import('virtual:dialkit/contract-validators')> | undefined;
const validators = new Map<string, Promise<Validate | undefined>>();

function validatorOf(operation: string): Promise<Validate | undefined> {
  let found = validators.get(operation);
  if (!found) {
    contract ??= import('virtual:dialkit/contract-validators');
    found = contract.then(({ validators: all }) => (Object.hasOwn(all, operation) ? all[operation]!() : undefined));
    // A failed load (the network) is tried again with the next answer.
    found.catch(() => validators.delete(operation));
    validators.set(operation, found);
  }
  return found;
}

const isMoney = (v: unknown): boolean =>
  !!v && typeof v === 'object' && Number.isSafeInteger((v as { amountMinor?: unknown }).amountMinor) &&
  typeof (v as { currency?: unknown }).currency === 'string' && /^[A-Z]{3}$/.test((v as { currency: string }).currency);
const isText = (v: unknown): boolean => (typeof v === 'string' && v.length <= 1000) || (typeof v === 'number' && Number.isFinite(v));

/**
 * The error details the elements read, each with the shape it must have;
 * anything else a server sends in `details` is dropped, so that it can never
 * reach the catalogs' interpolation or a template.
 */
const DETAILS: Record<string, (value: unknown, operation: string) => boolean | Promise<boolean>> = {
  field: isText,
  id: isText,
  profileId: isText,
  profileName: isText,
  limit: isText,
  heldTo: isText,
  retryAfterSeconds: isText,
  required: isMoney,
  available: isMoney,
  max: isMoney,
  // The current record of a conflict: what the operation itself answers.
  current: async (value, operation) => {
    const validate = await validatorOf(operation).catch(() => undefined);
    return !!validate && validate(value);
  },
};

/** A failure as the elements may trust it: a known code, text where text belongs, known details only. */
async function cleanError(operation: string, error: unknown): Promise<DialkitError> {
  const raw = (error && typeof error === 'object' ? error : {}) as Record<string, unknown>;
  const cleaned: DialkitError = {
    code: isErrorCode(raw.code) ? raw.code : 'internal',
    message: typeof raw.message === 'string' ? raw.message.slice(0, 2000) : '',
  };
  if (typeof raw.status === 'number' && Number.isInteger(raw.status)) cleaned.status = raw.status;
  if (raw.details && typeof raw.details === 'object' && !Array.isArray(raw.details)) {
    const details: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw.details)) {
      const check = Object.hasOwn(DETAILS, key) ? DETAILS[key] : undefined;
      if (check && (await check(value, operation))) details[key] = value;
    }
    if (Object.keys(details).length) cleaned.details = details;
  }
  return cleaned;
}

function invalid(operation: string, why: string): Result<never> {
  return fail({ code: 'invalid_response', message: `${operation}: the answer does not match the contract (${why})`, details: { operation } });
}

/** Whether `operation` changes data (its method is not GET in the contract). */
async function isWrite(operation: string): Promise<boolean> {
  contract ??= import('virtual:dialkit/contract-validators');
  return (await contract).writes.includes(operation);
}

/** Calls one operation and settles whatever comes back into a `Result` the elements can trust. */
async function settle(operation: string, call: () => unknown): Promise<Result<unknown>> {
  let result: unknown;
  try {
    result = await call();
  } catch (cause) {
    return fail({ code: 'internal', message: cause instanceof Error ? cause.message : String(cause) });
  }
  if (!result || typeof result !== 'object' || typeof (result as { ok?: unknown }).ok !== 'boolean') {
    return invalid(operation, 'not a result');
  }
  const settled = result as { ok: boolean; data?: unknown; error?: unknown };
  if (!settled.ok) return { ok: false, error: await cleanError(operation, settled.error) };
  let validate: Validate | undefined;
  try {
    validate = await validatorOf(operation);
  } catch {
    return fail({ code: 'network', message: `The checks of ${operation} could not be loaded` });
  }
  if (validate && !validate(settled.data)) {
    const first = validate.errors?.[0];
    return invalid(operation, `${first?.instancePath || '/'} ${first?.keyword ?? ''}`.trim());
  }
  return { ok: true, data: settled.data };
}

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
      const result = await settle(name, () => (Reflect.get(adapter, name) as (...a: unknown[]) => unknown).apply(adapter, args));
      if (result.ok && (await isWrite(name).catch(() => false))) publishChange(adapter, { operation: name, data: result.data, origin });
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
