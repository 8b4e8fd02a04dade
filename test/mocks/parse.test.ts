/**
 * Requests are read through the contract's schemas: what breaks them is
 * refused with 400, the field's own code where it has one, and the field
 * the elements place the message at.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../mocks/parse.js';
import type { OperationId } from '../../src/adapter/types.js';
import { attempt } from './fixtures.js';

const pln = (amountMinor: number) => ({ amountMinor, currency: 'PLN' });
const setup = (admin: object, extra: object = {}) => ({ companyName: 'Łódź Biuro', country: 'PL', currency: 'PLN', admin, ...extra });

/** The refusal of a request, as `code field`, or `ok`. */
function refusal(operationId: OperationId, request: { body?: unknown; query?: string; params?: Record<string, string> }): string {
  const result = attempt(() =>
    parseRequest(operationId, { url: new URL(`http://dialkit.test/api${request.query ?? ''}`), params: request.params ?? {}, body: request.body }),
  );
  if (result.ok) return 'ok';
  expect(result.error.status).toBe(400);
  return `${result.error.code} ${String(result.error.details?.field ?? '')}`.trim();
}

describe('requests read through the contract', () => {
  it.each([
    ['an invalid admin account name', 'setUpManager', { body: setup({ mode: 'new', accountName: '9lives' }) }, 'invalid_account_name admin.accountName'],
    ['a missing admin account name', 'setUpManager', { body: setup({ mode: 'new' }) }, 'invalid_account_name admin.accountName'],
    ['a lower-case country', 'setUpManager', { body: { ...setup({ mode: 'new', accountName: 'admin.lodz' }), country: 'pl' } }, 'validation_failed country'],
    ['a field the contract does not name', 'setUpManager', { body: setup({ mode: 'new', accountName: 'admin.lodz' }, { plan: 'gold' }) }, 'validation_failed plan'],
    ['no body', 'setUpManager', {}, 'validation_failed'],
    ['a version that is not a number', 'updateManager', { body: { version: 'x' } }, 'validation_failed version'],
    ['an empty name', 'createDepartment', { body: { name: '' } }, 'validation_failed name'],
    ['a budget of a fraction of a grosz', 'createDepartment', { body: { name: 'A', monthlyBudget: { amountMinor: 1.5, currency: 'PLN' } } }, 'invalid_amount monthlyBudget'],
    ['no amount', 'buyCredit', { body: {} }, 'invalid_amount amount'],
    ['a threshold that is not money', 'setAutoRecharge', { params: { memberId: 'mem_001' }, body: { version: 1, autoRecharge: { amount: pln(200), threshold: 'x', monthlyCap: pln(600) } } }, 'invalid_amount autoRecharge.threshold'],
    ['an extension with a letter', 'linkSipAccount', { params: { profileId: 'sip_001' }, body: { version: 1, memberId: 'mem_002', extension: '12a' } }, 'invalid_extension extension'],
    ['an assignee without its member', 'assignNumber', { params: { numberId: 'num_001' }, body: { version: 1, assignee: { kind: 'member' } } }, 'validation_failed assignee'],
    ['no member to allocate to', 'allocateCredit', { body: { memberIds: [], amount: pln(100) } }, 'validation_failed memberIds'],
    ['too many subscriptions at once', 'buySubscriptions', { body: { planId: 'plan_world_120', quantity: 101 } }, 'validation_failed quantity'],
    ['a number that is not E.164', 'buyNumber', { body: { number: '0048221234567' } }, 'validation_failed number'],
    ['a page of no items', 'listMembers', { query: '?limit=0' }, 'validation_failed limit'],
    ['a day that does not exist', 'listLedger', { query: '?from=2026-02-30' }, 'validation_failed from'],
    ['an unknown ledger kind', 'listLedger', { query: '?kind=gift' }, 'validation_failed kind'],
    ['a delete without the version read', 'deleteGroup', { params: { groupId: 'grp_001' } }, 'validation_failed version'],
    ['a report without its level', 'getUsageReport', { query: '?from=2026-02-01&to=2026-02-28' }, 'validation_failed level'],
    ['a well-formed page', 'listMembers', { query: '?limit=10&offset=20&sort=credit&order=desc' }, 'ok'],
  ] as const)('refuses %s', (_what, operationId, request, expected) => {
    expect(refusal(operationId, request)).toBe(expected);
  });

  it('reads integer parameters as numbers and leaves the body as sent', () => {
    const parsed = parseRequest('deleteGroup', { url: new URL('http://dialkit.test/api/groups/grp_001?version=3'), params: { groupId: 'grp_001' }, body: undefined });
    expect(parsed.parameters).toEqual({ groupId: 'grp_001', version: 3 });
    const body = { amount: pln(100) };
    expect(parseRequest('buyCredit', { url: new URL('http://dialkit.test/api/credit/purchases'), params: {}, body }).body).toBe(body);
  });
});
