/**
 * Automatic top-up as calls lower a member's credit: below the threshold the
 * member gets the amount from the company balance, within the monthly cap
 * (UTC months) and never beyond the balance; a top-up that cannot be made is
 * recorded as refused, with its reason, and the ledger still sums to the
 * balance.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MockBackend } from '../../mocks/backend/index.js';
import { codeOf, ledgerSum, NOW, pln, smallCompany, testClock } from './fixtures.js';

const DAY = 86_400_000;
const RULE = { amount: pln(20_000), threshold: pln(5_000), monthlyCap: pln(50_000) };

/** A member with `creditMinor` of credit and the automatic top-up `rule`, in a company holding `balanceMinor`. */
function company(options: { balanceMinor?: number; creditMinor?: number; rule?: typeof RULE } = {}) {
  const clock = testClock();
  const { backend, members } = smallCompany({ size: 1, creditMinor: (options.balanceMinor ?? 100_000) + (options.creditMinor ?? 6_000), now: clock.now });
  const member = members[1]!;
  backend.allocateCredit('auto-start-0001', { memberIds: [member], amount: pln(options.creditMinor ?? 6_000) });
  const version = backend.getMember(member).body.version;
  backend.setAutoRecharge(member, { version, autoRecharge: options.rule ?? RULE });
  /** A call costing `minor`. */
  const call = (minor: number) => backend.recordUsage(member, { destination: 'mobile', minutes: 3, cost: pln(minor) });
  const credit = () => backend.getMember(member).body.credit.amountMinor;
  const automatic = () => backend.ledgerEntries().filter((e) => e.automatic);
  return { backend, member, clock, call, credit, automatic };
}

