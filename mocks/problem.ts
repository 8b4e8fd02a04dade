import type { ServerErrorCode } from '../src/core/errors.js';
import type { Problem } from './contract.js';

/** The HTTP status the contract gives each error code. */
const STATUS: Record<ServerErrorCode, number> = {
  validation_failed: 400,
  invalid_account_name: 400,
  invalid_invitee: 400,
  invalid_amount: 400,
  invalid_extension: 400,
  invalid_phone_number: 400,
  invalid_callback_time: 400,
  consent_required: 400,
  not_found: 404,
  not_set_up: 404,
  conflict: 409,
  already_set_up: 409,
  account_already_linked: 409,
  number_already_linked: 409,
  account_name_taken: 409,
  already_member: 409,
  invitation_not_pending: 409,
  last_admin: 409,
  insufficient_balance: 422,
  // The IETF Idempotency-Key draft: the same key with another body is 422.
  idempotency_key_reused: 422,
  purchase_limit_exceeded: 422,
  admin_cannot_be_linked: 422,
  reclaim_not_allowed: 422,
  insufficient_member_credit: 422,
  number_assignee_invalid: 422,
  number_unavailable: 422,
  plan_unavailable: 422,
  account_not_linked: 422,
  report_range_unavailable: 422,
  web_calling_unavailable: 422,
  too_many_requests: 429,
  internal: 500,
};

export const statusOf = (code: ServerErrorCode): number => STATUS[code];

/** A refused request: the status and `Problem` body the backend answers with. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: ServerErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ProblemError';
  }

  toProblem(): Problem {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** Builds the error for a code, with the status the contract assigns it. */
export function problem(code: ServerErrorCode, message: string, details?: Record<string, unknown>): ProblemError {
  return new ProblemError(STATUS[code], code, message, details);
}

/** A successful answer: HTTP status and JSON body (undefined for 204). */
export interface Reply<T> {
  status: number;
  body: T;
  /** Headers the contract names for the answer (`Cache-Control: no-store` on a secret). */
  headers?: Record<string, string>;
}

export const reply = <T>(body: T, status = 200): Reply<T> => ({ status, body });
