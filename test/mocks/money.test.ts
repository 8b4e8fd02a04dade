/**
 * The money rules of the mock backend, over random sequences of operations:
 * the balance never goes below zero, the ledger always sums to the balance,
 * a failed operation moves nothing, a replayed idempotency key charges once
 * and replays the first answer, the same key with another body is refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../mocks/problem.js';
import type { MockBackend } from '../../mocks/backend/index.js';
import { attempt, codeOf, ledgerSum, pln, smallCompany } from './fixtures.js';

type Op =
  | { kind: 'purchase'; amount: number }
  | { kind: 'allocate'; members: number[]; amount: number }
  | { kind: 'reclaim'; member: number; amount: number }
  | { kind: 'subscribe'; plan: number; quantity: number }
  | { kind: 'number'; pick: number }
  | { kind: 'remove'; member: number }
  | { kind: 'replay'; pick: number }
  | { kind: 'reuse'; pick: number };

const SIZE = 4;
const member = fc.integer({ min: 1, max: SIZE });
const amount = fc.oneof(fc.integer({ min: 1, max: 50_000 }), fc.integer({ min: 50_000, max: 2_500_000 }));

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('purchase' as const), amount }),
  fc.record({ kind: fc.constant('allocate' as const), members: fc.uniqueArray(member, { minLength: 1, maxLength: SIZE }), amount }),
  fc.record({ kind: fc.constant('reclaim' as const), member, amount: fc.integer({ min: 1, max: 200_000 }) }),
  fc.record({ kind: fc.constant('subscribe' as const), plan: fc.integer({ min: 0, max: 3 }), quantity: fc.integer({ min: 1, max: 100 }) }),
  fc.record({ kind: fc.constant('number' as const), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('remove' as const), member }),
  fc.record({ kind: fc.constant('replay' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('reuse' as const), pick: fc.nat() }),
);

/** A money-moving request: run it with a key. */
type Request = (key: string) => Reply<unknown>;

interface Done {
  key: string;
  request: Request;
  /** The same operation with another body. */
  other: Request;
  reply: Reply<unknown>;
}

interface State {
  backend: MockBackend;
  members: string[];
  done: Done[];
  keys: number;
}

function snapshot(backend: MockBackend) {
  return {
    balance: backend.balanceMinorUnits(),
    entries: backend.ledgerEntries().length,
    credits: backend.listMembers({ limit: 500 }).body.items.map((m) => [m.id, m.credit.amountMinor]),
  };
}

/** The request an operation makes, and a variant with another body. */
function requestOf(state: State, o: Exclude<Op, { kind: 'replay' | 'reuse' }>): { request: Request; other: Request; expect: () => string | null } {
  const { backend, members } = state;
  const balance = backend.balanceMinorUnits();
  switch (o.kind) {
    case 'purchase': {
      const limits = backend.getBalance().body.purchaseLimit;
      return {
        request: (key) => backend.buyCredit(key, { amount: pln(o.amount) }),
        other: (key) => backend.buyCredit(key, { amount: pln(o.amount + 1) }),
        expect: () =>
          o.amount > limits.perPurchase.amountMinor || o.amount + limits.usedThisMonth.amountMinor > limits.monthly.amountMinor
            ? 'purchase_limit_exceeded'
            : null,
      };
    }
    case 'allocate': {
      const ids = o.members.map((i) => members[i]!);
      return {
        request: (key) => backend.allocateCredit(key, { memberIds: ids, amount: pln(o.amount) }),
        other: (key) => backend.allocateCredit(key, { memberIds: ids, amount: pln(o.amount + 1) }),
        expect: () =>
          ids.some((id) => codeOf(() => backend.getMember(id)) === 'not_found')
            ? 'not_found'
            : o.amount * ids.length > balance
              ? 'insufficient_balance'
              : null,
      };
    }
    case 'reclaim': {
      const id = members[o.member]!;
      return {
        request: (key) => backend.reclaimCredit(key, { memberId: id, amount: pln(o.amount) }),
        other: (key) => backend.reclaimCredit(key, { memberId: id, amount: pln(o.amount + 1) }),
        expect: () => (o.amount > backend.getMember(id).body.credit.amountMinor ? 'insufficient_member_credit' : null),
      };
    }
    case 'subscribe': {
      const plan = backend.listPlans().body[o.plan]!;
      return {
        request: (key) => backend.buySubscriptions(key, { planId: plan.id, quantity: o.quantity }),
        other: (key) => backend.buySubscriptions(key, { planId: plan.id, quantity: o.quantity === 1 ? 2 : 1 }),
        expect: () => (plan.price.amountMinor * o.quantity > balance ? 'insufficient_balance' : null),
      };
    }
    case 'number': {
      const offered = backend.listAvailableNumbers().body;
      const pick = offered[o.pick % offered.length]!;
      const another = offered[(o.pick + 1) % offered.length]!;
      return {
        request: (key) => backend.buyNumber(key, { number: pick.number }),
        other: (key) => backend.buyNumber(key, { number: another.number }),
        expect: () => (pick.monthlyPrice.amountMinor > balance ? 'insufficient_balance' : null),
      };
    }
    case 'remove': {
      const id = members[o.member]!;
      const version = backend.getMember(id).body.version;
      const request: Request = () => backend.removeMember(id, version);
      return { request, other: request, expect: () => null };
    }
  }
}

