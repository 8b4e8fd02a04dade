/**
 * The mock's reports against independent sums: the ledger of the credit
 * workflow, the raw calls, the budget arithmetic, the privacy rules.
 */
import { describe, expect, it } from 'vitest';
import { createSeededBackend } from '../../mocks/seed.js';
import { MockBackend } from '../../mocks/backend/index.js';
import { buildUsageReport, FOLDED_ROW_ID, type ReportMember, type ReportSource } from '../../mocks/reports.js';
import { DESTINATIONS, UsageStore, dayNumber } from '../../mocks/usage.js';
import { NOW, codeOf, pln } from './fixtures.js';

const now = () => NOW;
const LEVELS = ['group', 'department', 'employee'] as const;
const RANGES = [
  { from: '2026-03-01', to: '2026-03-16' },
  { from: '2026-02-01', to: '2026-02-28' },
  { from: '2025-12-10', to: '2026-01-20' },
  { from: '2025-09-16', to: '2026-03-16' },
];


describe('report totals and the ledger of the credit workflow', () => {
  const backend = createSeededBackend(2026, { now });

  for (const range of RANGES) {
    it(`match for ${range.from}..${range.to}, at every level`, () => {
      const ledger = (kind?: 'purchase' | 'allocation' | 'reclaim' | 'subscription' | 'number') =>
        Math.abs(backend.listLedger({ ...range, ...(kind ? { kind } : {}), limit: 1 }).body.sum.amountMinor);
      const all = backend.listLedger({ ...range, limit: 1 }).body.sum.amountMinor;
      for (const level of LEVELS) {
        const { totals, rows } = backend.getSpendReport({ level, ...range }).body;
        expect(totals.purchases.amountMinor).toBe(ledger('purchase'));
        expect(totals.allocations.amountMinor).toBe(ledger('allocation'));
        expect(totals.reclaims.amountMinor).toBe(ledger('reclaim'));
        expect(totals.subscriptions.amountMinor).toBe(ledger('subscription'));
        expect(totals.numbers.amountMinor).toBe(ledger('number'));
        // Every movement of the period, signed as the ledger signs it.
        expect(
          totals.purchases.amountMinor - totals.allocations.amountMinor + totals.reclaims.amountMinor - totals.subscriptions.amountMinor - totals.numbers.amountMinor,
        ).toBe(all);
        if (level === 'department') {
          // Each member is in one department (or in "other"): the rows add up to the totals.
          expect(rows.reduce((t, r) => t + r.allocations.amountMinor, 0)).toBe(totals.allocations.amountMinor);
          expect(rows.reduce((t, r) => t + r.reclaims.amountMinor, 0)).toBe(totals.reclaims.amountMinor);
        }
      }
    });
  }

  it('give the calls of the spend report the usage report’s cost, and a series that adds up to it', () => {
    for (const range of RANGES) {
      const spend = backend.getSpendReport({ level: 'department', ...range }).body;
      const usage = backend.getUsageReport({ level: 'department', ...range }).body;
      expect(spend.totals.calls).toEqual(usage.totals.cost);
      expect(spend.series.reduce((t, p) => t + p.calls.amountMinor, 0)).toBe(usage.totals.cost.amountMinor);
      expect(spend.series.reduce((t, p) => t + p.allocations.amountMinor, 0)).toBe(spend.totals.allocations.amountMinor);
      expect(spend.series[0]!.from).toBe(range.from);
      expect(spend.series.at(-1)!.to).toBe(range.to);
    }
    expect(backend.getSpendReport({ level: 'group', from: '2026-02-01', to: '2026-02-28' }).body.series).toHaveLength(28);
    expect(backend.getSpendReport({ level: 'group', from: '2025-09-16', to: '2026-03-16' }).body.series.map((p) => p.from.slice(0, 7))).toEqual([
      '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03',
    ]);
  });
});

