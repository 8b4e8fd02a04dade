import createClient from 'openapi-fetch';
import { SERVER_ERROR_CODES, type ServerErrorCode } from '../core/error-codes.js';
import { fail, ok, type DialkitError, type Result } from '../core/errors.js';
import type { CallOptions, DialkitAdapter } from './adapter.js';
import type { RestAdapterOptions } from './rest.js';
import type { paths } from './schema.js';

/**
 * The REST adapter's requests, over openapi-fetch: loaded by
 * `createRestAdapter` with the first call, so that a page whose elements are
 * given another adapter never loads it. `baseUrl` is already made absolute
 * (`undefined` when it is no http(s) URL: every call then fails with
 * `invalid_backend_url`, without a request).
 */
export function restClient(baseUrl: string | undefined, options: RestAdapterOptions): DialkitAdapter {
  const networkFailures = new WeakSet<object>();
  const client = createClient<paths>({
    baseUrl: baseUrl ?? 'about:blank',
    headers: options.headers,
    credentials: options.credentials ?? 'same-origin',
    fetch: async (request) => {
      try {
        return await (options.fetch ?? globalThis.fetch)(request);
      } catch (cause) {
        if (typeof cause === 'object' && cause !== null) networkFailures.add(cause);
        throw cause;
      }
    },
  });
  if (options.middleware?.length) client.use(...options.middleware);

  /** Sends one request and settles it into a `Result`, whatever happens. */
  async function run<T>(
    call: CallOptions | undefined,
    send: (signal: AbortSignal | undefined) => Promise<{ data?: T; error?: unknown; response: Response }>,
  ): Promise<Result<T>> {
    const signal = call?.signal;
    if (!baseUrl) {
      return fail({ code: 'invalid_backend_url', message: `createRestAdapter: baseUrl must be an http(s) or relative URL` });
    }
    try {
      const { data, error, response } = await send(signal);
      return response.ok ? ok(data as T) : fail(problemError(error, response.status));
    } catch (cause) {
      if (signal?.aborted || (cause instanceof Error && cause.name === 'AbortError')) {
        return fail({ code: 'aborted', message: 'The request was aborted.' });
      }
      const message = cause instanceof Error ? cause.message : String(cause);
      if (typeof cause === 'object' && cause !== null && networkFailures.has(cause)) {
        return fail({ code: 'network', message });
      }
      return fail({ code: 'internal', message });
    }
  }

  const key = (idempotencyKey: string) => ({ header: { 'Idempotency-Key': idempotencyKey } });

  const adapter: DialkitAdapter = {
    getManager: (o) => run(o, (signal) => client.GET('/manager', { signal })),
    setUpManager: (body, o) => run(o, (signal) => client.POST('/manager', { body, signal })),
    updateManager: (body, o) => run(o, (signal) => client.PATCH('/manager', { body, signal })),
    checkAccountName: (name, o) =>
      run(o, (signal) => client.GET('/accounts/availability', { params: { query: { name } }, signal })),

    listDepartments: (o) => run(o, (signal) => client.GET('/departments', { signal })),
    createDepartment: (body, o) => run(o, (signal) => client.POST('/departments', { body, signal })),
    updateDepartment: (departmentId, body, o) =>
      run(o, (signal) =>
        client.PATCH('/departments/{departmentId}', { params: { path: { departmentId } }, body, signal }),
      ),
    deleteDepartment: (departmentId, { version }, o) =>
      run(o, (signal) =>
        client.DELETE('/departments/{departmentId}', {
          params: { path: { departmentId }, query: { version } },
          signal,
        }),
      ),
    listGroups: (o) => run(o, (signal) => client.GET('/groups', { signal })),
    createGroup: (body, o) => run(o, (signal) => client.POST('/groups', { body, signal })),
    updateGroup: (groupId, body, o) =>
      run(o, (signal) => client.PATCH('/groups/{groupId}', { params: { path: { groupId } }, body, signal })),
    deleteGroup: (groupId, { version }, o) =>
      run(o, (signal) =>
        client.DELETE('/groups/{groupId}', { params: { path: { groupId }, query: { version } }, signal }),
      ),

    listMembers: (query, o) => run(o, (signal) => client.GET('/members', { params: { query }, signal })),
    getMember: (memberId, o) =>
      run(o, (signal) => client.GET('/members/{memberId}', { params: { path: { memberId } }, signal })),
    updateMember: (memberId, body, o) =>
      run(o, (signal) => client.PATCH('/members/{memberId}', { params: { path: { memberId } }, body, signal })),
    removeMember: (memberId, { version }, o) =>
      run(o, (signal) =>
        client.DELETE('/members/{memberId}', { params: { path: { memberId }, query: { version } }, signal }),
      ),
    setMemberFeatures: (memberId, body, o) =>
      run(o, (signal) =>
        client.PUT('/members/{memberId}/features', { params: { path: { memberId } }, body, signal }),
      ),
    setFeaturesForMembers: (body, o) => run(o, (signal) => client.POST('/members/features', { body, signal })),

    listInvitations: (query, o) => run(o, (signal) => client.GET('/invitations', { params: { query }, signal })),
    sendInvitations: (body, o) => run(o, (signal) => client.POST('/invitations', { body, signal })),
    resendInvitation: (invitationId, o) =>
      run(o, (signal) =>
        client.POST('/invitations/{invitationId}/resend', { params: { path: { invitationId } }, signal }),
      ),
    cancelInvitation: (invitationId, o) =>
      run(o, (signal) =>
        client.DELETE('/invitations/{invitationId}', { params: { path: { invitationId } }, signal }),
      ),

    getBalance: (o) => run(o, (signal) => client.GET('/credit', { signal })),
    buyCredit: (body, idempotencyKey, o) =>
      run(o, (signal) => client.POST('/credit/purchases', { params: key(idempotencyKey), body, signal })),
    allocateCredit: (body, idempotencyKey, o) =>
      run(o, (signal) => client.POST('/credit/allocations', { params: key(idempotencyKey), body, signal })),
    reclaimCredit: (body, idempotencyKey, o) =>
      run(o, (signal) => client.POST('/credit/reclaims', { params: key(idempotencyKey), body, signal })),
    setAutoRecharge: (memberId, body, o) =>
      run(o, (signal) =>
        client.PUT('/members/{memberId}/auto-recharge', { params: { path: { memberId } }, body, signal }),
      ),
    listLedger: (query, o) => run(o, (signal) => client.GET('/credit/ledger', { params: { query }, signal })),

    listPlans: (o) => run(o, (signal) => client.GET('/plans', { signal })),
    listSubscriptions: (o) => run(o, (signal) => client.GET('/subscriptions', { signal })),
    buySubscriptions: (body, idempotencyKey, o) =>
      run(o, (signal) => client.POST('/subscriptions', { params: key(idempotencyKey), body, signal })),
    assignSubscription: (subscriptionId, body, o) =>
      run(o, (signal) =>
        client.PUT('/subscriptions/{subscriptionId}/assignment', {
          params: { path: { subscriptionId } },
          body,
          signal,
        }),
      ),
    listNumbers: (o) => run(o, (signal) => client.GET('/numbers', { signal })),
    listAvailableNumbers: (query, o) =>
      run(o, (signal) => client.GET('/numbers/available', { params: { query }, signal })),
    buyNumber: (body, idempotencyKey, o) =>
      run(o, (signal) => client.POST('/numbers', { params: key(idempotencyKey), body, signal })),
    assignNumber: (numberId, body, o) =>
      run(o, (signal) =>
        client.PUT('/numbers/{numberId}/assignment', { params: { path: { numberId } }, body, signal }),
      ),

    getUsageReport: (query, o) => run(o, (signal) => client.GET('/reports/usage', { params: { query }, signal })),
    getSpendReport: (query, o) => run(o, (signal) => client.GET('/reports/spend', { params: { query }, signal })),
    getCallReport: (query, o) => run(o, (signal) => client.GET('/reports/calls', { params: { query }, signal })),
    getBudgetReport: (o) => run(o, (signal) => client.GET('/reports/budgets', { signal })),

    listSipProfiles: (o) => run(o, (signal) => client.GET('/sip-profiles', { signal })),
    getSipProfile: (profileId, o) =>
      run(o, (signal) => client.GET('/sip-profiles/{profileId}', { params: { path: { profileId } }, signal })),
    listSipCandidates: (profileId, query, o) =>
      run(o, (signal) =>
        client.GET('/sip-profiles/{profileId}/candidates', { params: { path: { profileId }, query }, signal }),
      ),
    linkSipAccount: (profileId, body, o) =>
      run(o, (signal) =>
        client.POST('/sip-profiles/{profileId}/accounts', { params: { path: { profileId } }, body, signal }),
      ),
    unlinkSipAccount: (profileId, memberId, { version }, o) =>
      run(o, (signal) =>
        client.DELETE('/sip-profiles/{profileId}/accounts/{memberId}', {
          params: { path: { profileId, memberId }, query: { version } },
          signal,
        }),
      ),
    addSipNumber: (profileId, body, o) =>
      run(o, (signal) =>
        client.POST('/sip-profiles/{profileId}/numbers', { params: { path: { profileId } }, body, signal }),
      ),
    removeSipNumber: (profileId, numberId, { version }, o) =>
      run(o, (signal) =>
        client.DELETE('/sip-profiles/{profileId}/numbers/{numberId}', {
          params: { path: { profileId, numberId }, query: { version } },
          signal,
        }),
      ),
    revealSipProfileSecret: (profileId, o) =>
      run(o, (signal) => client.GET('/sip-profiles/{profileId}/secret', { params: { path: { profileId } }, signal, cache: 'no-store' })),

    sendFeedback: (body, o) => run(o, (signal) => client.POST('/help/feedback', { body, signal })),

    requestCallback: (body, idempotencyKey, o) =>
      run(o, (signal) => client.POST('/public/callback-requests', { params: key(idempotencyKey), body, signal })),
    listCallbackRequests: (query, o) =>
      run(o, (signal) => client.GET('/callback-requests', { params: { query }, signal })),
    issueSoftphoneCredentials: (memberId, o) =>
      run(o, (signal) =>
        client.POST('/members/{memberId}/softphone-credentials', {
          params: { path: { memberId } },
          signal,
          cache: 'no-store',
        }),
      ),

    getIdempotencyRecord: (idempotencyKey, o) =>
      run(o, (signal) => client.GET('/idempotency-keys/{key}', { params: { path: { key: idempotencyKey } }, signal })),
  };
  return adapter;
}