describe('automatic top-up', () => {
  it('waits for the credit to fall below the threshold, then adds the amount from the balance', () => {
    const { backend, member, call, credit, automatic } = company();
    const balance = backend.balanceMinorUnits();
    expect(call(1_000).ledger).toEqual([]);
    expect(credit()).toBe(5_000);
    expect(automatic()).toEqual([]);
    const before = backend.getMember(member).body;
    const receipt = call(1);
    expect(receipt.charged).toEqual(pln(1));
    expect(credit()).toBe(4_999 + 20_000);
    expect(receipt.ledger).toEqual([
      expect.objectContaining({ kind: 'allocation', automatic: true, amount: pln(-20_000), memberId: member, actorAccountName: 'admin.test' }),
    ]);
    expect(backend.balanceMinorUnits()).toBe(balance - 20_000);
    expect(receipt.member.version).toBeGreaterThan(before.version);
    expect(codeOf(() => backend.removeMember(member, before.version))).toBe('conflict');
    expect(ledgerSum(backend)).toBe(backend.balanceMinorUnits());
  });

  it('gives no more than the monthly cap in a calendar month (UTC), the last top-up cut to what is left, then refuses until the next month', () => {
    const { backend, member, clock, call, credit, automatic } = company();
    // Three top-ups fit under 500 zł: 200, 200 and the 100 left.
    for (const expected of [20_000, 20_000, 10_000]) {
      call(credit() - 4_999);
      expect(automatic().at(-1)).toMatchObject({ kind: 'allocation', amount: pln(-expected) });
    }
    const refused = call(credit() - 4_999).ledger;
    expect(refused).toEqual([
      expect.objectContaining({ kind: 'auto_recharge_refused', automatic: true, amount: pln(0), reason: 'monthly_cap_reached', requested: pln(20_000), memberId: member }),
    ]);
    // Recorded once, however many calls follow.
    expect(call(100).ledger).toEqual([]);
    expect(automatic()).toHaveLength(4);
    // The month ends (UTC): the next call below the threshold tops up again.
    clock.advance(Date.UTC(2026, 3, 1) - NOW.getTime());
    expect(call(1).ledger).toEqual([expect.objectContaining({ kind: 'allocation', amount: pln(-20_000) })]);
    expect(ledgerSum(backend)).toBe(backend.balanceMinorUnits());
  });

  it('never goes beyond the company balance: a top-up it cannot cover is recorded as refused, and the next call after a purchase tops up', () => {
    const { backend, member, call, credit, automatic } = company({ balanceMinor: 15_000 });
    const balance = backend.balanceMinorUnits();
    const before = backend.getMember(member).body;
    const receipt = call(1_001);
    expect(receipt.ledger).toEqual([
      expect.objectContaining({ kind: 'auto_recharge_refused', amount: pln(0), reason: 'insufficient_balance', requested: pln(20_000), balanceAfter: pln(balance) }),
    ]);
    expect(backend.balanceMinorUnits()).toBe(balance);
    expect(credit()).toBe(4_999);
    // The call changed the credit; the refusal changed nothing more.
    expect(receipt.member.version).toBe(before.version + 1);
    expect(call(1).ledger).toEqual([]);
    backend.buyCredit('auto-refill-0001', { amount: pln(10_000) });
    expect(call(1).ledger).toEqual([expect.objectContaining({ kind: 'allocation', automatic: true, amount: pln(-20_000) })]);
    expect(backend.balanceMinorUnits()).toBe(balance + 10_000 - 20_000);
    expect(automatic().map((e) => e.kind)).toEqual(['auto_recharge_refused', 'allocation']);
    expect(ledgerSum(backend)).toBe(backend.balanceMinorUnits());
  });

  it('records a refusal again once the settings change', () => {
    const { backend, member, call } = company({ balanceMinor: 0 });
    expect(call(1_001).ledger.map((e) => e.reason)).toEqual(['insufficient_balance']);
    expect(call(1).ledger).toEqual([]);
    backend.setAutoRecharge(member, { version: backend.getMember(member).body.version, autoRecharge: { ...RULE, amount: pln(30_000) } });
    expect(call(1).ledger).toEqual([expect.objectContaining({ reason: 'insufficient_balance', requested: pln(30_000) })]);
  });

  it('charges a call no more than the credit left, and tops up no one without settings', () => {
    const { backend, member, call, credit } = company({ creditMinor: 300, rule: RULE });
    backend.setAutoRecharge(member, { version: backend.getMember(member).body.version, autoRecharge: null });
    expect(call(1_000).charged).toEqual(pln(300));
    expect(credit()).toBe(0);
    const version = backend.getMember(member).body.version;
    expect(call(500)).toMatchObject({ charged: pln(0), ledger: [] });
    expect(backend.getMember(member).body.version).toBe(version);
    expect(codeOf(() => backend.recordUsage(member, { destination: 'landline', minutes: 1, cost: { amountMinor: 10, currency: 'EUR' } }))).toBe('invalid_amount');
  });

  it('keeps the rules over random calls, purchases and settings', () => {
    type Step = { kind: 'call'; cost: number } | { kind: 'buy'; amount: number } | { kind: 'days'; days: number } | { kind: 'rule'; amount: number; cap: number };
    const step: fc.Arbitrary<Step> = fc.oneof(
      { weight: 6, arbitrary: fc.record({ kind: fc.constant('call' as const), cost: fc.integer({ min: 0, max: 15_000 }) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('buy' as const), amount: fc.integer({ min: 1, max: 40_000 }) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('days' as const), days: fc.integer({ min: 1, max: 20 }) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('rule' as const), amount: fc.integer({ min: 5_001, max: 30_000 }), cap: fc.integer({ min: 0, max: 60_000 }) }) },
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.integer({ min: 0, max: 60_000 }), (steps, balanceMinor) => {
        const { backend, member, clock, call } = company({ balanceMinor });
        let rule = RULE;
        let keys = 0;
        for (const s of steps) {
          if (s.kind === 'call') {
            const before = backend.getMember(member).body.credit.amountMinor;
            const receipt = call(s.cost);
            const topUp = receipt.ledger.find((e) => e.kind === 'allocation');
            if (topUp) {
              expect(before - receipt.charged.amountMinor).toBeLessThan(rule.threshold.amountMinor);
              expect(-topUp.amount.amountMinor).toBeLessThanOrEqual(rule.amount.amountMinor);
              expect(toppedUpIn(backend, member, topUp.createdAt.slice(0, 7))).toBeLessThanOrEqual(rule.monthlyCap.amountMinor);
            }
          } else if (s.kind === 'buy') backend.buyCredit(`auto-buy-${++keys}-key`, { amount: pln(s.amount) });
          else if (s.kind === 'days') clock.advance(s.days * DAY);
          else {
            rule = { amount: pln(s.amount), threshold: pln(5_000), monthlyCap: pln(s.amount + s.cap) };
            backend.setAutoRecharge(member, { version: backend.getMember(member).body.version, autoRecharge: rule });
          }
          assertRules(backend, member);
        }
      }),
      { numRuns: 100 },
    );
  });
});

/** The automatic top-ups of a member in a month (`YYYY-MM`). */
const toppedUpIn = (backend: MockBackend, member: string, month: string): number =>
  backend
    .ledgerEntries()
    .filter((e) => e.automatic && e.kind === 'allocation' && e.memberId === member && e.createdAt.startsWith(month))
    .reduce((total, e) => total - e.amount.amountMinor, 0);

/** The balance never below zero and equal to the ledger, credit never below zero, refusals moving nothing. */
function assertRules(backend: MockBackend, member: string): void {
  expect(backend.balanceMinorUnits()).toBeGreaterThanOrEqual(0);
  expect(ledgerSum(backend)).toBe(backend.balanceMinorUnits());
  expect(backend.getMember(member).body.credit.amountMinor).toBeGreaterThanOrEqual(0);
  for (const e of backend.ledgerEntries().filter((x) => x.kind === 'auto_recharge_refused')) {
    expect(e.amount.amountMinor).toBe(0);
    expect(['insufficient_balance', 'monthly_cap_reached']).toContain(e.reason);
    expect(e.requested!.amountMinor).toBeGreaterThan(0);
  }
}
