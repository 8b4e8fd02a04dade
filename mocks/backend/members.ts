/** Members: search, moves between departments and groups, roles, feature access, removal. */
import { foldForSearch } from '../../src/core/text.js';
import type {
  BulkFeaturesUpdate,
  FeatureAccess,
  Member,
  MemberFeaturesUpdate,
  MemberList,
  MemberQuery,
  MemberRemoval,
  MemberUpdate,
  Page,
} from '../contract.js';
import { problem, reply, type Reply } from '../problem.js';
import type { MemberRecord, Store } from './store.js';
import type { Views } from './views.js';

/** What a member may use on joining, until an administrator changes it. */
export const DEFAULT_FEATURES: FeatureAccess = {
  mobileCalls: true,
  internationalCalls: false,
  onlineNumber: false,
  voicemail: true,
  callForwarding: true,
};

type Joining = Pick<MemberRecord, 'accountName' | 'displayName' | 'email' | 'departmentId' | 'groupIds' | 'role' | 'usageReportingConsent'>;

/** A member as they join: no credit, no automatic top-up, the default features. */
export function newMember(s: Store, fields: Joining, id = s.nextId('mem')): MemberRecord {
  return {
    id,
    ...fields,
    creditMinor: 0,
    autoRecharge: null,
    autoRechargeSetBy: null,
    autoRechargeRefused: null,
    features: { ...DEFAULT_FEATURES },
    joinedAt: s.now(),
    version: 1,
  };
}

export const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** One page of a list; the contract's schema has checked `offset` and `limit` already. */
export function page<T>(items: readonly T[], offset = 0, limit = 50): Page<T> {
  return { items: items.slice(offset, offset + limit), total: items.length };
}

/** An administrator cannot be linked to a SIP profile: they must be able to sign in. */
export function adminLinkRefusal(member: MemberRecord) {
  return problem('admin_cannot_be_linked', `${member.accountName} is an administrator and cannot be linked to a SIP profile`);
}

export class Members {
  constructor(
    private readonly s: Store,
    private readonly v: Views,
  ) {}

  listMembers(q: MemberQuery = {}): Reply<Page<Member>> {
    this.s.requireManager();
    const needle = q.query ? foldForSearch(q.query.trim()) : '';
    const matches = this.s.membersWhere(
      (m) =>
        (!needle || [m.displayName, m.accountName, m.email ?? ''].some((field) => foldForSearch(field).includes(needle))) &&
        (!q.departmentId || m.departmentId === q.departmentId) &&
        (!q.groupId || m.groupIds.includes(q.groupId)) &&
        (!q.role || m.role === q.role) &&
        (!q.status || (this.s.links.has(m.id) ? 'linked' : 'active') === q.status),
    );
    const key = this.sortKey(q.sort ?? 'name');
    const direction = q.order === 'desc' ? -1 : 1;
    matches.sort((a, b) => direction * key(a, b) || collator.compare(a.id, b.id));
    const result = page(matches, q.offset, q.limit);
    return reply({ items: result.items.map(this.v.member), total: result.total });
  }

  private sortKey(sort: NonNullable<MemberQuery['sort']>): (a: MemberRecord, b: MemberRecord) => number {
    const departmentName = (m: MemberRecord): string => this.s.departments.get(m.departmentId)?.name ?? '';
    switch (sort) {
      case 'accountName':
        return (a, b) => collator.compare(a.accountName, b.accountName);
      case 'department':
        return (a, b) => collator.compare(departmentName(a), departmentName(b)) || collator.compare(a.displayName, b.displayName);
      case 'credit':
        return (a, b) => a.creditMinor - b.creditMinor;
      case 'joinedAt':
        return (a, b) => a.joinedAt.getTime() - b.joinedAt.getTime();
      case 'name':
        return (a, b) => collator.compare(a.displayName, b.displayName);
    }
  }

  getMember(id: string): Reply<Member> {
    return reply(this.v.member(this.s.find(this.s.members, id, 'member')));
  }

  updateMember(id: string, params: MemberUpdate): Reply<Member> {
    const member = this.s.find(this.s.members, id, 'member');
    this.s.assertVersion(member, params.version, this.v.member);
    if (params.departmentId !== undefined) this.s.requireRef(this.s.departments, params.departmentId, 'departmentId');
    for (const groupId of params.groupIds ?? []) this.s.requireRef(this.s.groups, groupId, 'groupIds');
    if (params.role === 'member') this.assertNotLastAdmin(member);
    if (params.role === 'admin' && this.s.links.has(id)) throw adminLinkRefusal(member);
    if (params.departmentId !== undefined) member.departmentId = params.departmentId;
    if (params.groupIds !== undefined) member.groupIds = [...new Set(params.groupIds)];
    if (params.role !== undefined) member.role = params.role;
    member.version++;
    this.syncManagerAdmin();
    return reply(this.v.member(member));
  }

  /** The member goes: their link, credit (back to the balance), numbers and subscriptions with them. */
  removeMember(id: string, version: number): Reply<MemberRemoval> {
    const s = this.s;
    const member = s.find(s.members, id, 'member');
    s.assertVersion(member, version, this.v.member);
    this.assertNotLastAdmin(member);
    const link = s.links.get(id);
    if (link) {
      s.links.delete(id);
      s.touchProfile({ kind: 'sip_profile', sipProfileId: link.profileId });
    }
    const reclaimed = member.creditMinor;
    if (reclaimed > 0) s.post('reclaim', reclaimed, id);
    const releasedNumberIds = s.numbersOf(id).map((n) => {
      n.assignee = null;
      n.version++;
      return n.id;
    });
    const cancelledSubscriptionIds = s.subscriptionsOf(id).map((sub) => {
      s.subscriptions.delete(sub.id);
      return sub.id;
    });
    s.members.delete(id);
    this.syncManagerAdmin();
    return reply({ reclaimed: s.money(reclaimed), releasedNumberIds, cancelledSubscriptionIds });
  }

  setMemberFeatures(id: string, params: MemberFeaturesUpdate): Reply<Member> {
    const member = this.s.find(this.s.members, id, 'member');
    this.s.assertVersion(member, params.version, this.v.member);
    member.features = { ...params.features };
    member.version++;
    return reply(this.v.member(member));
  }

  setFeaturesForMembers(params: BulkFeaturesUpdate): Reply<MemberList> {
    this.s.requireManager();
    const members = [...new Set(params.memberIds)].map((id) => this.s.find(this.s.members, id, 'member'));
    for (const member of members) {
      member.features = { ...member.features, ...params.features };
      member.version++;
    }
    return reply({ items: members.map(this.v.member) });
  }

  private admins(): MemberRecord[] {
    return this.s.membersWhere((m) => m.role === 'admin');
  }

  private assertNotLastAdmin(member: MemberRecord): void {
    if (member.role === 'admin' && this.admins().length === 1) throw problem('last_admin', 'The manager needs at least one administrator');
  }

  /** Keeps the manager's admin account pointing at an administrator. */
  private syncManagerAdmin(): void {
    const manager = this.s.requireManager();
    const current = this.s.members.get(manager.adminMemberId);
    if (current?.role === 'admin') return;
    const next = this.admins()[0];
    if (!next) return;
    manager.adminMemberId = next.id;
    manager.adminAccountName = next.accountName;
    manager.version++;
  }
}
