/**
 * The money and record rules of the mock backend as a model, for the tests
 * that drive it over HTTP: what a request should answer given the state
 * before it, what a success must change, and what every step keeps. The state
 * is read from the backend directly, never through the HTTP surface under test.
 */
import { expect } from 'vitest';
import type { DialkitAdapter } from '../../src/adapter/adapter.js';
import type {
  AllocationCreate,
  AllocationResult,
  LedgerEntry,
  Member,
  MemberUpdate,
  NumberAssignment,
  NumberPurchase,
  NumberPurchaseResult,
  OnlineNumber,
  Purchase,
  PurchaseCreate,
  Reclaim,
  ReclaimCreate,
  Subscription,
  SubscriptionAssignment,
  SubscriptionPurchase,
  SubscriptionPurchaseResult,
} from '../../src/adapter/types.js';
import type { Money } from '../../src/core/money.js';
import type { Result } from '../../src/core/errors.js';
import type { MockBackend } from '../../mocks/backend/index.js';

/** What a test reads of the backend around each request. */
export interface Snapshot {
  balance: number;
  ledger: LedgerEntry[];
  members: Map<string, Member>;
  subscriptions: Map<string, Subscription>;
  numbers: Map<string, OnlineNumber>;
  /** The monthly price of each number on offer. */
  offered: Map<string, number>;
  perPurchase: number;
  monthly: number;
  prices: Map<string, number>;
}

export function snapshot(backend: MockBackend): Snapshot {
  const { purchaseLimit } = backend.getBalance().body;
  return {
    balance: backend.balanceMinorUnits(),
    ledger: backend.ledgerEntries(),
    members: new Map(backend.listMembers({ limit: 500 }).body.items.map((m) => [m.id, m])),
    subscriptions: new Map(backend.listSubscriptions().body.map((s) => [s.id, s])),
    numbers: new Map(backend.listNumbers().body.map((n) => [n.id, n])),
    offered: new Map(backend.listAvailableNumbers().body.map((n) => [n.number, n.monthlyPrice.amountMinor])),
    perPurchase: purchaseLimit.perPurchase.amountMinor,
    monthly: purchaseLimit.monthly.amountMinor,
    prices: new Map(backend.listPlans().body.map((p) => [p.id, p.price.amountMinor])),
  };
}

const total = (entries: readonly LedgerEntry[]) => entries.reduce((sum, e) => sum + e.amount.amountMinor, 0);
const withoutVersion = <T extends { version: number }>({ version: _, ...rest }: T) => rest;

/** Versions never go back, and move whenever anything else in the record changed. */
function expectVersionsMoved<T extends { version: number }>(before: Map<string, T>, after: Map<string, T>): void {
  for (const [id, was] of before) {
    const now = after.get(id);
    if (!now) continue;
    expect(now.version, `version of ${id}`).toBeGreaterThanOrEqual(was.version);
    if (now.version === was.version) expect(withoutVersion(now), `${id} changed without a new version`).toEqual(withoutVersion(was));
  }
}

/** What holds after every request, whatever it was and however it ended. */
export function expectInvariants(before: Snapshot, after: Snapshot): void {
  expect(after.balance).toBeGreaterThanOrEqual(0);
  expect(after.ledger.slice(0, before.ledger.length), 'the ledger is append-only').toEqual(before.ledger);
  let running = 0;
  for (const entry of after.ledger) {
    running += entry.amount.amountMinor;
    expect(entry.balanceAfter.amountMinor).toBe(running);
  }
  expect(running, 'the ledger sums to the balance').toBe(after.balance);
  // Without calls, what members hold is exactly what was allocated to them and not taken back.
  const held = [...after.members.values()].reduce((sum, m) => sum + m.credit.amountMinor, 0);
  const handedOut = -total(after.ledger.filter((e) => e.kind === 'allocation' || e.kind === 'reclaim'));
  expect(held, 'credit held by members').toBe(handedOut + 0);
  for (const m of after.members.values()) expect(m.credit.amountMinor).toBeGreaterThanOrEqual(0);
  expectVersionsMoved(before.members, after.members);
  expectVersionsMoved(before.subscriptions, after.subscriptions);
  expectVersionsMoved(before.numbers, after.numbers);
}

