import { describe, expect, it } from 'vitest';
import { createControl, faultFor } from '../../mocks/control.js';
import { FOLDED_ROW_ID } from '../../mocks/reports.js';
import { createSeededBackend } from '../../mocks/seed.js';
import { INVITATION_LIFETIME_MS, MockBackend } from '../../mocks/backend/index.js';
import { dayNumber } from '../../mocks/usage.js';
import { codeOf, NOW, smallCompany, testClock } from './fixtures.js';

const DAY = 86_400_000;

describe('set-up', () => {
  it('refuses a second set-up, a taken new account name and an invalid one', () => {
    const backend = new MockBackend({ now: () => NOW, accounts: ['admin.taken'] });
    const setup = (accountName: string, mode: 'new' | 'existing' = 'new') =>
      backend.setUpManager({ companyName: 'Architectes', country: 'FR', currency: 'EUR', admin: { mode, accountName } });
    expect(codeOf(() => backend.getManager())).toBe('not_set_up');
    expect(codeOf(() => setup('admin.taken'))).toBe('account_name_taken');
    expect(codeOf(() => setup('4dmin'))).toBe('invalid_account_name');
    expect(setup('admin.taken', 'existing').body.adminAccountName).toBe('admin.taken');
    expect(codeOf(() => setup('admin.architectes'))).toBe('already_set_up');
    expect(backend.checkAccountName('admin.taken').body).toEqual({ accountName: 'admin.taken', valid: true, available: false, reason: 'account_name_taken' });
  });
});

describe('invitations', () => {
  it('expire 30 days after the last send; an expired one can be resent, not cancelled', () => {
    const clock = testClock();
    const { backend } = smallCompany({ size: 0, now: clock.now });
    const department = backend.listDepartments().body[0]!.id;
    const [invitation] = backend.sendInvitations({ invitees: ['new.person'], departmentId: department, groupIds: [] }).body.created;
    expect(Date.parse(invitation!.expiresAt) - Date.parse(invitation!.sentAt)).toBe(INVITATION_LIFETIME_MS);
    clock.advance(30 * DAY - 1);
    expect(backend.listInvitations().body[0]!.status).toBe('pending');
    clock.advance(1);
    expect(backend.listInvitations('expired').body).toHaveLength(1);
    expect(codeOf(() => backend.cancelInvitation(invitation!.id))).toBe('invitation_not_pending');
    const resent = backend.resendInvitation(invitation!.id).body;
    expect(resent.status).toBe('pending');
    expect(resent.expiresAt).toBe(new Date(clock.now().getTime() + INVITATION_LIFETIME_MS).toISOString());
    expect(backend.cancelInvitation(invitation!.id).body.status).toBe('cancelled');
    expect(codeOf(() => backend.resendInvitation(invitation!.id))).toBe('invitation_not_pending');
  });

  it('cannot resend or cancel an accepted or declined invitation', () => {
    const { backend } = smallCompany({ size: 0 });
    const department = backend.listDepartments().body[0]!.id;
    const [a, d] = backend.sendInvitations({ invitees: ['accepting.one', 'declining.one'], departmentId: department, groupIds: [] }).body.created;
    backend.acceptInvitation(a!.id, { displayName: 'Zażółć Gęślą' });
    backend.declineInvitation(d!.id);
    for (const id of [a!.id, d!.id]) {
      expect(codeOf(() => backend.resendInvitation(id))).toBe('invitation_not_pending');
      expect(codeOf(() => backend.cancelInvitation(id))).toBe('invitation_not_pending');
    }
  });

  it('rejects invalid invitees, members and those already pending, one by one', () => {
    const { backend } = smallCompany({ size: 1 });
    const department = backend.listDepartments().body[0]!.id;
    const batch = backend.sendInvitations({ invitees: ['ok.person', 'member.0.test', 'x', 'ok.person', 'someone@example.com'], departmentId: department, groupIds: [] }).body;
    expect(batch.created.map((i) => [i.invitee, i.kind])).toEqual([
      ['ok.person', 'account'],
      ['someone@example.com', 'email'],
    ]);
    expect(batch.rejected).toEqual([
      { invitee: 'member.0.test', code: 'already_member' },
      { invitee: 'x', code: 'invalid_invitee' },
      { invitee: 'ok.person', code: 'conflict' },
    ]);
  });
});

describe('administrators', () => {
  it('cannot demote or remove the last admin', () => {
    const { backend, members } = smallCompany();
    const admin = backend.getMember(members[0]!).body;
    expect(codeOf(() => backend.updateMember(admin.id, { version: admin.version, role: 'member' }))).toBe('last_admin');
    expect(codeOf(() => backend.removeMember(admin.id, admin.version))).toBe('last_admin');
    const other = backend.getMember(members[1]!).body;
    backend.updateMember(other.id, { version: other.version, role: 'admin' });
    backend.updateMember(admin.id, { version: admin.version, role: 'member' });
    expect(backend.getManager().body.adminMemberId).toBe(other.id);
    const promoted = backend.getMember(other.id).body;
    expect(codeOf(() => backend.removeMember(other.id, promoted.version))).toBe('last_admin');
  });
});

