/**
 * Stable error codes. The backend answers with one of the server codes in a
 * `Problem` body; `network` and `aborted` are produced by the client only.
 * The UI translates every code (`errors:<code>` in the catalogs).
 */
export const SERVER_ERROR_CODES = [
  'validation_failed',
  'not_found',
  'not_set_up',
  'already_set_up',
  'conflict',
  'invalid_account_name',
  'account_name_taken',
  'invalid_invitee',
  'already_member',
  'invitation_not_pending',
  'last_admin',
  'insufficient_balance',
  'purchase_limit_exceeded',
  'idempotency_key_reused',
  'invalid_amount',
  'reclaim_not_allowed',
  'insufficient_member_credit',
  'number_unavailable',
  'number_assignee_invalid',
  'plan_unavailable',
  'account_already_linked',
  'admin_cannot_be_linked',
  'invalid_extension',
  'account_not_linked',
  'number_already_linked',
  'report_range_unavailable',
  'invalid_phone_number',
  'invalid_callback_time',
  'consent_required',
  'web_calling_unavailable',
  'too_many_requests',
  'internal',
] as const;

/**
 * Produced by the client: `network` (the service could not be reached),
 * `aborted` (the caller cancelled), `invalid_response` (an answer that does
 * not match the contract, checked at the adapter boundary),
 * `invalid_backend_url` (a backend address that is not http(s) or relative).
 */
export const CLIENT_ERROR_CODES = ['network', 'aborted', 'invalid_response', 'invalid_backend_url'] as const;

export const ERROR_CODES = [...SERVER_ERROR_CODES, ...CLIENT_ERROR_CODES] as const;

export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];
export type ErrorCode = (typeof ERROR_CODES)[number];

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

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
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