function step(state: State, o: Op): void {
  const { backend } = state;
  const before = snapshot(backend);
  if (o.kind === 'replay' || o.kind === 'reuse') {
    const done = state.done[o.pick % Math.max(state.done.length, 1)];
    if (!done) return;
    if (o.kind === 'replay') {
      expect(done.request(done.key)).toEqual(done.reply);
      expect(snapshot(backend)).toEqual(before);
    } else {
      expect(codeOf(() => done.other(done.key))).toBe('idempotency_key_reused');
      expect(snapshot(backend)).toEqual(before);
    }
    return;
  }
  if (o.kind === 'reclaim' || o.kind === 'remove') {
    const id = state.members[o.member]!;
    if (codeOf(() => backend.getMember(id)) === 'not_found') return;
  }
  const { request, other, expect: expected } = requestOf(state, o);
  const key = `money-key-${++state.keys}`;
  const wanted = expected();
  const result = attempt(() => request(key));
  if (result.ok) {
    expect(wanted).toBeNull();
    if (o.kind !== 'remove') state.done.push({ key, request, other, reply: result.value });
  } else {
    expect(result.error.code).toBe(wanted);
    expect(snapshot(backend)).toEqual(before);
  }
}

function assertInvariants(backend: MockBackend): void {
  const balance = backend.balanceMinorUnits();
  expect(balance).toBeGreaterThanOrEqual(0);
  expect(ledgerSum(backend)).toBe(balance);
  expect(backend.listLedger({ limit: 1 }).body.sum.amountMinor).toBe(balance);
  expect(backend.getBalance().body.balance.amountMinor).toBe(balance);
  let running = 0;
  for (const entry of backend.ledgerEntries()) {
    running += entry.amount.amountMinor;
    expect(entry.balanceAfter.amountMinor).toBe(running);
    expect(entry.balanceAfter.amountMinor).toBeGreaterThanOrEqual(0);
  }
  for (const m of backend.listMembers({ limit: 500 }).body.items) expect(m.credit.amountMinor).toBeGreaterThanOrEqual(0);
}

