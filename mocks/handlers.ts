/**
 * MSW handlers exposing a `MockBackend` on every path of the contract, with
 * the latency and faults of a `MockControl`.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { createControl, faultFor, type MockControl } from './control.js';
import {
  isAssignee,
  isAutoRecharge,
  isBoolean,
  isFeatureAccess,
  isFeaturePatch,
  isInteger,
  isMoneyValue,
  isString,
  isStringArray,
  isVersion,
  nullable,
  objectBody,
  oneOf,
  optional,
  queryInteger,
  queryString,
  queryVersion,
  required,
  requiredQuery,
  type Json,
} from './parse.js';
import { problem, ProblemError, type Reply } from './problem.js';
import type { MockBackend } from './backend/index.js';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One request, as an operation reads it. */
export interface Call {
  url: URL;
  params: Record<string, string>;
  body: unknown;
  idempotencyKey: string | null;
}

/** One operation of the contract: method, path (MSW syntax, relative to the base) and what it does. */
export interface Route {
  method: Method;
  path: string;
  run: (call: Call) => Reply<unknown>;
}

export interface HandlerOptions {
  /** The API base the adapter uses: `/api` in a page, an absolute URL in Node. */
  baseUrl?: string;
  control?: MockControl;
}

const LEVELS = ['group', 'department', 'employee'] as const;
const MEMBER_STATUS = ['active', 'linked'] as const;
const ROLES = ['admin', 'member'] as const;
const SORTS = ['name', 'accountName', 'department', 'credit', 'joinedAt'] as const;
const ORDERS = ['asc', 'desc'] as const;
const INVITATION_STATUS = ['pending', 'accepted', 'declined', 'expired', 'cancelled'] as const;
const LEDGER_KINDS = ['purchase', 'allocation', 'reclaim', 'subscription', 'number'] as const;
const LOCALES = ['en', 'pl', 'fr'] as const;

const body = (call: Call, allowed: readonly string[]): Json => objectBody(call.body, allowed);
const param = (call: Call, name: string): string => call.params[name] ?? '';

function reportQuery(url: URL) {
  return {
    level: requiredQuery(url, 'level', oneOf(LEVELS)),
    from: requiredQuery(url, 'from'),
    to: requiredQuery(url, 'to'),
    departmentId: queryString(url, 'departmentId'),
    groupId: queryString(url, 'groupId'),
    memberId: queryString(url, 'memberId'),
  };
}

