/**
 * The calls members make, paid from their credit as they happen, and the
 * automatic top-ups they set off. Recording a call is not an operation of the
 * contract: the calling service does it, and the seed and tests stand in for it.
 *
 * A top-up follows the member's `AutoRecharge` (see the contract): when a call
 * leaves the credit below `threshold`, `amount` moves from the company balance
 * (an automatic `allocation`), at most `monthlyCap` a calendar month (UTC), the
 * last top-up of a month cut to what the cap leaves. One the cap leaves nothing
 * for, or the balance cannot cover, is recorded as an `auto_recharge_refused`
 * entry of amount zero, once until a top-up succeeds, the settings change or the
 * month ends; every later call below the threshold tries again.
 */
import type { Destination, LedgerEntry, Member, Money } from '../contract.js';
import { problem } from '../problem.js';
import { dayNumber } from '../usage.js';
import type { LedgerRecord, MemberRecord, RefusalReason, Store } from './store.js';
import type { Views } from './views.js';

/** One call as the calling service bills it. */
export interface CallMade {
  destination: Destination;
  minutes: number;
  /** What the call costs, in the manager's currency. */
  cost: Money;
}

/** What a call did: what it took from the member's credit, the member after it, the ledger entries it set off. */
export interface CallReceipt {
  charged: Money;
  member: Member;
  ledger: LedgerEntry[];
}

/** `YYYY-MM` of an instant, in UTC: the month a cap counts in. */
const monthOf = (date: Date): string => date.toISOString().slice(0, 7);

export class Calls {
  constructor(
    private readonly s: Store,
    private readonly v: Views,
  ) {}

  /**
   * A call of a member, now: it is charged to their credit (a call that outruns
   * the credit is cut when the credit runs out, so it is charged what was left)
   * and kept in the usage history; then the automatic top-up runs if it must.
   */
  recordUsage(memberId: string, call: CallMade): CallReceipt {
    const s = this.s;
    const member = s.find(s.members, memberId, 'member');
    if (call.cost.currency !== s.currency || !Number.isSafeInteger(call.cost.amountMinor) || call.cost.amountMinor < 0)
      throw problem('invalid_amount', `A call costs a whole number of minor units of ${s.currency}, zero or more`, { field: 'cost' });
    const charged = Math.min(call.cost.amountMinor, member.creditMinor);
    s.usage.record(member.id, dayNumber(s.now()), call.destination, 1, call.minutes, charged);
    if (charged > 0) {
      member.creditMinor -= charged;
      member.version++;
    }
    const entries = this.topUp(member);
    return { charged: s.money(charged), member: this.v.member(member), ledger: entries.map(this.v.ledger) };
  }

  /** Tops the member up if their credit is below their threshold, or records why it cannot. */
  private topUp(member: MemberRecord): LedgerRecord[] {
    const s = this.s;
    const rule = member.autoRecharge;
    if (!rule || member.creditMinor >= rule.threshold.amountMinor) return [];
    const month = monthOf(s.now());
    const left = rule.monthlyCap.amountMinor - this.toppedUp(member.id, month);
    const amount = Math.min(rule.amount.amountMinor, left);
    if (amount <= 0) return this.refuse(member, 'monthly_cap_reached', rule.amount.amountMinor, month);
    if (amount > s.balanceMinor) return this.refuse(member, 'insufficient_balance', amount, month);
    const entry = s.post('allocation', -amount, member.id, { automatic: true, ...this.actor(member) });
    member.creditMinor += amount;
    member.autoRechargeRefused = null;
    member.version++;
    return [entry];
  }

  /** A refused top-up moves nothing and changes no record but the ledger; it is recorded once. */
  private refuse(member: MemberRecord, reason: RefusalReason, requestedMinor: number, month: string): LedgerRecord[] {
    const last = member.autoRechargeRefused;
    if (last?.reason === reason && last.month === month) return [];
    member.autoRechargeRefused = { reason, month };
    return [this.s.post('auto_recharge_refused', 0, member.id, { automatic: true, reason, requestedMinor, ...this.actor(member) })];
  }

  /** The member's automatic top-ups of a month (`YYYY-MM`, UTC), in minor units. */
  private toppedUp(memberId: string, month: string): number {
    let total = 0;
    for (const e of this.s.ledger) {
      if (e.kind === 'allocation' && e.automatic && e.memberId === memberId && monthOf(e.createdAt) === month) total -= e.amountMinor;
    }
    return total;
  }

  private actor(member: MemberRecord): { actorAccountName?: string } {
    return member.autoRechargeSetBy ? { actorAccountName: member.autoRechargeSetBy } : {};
  }
}
