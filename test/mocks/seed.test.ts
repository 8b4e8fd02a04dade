import { describe, expect, it } from 'vitest';
import { isAccountName, isE164, LIVE_ID } from '../../src/core/validation.js';
import { createRandom } from '../../mocks/random.js';
import { createScenario } from '../../mocks/scenarios.js';
import { accountNameFor, createEmptyBackend, createSeededBackend } from '../../mocks/seed.js';
import type { MockBackend } from '../../mocks/backend/index.js';
import { ledgerSum, NOW } from './fixtures.js';

const now = () => NOW;
const DIACRITICS = /[ąćęłńóśźżéèêëàâçîïôœùûüÿíáú]/i;

/** Everything the backend serves, for comparing two backends. */
function dump(backend: MockBackend) {
  return {
    manager: backend.getManager().body,
    departments: backend.listDepartments().body,
    groups: backend.listGroups().body,
    members: backend.listMembers({ limit: 500 }).body,
    invitations: backend.listInvitations().body,
    ledger: backend.ledgerEntries(),
    subscriptions: backend.listSubscriptions().body,
    numbers: backend.listNumbers().body,
    profiles: backend.listSipProfiles().body.map((p) => backend.getSipProfile(p.id).body),
    usage: backend.getUsageReport({ level: 'employee', from: '2025-09-16', to: '2026-03-16' }).body,
  };
}

describe('the seeded company', () => {
  const backend = createSeededBackend(2026, { now });
  const members = backend.listMembers({ limit: 500 }).body.items;

  it('is the same for the same seed and clock, and differs for another seed', () => {
    expect(dump(createSeededBackend(2026, { now }))).toEqual(dump(backend));
    expect(dump(createSeededBackend(7, { now }))).not.toEqual(dump(backend));
  });

  it('draws the same numbers from the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('is Kowalski & Dupont Architectes, in PLN, with two admins', () => {
    expect(backend.getManager().body).toMatchObject({
      companyName: 'Kowalski & Dupont Architectes',
      country: 'PL',
      currency: 'PLN',
      adminAccountName: 'admin.architectes',
    });
    expect(members.filter((m) => m.role === 'admin').map((m) => m.accountName)).toEqual(
      expect.arrayContaining(['admin.architectes', 'marie.dupont']),
    );
    expect(members.filter((m) => m.role === 'admin')).toHaveLength(2);
  });

  it('has 48 members with names in three languages, diacritics kept, valid account names and a few live: ids', () => {
    expect(members).toHaveLength(48);
    const names = members.map((m) => m.displayName);
    expect(names).toEqual(expect.arrayContaining(['Łukasz Wróbel', 'Zofia Żak', 'Hélène Lefèvre', 'François Bénard', 'Agnieszka Szczęsna', "Siobhan O'Brien"]));
    expect(names.filter((n) => DIACRITICS.test(n)).length).toBeGreaterThan(25);
    for (const m of members) expect(isAccountName(m.accountName)).toBe(true);
    expect(members.filter((m) => LIVE_ID.test(m.accountName)).length).toBeGreaterThanOrEqual(3);
    expect(accountNameFor('Łukasz Wróbel')).toBe('lukasz.wrobel');
    expect(members.some((m) => !m.usageReportingConsent)).toBe(true);
    expect(members.filter((m) => m.autoRecharge !== null)).toHaveLength(6);
  });

  it('has 6 departments and 5 groups', () => {
    expect(backend.listDepartments().body.map((d) => d.name)).toEqual(['Direction', 'Biuro projektowe', 'Sprzedaż', 'Service client', 'Finance', 'IT']);
    expect(backend.listGroups().body).toHaveLength(5);
  });

  it('has 5 pending invitations besides accepted, declined, expired and cancelled ones', () => {
    const statuses = backend.listInvitations().body.map((i) => i.status);
    const count = (s: string) => statuses.filter((x) => x === s).length;
    expect(count('pending')).toBe(5);
    expect(count('accepted')).toBe(47);
    expect(count('declined')).toBe(2);
    expect(count('expired')).toBe(2);
    expect(count('cancelled')).toBe(1);
  });

  it('has the three SIP profiles, with linked accounts and extensions', () => {
    const profiles = backend.listSipProfiles().body;
    expect(profiles.map(({ name, status, channels, authMode }) => ({ name, status, channels, authMode }))).toEqual([
      { name: 'Centrala Warszawa', status: 'active', channels: 30, authMode: 'registration' },
      { name: 'Standard Paris', status: 'active', channels: 10, authMode: 'ip_allowlist' },
      { name: 'Test PBX', status: 'inactive', channels: 2, authMode: 'registration' },
    ]);
    const warszawa = backend.getSipProfile(profiles[0]!.id).body;
    expect(warszawa.accounts.map((a) => a.extension)).toEqual(['101', '102', null]);
    expect(warszawa.accounts[0]!.numbers).toHaveLength(1);
    expect(members.filter((m) => m.status === 'linked' && !m.canSignIn)).toHaveLength(5);
  });

  it('owns 12 online numbers in +48 and +33, to members, profiles or nobody, and offers 4 plans', () => {
    const numbers = backend.listNumbers().body;
    expect(numbers).toHaveLength(12);
    expect(numbers.every((n) => isE164(n.number))).toBe(true);
    expect(numbers.some((n) => n.number.startsWith('+48')) && numbers.some((n) => n.number.startsWith('+33'))).toBe(true);
    const kinds = numbers.map((n) => n.assignee?.kind ?? 'none');
    expect(new Set(kinds)).toEqual(new Set(['member', 'sip_profile', 'none']));
    expect(numbers.filter((n) => n.routesToPbx).length).toBeGreaterThanOrEqual(4);
    expect(backend.listPlans().body).toHaveLength(4);
  });

  it('starts with a consistent ledger: purchases, allocations, reclaims, subscriptions, numbers and a refused top-up summing to the balance', () => {
    const kinds = new Set(backend.ledgerEntries().map((e) => e.kind));
    expect(kinds).toEqual(new Set(['purchase', 'allocation', 'reclaim', 'subscription', 'number', 'auto_recharge_refused']));
    expect(ledgerSum(backend)).toBe(backend.balanceMinorUnits());
    expect(backend.balanceMinorUnits()).toBeGreaterThan(0);
  });

  it('holds six months of call history for every destination type', () => {
    const report = backend.getUsageReport({ level: 'department', from: '2025-09-16', to: '2026-03-16' }).body;
    expect(report.totals.calls).toBeGreaterThan(1000);
    const first = backend.getUsageReport({ level: 'department', from: '2025-09-16', to: '2025-10-16' }).body;
    expect(first.totals.calls).toBeGreaterThan(0);
    for (const d of ['landline', 'mobile', 'international'] as const) {
      expect(report.rows.reduce((t, r) => t + r.byDestination[d].calls, 0)).toBeGreaterThan(0);
    }
  });
});