/** A money-moving request, sent with an idempotency key. */
export type MoneyRequest =
  | { op: 'buyCredit'; body: PurchaseCreate }
  | { op: 'allocateCredit'; body: AllocationCreate }
  | { op: 'reclaimCredit'; body: ReclaimCreate }
  | { op: 'buySubscriptions'; body: SubscriptionPurchase }
  | { op: 'buyNumber'; body: NumberPurchase };

export type MoneyAnswer = Purchase | AllocationResult | Reclaim | SubscriptionPurchaseResult | NumberPurchaseResult;

export function sendMoney(api: DialkitAdapter, r: MoneyRequest, key: string): Promise<Result<MoneyAnswer>> {
  switch (r.op) {
    case 'buyCredit':
      return api.buyCredit(r.body, key);
    case 'allocateCredit':
      return api.allocateCredit(r.body, key);
    case 'reclaimCredit':
      return api.reclaimCredit(r.body, key);
    case 'buySubscriptions':
      return api.buySubscriptions(r.body, key);
    case 'buyNumber':
      return api.buyNumber(r.body, key);
  }
}

const more = (amount: Money): Money => ({ ...amount, amountMinor: amount.amountMinor + 1 });

/** The same operation with another body, as a client reusing a key by mistake would send. */
export function otherBody(r: MoneyRequest): MoneyRequest {
  switch (r.op) {
    case 'buyCredit':
      return { op: r.op, body: { ...r.body, amount: more(r.body.amount) } };
    case 'allocateCredit':
      return { op: r.op, body: { ...r.body, amount: more(r.body.amount) } };
    case 'reclaimCredit':
      return { op: r.op, body: { ...r.body, amount: more(r.body.amount) } };
    case 'buySubscriptions':
      return { op: r.op, body: { ...r.body, quantity: r.body.quantity === 1 ? 2 : 1 } };
    case 'buyNumber':
      return { op: r.op, body: { number: r.body.number.replace(/\d$/, (d) => String((Number(d) + 1) % 10)) } };
  }
}

/** The code a money request should be refused with in state `s`, or null when it should go through. */
export function moneyRefusal(s: Snapshot, r: MoneyRequest): string | null {
  switch (r.op) {
    case 'buyCredit': {
      // The clock stands still, so every purchase counts against this month's limit.
      const used = total(s.ledger.filter((e) => e.kind === 'purchase'));
      const amount = r.body.amount.amountMinor;
      return amount > s.perPurchase || amount > s.monthly - used ? 'purchase_limit_exceeded' : null;
    }
    case 'allocateCredit':
      if (r.body.memberIds.some((id) => !s.members.has(id))) return 'not_found';
      return r.body.amount.amountMinor * r.body.memberIds.length > s.balance ? 'insufficient_balance' : null;
    case 'reclaimCredit': {
      const member = s.members.get(r.body.memberId);
      if (!member) return 'not_found';
      return r.body.amount.amountMinor > member.credit.amountMinor ? 'insufficient_member_credit' : null;
    }
    case 'buySubscriptions':
      return s.prices.get(r.body.planId)! * r.body.quantity > s.balance ? 'insufficient_balance' : null;
    case 'buyNumber': {
      const price = s.offered.get(r.body.number);
      if (price === undefined) return 'number_unavailable';
      return price > s.balance ? 'insufficient_balance' : null;
    }
  }
}

/** What a money request that went through did: the entries it made, the balance after, the subscriptions or number it created. */
export interface Effect {
  entryIds: string[];
  balance: number;
  createdIds: string[];
}

interface Movement {
  kind: LedgerEntry['kind'];
  amount: number;
  memberId: string | null;
}

const movements = (before: Snapshot, after: Snapshot): Movement[] =>
  after.ledger.slice(before.ledger.length).map((e) => ({ kind: e.kind, amount: e.amount.amountMinor, memberId: e.memberId ?? null }));

