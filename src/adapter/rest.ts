import type { HeadersOptions, Middleware } from 'openapi-fetch';
import { fail, type DialkitError, type Result } from '../core/errors.js';
import { reimportable } from '../core/reimport.js';
import { safeBaseUrl } from './base-url.js';
import type { DialkitAdapter } from './adapter.js';

/** How {@link createRestAdapter} reaches the backend. */
export interface RestAdapterOptions {
  /**
   * Root of the API. A relative URL is resolved against `location.href` when
   * the adapter is created; outside a browser it must be absolute.
   * @default '/api'
   */
  baseUrl?: string;
  /** The fetch to use; `globalThis.fetch`, read at call time, when absent. */
  fetch?: (request: Request) => Promise<Response>;
  /** Headers sent with every request. */
  headers?: HeadersOptions;
  /** openapi-fetch middleware, e.g. {@link bearerAuth}, applied in order. */
  middleware?: Middleware[];
  /**
   * Whether requests carry the browser's cookies (`fetch`'s `credentials`).
   * A backend on another origin that authenticates with cookies needs
   * `'include'` (and must answer CORS with `Access-Control-Allow-Credentials`
   * and the page's exact origin); with a token, use {@link bearerAuth} and
   * leave this at `'same-origin'`, so that no cookie goes along.
   * @default 'same-origin'
   */
  credentials?: RequestCredentials;
}

/** Middleware that sends `Authorization: Bearer <token>`, asking for the token on every request; none when it is empty. */
export function bearerAuth(token: () => string | null | undefined | Promise<string | null | undefined>): Middleware {
  return {
    async onRequest({ request }) {
      const value = await token();
      if (value) request.headers.set('Authorization', `Bearer ${value}`);
    },
  };
}

/** Every operation of the contract: the methods of the REST adapter. */
const OPERATIONS = [
  'getManager',
  'setUpManager',
  'updateManager',
  'checkAccountName',
  'listDepartments',
  'createDepartment',
  'updateDepartment',
  'deleteDepartment',
  'listGroups',
  'createGroup',
  'updateGroup',
  'deleteGroup',
  'listMembers',
  'getMember',
  'updateMember',
  'removeMember',
  'setMemberFeatures',
  'setFeaturesForMembers',
  'listInvitations',
  'sendInvitations',
  'resendInvitation',
  'cancelInvitation',
  'getBalance',
  'buyCredit',
  'allocateCredit',
  'reclaimCredit',
  'setAutoRecharge',
  'listLedger',
  'listPlans',
  'listSubscriptions',
  'buySubscriptions',
  'assignSubscription',
  'listNumbers',
  'listAvailableNumbers',
  'buyNumber',
  'assignNumber',
  'getUsageReport',
  'getSpendReport',
  'getCallReport',
  'getBudgetReport',
  'listSipProfiles',
  'getSipProfile',
  'listSipCandidates',
  'linkSipAccount',
  'unlinkSipAccount',
  'addSipNumber',
  'removeSipNumber',
  'revealSipProfileSecret',
  'sendFeedback',
  'requestCallback',
  'listCallbackRequests',
  'issueSoftphoneCredentials',
  'getIdempotencyRecord',
] as const satisfies readonly Exclude<keyof DialkitAdapter, 'id'>[];

/**
 * A {@link DialkitAdapter} over HTTP, speaking the contract in `openapi.yaml`.
 * Its requests (openapi-fetch and the mapping of answers, `rest-client.ts`)
 * load with its first call, so that creating one, or giving the elements an
 * `api-base` they never use, costs nothing; a failed load answers `network`
 * and is tried again with the next call.
 */
export function createRestAdapter(options: RestAdapterOptions = {}): DialkitAdapter {
  const baseUrl = safeBaseUrl(options.baseUrl ?? '/api');
  const load = reimportable(() => import('./rest-client.js'));
  let client: DialkitAdapter | undefined;
  const call = async (name: (typeof OPERATIONS)[number], args: unknown[]): Promise<Result<unknown>> => {
    let loaded: DialkitAdapter;
    try {
      loaded = client ??= (await load()).restClient(baseUrl, options);
    } catch (error) {
      // The client could not be loaded: a network error.
      return fail(error as DialkitError);
    }
    return (loaded[name] as (...a: unknown[]) => Promise<Result<unknown>>)(...args);
  };
  const adapter = Object.fromEntries(OPERATIONS.map((name) => [name, (...args: unknown[]) => call(name, args)])) as unknown as DialkitAdapter;
  // The backend is named by its base URL (not an operation, so not enumerable among them).
  if (baseUrl) Object.defineProperty(adapter, 'id', { value: baseUrl, enumerable: false });
  return adapter;
}
