// The lists of error codes: what checks a code (the adapters, when they read
// an answer), apart from the error helpers every element loads.

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

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
