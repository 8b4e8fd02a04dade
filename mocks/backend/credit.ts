/**
 * The company balance and the ledger: purchases within the limits,
 * allocations to members, take-backs, automatic top-up settings. Every
 * movement is one ledger entry (see `Store.post`) under an idempotency key.
 */
import type {
  Allocation,
  AllocationCreate,
  AllocationResult,
  AutoRechargeUpdate,
  Balance,
  LedgerPage,
  LedgerQuery,
  Member,
  Purchase,
  PurchaseCreate,
  Reclaim,
  ReclaimCreate,
} from '../contract.js';
import { problem, reply, type Reply } from '../problem.js';
import { page } from './members.js';
import type { Store } from './store.js';
import type { Views } from './views.js';

const DAY_MS = 86_400_000;

/** A day (the contract's schema has checked it) as epoch milliseconds; `to` covers its whole day. */
function instant(value: string, endOfDay: boolean): number {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const time = Date.parse(day ? `${value}T00:00:00Z` : value);
  return day && endOfDay ? time + DAY_MS - 1 : time;
}

export class Credit {
  constructor(
    private readonly s: Store,
    private readonly v: Views,
  ) {}

  /** Credit bought since the first of this month (UTC), against the monthly limit. */
  private usedThisMonthMinor(): number {
    const now = this.s.now();
    return this.s.ledger
      .filter((e) => e.kind === 'purchase' && e.createdAt.getUTCFullYear() === now.getUTCFullYear() && e.createdAt.getUTCMonth() === now.getUTCMonth())
      .reduce((total, e) => total + e.amountMinor, 0);
  }

  getBalance(): Reply<Balance> {
    const s = this.s;
    s.requireManager();
    return reply({
      balance: s.money(s.balanceMinor),
      purchaseLimit: {
        perPurchase: s.money(s.limits.perPurchaseMinor),
        monthly: s.money(s.limits.monthlyMinor),
        usedThisMonth: s.money(this.usedThisMonthMinor()),
      },
      reclaimPolicy: s.reclaimPolicy,
      version: s.balanceVersion,
    });
  }

  buyCredit(key: string | null | undefined, params: PurchaseCreate): Reply<Purchase> {
    const s = this.s;
    return s.withIdempotency(key, 'purchase', params, () => {
      s.assertAmount(params.amount);
      const amount = params.amount.amountMinor;
      if (amount > s.limits.perPurchaseMinor)
        throw problem('purchase_limit_exceeded', 'The amount is above the per-purchase limit', {
          limit: 'perPurchase',
          max: s.money(s.limits.perPurchaseMinor),
        });
      const left = s.limits.monthlyMinor - this.usedThisMonthMinor();
      if (amount > left)
        throw problem('purchase_limit_exceeded', 'The amount is above what the monthly limit leaves', {
          limit: 'monthly',
          max: s.money(Math.max(left, 0)),
        });
      const entry = s.post('purchase', amount);
      return reply({ id: entry.id, amount: s.money(amount), createdAt: entry.createdAt.toISOString(), balance: s.money(s.balanceMinor) }, 201);
    });
  }

  /** The same amount to each member, all or nothing. */
  allocateCredit(key: string | null | undefined, params: AllocationCreate): Reply<AllocationResult> {
    const s = this.s;
    return s.withIdempotency(key, 'allocation', params, () => {
      if (new Set(params.memberIds).size !== params.memberIds.length)
        throw problem('validation_failed', 'memberIds must not repeat', { field: 'memberIds' });
      s.assertAmount(params.amount);
      const members = params.memberIds.map((id) => s.find(s.members, id, 'member'));
      s.assertCovered(params.amount.amountMinor * members.length);
      const allocations: Allocation[] = members.map((member) => {
        const entry = s.post('allocation', -params.amount.amountMinor, member.id);
        member.creditMinor += params.amount.amountMinor;
        member.version++;
        return { id: entry.id, memberId: member.id, amount: s.money(params.amount.amountMinor) };
      });
      return reply({ allocations, balance: s.money(s.balanceMinor) }, 201);
    });
  }

  setAutoRecharge(id: string, params: AutoRechargeUpdate): Reply<Member> {
    const s = this.s;
    const member = s.find(s.members, id, 'member');
    s.assertVersion(member, params.version, this.v.member);
    const rule = params.autoRecharge;
    if (rule) {
      s.assertAmount(rule.amount, 'autoRecharge.amount');
      s.assertAmount(rule.threshold, 'autoRecharge.threshold');
      s.assertAmount(rule.monthlyCap, 'autoRecharge.monthlyCap');
      if (!(rule.threshold.amountMinor < rule.amount.amountMinor && rule.amount.amountMinor <= rule.monthlyCap.amountMinor))
        throw problem('validation_failed', 'threshold < amount <= monthlyCap', { field: 'autoRecharge' });
    }
    member.autoRecharge = rule && structuredClone(rule);
    member.autoRechargeSetBy = rule && s.requireManager().adminAccountName;
    member.autoRechargeRefused = null;
    member.version++;
    return reply(this.v.member(member));
  }

  reclaimCredit(key: string | null | undefined, params: ReclaimCreate): Reply<Reclaim> {
    const s = this.s;
    return s.withIdempotency(key, 'reclaim', params, () => {
      if (s.reclaimPolicy === 'never') throw problem('reclaim_not_allowed', 'The reclaim policy does not allow taking credit back');
      s.assertAmount(params.amount);
      const member = s.find(s.members, params.memberId, 'member');
      if (params.amount.amountMinor > member.creditMinor)
        throw problem('insufficient_member_credit', 'The member has less unused credit', { available: s.money(member.creditMinor) });
      const entry = s.post('reclaim', params.amount.amountMinor, member.id);
      member.creditMinor -= params.amount.amountMinor;
      member.version++;
      return reply({ id: entry.id, memberId: member.id, amount: s.money(params.amount.amountMinor), balance: s.money(s.balanceMinor) }, 201);
    });
  }

  /** Newest first, with the count and sum of every matching entry. */
  listLedger(q: LedgerQuery = {}): Reply<LedgerPage> {
    const s = this.s;
    s.requireManager();
    const from = q.from ? instant(q.from, false) : -Infinity;
    const to = q.to ? instant(q.to, true) : Infinity;
    const matches = s.ledger
      .filter(
        (e) =>
          (!q.kind || e.kind === q.kind) &&
          (!q.memberId || e.memberId === q.memberId) &&
          e.createdAt.getTime() >= from &&
          e.createdAt.getTime() <= to,
      )
      .reverse();
    const result = page(matches, q.offset, q.limit);
    const sumMinor = matches.reduce((total, e) => total + e.amountMinor, 0);
    return reply({ items: result.items.map(this.v.ledger), total: result.total, sum: s.money(sumMinor) });
  }
}