/** Checks that `after` is `before` with the whole effect of `r` (all of an allocation or nothing), and returns it. */
export function expectMoneyEffect(r: MoneyRequest, before: Snapshot, after: Snapshot): Effect {
  const credited = new Map<string, number>();
  let expected: Movement[];
  switch (r.op) {
    case 'buyCredit':
      expected = [{ kind: 'purchase', amount: r.body.amount.amountMinor, memberId: null }];
      break;
    case 'allocateCredit':
      expected = r.body.memberIds.map((id) => ({ kind: 'allocation', amount: -r.body.amount.amountMinor, memberId: id }));
      for (const id of r.body.memberIds) credited.set(id, r.body.amount.amountMinor);
      break;
    case 'reclaimCredit':
      expected = [{ kind: 'reclaim', amount: r.body.amount.amountMinor, memberId: r.body.memberId }];
      credited.set(r.body.memberId, -r.body.amount.amountMinor);
      break;
    case 'buySubscriptions':
      expected = [{ kind: 'subscription', amount: -before.prices.get(r.body.planId)! * r.body.quantity, memberId: null }];
      break;
    case 'buyNumber':
      expected = [{ kind: 'number', amount: -before.offered.get(r.body.number)!, memberId: null }];
      break;
  }
  expect(movements(before, after), `ledger entries of ${r.op}`).toEqual(expected);
  expect([...after.members.keys()]).toEqual([...before.members.keys()]);
  for (const [id, was] of before.members) {
    const now = after.members.get(id)!;
    expect(now.credit.amountMinor, `credit of ${id}`).toBe(was.credit.amountMinor + (credited.get(id) ?? 0));
    if (credited.has(id)) expect(now.version, `version of ${id}`).toBe(was.version + 1);
  }
  const created = [...after.subscriptions.values()].filter((s) => !before.subscriptions.has(s.id));
  const bought = r.op === 'buySubscriptions' ? r.body : { planId: '', quantity: 0 };
  expect(created.map((s) => [s.planId, s.memberId])).toEqual(Array.from({ length: bought.quantity }, () => [bought.planId, null]));
  const numbers = [...after.numbers.values()].filter((n) => !before.numbers.has(n.id));
  expect(numbers.map((n) => [n.number, n.assignee])).toEqual(r.op === 'buyNumber' ? [[r.body.number, null]] : []);
  expect([...after.offered.keys()]).toEqual([...before.offered.keys()].filter((n) => r.op !== 'buyNumber' || n !== r.body.number));
  return {
    entryIds: after.ledger.slice(before.ledger.length).map((e) => e.id),
    balance: after.balance,
    createdIds: [...created, ...numbers].map((c) => c.id),
  };
}

/** Checks that an answer tells of `effect`: a replay answers what the first attempt did, not what the state is now. */
export function expectAnswerOf(r: MoneyRequest, answer: MoneyAnswer, effect: Effect): void {
  expect(answer.balance.amountMinor, 'balance in the answer').toBe(effect.balance);
  if ('allocations' in answer) expect(answer.allocations.map((a) => a.id)).toEqual(effect.entryIds);
  else if ('items' in answer) expect(answer.items.map((s) => s.id)).toEqual(effect.createdIds);
  else if ('item' in answer) expect([answer.item.id]).toEqual(effect.createdIds);
  else expect([answer.id]).toEqual(effect.entryIds);
  const shape = { allocateCredit: 'allocations', buySubscriptions: 'items', buyNumber: 'item', buyCredit: 'id', reclaimCredit: 'id' }[r.op];
  expect(shape in answer, `the answer of ${r.op}`).toBe(true);
}

/** A write to a versioned record, sent with the version the client last read. */
export type Edit =
  | { op: 'updateMember'; memberId: string; body: MemberUpdate }
  | { op: 'removeMember'; memberId: string; version: number }
  | { op: 'assignSubscription'; subscriptionId: string; body: SubscriptionAssignment }
  | { op: 'assignNumber'; numberId: string; body: NumberAssignment };

type Assignment = Extract<Edit, { op: 'assignSubscription' | 'assignNumber' }>;

export function sendEdit(api: DialkitAdapter, e: Edit): Promise<Result<unknown>> {
  switch (e.op) {
    case 'updateMember':
      return api.updateMember(e.memberId, e.body);
    case 'removeMember':
      return api.removeMember(e.memberId, { version: e.version });
    case 'assignSubscription':
      return api.assignSubscription(e.subscriptionId, e.body);
    case 'assignNumber':
      return api.assignNumber(e.numberId, e.body);
  }
}

/** The record an edit writes, as it is in `s`. */
export function target(s: Snapshot, e: Edit): Member | Subscription | OnlineNumber | undefined {
  switch (e.op) {
    case 'assignSubscription':
      return s.subscriptions.get(e.subscriptionId);
    case 'assignNumber':
      return s.numbers.get(e.numberId);
    default:
      return s.members.get(e.memberId);
  }
}

