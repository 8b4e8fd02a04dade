/**
 * MSW handlers exposing a `MockBackend` on every operation of the contract,
 * with the latency and faults of a `MockControl`. Each route names its
 * operation; the request is checked against that operation's schemas
 * (`parse.ts`) before the backend sees it.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { operations } from '../src/adapter/schema.js';
import type { OperationId } from '../src/adapter/types.js';
import type { MockBackend } from './backend/index.js';
import { createControl, faultFor, type MockControl } from './control.js';
import { parseRequest } from './parse.js';
import { problem, ProblemError, type Reply } from './problem.js';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A part of an operation's request, `{}` when the operation has none. */
type Part<T> = [Exclude<T, undefined>] extends [never] ? {} : Exclude<T, undefined>;
type BodyOf<K extends OperationId> = operations[K] extends { requestBody: { content: { 'application/json': infer B } } } ? B : undefined;

/** One request, as its operation reads it once the contract's schemas have accepted it. */
export interface Call<K extends OperationId = OperationId> {
  url: URL;
  /** Query and path parameters, integers read as numbers. */
  parameters: Part<operations[K]['parameters']['query']> & Part<operations[K]['parameters']['path']>;
  body: BodyOf<K>;
  idempotencyKey: string | null;
}

/** One operation of the contract: its operationId, method, path (MSW syntax, relative to the base) and what it does. */
export interface Route {
  operationId: OperationId;
  method: Method;
  path: string;
  run: (call: Call) => Reply<unknown> | Promise<Reply<unknown>>;
}

export interface HandlerOptions {
  /** The API base the adapter uses: `/api` in a page, an absolute URL in Node. */
  baseUrl?: string;
  control?: MockControl;
}

// The call reaching `run` has passed its operation's schemas, so it has the shape `Call<K>` describes.
const route = <K extends OperationId>(operationId: K, method: Method, path: string, run: (call: Call<K>) => Reply<unknown> | Promise<Reply<unknown>>): Route => ({
  operationId,
  method,
  path,
  run: run as unknown as Route['run'],
});

/** Every operation of the contract, reading its request and calling the backend. */
export function routes(b: MockBackend): Route[] {
  return [
    route('getManager', 'get', '/manager', () => b.getManager()),
    route('setUpManager', 'post', '/manager', (c) => b.setUpManager(c.body)),
    route('updateManager', 'patch', '/manager', (c) => b.updateManager(c.body)),
    route('checkAccountName', 'get', '/accounts/availability', (c) => b.checkAccountName(c.parameters.name)),

    route('listDepartments', 'get', '/departments', () => b.listDepartments()),
    route('createDepartment', 'post', '/departments', (c) => b.createDepartment(c.body)),
    route('updateDepartment', 'patch', '/departments/:departmentId', (c) => b.updateDepartment(c.parameters.departmentId, c.body)),
    route('deleteDepartment', 'delete', '/departments/:departmentId', (c) => b.deleteDepartment(c.parameters.departmentId, c.parameters.version)),
    route('listGroups', 'get', '/groups', () => b.listGroups()),
    route('createGroup', 'post', '/groups', (c) => b.createGroup(c.body)),
    route('updateGroup', 'patch', '/groups/:groupId', (c) => b.updateGroup(c.parameters.groupId, c.body)),
    route('deleteGroup', 'delete', '/groups/:groupId', (c) => b.deleteGroup(c.parameters.groupId, c.parameters.version)),

    route('listMembers', 'get', '/members', (c) => b.listMembers(c.parameters)),
    route('setFeaturesForMembers', 'post', '/members/features', (c) => b.setFeaturesForMembers(c.body)),
    route('getMember', 'get', '/members/:memberId', (c) => b.getMember(c.parameters.memberId)),
    route('updateMember', 'patch', '/members/:memberId', (c) => b.updateMember(c.parameters.memberId, c.body)),
    route('removeMember', 'delete', '/members/:memberId', (c) => b.removeMember(c.parameters.memberId, c.parameters.version)),
    route('setMemberFeatures', 'put', '/members/:memberId/features', (c) => b.setMemberFeatures(c.parameters.memberId, c.body)),
    route('setAutoRecharge', 'put', '/members/:memberId/auto-recharge', (c) => b.setAutoRecharge(c.parameters.memberId, c.body)),

    route('listInvitations', 'get', '/invitations', (c) => b.listInvitations(c.parameters.status)),
    route('sendInvitations', 'post', '/invitations', (c) => b.sendInvitations(c.body)),
    route('resendInvitation', 'post', '/invitations/:invitationId/resend', (c) => b.resendInvitation(c.parameters.invitationId)),
    route('cancelInvitation', 'delete', '/invitations/:invitationId', (c) => b.cancelInvitation(c.parameters.invitationId)),

    route('getBalance', 'get', '/credit', () => b.getBalance()),
    route('buyCredit', 'post', '/credit/purchases', (c) => b.buyCredit(c.idempotencyKey, c.body)),
    route('allocateCredit', 'post', '/credit/allocations', (c) => b.allocateCredit(c.idempotencyKey, c.body)),
    route('reclaimCredit', 'post', '/credit/reclaims', (c) => b.reclaimCredit(c.idempotencyKey, c.body)),
    route('listLedger', 'get', '/credit/ledger', (c) => b.listLedger(c.parameters)),

    route('listPlans', 'get', '/plans', () => b.listPlans()),
    route('listSubscriptions', 'get', '/subscriptions', () => b.listSubscriptions()),
    route('buySubscriptions', 'post', '/subscriptions', (c) => b.buySubscriptions(c.idempotencyKey, c.body)),
    route('assignSubscription', 'put', '/subscriptions/:subscriptionId/assignment', (c) => b.assignSubscription(c.parameters.subscriptionId, c.body)),
    route('listNumbers', 'get', '/numbers', () => b.listNumbers()),
    route('listAvailableNumbers', 'get', '/numbers/available', (c) => b.listAvailableNumbers(c.parameters.country)),
    route('buyNumber', 'post', '/numbers', (c) => b.buyNumber(c.idempotencyKey, c.body)),
    route('assignNumber', 'put', '/numbers/:numberId/assignment', (c) => b.assignNumber(c.parameters.numberId, c.body)),

    route('getUsageReport', 'get', '/reports/usage', (c) => b.getUsageReport(c.parameters)),
    route('getSpendReport', 'get', '/reports/spend', (c) => b.getSpendReport(c.parameters)),
    route('getCallReport', 'get', '/reports/calls', (c) => b.getCallReport(c.parameters)),
    route('getBudgetReport', 'get', '/reports/budgets', () => b.getBudgetReport()),

    route('listSipProfiles', 'get', '/sip-profiles', () => b.listSipProfiles()),
    route('getSipProfile', 'get', '/sip-profiles/:profileId', (c) => b.getSipProfile(c.parameters.profileId)),
    route('revealSipProfileSecret', 'get', '/sip-profiles/:profileId/secret', (c) => b.revealSipProfileSecret(c.parameters.profileId)),
    route('listSipCandidates', 'get', '/sip-profiles/:profileId/candidates', (c) => b.listSipCandidates(c.parameters.profileId, c.parameters.query)),
    route('linkSipAccount', 'post', '/sip-profiles/:profileId/accounts', (c) => b.linkSipAccount(c.parameters.profileId, c.body)),
    route('unlinkSipAccount', 'delete', '/sip-profiles/:profileId/accounts/:memberId', (c) =>
      b.unlinkSipAccount(c.parameters.profileId, c.parameters.memberId, c.parameters.version),
    ),
    route('addSipNumber', 'post', '/sip-profiles/:profileId/numbers', (c) => b.addSipNumber(c.parameters.profileId, c.body)),
    route('removeSipNumber', 'delete', '/sip-profiles/:profileId/numbers/:numberId', (c) =>
      b.removeSipNumber(c.parameters.profileId, c.parameters.numberId, c.parameters.version),
    ),

    route('sendFeedback', 'post', '/help/feedback', (c) => b.sendFeedback(c.body)),

    route('requestCallback', 'post', '/public/callback-requests', (c) => b.requestCallback(c.idempotencyKey, c.body)),
    route('listCallbackRequests', 'get', '/callback-requests', (c) => b.listCallbackRequests(c.parameters)),
    route('issueSoftphoneCredentials', 'post', '/members/:memberId/softphone-credentials', (c) => b.issueSoftphoneCredentials(c.parameters.memberId)),

    route('getIdempotencyRecord', 'get', '/idempotency-keys/:key', (c) => b.getIdempotencyRecord(c.parameters.key)),
  ];
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw problem('validation_failed', 'The body is not valid JSON');
  }
}

