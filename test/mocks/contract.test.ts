/**
 * Every handler of the mock answers what the OpenAPI document declares: each
 * operation is exercised over HTTP (MSW in Node, plain fetch), and every JSON
 * body is validated against the schema declared for its path, method and status.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../mocks/handlers.js';
import { createMockServer } from '../../mocks/node.js';
import { MockBackend } from '../../mocks/backend/index.js';

type Json = Record<string, unknown>;

const BASE = 'http://dialkit.test/api';
const NOW = new Date('2026-03-16T10:00:00Z');
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

const doc = parse(readFileSync(new URL('../../src/adapter/openapi.yaml', import.meta.url), 'utf8')) as Json;
const paths = doc.paths as Record<string, Record<string, Json>>;
const operations = Object.entries(paths).flatMap(([path, item]) =>
  METHODS.filter((m) => m in item).map((method) => ({ path, method, responses: (item[method] as Json).responses as Record<string, Json> })),
);
const templates = Object.keys(paths).map((path) => ({
  path,
  pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(doc, 'openapi');

const pointer = (...parts: string[]): string => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** The validator of the JSON body a path, method and status declare (null when none is declared). */
function validatorFor(path: string, method: string, status: number): ValidateFunction | null | undefined {
  const responses = (paths[path]?.[method] as Json | undefined)?.responses as Record<string, Json> | undefined;
  let response = responses?.[String(status)];
  if (!response) return undefined;
  let ref = `openapi#/${pointer('paths', path, method, 'responses', String(status))}`;
  if (typeof response.$ref === 'string') {
    const name = response.$ref.split('/').pop() as string;
    response = ((doc.components as Json).responses as Record<string, Json>)[name] as Json;
    ref = `openapi#/${pointer('components', 'responses', name)}`;
  }
  if (!(response.content as Json | undefined)?.['application/json']) return null;
  return ajv.compile({ $ref: `${ref}/content/application~1json/schema` });
}

const exercised = new Map<string, Set<number>>();
const failures: string[] = [];
const scenario = createMockServer('default', { baseUrl: BASE, now: () => NOW });
const { backend, control, server } = scenario;

interface Answer {
  status: number;
  body: any;
}