const memberOf = (assignee: OnlineNumber['assignee']): string | null => (assignee?.kind === 'member' ? assignee.memberId : null);
/** The member an assignment gives the subscription or number to, null when it takes it away. */
const holderOf = (e: Assignment): string | null => (e.op === 'assignSubscription' ? e.body.memberId : memberOf(e.body.assignee));

/** The code an edit should be refused with in state `s`, or null when it should go through. */
export function editRefusal(s: Snapshot, e: Edit): string | null {
  const record = target(s, e);
  if (!record) return 'not_found';
  if (record.version !== (e.op === 'removeMember' ? e.version : e.body.version)) return 'conflict';
  if (e.op === 'assignSubscription' || e.op === 'assignNumber') {
    const holder = holderOf(e);
    const member = holder === null ? undefined : s.members.get(holder);
    if (holder !== null && !member) return 'not_found';
    return e.op === 'assignNumber' && member && !member.features.onlineNumber ? 'number_assignee_invalid' : null;
  }
  const admins = [...s.members.values()].filter((m) => m.role === 'admin').length;
  const demoted = e.op === 'removeMember' || e.body.role === 'member';
  return demoted && (record as Member).role === 'admin' && admins === 1 ? 'last_admin' : null;
}

/** Checks that `after` is `before` with exactly the effect of an edit that went through. */
export function expectEditEffect(e: Edit, before: Snapshot, after: Snapshot): void {
  const members = new Map(before.members);
  const subscriptions = new Map(before.subscriptions);
  const numbers = new Map(before.numbers);
  let moved: Movement[] = [];
  switch (e.op) {
    case 'updateMember': {
      const was = members.get(e.memberId)!;
      const { version: _, ...fields } = e.body;
      members.set(e.memberId, { ...was, ...fields, version: was.version + 1 });
      break;
    }
    case 'removeMember': {
      // The member's credit goes back to the balance, their subscriptions go with them, their numbers are released.
      const was = members.get(e.memberId)!;
      members.delete(e.memberId);
      for (const id of was.subscriptionIds) subscriptions.delete(id);
      for (const n of was.numberIds.map((id) => numbers.get(id)!)) numbers.set(n.id, { ...n, assignee: null, version: n.version + 1 });
      if (was.credit.amountMinor > 0) moved = [{ kind: 'reclaim', amount: was.credit.amountMinor, memberId: e.memberId }];
      break;
    }
    case 'assignSubscription': {
      const was = subscriptions.get(e.subscriptionId)!;
      subscriptions.set(was.id, { ...was, memberId: e.body.memberId, version: was.version + 1 });
      handOver(members, 'subscriptionIds', was.id, was.memberId, holderOf(e));
      break;
    }
    case 'assignNumber': {
      const was = numbers.get(e.numberId)!;
      numbers.set(was.id, { ...was, assignee: e.body.assignee, version: was.version + 1 });
      handOver(members, 'numberIds', was.id, memberOf(was.assignee), holderOf(e));
      break;
    }
  }
  expect(movements(before, after), `ledger entries of ${e.op}`).toEqual(moved);
  expect(after.members).toEqual(inBackendOrder(members, after));
  expect(after.subscriptions).toEqual(subscriptions);
  expect(after.numbers).toEqual(numbers);
}

/** A subscription or number passes from one member to another: both records show it, so both versions move. */
function handOver(members: Map<string, Member>, field: 'subscriptionIds' | 'numberIds', id: string, from: string | null, to: string | null): void {
  if (from === to) return;
  for (const holder of [from, to].map((m) => (m === null ? undefined : members.get(m)))) {
    if (!holder) continue;
    const held = holder[field].filter((x) => x !== id).concat(holder.id === to ? [id] : []);
    members.set(holder.id, { ...holder, [field]: held, version: holder.version + 1 });
  }
}

/** `expected` with each member's subscriptions and numbers in the backend's order, which the model does not keep. */
function inBackendOrder(expected: Map<string, Member>, after: Snapshot): Map<string, Member> {
  const rank = (ids: string[], order: string[]) => [...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const subscriptions = [...after.subscriptions.keys()];
  const numbers = [...after.numbers.keys()];
  return new Map(
    [...expected].map(([id, m]) => [id, { ...m, subscriptionIds: rank(m.subscriptionIds, subscriptions), numberIds: rank(m.numberIds, numbers) }]),
  );
}
