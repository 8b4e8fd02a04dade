/**
 * Invitations: sent by an administrator, then accepted or declined by the
 * invitee (`acceptInvitation` and `declineInvitation` stand for the invitee's
 * side, which is not an operation of the contract).
 */
import { EMAIL, isAccountName } from '../../src/core/validation.js';
import type { Invitation, InvitationBatch, InvitationCreate, InvitationRejection, Member } from '../contract.js';
import { problem, reply, type Reply } from '../problem.js';
import { newMember } from './members.js';
import type { InvitationRecord, Store } from './store.js';
import type { Views } from './views.js';

/** What the invitee supplies when accepting (the invitee's side, not an admin operation). */
export interface Acceptance {
  displayName: string;
  /** The account joining; for an e-mail invitation, a new account (a `live:` id by default). */
  accountName?: string;
  usageReportingConsent?: boolean;
}

export class Invitations {
  constructor(
    private readonly s: Store,
    private readonly v: Views,
  ) {}

  listInvitations(status?: Invitation['status']): Reply<Invitation[]> {
    this.s.requireManager();
    const all = [...this.s.invitations.values()].map(this.v.invitation);
    return reply(status ? all.filter((i) => i.status === status) : all);
  }

  /** Each invitee is invited or rejected on its own; one bad invitee does not stop the others. */
  sendInvitations(params: InvitationCreate): Reply<InvitationBatch> {
    const s = this.s;
    s.requireManager();
    s.requireRef(s.departments, params.departmentId, 'departmentId');
    for (const groupId of params.groupIds) s.requireRef(s.groups, groupId, 'groupIds');
    const created: Invitation[] = [];
    const rejected: InvitationRejection[] = [];
    for (const raw of params.invitees) {
      const invitee = raw.trim();
      const code = this.inviteeProblem(invitee);
      if (code) {
        rejected.push({ invitee: raw, code });
        continue;
      }
      const record: InvitationRecord = {
        id: s.nextId('inv'),
        invitee,
        kind: EMAIL.test(invitee) ? 'email' : 'account',
        status: 'pending',
        departmentId: params.departmentId,
        groupIds: [...new Set(params.groupIds)],
        sentAt: s.now(),
      };
      s.invitations.set(record.id, record);
      created.push(this.v.invitation(record));
    }
    return reply({ created, rejected }, 201);
  }

  private inviteeProblem(invitee: string): InvitationRejection['code'] | null {
    if (!EMAIL.test(invitee) && !isAccountName(invitee)) return 'invalid_invitee';
    const same = (value: string | null): boolean => value !== null && value.toLowerCase() === invitee.toLowerCase();
    if (this.s.membersWhere((m) => same(m.accountName) || same(m.email)).length > 0) return 'already_member';
    const pending = [...this.s.invitations.values()].some((i) => same(i.invitee) && this.v.invitationStatus(i) === 'pending');
    return pending ? 'conflict' : null;
  }

  private pendingInvitation(id: string, allowExpired = false): InvitationRecord {
    const invitation = this.s.find(this.s.invitations, id, 'invitation');
    const status = this.v.invitationStatus(invitation);
    if (status !== 'pending' && !(allowExpired && status === 'expired'))
      throw problem('invitation_not_pending', `The invitation is ${status}`, { current: this.v.invitation(invitation) });
    return invitation;
  }

  resendInvitation(id: string): Reply<Invitation> {
    const invitation = this.pendingInvitation(id, true);
    invitation.status = 'pending';
    invitation.sentAt = this.s.now();
    return reply(this.v.invitation(invitation));
  }

  cancelInvitation(id: string): Reply<Invitation> {
    const invitation = this.pendingInvitation(id);
    invitation.status = 'cancelled';
    return reply(this.v.invitation(invitation));
  }

  /** The invitee accepts: the account joins as a member. */
  acceptInvitation(id: string, acceptance: Acceptance): Reply<Member> {
    const s = this.s;
    const invitation = this.pendingInvitation(id);
    const accountName =
      invitation.kind === 'account' ? invitation.invitee : (acceptance.accountName ?? `live:.cid.${invitation.id.replace(/\W/g, '')}`);
    if (!isAccountName(accountName)) throw problem('invalid_account_name', 'The account name does not follow the rule', { field: 'accountName' });
    const member = newMember(s, {
      accountName,
      displayName: s.requireName(acceptance.displayName, 'displayName', 120),
      email: invitation.kind === 'email' ? invitation.invitee : null,
      departmentId: s.departments.has(invitation.departmentId) ? invitation.departmentId : this.defaultDepartmentId(),
      groupIds: invitation.groupIds.filter((g) => s.groups.has(g)),
      role: 'member',
      usageReportingConsent: acceptance.usageReportingConsent ?? true,
    });
    invitation.status = 'accepted';
    s.accounts.add(accountName.toLowerCase());
    s.members.set(member.id, member);
    return reply(this.v.member(member), 201);
  }

  /** The invitee declines. */
  declineInvitation(id: string): Reply<Invitation> {
    const invitation = this.pendingInvitation(id);
    invitation.status = 'declined';
    return reply(this.v.invitation(invitation));
  }

  private defaultDepartmentId(): string {
    const first = this.s.departments.keys().next();
    if (first.done) throw problem('internal', 'No department to join');
    return first.value;
  }
}