describe('usage aggregation', () => {
  /** A random company and call log, summed naively from the raw calls. */
  function randomCompany(seed: number) {
    let state = seed;
    const rnd = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const first = dayNumber('2026-01-01');
    const members: ReportMember[] = Array.from({ length: 40 }, (_, i) => ({
      id: `m${i}`,
      name: `Member ${i}`,
      departmentId: `d${i % 7 === 0 ? 5 : Math.floor(rnd() * 4)}`,
      groupIds: rnd() < 0.5 ? [`g${Math.floor(rnd() * 5)}`] : [`g${Math.floor(rnd() * 5)}`, 'g5'],
      consent: rnd() > 0.15,
    }));
    const calls = Array.from({ length: 3000 }, () => ({
      member: Math.floor(rnd() * 40),
      day: first + Math.floor(rnd() * 60),
      destination: Math.floor(rnd() * 3),
      minutes: 1 + Math.floor(rnd() * 20),
    }));
    const store = new UsageStore(first, 60);
    store.recordMany(
      members.map((m) => m.id),
      {
        member: calls.map((c) => c.member),
        day: calls.map((c) => c.day),
        destination: calls.map((c) => c.destination),
        minutes: calls.map((c) => c.minutes),
        costMinor: calls.map((c) => c.minutes * 7),
      },
    );
    const source: ReportSource = {
      currency: 'PLN',
      today: first + 59,
      heldFrom: first,
      usage: store,
      members,
      departments: Array.from({ length: 6 }, (_, d) => ({ id: `d${d}`, name: `Department ${d}` })),
      groups: Array.from({ length: 6 }, (_, g) => ({ id: `g${g}`, name: `Group ${g}` })),
      ledger: [],
      recurring: [],
    };
    const naive = (ids: Set<string>, from: number, to: number) =>
      calls
        .filter((c) => ids.has(members[c.member]!.id) && c.day >= from && c.day <= to)
        .reduce((t, c) => ({ calls: t.calls + 1, minutes: t.minutes + c.minutes, cost: t.cost + c.minutes * 7 }), { calls: 0, minutes: 0, cost: 0 });
    return { source, members, naive, first };
  }

  for (const seed of [1, 2, 3]) {
    it(`equals the raw calls summed naively, per row and in total (seed ${seed})`, () => {
      const { source, members, naive, first } = randomCompany(seed);
      const range = { from: '2026-01-10', to: '2026-02-14' };
      const [from, to] = [dayNumber(range.from), dayNumber(range.to)];
      expect(from).toBeGreaterThan(first);
      for (const level of LEVELS) {
        const report = buildUsageReport(source, { level, ...range });
        const everyone = naive(new Set(members.map((m) => m.id)), from, to);
        expect(report.totals).toMatchObject({ calls: everyone.calls, minutes: everyone.minutes, cost: pln(everyone.cost) });
        for (const row of report.rows) {
          const ids =
            level === 'employee'
              ? row.suppressed
                ? new Set<string>()
                : new Set([row.id])
              : row.id === FOLDED_ROW_ID
                ? new Set(
                    members
                      .filter((m) => {
                        const units = level === 'department' ? [m.departmentId] : m.groupIds;
                        return units.some((u) => report.rows.every((r) => r.id !== u));
                      })
                      .map((m) => m.id),
                  )
                : new Set(members.filter((m) => (level === 'department' ? m.departmentId === row.id : m.groupIds.includes(row.id))).map((m) => m.id));
          const expected = naive(ids, from, to);
          expect({ id: row.id, calls: row.calls, minutes: row.minutes, cost: row.cost.amountMinor }).toEqual({ id: row.id, ...expected });
          expect(DESTINATIONS.reduce((t, d) => t + row.byDestination[d].calls, 0)).toBe(row.calls);
        }
      }
    });
  }

  it('says what privacy withheld: members without consent, units of fewer than 3', () => {
    const { source, members } = randomCompany(4);
    const range = { from: '2026-01-10', to: '2026-02-14' };
    const employees = buildUsageReport(source, { level: 'employee', ...range });
    expect(employees.privacy).toEqual({ hiddenMembers: members.filter((m) => !m.consent).length, foldedUnits: 0 });
    expect(employees.rows.filter((r) => r.suppressed).every((r) => r.name === '' && r.calls === 0 && r.id.startsWith('private-'))).toBe(true);
    const departments = buildUsageReport(source, { level: 'department', ...range });
    const small = new Set(
      source.departments.filter((d) => members.filter((m) => m.departmentId === d.id).length in { 1: 1, 2: 1 }).map((d) => d.id),
    );
    expect(departments.privacy.foldedUnits).toBe(small.size);
    expect(departments.rows.some((r) => small.has(r.id))).toBe(false);
  });
});

