import type { ErrorCode } from './error-codes.js';

export type { ErrorCode, ServerErrorCode } from './error-codes.js';

/** A failure as a value: what every adapter call returns instead of throwing. */
export interface DialkitError {
  code: ErrorCode;
  /** Developer-facing text from the server; the UI shows the translated code instead. */
  message: string;
  /** HTTP status when the failure came from a response. */
  status?: number;
  /** Code-specific data, e.g. `{ profileId, profileName }` for `account_already_linked`. */
  details?: Record<string, unknown>;
}

/**
 * The variables each error message of the catalogs (`errors:<code>`) takes,
 * read from the error's `details`. Only these reach the translation: a
 * server's `details` can never change how a message is interpolated.
 */
export const ERROR_MESSAGE_VARIABLES: Partial<Record<ErrorCode, readonly string[]>> = {
  account_already_linked: ['profileName'],
};

/** The variables of `error`'s message, as text. */
export function errorMessageVariables(error: DialkitError): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const name of ERROR_MESSAGE_VARIABLES[error.code] ?? []) {
    const value = error.details?.[name];
    variables[name] = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  }
  return variables;
}

/**
 * The service could not be reached or failed midway: whether the request took
 * effect is unknown, and the same request (same idempotency key) may be sent
 * again unchanged. The UI keeps what was typed and offers to try again.
 */
export function isOutcomeUnknown(error: DialkitError): boolean {
  return error.code === 'network' || error.code === 'internal';
}

/** Errors worth offering a retry for: the request may succeed unchanged. */
export function isRetryable(error: DialkitError): boolean {
  return isOutcomeUnknown(error) || error.code === 'conflict';
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: DialkitError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = <T = never>(error: DialkitError): Result<T> => ({ ok: false, error });