/** Every operation of the contract, reading its request and calling the backend. */
export function routes(b: MockBackend): Route[] {
  const r = (method: Method, path: string, run: Route['run']): Route => ({ method, path, run });
  return [
    r('get', '/manager', () => b.getManager()),
    r('post', '/manager', (c) => {
      const o = body(c, ['companyName', 'country', 'currency', 'admin']);
      const admin = objectBody(o.admin, ['mode', 'accountName']);
      return b.setUpManager({
        companyName: required(o, 'companyName', isString),
        country: required(o, 'country', isString),
        currency: required(o, 'currency', isString),
        admin: {
          mode: required(admin, 'mode', oneOf(['existing', 'new'] as const)),
          accountName: required(admin, 'accountName', isString, 'invalid_account_name'),
        },
      });
    }),
    r('patch', '/manager', (c) => {
      const o = body(c, ['version', 'companyName', 'country', 'currency']);
      return b.updateManager({
        version: required(o, 'version', isVersion),
        companyName: optional(o, 'companyName', isString),
        country: optional(o, 'country', isString),
        currency: optional(o, 'currency', isString),
      });
    }),
    r('get', '/accounts/availability', (c) => b.checkAccountName(requiredQuery(c.url, 'name'))),

    r('get', '/departments', () => b.listDepartments()),
    r('post', '/departments', (c) => {
      const o = body(c, ['name', 'monthlyBudget']);
      return b.createDepartment({
        name: required(o, 'name', isString),
        monthlyBudget: optional(o, 'monthlyBudget', nullable(isMoneyValue), 'invalid_amount'),
      });
    }),
    r('patch', '/departments/:departmentId', (c) => {
      const o = body(c, ['version', 'name', 'monthlyBudget']);
      return b.updateDepartment(param(c, 'departmentId'), {
        version: required(o, 'version', isVersion),
        name: optional(o, 'name', isString),
        monthlyBudget: optional(o, 'monthlyBudget', nullable(isMoneyValue), 'invalid_amount'),
      });
    }),
    r('delete', '/departments/:departmentId', (c) => b.deleteDepartment(param(c, 'departmentId'), queryVersion(c.url))),
    r('get', '/groups', () => b.listGroups()),
    r('post', '/groups', (c) => b.createGroup({ name: required(body(c, ['name']), 'name', isString) })),
    r('patch', '/groups/:groupId', (c) => {
      const o = body(c, ['version', 'name']);
      return b.updateGroup(param(c, 'groupId'), { version: required(o, 'version', isVersion), name: optional(o, 'name', isString) });
    }),
    r('delete', '/groups/:groupId', (c) => b.deleteGroup(param(c, 'groupId'), queryVersion(c.url))),

    r('get', '/members', (c) =>
      b.listMembers({
        query: queryString(c.url, 'query'),
        departmentId: queryString(c.url, 'departmentId'),
        groupId: queryString(c.url, 'groupId'),
        status: queryString(c.url, 'status', oneOf(MEMBER_STATUS)),
        role: queryString(c.url, 'role', oneOf(ROLES)),
        sort: queryString(c.url, 'sort', oneOf(SORTS)),
        order: queryString(c.url, 'order', oneOf(ORDERS)),
        offset: queryInteger(c.url, 'offset'),
        limit: queryInteger(c.url, 'limit'),
      }),
    ),
    r('post', '/members/features', (c) => {
      const o = body(c, ['memberIds', 'features']);
      return b.setFeaturesForMembers({ memberIds: required(o, 'memberIds', isStringArray), features: required(o, 'features', isFeaturePatch) });
    }),
    r('get', '/members/:memberId', (c) => b.getMember(param(c, 'memberId'))),
    r('patch', '/members/:memberId', (c) => {
      const o = body(c, ['version', 'departmentId', 'groupIds', 'role']);
      return b.updateMember(param(c, 'memberId'), {
        version: required(o, 'version', isVersion),
        departmentId: optional(o, 'departmentId', isString),
        groupIds: optional(o, 'groupIds', isStringArray),
        role: optional(o, 'role', oneOf(ROLES)),
      });
    }),
    r('delete', '/members/:memberId', (c) => b.removeMember(param(c, 'memberId'), queryVersion(c.url))),
    r('put', '/members/:memberId/features', (c) => {
      const o = body(c, ['version', 'features']);
      return b.setMemberFeatures(param(c, 'memberId'), { version: required(o, 'version', isVersion), features: required(o, 'features', isFeatureAccess) });
    }),
    r('put', '/members/:memberId/auto-recharge', (c) => {
      const o = body(c, ['version', 'autoRecharge']);
      return b.setAutoRecharge(param(c, 'memberId'), {
        version: required(o, 'version', isVersion),
        autoRecharge: required(o, 'autoRecharge', nullable(isAutoRecharge), 'invalid_amount'),
      });
    }),

    r('get', '/invitations', (c) => b.listInvitations(queryString(c.url, 'status', oneOf(INVITATION_STATUS)))),
    r('post', '/invitations', (c) => {
      const o = body(c, ['invitees', 'departmentId', 'groupIds']);
      return b.sendInvitations({
        invitees: required(o, 'invitees', isStringArray),
        departmentId: required(o, 'departmentId', isString),
        groupIds: required(o, 'groupIds', isStringArray),
      });
    }),
    r('post', '/invitations/:invitationId/resend', (c) => b.resendInvitation(param(c, 'invitationId'))),
    r('delete', '/invitations/:invitationId', (c) => b.cancelInvitation(param(c, 'invitationId'))),

    r('get', '/credit', () => b.getBalance()),
    r('post', '/credit/purchases', (c) =>
      b.buyCredit(c.idempotencyKey, { amount: required(body(c, ['amount']), 'amount', isMoneyValue, 'invalid_amount') }),
    ),
    r('post', '/credit/allocations', (c) => {
      const o = body(c, ['memberIds', 'amount']);
      return b.allocateCredit(c.idempotencyKey, {
        memberIds: required(o, 'memberIds', isStringArray),
        amount: required(o, 'amount', isMoneyValue, 'invalid_amount'),
      });
    }),
    r('post', '/credit/reclaims', (c) => {
      const o = body(c, ['memberId', 'amount']);
      return b.reclaimCredit(c.idempotencyKey, {
        memberId: required(o, 'memberId', isString),
        amount: required(o, 'amount', isMoneyValue, 'invalid_amount'),
      });
    }),
    r('get', '/credit/ledger', (c) =>
      b.listLedger({
        kind: queryString(c.url, 'kind', oneOf(LEDGER_KINDS)),
        memberId: queryString(c.url, 'memberId'),
        from: queryString(c.url, 'from'),
        to: queryString(c.url, 'to'),
        offset: queryInteger(c.url, 'offset'),
        limit: queryInteger(c.url, 'limit'),
      }),
    ),

    r('get', '/plans', () => b.listPlans()),
    r('get', '/subscriptions', () => b.listSubscriptions()),
    r('post', '/subscriptions', (c) => {
      const o = body(c, ['planId', 'quantity']);
      return b.buySubscriptions(c.idempotencyKey, { planId: required(o, 'planId', isString), quantity: required(o, 'quantity', isInteger) });
    }),
    r('put', '/subscriptions/:subscriptionId/assignment', (c) => {
      const o = body(c, ['version', 'memberId']);
      return b.assignSubscription(param(c, 'subscriptionId'), {
        version: required(o, 'version', isVersion),
        memberId: required(o, 'memberId', nullable(isString)),
      });
    }),
    r('get', '/numbers', () => b.listNumbers()),
    r('get', '/numbers/available', (c) => b.listAvailableNumbers(queryString(c.url, 'country'))),
    r('post', '/numbers', (c) => b.buyNumber(c.idempotencyKey, { number: required(body(c, ['number']), 'number', isString) })),
    r('put', '/numbers/:numberId/assignment', (c) => {
      const o = body(c, ['version', 'assignee']);
      return b.assignNumber(param(c, 'numberId'), { version: required(o, 'version', isVersion), assignee: required(o, 'assignee', isAssignee) });
    }),

    r('get', '/reports/usage', (c) => b.getUsageReport(reportQuery(c.url))),
    r('get', '/reports/spend', (c) => b.getSpendReport(reportQuery(c.url))),
    r('get', '/reports/calls', (c) =>
      b.getCallReport({
        memberId: requiredQuery(c.url, 'memberId'),
        from: requiredQuery(c.url, 'from'),
        to: requiredQuery(c.url, 'to'),
        offset: queryInteger(c.url, 'offset'),
        limit: queryInteger(c.url, 'limit'),
      }),
    ),
    r('get', '/reports/budgets', () => b.getBudgetReport()),

    r('get', '/sip-profiles', () => b.listSipProfiles()),
    r('get', '/sip-profiles/:profileId', (c) => b.getSipProfile(param(c, 'profileId'))),
    r('get', '/sip-profiles/:profileId/candidates', (c) => b.listSipCandidates(param(c, 'profileId'), queryString(c.url, 'query'))),
    r('post', '/sip-profiles/:profileId/accounts', (c) => {
      const o = body(c, ['version', 'memberId', 'extension']);
      return b.linkSipAccount(param(c, 'profileId'), {
        version: required(o, 'version', isVersion),
        memberId: required(o, 'memberId', isString),
        extension: optional(o, 'extension', nullable(isString), 'invalid_extension'),
      });
    }),
    r('delete', '/sip-profiles/:profileId/accounts/:memberId', (c) =>
      b.unlinkSipAccount(param(c, 'profileId'), param(c, 'memberId'), queryVersion(c.url)),
    ),
    r('post', '/sip-profiles/:profileId/numbers', (c) => {
      const o = body(c, ['version', 'numberId']);
      return b.addSipNumber(param(c, 'profileId'), { version: required(o, 'version', isVersion), numberId: required(o, 'numberId', isString) });
    }),
    r('delete', '/sip-profiles/:profileId/numbers/:numberId', (c) =>
      b.removeSipNumber(param(c, 'profileId'), param(c, 'numberId'), queryVersion(c.url)),
    ),

    r('post', '/help/feedback', (c) => {
      const o = body(c, ['articleId', 'helpful', 'comment', 'locale']);
      return b.sendFeedback({
        articleId: required(o, 'articleId', isString),
        helpful: required(o, 'helpful', isBoolean),
        comment: optional(o, 'comment', isString),
        locale: required(o, 'locale', oneOf(LOCALES)),
      });
    }),
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

const problemResponse = (error: ProblemError) => HttpResponse.json(error.toProblem(), { status: error.status });

function toResponse(result: Reply<unknown>) {
  return result.body === undefined ? new HttpResponse(null, { status: result.status }) : HttpResponse.json(result.body, { status: result.status });
}

/** Answers one request: the control's latency and faults first, then the operation. */
async function answer(control: MockControl, route: Route, request: Request, params: Record<string, unknown>) {
  const url = new URL(request.url);
  const fault = faultFor(control, url.pathname);
  if (fault === 'offline') return HttpResponse.error();
  if (control.latencyMs === 'real' || control.latencyMs > 0) await delay(control.latencyMs);
  if (fault === 'unavailable') return problemResponse(new ProblemError(503, 'internal', 'The service is temporarily unavailable'));
  try {
    const call: Call = {
      url,
      params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
      body: await readJson(request),
      idempotencyKey: request.headers.get('Idempotency-Key'),
    };
    return toResponse(route.run(call));
  } catch (error) {
    if (error instanceof ProblemError) return problemResponse(error);
    return problemResponse(new ProblemError(500, 'internal', error instanceof Error ? error.message : String(error)));
  }
}

/** MSW handlers for every operation of the contract, served under `baseUrl`. */
export function createHandlers(backend: MockBackend, options: HandlerOptions = {}): HttpHandler[] {
  const base = (options.baseUrl ?? '/api').replace(/\/+$/, '');
  const control = options.control ?? createControl();
  return routes(backend).map((route) =>
    http[route.method](`${base}${route.path}`, ({ request, params }) => answer(control, route, request, params)),
  );
}