describe('money rules over random operation sequences', () => {
  it('keep the balance >= 0, the ledger equal to the balance, failures without effect, keys charging once', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 2_000_000 }), (ops, credit) => {
        const { backend, members } = smallCompany({ size: SIZE, creditMinor: credit });
        const state: State = { backend, members, done: [], keys: 0 };
        assertInvariants(backend);
        for (const o of ops) {
          step(state, o);
          assertInvariants(backend);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('money rules, one example each', () => {
  it('refuses an allocation above the balance, all or nothing', () => {
    const { backend, members } = smallCompany({ creditMinor: 10_000 });
    expect(codeOf(() => backend.allocateCredit('alloc-0001', { memberIds: [members[1]!, members[2]!, members[3]!], amount: pln(4_000) }))).toBe(
      'insufficient_balance',
    );
    expect(backend.balanceMinorUnits()).toBe(10_000);
    expect(backend.getMember(members[1]!).body.credit.amountMinor).toBe(0);
    backend.allocateCredit('alloc-0002', { memberIds: [members[1]!, members[2]!], amount: pln(5_000) });
    expect(backend.balanceMinorUnits()).toBe(0);
  });

  it('records subscriptions and numbers paid from the balance in the ledger', () => {
    const { backend } = smallCompany({ creditMinor: 100_000 });
    backend.buySubscriptions('subs-0001', { planId: 'plan_world_120', quantity: 2 });
    backend.buyNumber('numb-0001', { number: backend.listAvailableNumbers('PL').body[0]!.number });
    expect(backend.ledgerEntries().map((e) => e.kind)).toEqual(['purchase', 'subscription', 'number']);
    expect(ledgerSum(backend)).toBe(backend.balanceMinorUnits());
    expect(backend.balanceMinorUnits()).toBe(100_000 - 2 * 5990 - 1500);
  });

  it('charges a replayed purchase once and answers it the same', () => {
    const { backend } = smallCompany();
    const first = backend.buyCredit('same-key-1', { amount: pln(5_000) });
    const second = backend.buyCredit('same-key-1', { amount: pln(5_000) });
    expect(second).toEqual(first);
    expect(backend.balanceMinorUnits()).toBe(5_000);
    expect(backend.ledgerEntries()).toHaveLength(1);
  });

  it('refuses the same key with another body', () => {
    const { backend } = smallCompany();
    backend.buyCredit('same-key-2', { amount: pln(5_000) });
    expect(codeOf(() => backend.buyCredit('same-key-2', { amount: pln(6_000) }))).toBe('idempotency_key_reused');
    expect(codeOf(() => backend.allocateCredit('same-key-2', { memberIds: [], amount: pln(1) }))).toBe('idempotency_key_reused');
    expect(codeOf(() => backend.buyCredit('short', { amount: pln(6_000) }))).toBe('validation_failed');
    expect(codeOf(() => backend.buyCredit(null, { amount: pln(6_000) }))).toBe('validation_failed');
  });

  it('holds purchases to the per-purchase and monthly limits', () => {
    const { backend } = smallCompany();
    expect(codeOf(() => backend.buyCredit('limit-0001', { amount: pln(2_000_001) }))).toBe('purchase_limit_exceeded');
    backend.buyCredit('limit-0002', { amount: pln(2_000_000) });
    backend.buyCredit('limit-0003', { amount: pln(2_000_000) });
    expect(codeOf(() => backend.buyCredit('limit-0004', { amount: pln(1_000_001) }))).toBe('purchase_limit_exceeded');
    backend.buyCredit('limit-0005', { amount: pln(1_000_000) });
    expect(backend.getBalance().body.purchaseLimit.usedThisMonth.amountMinor).toBe(5_000_000);
  });

  it('refuses amounts that are not positive or not in the manager currency', () => {
    const { backend } = smallCompany();
    expect(codeOf(() => backend.buyCredit('amount-001', { amount: pln(0) }))).toBe('invalid_amount');
    expect(codeOf(() => backend.buyCredit('amount-002', { amount: { amountMinor: 100, currency: 'EUR' } }))).toBe('invalid_amount');
  });

  it('reclaims only unused credit, and never under the "never" policy', () => {
    const { backend, members } = smallCompany({ creditMinor: 10_000 });
    backend.allocateCredit('recl-0001', { memberIds: [members[1]!], amount: pln(3_000) });
    expect(codeOf(() => backend.reclaimCredit('recl-0002', { memberId: members[1]!, amount: pln(3_001) }))).toBe('insufficient_member_credit');
    backend.reclaimCredit('recl-0003', { memberId: members[1]!, amount: pln(3_000) });
    expect(backend.balanceMinorUnits()).toBe(10_000);
    const strict = smallCompany({ creditMinor: 10_000, reclaimPolicy: 'never' });
    strict.backend.allocateCredit('recl-0004', { memberIds: [strict.members[1]!], amount: pln(3_000) });
    expect(codeOf(() => strict.backend.reclaimCredit('recl-0005', { memberId: strict.members[1]!, amount: pln(1) }))).toBe('reclaim_not_allowed');
  });

  it('returns a removed member\u2019s credit to the balance as a reclaim', () => {
    const { backend, members } = smallCompany({ creditMinor: 10_000 });
    backend.allocateCredit('remv-0001', { memberIds: [members[1]!], amount: pln(2_500) });
    const removal = backend.removeMember(members[1]!, backend.getMember(members[1]!).body.version).body;
    expect(removal.reclaimed.amountMinor).toBe(2_500);
    expect(backend.ledgerEntries().at(-1)).toMatchObject({ kind: 'reclaim', amount: pln(2_500), memberId: members[1] });
    expect(backend.balanceMinorUnits()).toBe(10_000);
  });
});