function isServerErrorCode(value: unknown): value is ServerErrorCode {
  return typeof value === 'string' && (SERVER_ERROR_CODES as readonly string[]).includes(value);
}

/** The code of an answer that names none (an RFC 9457 problem document, a gateway's HTML page), by its status. */
function codeForStatus(status: number): ServerErrorCode {
  if (status === 400 || status === 422) return 'validation_failed';
  if (status === 404) return 'not_found';
  if (status === 429) return 'too_many_requests';
  if (status === 409 || status === 412) return 'conflict';
  return 'internal';
}

/**
 * Maps an error answer to a `DialkitError`: a `Problem` body keeps its code;
 * an RFC 9457 `application/problem+json` document (`type`, `title`,
 * `status`, `detail`), as real servers and gateways send, gets the code of its
 * status and its `detail` (or `title`) as the message; anything else (HTML,
 * text, nothing) gets the code of the status.
 */
function problemError(body: unknown, status: number): DialkitError {
  if (typeof body === 'object' && body !== null) {
    const { code, message, details, detail, title } = body as Record<string, unknown>;
    if (isServerErrorCode(code)) {
      const error: DialkitError = { code, message: typeof message === 'string' ? message : code, status };
      if (typeof details === 'object' && details !== null && !Array.isArray(details)) {
        error.details = details as Record<string, unknown>;
      }
      return error;
    }
    const text = typeof detail === 'string' ? detail : typeof title === 'string' ? title : undefined;
    if (text !== undefined) return { code: codeForStatus(status), message: text, status };
  }
  return { code: codeForStatus(status), message: `Unexpected ${status} answer from the server`, status };
}
