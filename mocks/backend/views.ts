/**
 * The records of the store as the contract shows them. A view can read more
 * than its own record (a member shows its numbers, subscriptions and SIP
 * link), so the views of every domain sit here together.
 */
import type { NumberSpec, PlanSpec } from '../catalog.js';
import type {
  AvailableNumber,
  Department,
  Group,
  Invitation,
  LedgerEntry,
  Manager,
  Member,
  NumberRef,
  OnlineNumber,
  Plan,
  SipProfile,
  SipProfileDetail,
  Subscription,
} from '../contract.js';
import type {
  DepartmentRecord,
  GroupRecord,
  InvitationRecord,
  LedgerRecord,
  ManagerRecord,
  MemberRecord,
  NumberRecord,
  ProfileRecord,
  Store,
  SubscriptionRecord,
} from './store.js';

const DAY_MS = 86_400_000;
/** Invitations expire this long after the last send. */
export const INVITATION_LIFETIME_MS = 30 * DAY_MS;

const iso = (date: Date): string => date.toISOString();
export const numberRef = (n: NumberSpec & { id: string }): NumberRef => ({ id: n.id, number: n.number });

export class Views {
  constructor(private readonly s: Store) {}

  manager = (m: ManagerRecord): Manager => ({ ...m, createdAt: iso(m.createdAt) });

  department = (d: DepartmentRecord): Department => ({
    id: d.id,
    name: d.name,
    memberCount: this.s.membersWhere((m) => m.departmentId === d.id).length,
    monthlyBudget: d.monthlyBudget,
    version: d.version,
  });

  group = (g: GroupRecord): Group => ({
    id: g.id,
    name: g.name,
    memberCount: this.s.membersWhere((m) => m.groupIds.includes(g.id)).length,
    version: g.version,
  });

  member = (m: MemberRecord): Member => {
    const link = this.s.links.get(m.id);
    return {
      id: m.id,
      accountName: m.accountName,
      displayName: m.displayName,
      email: m.email,
      departmentId: m.departmentId,
      groupIds: [...m.groupIds],
      role: m.role,
      status: link ? 'linked' : 'active',
      canSignIn: !link,
      sipProfileId: link?.profileId ?? null,
      credit: this.s.money(m.creditMinor),
      autoRecharge: m.autoRecharge && structuredClone(m.autoRecharge),
      features: { ...m.features },
      numberIds: this.s.numbersOf(m.id).map((n) => n.id),
      subscriptionIds: this.s.subscriptionsOf(m.id).map((s) => s.id),
      usageReportingConsent: m.usageReportingConsent,
      joinedAt: iso(m.joinedAt),
      version: m.version,
    };
  };

  invitationStatus(i: InvitationRecord): Invitation['status'] {
    return i.status === 'pending' && this.s.now().getTime() >= i.sentAt.getTime() + INVITATION_LIFETIME_MS ? 'expired' : i.status;
  }

  invitation = (i: InvitationRecord): Invitation => ({
    id: i.id,
    invitee: i.invitee,
    kind: i.kind,
    status: this.invitationStatus(i),
    departmentId: i.departmentId,
    groupIds: [...i.groupIds],
    sentAt: iso(i.sentAt),
    expiresAt: iso(new Date(i.sentAt.getTime() + INVITATION_LIFETIME_MS)),
  });

  ledger = (e: LedgerRecord): LedgerEntry => {
    const entry: LedgerEntry = {
      id: e.id,
      kind: e.kind,
      amount: this.s.money(e.amountMinor),
      memberId: e.memberId,
      balanceAfter: this.s.money(e.balanceAfterMinor),
      createdAt: iso(e.createdAt),
      actorAccountName: e.actorAccountName,
    };
    if (e.automatic) entry.automatic = true;
    if (e.reason) entry.reason = e.reason;
    if (e.requestedMinor !== undefined) entry.requested = this.s.money(e.requestedMinor);
    return entry;
  };

  plan = (p: PlanSpec): Plan => ({
    id: p.id,
    name: p.name,
    description: p.description,
    minutesPerMonth: p.minutesPerMonth,
    destinations: [...p.destinations],
    countries: [...p.countries],
    price: this.s.money(p.priceMinor),
  });

  subscription = (s: SubscriptionRecord): Subscription => ({
    id: s.id,
    planId: s.planId,
    memberId: s.memberId,
    renewsAt: iso(s.renewsAt),
    version: s.version,
  });

  /** A number rings the PBX when it is the profile's own, or its member's account is linked. */
  private routesToPbx(n: NumberRecord): boolean {
    if (!n.assignee) return false;
    return n.assignee.kind === 'sip_profile' || this.s.links.has(n.assignee.memberId);
  }

  number = (n: NumberRecord): OnlineNumber => ({
    id: n.id,
    number: n.number,
    country: n.country,
    area: n.area,
    assignee: n.assignee && { ...n.assignee },
    routesToPbx: this.routesToPbx(n),
    monthlyPrice: this.s.money(n.monthlyPriceMinor),
    version: n.version,
  });

  offered = (n: NumberSpec): AvailableNumber => ({
    number: n.number,
    country: n.country,
    area: n.area,
    monthlyPrice: this.s.money(n.monthlyPriceMinor),
  });

  profile = (p: ProfileRecord): SipProfile => ({
    id: p.id,
    name: p.name,
    status: p.status,
    channels: p.channels,
    authMode: p.authMode,
    linkedAccountCount: this.s.linkedTo(p.id).length,
    numberCount: this.s.profileNumbers(p.id).length,
    version: p.version,
    ...(p.websocketUrl ? { websocketUrl: p.websocketUrl } : {}),
  });

  profileDetail = (p: ProfileRecord): SipProfileDetail => {
    const detail: SipProfileDetail = {
      ...this.profile(p),
      accounts: this.s.linkedTo(p.id).map(([member, link]) => ({
        memberId: member.id,
        accountName: member.accountName,
        displayName: member.displayName,
        extension: link.extension,
        numbers: this.s.numbersOf(member.id).map(numberRef),
      })),
      numbers: this.s.profileNumbers(p.id).map(numberRef),
    };
    if (p.pbxHost) detail.pbxHost = p.pbxHost;
    if (p.trunk) detail.trunk = p.trunk;
    return detail;
  };
}
