/** Calling plans and their subscriptions, online numbers: bought from the company balance, assigned to members. */
import type {
  AvailableNumber,
  NumberAssignee,
  NumberAssignment,
  NumberPurchase,
  NumberPurchaseResult,
  OnlineNumber,
  Plan,
  Subscription,
  SubscriptionAssignment,
  SubscriptionPurchase,
  SubscriptionPurchaseResult,
} from '../contract.js';
import { problem, reply, type Reply } from '../problem.js';
import { addMonths } from '../usage.js';
import type { NumberRecord, Store, SubscriptionRecord } from './store.js';
import type { Views } from './views.js';

export class Catalogue {
  constructor(
    private readonly s: Store,
    private readonly v: Views,
  ) {}

  listPlans(): Reply<Plan[]> {
    this.s.requireManager();
    return reply(this.s.plans.map(this.v.plan));
  }

  listSubscriptions(): Reply<Subscription[]> {
    this.s.requireManager();
    return reply([...this.s.subscriptions.values()].map(this.v.subscription));
  }

  buySubscriptions(key: string | null | undefined, params: SubscriptionPurchase): Reply<SubscriptionPurchaseResult> {
    const s = this.s;
    return s.withIdempotency(key, 'subscription', params, () => {
      const plan = s.plans.find((p) => p.id === params.planId);
      if (!plan) throw problem('plan_unavailable', `Plan ${params.planId} is not offered`);
      s.post('subscription', -plan.priceMinor * params.quantity);
      const items = Array.from({ length: params.quantity }, () => {
        const record: SubscriptionRecord = { id: s.nextId('sub'), planId: plan.id, memberId: null, renewsAt: addMonths(s.now(), 1), version: 1 };
        s.subscriptions.set(record.id, record);
        return this.v.subscription(record);
      });
      return reply({ items, balance: s.money(s.balanceMinor) }, 201);
    });
  }

  assignSubscription(id: string, params: SubscriptionAssignment): Reply<Subscription> {
    const s = this.s;
    const subscription = s.find(s.subscriptions, id, 'subscription');
    s.assertVersion(subscription, params.version, this.v.subscription);
    if (params.memberId !== null) s.requireRef(s.members, params.memberId, 'memberId');
    if (subscription.memberId !== params.memberId) {
      s.touchMember(subscription.memberId);
      s.touchMember(params.memberId);
    }
    subscription.memberId = params.memberId;
    subscription.version++;
    return reply(this.v.subscription(subscription));
  }

  listNumbers(): Reply<OnlineNumber[]> {
    this.s.requireManager();
    return reply([...this.s.numbers.values()].map(this.v.number));
  }

  listAvailableNumbers(country?: string): Reply<AvailableNumber[]> {
    this.s.requireManager();
    const offered = [...this.s.offered.values()].filter((n) => !country || n.country === country.toUpperCase());
    return reply(offered.map(this.v.offered));
  }

  buyNumber(key: string | null | undefined, params: NumberPurchase): Reply<NumberPurchaseResult> {
    const s = this.s;
    return s.withIdempotency(key, 'number', params, () => {
      const spec = s.offered.get(params.number);
      if (!spec) throw problem('number_unavailable', `${params.number} is not available`);
      s.post('number', -spec.monthlyPriceMinor);
      s.offered.delete(spec.number);
      const record: NumberRecord = { ...spec, id: s.nextId('num'), assignee: null, version: 1 };
      s.numbers.set(record.id, record);
      return reply({ item: this.v.number(record), balance: s.money(s.balanceMinor) }, 201);
    });
  }

  assignNumber(id: string, params: NumberAssignment): Reply<OnlineNumber> {
    const s = this.s;
    const number = s.find(s.numbers, id, 'number');
    s.assertVersion(number, params.version, this.v.number);
    this.assertAssignee(params.assignee);
    const memberOf = (assignee: NumberAssignee) => (assignee?.kind === 'member' ? assignee.memberId : null);
    if (memberOf(number.assignee) !== memberOf(params.assignee)) {
      s.touchMember(memberOf(number.assignee));
      s.touchMember(memberOf(params.assignee));
    }
    s.touchProfile(number.assignee);
    number.assignee = params.assignee && { ...params.assignee };
    s.touchProfile(number.assignee);
    number.version++;
    return reply(this.v.number(number));
  }

  private assertAssignee(assignee: NumberAssignee): void {
    if (!assignee) return;
    if (assignee.kind === 'sip_profile') {
      this.s.requireRef(this.s.profiles, assignee.sipProfileId, 'assignee.sipProfileId');
      return;
    }
    const member = this.s.requireRef(this.s.members, assignee.memberId, 'assignee.memberId');
    if (!member.features.onlineNumber) throw problem('number_assignee_invalid', 'Online numbers are switched off for this member');
  }
}