describe('the seeded month of automatic top-ups', () => {
  /** The automatic entries of the last 30 days, and what they show. */
  function month(at: Date) {
    const backend = createSeededBackend(2026, { now: () => at });
    const since = new Date(at.getTime() - 30 * 86_400_000).toISOString();
    const entries = backend.ledgerEntries();
    const automatic = entries.filter((e) => e.automatic && e.createdAt >= since);
    const members = new Map(backend.listMembers({ limit: 500 }).body.items.map((m) => [m.id, m]));
    return { backend, entries, automatic, members };
  }

  it('tops up several members, each top-up an automatic allocation by the member’s amount, in the ledger that sums to the balance', () => {
    const { backend, entries, automatic, members } = month(NOW);
    const topUps = automatic.filter((e) => e.kind === 'allocation');
    expect(new Set(topUps.map((e) => e.memberId)).size).toBeGreaterThanOrEqual(4);
    for (const e of topUps) {
      const rule = members.get(e.memberId!)!.autoRecharge!;
      expect(-e.amount.amountMinor).toBeLessThanOrEqual(rule.amount.amountMinor);
      expect(e.actorAccountName).toBe('admin.architectes');
    }
    expect(ledgerSum(backend)).toBe(backend.balanceMinorUnits());
    expect(entries.every((e) => e.balanceAfter.amountMinor >= 0)).toBe(true);
  });

  it.each(['2026-03-16T10:00:00Z', '2026-03-03T08:00:00Z', '2026-05-31T22:00:00Z', '2026-07-09T12:00:00Z'])(
    'has a member who reached the cap of the month and a top-up the balance could not cover, topped up after the next purchase (%s)',
    (iso) => {
      const { entries, automatic, members } = month(new Date(iso));
      const capped = automatic.find((e) => e.reason === 'monthly_cap_reached')!;
      const rule = members.get(capped.memberId!)!.autoRecharge!;
      const sameMonth = automatic.filter((e) => e.kind === 'allocation' && e.memberId === capped.memberId && e.createdAt.slice(0, 7) === capped.createdAt.slice(0, 7));
      expect(sameMonth.reduce((t, e) => t - e.amount.amountMinor, 0)).toBe(rule.monthlyCap.amountMinor);
      const short = automatic.find((e) => e.reason === 'insufficient_balance')!;
      expect(short).toMatchObject({ kind: 'auto_recharge_refused', amount: { amountMinor: 0 } });
      expect(short.requested!.amountMinor).toBeGreaterThan(short.balanceAfter.amountMinor);
      const after = entries.slice(entries.indexOf(short));
      const refill = after.findIndex((e) => e.kind === 'purchase');
      expect(refill).toBeGreaterThan(0);
      expect(after.slice(refill).some((e) => e.kind === 'allocation' && e.automatic && e.memberId === short.memberId)).toBe(true);
    },
  );
});

describe('scenarios', () => {
  it('"empty" is a company just set up: the admin alone, zero balance, no SIP profiles', () => {
    const { backend, control } = createScenario('empty', { now });
    expect(backend.listMembers().body.items.map((m) => m.accountName)).toEqual(['admin.architectes']);
    expect(backend.getBalance().body.balance.amountMinor).toBe(0);
    expect(backend.listSipProfiles().body).toEqual([]);
    expect(backend.listMembers().body.items.every((m) => m.sipProfileId === null)).toBe(true);
    expect(control).toMatchObject({ failNext: 0 });
    expect(createEmptyBackend({ now }).listLedger().body.total).toBe(0);
  });

  it('"slow", "failing" and "offline" set the control', () => {
    expect(createScenario('slow', { now }).control.latencyMs).toBe(1500);
    expect(createScenario('failing', { now }).control.failNext).toBe(Number.POSITIVE_INFINITY);
    expect(createScenario('offline', { now }).control.offline).toBe(true);
  });
});