describe('organisation', () => {
  it('refuses to delete a department that still has members', () => {
    const { backend } = smallCompany();
    const department = backend.listDepartments().body[0]!;
    expect(codeOf(() => backend.deleteDepartment(department.id, department.version))).toBe('conflict');
  });
});

describe('reports', () => {
  /** A company whose first member did not consent, in departments of 4 and 2 members, with one call each a day. */
  function reportingCompany() {
    const { backend, members } = smallCompany({ size: 6 });
    const small = backend.createDepartment({ name: 'Small' }).body.id;
    for (const id of members.slice(5)) {
      backend.updateMember(id, { version: backend.getMember(id).body.version, departmentId: small });
    }
    const record = backend.acceptInvitation(
      backend.sendInvitations({ invitees: ['private.person'], departmentId: backend.listDepartments().body[0]!.id, groupIds: [] }).body.created[0]!.id,
      { displayName: 'Prywatna Osoba', usageReportingConsent: false },
    ).body;
    const today = dayNumber(NOW);
    for (const id of [...members, record.id]) backend.usage.record(id, today - 1, 'landline', 1, 10, 90);
    return { backend, quiet: record.id, small };
  }

  it('answers report_range_unavailable outside the six months held', () => {
    const { backend } = reportingCompany();
    expect(codeOf(() => backend.getUsageReport({ level: 'employee', from: '2025-09-15', to: '2026-03-16' }))).toBe('report_range_unavailable');
    expect(codeOf(() => backend.getUsageReport({ level: 'employee', from: '2025-09-16', to: '2026-03-17' }))).toBe('report_range_unavailable');
    expect(codeOf(() => backend.getUsageReport({ level: 'employee', from: '2025-09-16', to: '2026-03-16' }))).toBeNull();
    expect(codeOf(() => backend.getSpendReport({ level: 'group', from: '2024-01-01', to: '2024-02-01' }))).toBe('report_range_unavailable');
    expect(codeOf(() => backend.getUsageReport({ level: 'employee', from: '2026-03-10', to: '2026-03-01' }))).toBe('validation_failed');
  });

  it('shows a member without consent as a suppressed row, no name, no figures, still counted in the totals', () => {
    const { backend, quiet } = reportingCompany();
    const report = backend.getUsageReport({ level: 'employee', from: '2026-03-01', to: '2026-03-16' }).body;
    const hidden = report.rows.filter((r) => r.suppressed);
    expect(hidden).toHaveLength(1);
    expect(hidden[0]).toMatchObject({ name: '', calls: 0, minutes: 0, memberCount: 1 });
    expect(hidden[0]!.id).not.toBe(quiet);
    expect(JSON.stringify(report)).not.toContain('Prywatna');
    expect(report.totals.calls).toBe(8);
    expect(report.rows.reduce((t, r) => t + r.calls, 0)).toBe(7);
  });

  it('folds a department with fewer than 3 members into one suppressed row beside the totals', () => {
    const { backend, small } = reportingCompany();
    const report = backend.getUsageReport({ level: 'department', from: '2026-03-01', to: '2026-03-16' }).body;
    expect(report.rows.map((r) => r.id)).not.toContain(small);
    const folded = report.rows.find((r) => r.id === FOLDED_ROW_ID)!;
    expect(folded).toMatchObject({ name: '', suppressed: true, memberCount: 2, calls: 2 });
    expect(report.rows.reduce((t, r) => t + r.calls, 0)).toBe(report.totals.calls);
    const spend = backend.getSpendReport({ level: 'department', from: '2026-03-01', to: '2026-03-16' }).body;
    expect(spend.rows.map((r) => r.id)).toContain(FOLDED_ROW_ID);
    expect(spend.rows.map((r) => r.id)).not.toContain(small);
  });

  it('folds small groups in the seeded company too', () => {
    const backend = createSeededBackend(2026, { now: () => NOW });
    const report = backend.getUsageReport({ level: 'group', from: '2026-02-01', to: '2026-02-28' }).body;
    const names = report.rows.map((r) => r.name);
    expect(names).not.toContain('Comité RSE');
    expect(names).toContain('');
    expect(report.rows.every((r) => r.suppressed || r.memberCount >= 3)).toBe(true);
  });
});

describe('control', () => {
  it('fails the next N requests, only on matching paths when told, and all of them offline', () => {
    const control = createControl({ failNext: 2, failPaths: /credit/ });
    expect(faultFor(control, '/api/members')).toBeNull();
    expect(faultFor(control, '/api/credit')).toBe('unavailable');
    expect(faultFor(control, '/api/credit/ledger')).toBe('unavailable');
    expect(faultFor(control, '/api/credit')).toBeNull();
    control.offline = true;
    expect(faultFor(control, '/api/members')).toBe('offline');
  });
});
