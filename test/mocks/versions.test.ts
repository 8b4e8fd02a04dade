/**
 * A member's version moves with every change to what their record shows,
 * their credit, subscriptions, numbers and SIP link included: an edit or a
 * removal sent with the version read before such a change is refused as
 * stale, never applied over it.
 */
import { describe, expect, it } from 'vitest';
import type { MockBackend } from '../../mocks/backend/index.js';
import { attempt, pln, smallCompany } from './fixtures.js';

interface Company {
  backend: MockBackend;
  member: string;
  profile: string;
  subscription: string;
  number: string;
}

/** A company with credit, one member, and a subscription and a number to hand out. */
function company(): Company {
  const { backend, members, profiles } = smallCompany({ size: 1, creditMinor: 100_000 });
  const subscription = backend.buySubscriptions('versions-subs', { planId: 'plan_world_120', quantity: 1 }).body.items[0]!.id;
  const number = backend.buyNumber('versions-number', { number: backend.listAvailableNumbers('PL').body[0]!.number }).body.item.id;
  return { backend, member: members[1]!, profile: profiles[0]!, subscription, number };
}

const subscriptionVersion = (c: Company) => c.backend.listSubscriptions().body.find((s) => s.id === c.subscription)!.version;
const numberVersion = (c: Company) => c.backend.listNumbers().body.find((n) => n.id === c.number)!.version;
const profileVersion = (c: Company) => c.backend.getSipProfile(c.profile).body.version;
const assignSubscription = (c: Company, memberId: string | null) => c.backend.assignSubscription(c.subscription, { version: subscriptionVersion(c), memberId });
const assignNumber = (c: Company, memberId: string | null) =>
  c.backend.assignNumber(c.number, { version: numberVersion(c), assignee: memberId === null ? null : { kind: 'member', memberId } });
const link = (c: Company) => c.backend.linkSipAccount(c.profile, { version: profileVersion(c), memberId: c.member });

/** Each change to the member, with what must hold before it. */
const CHANGES: [string, (c: Company) => void, ((c: Company) => void)?][] = [
  ['credit allocated', (c) => c.backend.allocateCredit('versions-alloc', { memberIds: [c.member], amount: pln(1_000) })],
  [
    'credit taken back',
    (c) => c.backend.reclaimCredit('versions-reclaim', { memberId: c.member, amount: pln(400) }),
    (c) => c.backend.allocateCredit('versions-alloc', { memberIds: [c.member], amount: pln(1_000) }),
  ],
  ['a subscription assigned', (c) => assignSubscription(c, c.member)],
  ['a subscription unassigned', (c) => assignSubscription(c, null), (c) => assignSubscription(c, c.member)],
  ['a number assigned', (c) => assignNumber(c, c.member)],
  ['a number unassigned', (c) => assignNumber(c, null), (c) => assignNumber(c, c.member)],
  [
    'their number given to a SIP profile',
    (c) => c.backend.assignNumber(c.number, { version: numberVersion(c), assignee: { kind: 'sip_profile', sipProfileId: c.profile } }),
    (c) => assignNumber(c, c.member),
  ],
  ['linked to a SIP profile', link],
  [
    'credit spent on a call',
    (c) => c.backend.recordUsage(c.member, { destination: 'landline', minutes: 4, cost: pln(36) }),
    (c) => c.backend.allocateCredit('versions-alloc', { memberIds: [c.member], amount: pln(1_000) }),
  ],
  [
    // A free call leaves the credit as it is: the top-up alone changes the member.
    'topped up automatically',
    (c) => c.backend.recordUsage(c.member, { destination: 'landline', minutes: 1, cost: pln(0) }),
    (c) => {
      const rule = { amount: pln(2_000), threshold: pln(500), monthlyCap: pln(6_000) };
      c.backend.setAutoRecharge(c.member, { version: c.backend.getMember(c.member).body.version, autoRecharge: rule });
    },
  ],
  ['unlinked from a SIP profile', (c) => c.backend.unlinkSipAccount(c.profile, c.member, profileVersion(c)), link],
];

describe('a member’s version', () => {
  it.each(CHANGES)('moves when %s: an update or a removal with the version read before answers conflict', (_what, change, before) => {
    const c = company();
    before?.(c);
    const read = c.backend.getMember(c.member).body;
    change(c);
    const now = c.backend.getMember(c.member).body;
    expect(now.version).toBeGreaterThan(read.version);
    const stales: (() => unknown)[] = [
      () => c.backend.updateMember(c.member, { version: read.version, groupIds: [] }),
      () => c.backend.removeMember(c.member, read.version),
      () => c.backend.setMemberFeatures(c.member, { version: read.version, features: read.features }),
    ];
    for (const stale of stales) {
      const result = attempt(stale);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatchObject({ code: 'conflict', details: { current: now } });
    }
    expect(c.backend.getMember(c.member).body).toEqual(now);
  });

  it('stays when nothing of the member changes: the same number given again, another member’s credit', () => {
    const c = company();
    assignNumber(c, c.member);
    const read = c.backend.getMember(c.member).body;
    assignNumber(c, c.member);
    c.backend.allocateCredit('versions-other', { memberIds: [c.backend.getManager().body.adminMemberId], amount: pln(100) });
    expect(c.backend.getMember(c.member).body.version).toBe(read.version);
  });
});