describe('drill-down to an employee’s calls', () => {
  const backend = createSeededBackend(2026, { now });
  const range = { from: '2026-02-01', to: '2026-03-16' };
  const employees = backend.getUsageReport({ level: 'employee', ...range }).body.rows;

  it('pages through the call days, newest first, adding up to the employee’s row', () => {
    const row = employees.filter((r) => !r.suppressed).sort((a, b) => b.calls - a.calls)[0]!;
    const first = backend.getCallReport({ memberId: row.id, ...range, limit: 20 }).body;
    expect(first.totals).toEqual({ calls: row.calls, minutes: row.minutes, cost: row.cost });
    const days = [];
    for (let offset = 0; offset < first.total; offset += 20) days.push(...backend.getCallReport({ memberId: row.id, ...range, offset, limit: 20 }).body.items);
    expect(days).toHaveLength(first.total);
    expect(days.reduce((t, d) => t + d.calls, 0)).toBe(row.calls);
    expect(days.reduce((t, d) => t + d.cost.amountMinor, 0)).toBe(row.cost.amountMinor);
    const order = days.map((d) => d.day);
    expect([...order].sort().reverse()).toEqual(order);
  });

  it('answers not_found for a member without consent, and for the opaque id of their row', () => {
    const quiet = backend.listMembers({ limit: 500 }).body.items.find((m) => !m.usageReportingConsent)!;
    expect(codeOf(() => backend.getCallReport({ memberId: quiet.id, ...range }))).toBe('not_found');
    expect(codeOf(() => backend.getCallReport({ memberId: 'private-1', ...range }))).toBe('not_found');
    expect(codeOf(() => backend.getCallReport({ memberId: employees[0]!.id, from: '2025-01-01', to: '2025-01-31' }))).toBe('report_range_unavailable');
  });
});

describe('department budgets and runway', () => {
  /** A company on 10 March 2026 (9 days elapsed): one department of 3 with a budget, one without, one of 2 (and the admin's, of 1). */
  function company(budgetMinor: number, dailyCostMinor: number) {
    const clock = () => new Date('2026-03-10T12:00:00Z');
    const backend = new MockBackend({ now: clock });
    backend.setUpManager({ companyName: 'Budget', country: 'PL', currency: 'PLN', admin: { mode: 'new', accountName: 'admin.budget' } });
    const sales = backend.createDepartment({ name: 'Sprzedaż', monthlyBudget: pln(budgetMinor) }).body.id;
    const free = backend.createDepartment({ name: 'Bez budżetu' }).body.id;
    const tiny = backend.createDepartment({ name: 'Mały', monthlyBudget: pln(1000) }).body.id;
    const join = (department: string, i: number) => {
      const invitation = backend.sendInvitations({ invitees: [`person.${department}.${i}`], departmentId: department, groupIds: [] }).body.created[0]!;
      return backend.acceptInvitation(invitation.id, { displayName: `Person ${i}` }).body.id;
    };
    const people = [0, 1, 2].map((i) => join(sales, i));
    [0, 1, 2].forEach((i) => join(free, i));
    [0, 1].forEach((i) => join(tiny, i));
    const first = dayNumber('2026-03-01');
    // Calls on each of the 9 days before today, split over the three people.
    for (let day = first; day < first + 9; day++) backend.usage.record(people[day % 3]!, day, 'landline', 1, 10, dailyCostMinor);
    return { backend, sales, free, tiny };
  }

  it('forecasts the day a budget runs out at the current pace', () => {
    const { backend, sales, free, tiny } = company(30_000, 1_000);
    const report = backend.getBudgetReport().body;
    expect(report).toMatchObject({ from: '2026-03-01', to: '2026-03-31', today: '2026-03-10', foldedDepartments: 2 });
    const row = report.rows.find((r) => r.departmentId === sales)!;
    // 9 000 spent over 9 days: 1 000 a day; 21 000 left lasts 21 more days, to 31 March.
    expect(row).toMatchObject({ spent: pln(9_000), projected: pln(31_000), runsOutOn: '2026-03-31', memberCount: 3 });
    expect(report.rows.find((r) => r.departmentId === free)).toMatchObject({ budget: null, runsOutOn: null });
    expect(report.rows.some((r) => r.departmentId === tiny)).toBe(false);
  });

  it('says when a budget lasts the month, and when it was spent already', () => {
    expect(company(40_000, 1_000).backend.getBudgetReport().body.rows.find((r) => r.name === 'Sprzedaż')!.runsOutOn).toBeNull();
    const spent = company(5_000, 1_000).backend.getBudgetReport().body.rows.find((r) => r.name === 'Sprzedaż')!;
    expect(spent.runsOutOn).toBe('2026-03-05');
  });
});