/** Sends a request, validates the answer against the document and records it. */
async function call(method: (typeof METHODS)[number], url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${BASE}${url}`, {
    method: method.toUpperCase(),
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  const pathname = new URL(`${BASE}${url}`).pathname.slice('/api'.length);
  const template = templates.find((t) => t.pattern.test(pathname))?.path;
  const label = `${method.toUpperCase()} ${template ?? pathname} ${response.status}`;
  if (!template) failures.push(`${label}: no such path in the document`);
  else {
    const validate = validatorFor(template, method, response.status);
    if (validate === undefined) failures.push(`${label}: status not declared`);
    else if (validate === null) {
      if (json !== undefined) failures.push(`${label}: body where none is declared`);
    } else if (!validate(json)) failures.push(`${label}: ${ajv.errorsText(validate.errors)} in ${text.slice(0, 300)}`);
    const key = `${method} ${template}`;
    exercised.set(key, (exercised.get(key) ?? new Set()).add(response.status));
  }
  return { status: response.status, body: json };
}

let keyCount = 0;
const key = () => ({ 'Idempotency-Key': `contract-${String(++keyCount).padStart(4, '0')}` });
const pln = (amountMinor: number) => ({ amountMinor, currency: 'PLN' });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('mock handlers against the OpenAPI document', () => {
  it('answers every operation with bodies that match the declared schemas', async () => {
    control.latencyMs = 0;
    // Manager
    const manager = (await call('get', '/manager')).body;
    expect((await call('post', '/manager', { companyName: 'X', country: 'PL', currency: 'PLN', admin: { mode: 'new', accountName: 'admin.other' } })).status).toBe(409);
    expect((await call('patch', '/manager', { version: manager.version, companyName: 'Kowalski & Dupont' })).status).toBe(200);
    expect((await call('patch', '/manager', { version: manager.version, companyName: 'Stale' })).body.code).toBe('conflict');
    expect((await call('patch', '/manager', { version: 'x' })).status).toBe(400);
    expect((await call('get', '/accounts/availability?name=admin.architectes')).body).toMatchObject({ valid: true, available: false });
    expect((await call('get', '/accounts/availability?name=1bad')).body.reason).toBe('invalid_account_name');
    expect((await call('get', '/accounts/availability')).status).toBe(400);

    // Organisation
    const departments = (await call('get', '/departments')).body;
    const dep = (await call('post', '/departments', { name: 'Archiwum', monthlyBudget: pln(10000) })).body;
    expect((await call('post', '/departments', { name: '' })).status).toBe(400);
    const depV2 = (await call('patch', `/departments/${dep.id}`, { version: dep.version, monthlyBudget: null })).body;
    expect((await call('patch', `/departments/${dep.id}`, { version: dep.version, name: 'Old' })).status).toBe(409);
    expect((await call('delete', `/departments/${departments[1].id}?version=${departments[1].version}`)).status).toBe(409);
    expect((await call('delete', `/departments/${dep.id}?version=${depV2.version}`)).status).toBe(204);
    expect((await call('delete', `/departments/${dep.id}?version=1`)).status).toBe(404);
    const groups = (await call('get', '/groups')).body;
    const grp = (await call('post', '/groups', { name: 'Ogród' })).body;
    const grpV2 = (await call('patch', `/groups/${grp.id}`, { version: grp.version, name: 'Ogród zimowy' })).body;
    expect((await call('patch', `/groups/${grp.id}`, { version: grp.version })).status).toBe(409);
    expect((await call('delete', `/groups/${grp.id}`)).status).toBe(400);
    expect((await call('delete', `/groups/${grp.id}?version=${grpV2.version}`)).status).toBe(204);

    // Members
    const page = (await call('get', '/members?sort=credit&order=desc&limit=100')).body;
    expect(page.total).toBe(48);
    expect((await call('get', '/members?query=wrobel')).body.items.map((m: any) => m.displayName)).toContain('Łukasz Wróbel');
    expect((await call('get', '/members?limit=0')).status).toBe(400);
    const plain = page.items.find((m: any) => m.role === 'member' && m.status === 'active');
    const admins = page.items.filter((m: any) => m.role === 'admin');
    expect((await call('get', `/members/${plain.id}`)).status).toBe(200);
    expect((await call('get', '/members/nobody')).status).toBe(404);
    expect((await call('post', '/members/features', { memberIds: [plain.id], features: { onlineNumber: true } })).status).toBe(200);
    expect((await call('post', '/members/features', { memberIds: ['nobody'], features: { voicemail: true } })).status).toBe(404);
    const member = (await call('get', `/members/${plain.id}`)).body;
    const features = { ...member.features, voicemail: false };
    const m2 = (await call('put', `/members/${plain.id}/features`, { version: member.version, features })).body;
    expect((await call('put', `/members/${plain.id}/features`, { version: member.version, features })).body.code).toBe('conflict');
    const auto = { amount: pln(20000), threshold: pln(5000), monthlyCap: pln(60000) };
    const m3 = (await call('put', `/members/${plain.id}/auto-recharge`, { version: m2.version, autoRecharge: auto })).body;
    expect((await call('put', `/members/${plain.id}/auto-recharge`, { version: m3.version, autoRecharge: { ...auto, threshold: pln(30000) } })).status).toBe(400);
    const moved = (await call('patch', `/members/${plain.id}`, { version: m3.version, departmentId: departments[2].id, groupIds: [groups[0].id] })).body;
    const demoted = (await call('patch', `/members/${admins[1].id}`, { version: admins[1].version, role: 'member' })).body;
    expect((await call('patch', `/members/${admins[0].id}`, { version: admins[0].version, role: 'member' })).body.code).toBe('last_admin');
    expect((await call('delete', `/members/${admins[0].id}?version=${admins[0].version}`)).body.code).toBe('last_admin');
    expect((await call('patch', `/members/${plain.id}`, { version: 1, departmentId: 'dep_999' })).status).toBe(409);
    expect((await call('patch', `/members/${plain.id}`, { version: moved.version, departmentId: 'dep_999' })).status).toBe(404);
    const removal = (await call('delete', `/members/${demoted.id}?version=${demoted.version}`)).body;
    expect(removal.reclaimed.currency).toBe('PLN');

    // Invitations
    const invitations = (await call('get', '/invitations?status=pending')).body;
    expect(invitations).toHaveLength(5);
    const batch = (await call('post', '/invitations', { invitees: ['nowy.pracownik', 'lukasz.wrobel', '!!', 'bartosz.nowicki'], departmentId: departments[0].id, groupIds: [] })).body;
    expect(batch.rejected.map((r: any) => r.code)).toEqual(['already_member', 'invalid_invitee', 'conflict']);
    expect((await call('post', '/invitations', { invitees: ['someone.new'], departmentId: 'dep_999', groupIds: [] })).status).toBe(404);
    expect((await call('post', `/invitations/${batch.created[0].id}/resend`)).status).toBe(200);
    expect((await call('delete', `/invitations/${batch.created[0].id}`)).body.status).toBe('cancelled');
    expect((await call('delete', `/invitations/${batch.created[0].id}`)).body.code).toBe('invitation_not_pending');
    expect((await call('post', `/invitations/${batch.created[0].id}/resend`)).status).toBe(409);
    expect((await call('post', '/invitations/inv_999/resend')).status).toBe(404);
    expect((await call('get', '/invitations?status=bogus')).status).toBe(400);

    // Credit
    const balance = (await call('get', '/credit')).body;
    const buyKey = key();
    const bought = await call('post', '/credit/purchases', { amount: pln(10000) }, buyKey);
    expect(bought.status).toBe(201);
    expect((await call('post', '/credit/purchases', { amount: pln(10000) }, buyKey)).body).toEqual(bought.body);
    // The same key with another body: 422, as the IETF Idempotency-Key draft says.
    const reused = await call('post', '/credit/purchases', { amount: pln(20000) }, buyKey);
    expect(reused.body.code).toBe('idempotency_key_reused');
    expect(reused.status).toBe(422);
    // What became of a key: the answer given for it; a key never received (or refused) is not found.
    const record = (await call('get', `/idempotency-keys/${buyKey['Idempotency-Key']}`)).body;
    expect(record).toMatchObject({ operation: 'buyCredit', status: 'completed', response: bought.body });
    expect((await call('get', '/idempotency-keys/never-sent-0001')).body.code).toBe('not_found');
    expect((await call('get', '/idempotency-keys/short')).status).toBe(400);
    expect((await call('post', '/credit/purchases', { amount: pln(10000) })).status).toBe(400);
    expect((await call('post', '/credit/purchases', { amount: { amountMinor: 100, currency: 'EUR' } }, key())).body.code).toBe('invalid_amount');
    expect((await call('post', '/credit/purchases', { amount: pln(balance.purchaseLimit.perPurchase.amountMinor + 1) }, key())).body.code).toBe('purchase_limit_exceeded');
    expect((await call('post', '/credit/allocations', { memberIds: [plain.id], amount: pln(1000) }, key())).status).toBe(201);
    expect((await call('post', '/credit/allocations', { memberIds: [plain.id], amount: pln(10 ** 12) }, key())).body.code).toBe('insufficient_balance');
    expect((await call('post', '/credit/allocations', { memberIds: ['nobody'], amount: pln(100) }, key())).status).toBe(404);
    expect((await call('post', '/credit/reclaims', { memberId: plain.id, amount: pln(500) }, key())).status).toBe(201);
    expect((await call('post', '/credit/reclaims', { memberId: plain.id, amount: pln(10 ** 9) }, key())).body.code).toBe('insufficient_member_credit');
    expect((await call('post', '/credit/reclaims', { memberId: 'nobody', amount: pln(100) }, key())).status).toBe(404);
    const ledger = (await call('get', '/credit/ledger?limit=5')).body;
    expect(ledger.sum).toEqual((await call('get', '/credit')).body.balance);
    expect((await call('get', '/credit/ledger?kind=purchase&from=2026-01-01&to=2026-03-16')).status).toBe(200);
    expect((await call('get', '/credit/ledger?from=yesterday')).status).toBe(400);
    const refused = (await call('get', '/credit/ledger?kind=auto_recharge_refused')).body;
    expect(refused.items[0]).toMatchObject({ automatic: true, amount: pln(0), requested: { currency: 'PLN' } });
    expect(refused.sum).toEqual(pln(0));

    // Subscriptions and numbers
    const plans = (await call('get', '/plans')).body;
    expect(plans).toHaveLength(4);
    expect((await call('get', '/subscriptions')).status).toBe(200);
    const subs = (await call('post', '/subscriptions', { planId: plans[0].id, quantity: 2 }, key())).body;
    expect((await call('post', '/subscriptions', { planId: 'plan_none', quantity: 1 }, key())).body.code).toBe('plan_unavailable');
    expect((await call('post', '/subscriptions', { planId: plans[0].id, quantity: 1000 }, key())).status).toBe(400);
    const sub = subs.items[0];
    expect((await call('put', `/subscriptions/${sub.id}/assignment`, { version: sub.version, memberId: plain.id })).status).toBe(200);
    expect((await call('put', `/subscriptions/${sub.id}/assignment`, { version: sub.version, memberId: null })).status).toBe(409);
    expect((await call('put', `/subscriptions/${sub.id}/assignment`, { version: sub.version + 1, memberId: 'nobody' })).status).toBe(404);
    expect((await call('get', '/numbers')).body).toHaveLength(12);
    const offered = (await call('get', '/numbers/available?country=FR')).body;
    const bought2 = (await call('post', '/numbers', { number: offered[0].number }, key())).body.item;
    expect((await call('post', '/numbers', { number: offered[0].number }, key())).body.code).toBe('number_unavailable');
    expect((await call('post', '/numbers', { number: 'not-a-number' }, key())).status).toBe(400);
    const noNumbers = page.items.find((m: any) => m.id !== plain.id && m.role === 'member' && !m.features.onlineNumber);
    expect((await call('put', `/numbers/${bought2.id}/assignment`, { version: bought2.version, assignee: { kind: 'member', memberId: noNumbers.id } })).body.code).toBe('number_assignee_invalid');
    expect((await call('put', `/numbers/${bought2.id}/assignment`, { version: bought2.version, assignee: { kind: 'member', memberId: 'nobody' } })).status).toBe(404);
    const assigned = (await call('put', `/numbers/${bought2.id}/assignment`, { version: bought2.version, assignee: { kind: 'member', memberId: plain.id } })).body;
    expect((await call('put', `/numbers/${bought2.id}/assignment`, { version: bought2.version, assignee: null })).status).toBe(409);
    const unassigned = (await call('put', `/numbers/${bought2.id}/assignment`, { version: assigned.version, assignee: null })).body;

    // Reports
    for (const level of ['group', 'department', 'employee']) {
      expect((await call('get', `/reports/usage?level=${level}&from=2026-02-01&to=2026-02-28`)).status).toBe(200);
      expect((await call('get', `/reports/spend?level=${level}&from=2025-10-01&to=2026-03-16`)).status).toBe(200);
    }
    expect((await call('get', '/reports/usage?level=employee&from=2025-01-01&to=2025-02-01')).body.code).toBe('report_range_unavailable');
    expect((await call('get', '/reports/spend?level=employee&from=2026-01-01&to=2027-01-01')).body.code).toBe('report_range_unavailable');
    expect((await call('get', '/reports/usage?level=planet&from=2026-02-01&to=2026-02-28')).status).toBe(400);
    const employees = (await call('get', '/reports/usage?level=employee&from=2026-02-01&to=2026-02-28')).body.rows;
    const shown = employees.find((r: any) => !r.suppressed && r.calls > 0);
    expect((await call('get', `/reports/calls?memberId=${shown.id}&from=2026-02-01&to=2026-02-28&limit=5`)).body.items).toHaveLength(5);
    expect((await call('get', `/reports/calls?memberId=private-1&from=2026-02-01&to=2026-02-28`)).status).toBe(404);
    expect((await call('get', `/reports/calls?memberId=${shown.id}&from=2025-01-01&to=2025-02-01`)).status).toBe(422);
    expect((await call('get', `/reports/calls?from=2026-02-01&to=2026-02-28`)).status).toBe(400);
    expect((await call('get', `/reports/calls?memberId=${shown.id}&from=2026-02-01&to=2026-02-28&limit=0`)).body.details).toEqual({ field: 'limit' });
    expect((await call('get', '/reports/budgets')).body.rows.length).toBeGreaterThan(0);

    // SIP profiles
    const profiles = (await call('get', '/sip-profiles')).body;
    const [warszawa, paris] = profiles;
    expect((await call('get', '/sip-profiles/sip_999')).status).toBe(404);
    const candidates = (await call('get', `/sip-profiles/${warszawa.id}/candidates?query=a`)).body;
    expect(candidates.some((c: any) => c.reason === 'account_already_linked')).toBe(true);
    let detail = (await call('get', `/sip-profiles/${warszawa.id}`)).body;
    const linkedElsewhere = (await call('get', `/sip-profiles/${paris.id}`)).body.accounts[0];
    expect((await call('post', `/sip-profiles/${warszawa.id}/accounts`, { version: detail.version, memberId: linkedElsewhere.memberId })).body.code).toBe('account_already_linked');
    expect((await call('post', `/sip-profiles/${warszawa.id}/accounts`, { version: detail.version, memberId: admins[0].id })).body.code).toBe('admin_cannot_be_linked');
    expect((await call('post', `/sip-profiles/${warszawa.id}/accounts`, { version: detail.version, memberId: plain.id, extension: '12a' })).body.code).toBe('invalid_extension');
    expect((await call('post', `/sip-profiles/${warszawa.id}/accounts`, { version: detail.version - 1, memberId: plain.id })).body.code).toBe('conflict');
    expect((await call('post', `/sip-profiles/${warszawa.id}/accounts`, { version: detail.version, memberId: 'nobody' })).status).toBe(404);
    detail = (await call('post', `/sip-profiles/${warszawa.id}/accounts`, { version: detail.version, memberId: plain.id, extension: '4711' })).body;
    detail = (await call('delete', `/sip-profiles/${warszawa.id}/accounts/${plain.id}?version=${detail.version}`)).body;
    expect((await call('delete', `/sip-profiles/${warszawa.id}/accounts/${plain.id}?version=${detail.version}`)).body.code).toBe('account_not_linked');
    expect((await call('delete', `/sip-profiles/${warszawa.id}/accounts/${plain.id}?version=0`)).status).toBe(409);
    expect((await call('delete', `/sip-profiles/${warszawa.id}/accounts/${plain.id}`)).status).toBe(400);
    detail = (await call('post', `/sip-profiles/${warszawa.id}/numbers`, { version: detail.version, numberId: unassigned.id })).body;
    expect((await call('post', `/sip-profiles/${paris.id}/numbers`, { version: paris.version, numberId: unassigned.id })).body.code).toBe('number_already_linked');
    expect((await call('post', `/sip-profiles/${warszawa.id}/numbers`, { version: detail.version, numberId: 'num_999' })).status).toBe(404);
    expect((await call('post', `/sip-profiles/${warszawa.id}/numbers`, { version: 0, numberId: unassigned.id })).status).toBe(409);
    expect((await call('post', `/sip-profiles/${warszawa.id}/numbers`, { version: detail.version })).status).toBe(400);
    detail = (await call('delete', `/sip-profiles/${warszawa.id}/numbers/${unassigned.id}?version=${detail.version}`)).body;
    expect((await call('delete', `/sip-profiles/${warszawa.id}/numbers/${unassigned.id}?version=${detail.version}`)).status).toBe(404);
    expect((await call('delete', `/sip-profiles/${warszawa.id}/numbers/${unassigned.id}?version=0`)).status).toBe(409);
    expect((await call('delete', `/sip-profiles/${warszawa.id}/numbers/${unassigned.id}`)).status).toBe(400);
    expect((await call('get', `/sip-profiles/sip_999/candidates`)).status).toBe(404);
    // The trunk's password, on request only, never cached; none for an unknown profile.
    const secret = await call('get', `/sip-profiles/${warszawa.id}/secret`);
    expect(secret.status).toBe(200);
    expect((await call('get', `/sip-profiles/sip_999/secret`)).status).toBe(404);
    expect((await call('delete', `/sip-profiles/sip_999/accounts/${plain.id}?version=1`)).status).toBe(404);

    // Help
    expect((await call('post', '/help/feedback', { articleId: 'sip-link-account', helpful: false, comment: 'Brak zrzutu ekranu', locale: 'pl' })).status).toBe(202);
    expect((await call('post', '/help/feedback', { articleId: 'x', helpful: 'yes', locale: 'pl' })).status).toBe(400);
    expect(backend.feedback()).toHaveLength(1);

    // Web calling: Warszawa takes web calls, Paris does not.
    const [ewa, , magdalena] = (await call('get', `/sip-profiles/${warszawa.id}`)).body.accounts;
    const consent = { consent: true, consentVersion: 'callback-1', locale: 'pl' };
    const asked = { accountName: ewa.accountName, phoneNumber: '+48221234567', pageUrl: 'https://example.com/kontakt?x=1', ...consent };
    const callbackKey = key();
    const receipt = (await call('post', '/public/callback-requests', asked, callbackKey)).body;
    expect((await call('post', '/public/callback-requests', asked, callbackKey)).body).toEqual(receipt);
    expect((await call('post', '/public/callback-requests', { ...asked, phoneNumber: '+48221234568' }, callbackKey)).status).toBe(422);
    expect((await call('post', '/public/callback-requests', asked)).status).toBe(400);
    expect((await call('post', '/public/callback-requests', { ...asked, consent: false }, key())).body.code).toBe('consent_required');
    expect((await call('post', '/public/callback-requests', { ...asked, accountName: 'nobody.here' }, key())).status).toBe(404);
    for (let i = 0; i < 2; i++) expect((await call('post', '/public/callback-requests', asked, key())).status).toBe(202);
    expect((await call('post', '/public/callback-requests', asked, key())).status).toBe(429);
    const listed = (await call('get', `/callback-requests?memberId=${ewa.memberId}&limit=2`)).body;
    expect(listed).toMatchObject({ total: 3, items: [{ id: receipt.id, pageUrl: 'https://example.com/kontakt' }, {}] });
    expect((await call('get', '/callback-requests?limit=0')).status).toBe(400);
    const credentials = (await call('post', `/members/${ewa.memberId}/softphone-credentials`)).body;
    expect(credentials).toMatchObject({ websocketUrl: 'wss://sip.example.com/ws', sipUri: `sip:${ewa.accountName}@sip.example.com` });
    expect((await call('post', `/members/${magdalena.memberId}/softphone-credentials`)).body.sipUri).toBe(`sip:${magdalena.accountName}@sip.example.com`);
    expect((await call('post', `/members/${linkedElsewhere.memberId}/softphone-credentials`)).body.code).toBe('web_calling_unavailable');
    expect((await call('post', `/members/${plain.id}/softphone-credentials`)).body.code).toBe('account_not_linked');
    expect((await call('post', '/members/nobody/softphone-credentials')).status).toBe(404);
  });

  it('answers 404 not_set_up before the manager exists, and 201 once set up', async () => {
    server.use(...createHandlers(new MockBackend({ now: () => NOW }), { baseUrl: BASE }));
    try {
      for (const path of ['/manager', '/departments', '/groups', '/members', '/invitations', '/credit', '/credit/ledger', '/plans', '/subscriptions', '/numbers', '/numbers/available', '/sip-profiles']) {
        expect((await call('get', path)).body.code).toBe('not_set_up');
      }
      expect((await call('get', '/members/mem_001')).status).toBe(404);
      expect((await call('post', '/manager', { companyName: 'Łódź Biuro', country: 'PL', currency: 'PLN', admin: { mode: 'new', accountName: '9lives' } })).body.code).toBe('invalid_account_name');
      expect((await call('post', '/manager', { companyName: 'Łódź Biuro', country: 'PL', currency: 'PLN', admin: { mode: 'new', accountName: 'admin.lodz-biuro' } })).status).toBe(201);
    } finally {
      server.resetHandlers();
    }
  });

  it('answers 503 internal on injected faults and fails the network when offline', async () => {
    control.failNext = 1;
    expect((await call('get', '/credit')).status).toBe(503);
    expect((await call('get', '/credit')).status).toBe(200);
    control.failNext = 1;
    control.failPaths = /\/sip-profiles/;
    expect((await call('get', '/credit')).status).toBe(200);
    expect((await call('get', '/sip-profiles')).status).toBe(503);
    control.failPaths = undefined;
    control.offline = true;
    await expect(fetch(`${BASE}/credit`)).rejects.toThrow();
    control.offline = false;
  });

  it('exercises every operation of the document, and every body matched its schema', () => {
    const missing = operations.filter(({ path, method }) => !exercised.has(`${method} ${path}`)).map(({ method, path }) => `${method} ${path}`);
    expect(missing).toEqual([]);
    expect(failures).toEqual([]);
  });
});
