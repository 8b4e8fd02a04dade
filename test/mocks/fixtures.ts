/** A small company for the rule tests: quick to build, every rule in reach. */
import { ProblemError } from '../../mocks/problem.js';
import { MockBackend } from '../../mocks/backend/index.js';

export const NOW = new Date('2026-03-16T10:00:00Z');
export const pln = (amountMinor: number) => ({ amountMinor, currency: 'PLN' });

/** A clock tests can move. */
export function testClock(start = NOW) {
  let time = start.getTime();
  return {
    now: () => new Date(time),
    advance: (ms: number) => {
      time += ms;
    },
  };
}

export interface SmallCompany {
  backend: MockBackend;
  /** Member ids: the admin first, then `size` members (online numbers switched on). */
  members: string[];
  profiles: string[];
}

/** The admin, `size` members, three SIP profiles, optional starting credit. */
export function smallCompany(options: { size?: number; creditMinor?: number; now?: () => Date; reclaimPolicy?: 'unused_only' | 'never' } = {}): SmallCompany {
  const backend = new MockBackend({ now: options.now ?? (() => NOW), reclaimPolicy: options.reclaimPolicy });
  const manager = backend.setUpManager({ companyName: 'Test', country: 'PL', currency: 'PLN', admin: { mode: 'new', accountName: 'admin.test' } }).body;
  const department = backend.listDepartments().body[0]!.id;
  const members = [manager.adminMemberId];
  for (let i = 0; i < (options.size ?? 4); i++) {
    const invitation = backend.sendInvitations({ invitees: [`member.${i}.test`], departmentId: department, groupIds: [] }).body.created[0]!;
    const member = backend.acceptInvitation(invitation.id, { displayName: `Member ${i}` }).body;
    backend.setMemberFeatures(member.id, { version: member.version, features: { ...member.features, onlineNumber: true } });
    members.push(member.id);
  }
  const profiles = ['Alpha', 'Beta', 'Gamma'].map(
    (name) => backend.addSipProfile({ name, status: 'active', channels: 4, authMode: 'registration' }).id,
  );
  if (options.creditMinor) backend.buyCredit('fixture-purchase', { amount: pln(options.creditMinor) });
  return { backend, members, profiles };
}

/** The error code an operation fails with, or null when it succeeds. */
export function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof ProblemError) return error.code;
    throw error;
  }
}

/** Runs an operation, returning its error (or null) and never throwing a ProblemError. */
export function attempt<T>(run: () => T): { ok: true; value: T } | { ok: false; error: ProblemError } {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof ProblemError) return { ok: false, error };
    throw error;
  }
}

/** The sum of every ledger entry. */
export const ledgerSum = (backend: MockBackend): number =>
  backend.ledgerEntries().reduce((total, e) => total + e.amount.amountMinor, 0);