// A refusal for sending too often says when to try again in the `Retry-After` header too.
const problemResponse = (error: ProblemError) =>
  HttpResponse.json(error.toProblem(), {
    status: error.status,
    headers: error.code === 'too_many_requests' ? { 'Retry-After': String(error.details?.retryAfterSeconds ?? 60) } : undefined,
  });

function toResponse(result: Reply<unknown>) {
  const init = { status: result.status, headers: result.headers };
  return result.body === undefined ? new HttpResponse(null, init) : HttpResponse.json(result.body, init);
}

/** Answers one request: the control's latency and faults first, then the contract's schemas, then the operation, whose answer a `lost` fault drops. */
async function answer(control: MockControl, route: Route, request: Request, params: Record<string, unknown>) {
  const url = new URL(request.url);
  const fault = faultFor(control, url.pathname);
  if (fault === 'offline') return HttpResponse.error();
  if (control.latencyMs === 'real' || control.latencyMs > 0) await delay(control.latencyMs);
  await control.hold;
  if (fault === 'unavailable') return problemResponse(new ProblemError(503, 'internal', 'The service is temporarily unavailable'));
  const response = await act(route, request, url, params);
  // The backend has acted (or refused) for good; only the client is left not knowing which.
  return fault === 'lost' ? HttpResponse.error() : response;
}

/** The contract's schemas, then the operation, as an HTTP answer. */
async function act(route: Route, request: Request, url: URL, params: Record<string, unknown>) {
  try {
    const parsed = parseRequest(route.operationId, {
      url,
      params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
      body: await readJson(request),
    });
    const call = { url, ...parsed, idempotencyKey: request.headers.get('Idempotency-Key') } as Call;
    return toResponse(await route.run(call));
  } catch (error) {
    if (error instanceof ProblemError) return problemResponse(error);
    return problemResponse(new ProblemError(500, 'internal', error instanceof Error ? error.message : String(error)));
  }
}

/** MSW handlers for every operation of the contract, served under `baseUrl`. */
export function createHandlers(backend: MockBackend, options: HandlerOptions = {}): HttpHandler[] {
  const base = (options.baseUrl ?? '/api').replace(/\/+$/, '');
  const control = options.control ?? createControl();
  return routes(backend).map((r) => http[r.method](`${base}${r.path}`, ({ request, params }) => answer(control, r, request, params)));
}
