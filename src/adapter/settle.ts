// How the checked adapter settles an answer: the contract's checks, the
// cleaning of failures, which operations write. Loaded with the first answer
// (with the contract's index), not with the elements.
import { isErrorCode } from '../core/error-codes.js';
import { fail, type DialkitError, type Result } from '../core/errors.js';
import { reimportable } from '../core/reimport.js';

type Validate = ((data: unknown) => boolean) & { errors?: { instancePath?: string; keyword?: string }[] | null };

/**
 * The contract's validators, one module per operation, compiled from
 * `openapi.yaml` at build time (scripts/contract-validators.ts). Loaded with
 * the first answer of each operation, not with the elements.
 */
const contract = reimportable(() => import('virtual:dialkit/contract-validators'));
const validators = new Map<string, () => Promise<{ validate: Validate }>>();

/** The operation's validator; a failed load (the network) is tried again with the next answer. */
async function validatorOf(operation: string): Promise<Validate | undefined> {
  const { validators: all } = await contract();
  if (!Object.hasOwn(all, operation)) return undefined;
  let load = validators.get(operation);
  if (!load) validators.set(operation, (load = reimportable(all[operation]!)));
  return (await load()).validate;
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
export async function isWrite(operation: string): Promise<boolean> {
  return (await contract()).writes.includes(operation);
}

/** Settles whatever one operation's call answered (or threw) into a `Result` the elements can trust. */
export async function settle(operation: string, answer: Promise<unknown>): Promise<Result<unknown>> {
  let result: unknown;
  try {
    result = await answer;
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
  } catch (error) {
    // A network error: the checks could not be loaded.
    return fail(error as DialkitError);
  }
  if (validate && !validate(settled.data)) {
    const first = validate.errors?.[0];
    return invalid(operation, `${first?.instancePath || '/'} ${first?.keyword ?? ''}`.trim());
  }
  return { ok: true, data: settled.data };
}

