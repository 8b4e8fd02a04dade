/** The spend report, its series over time, and the budget report of the current month. */
import type { BudgetReport, BudgetRow, ReportQuery, SpendFigures, SpendPoint, SpendReport, SpendRow } from '../../contract.js';
import { DESTINATIONS, SLOT, dayNumber, dayString } from '../../usage.js';
import { MIN_UNIT_SIZE, money, rangeOf, scopeOf, unitsOf, usageFigures, withholds, type Range, type ReportMember, type ReportSource } from './scope.js';

/** Ranges up to this many days get a daily spend series; longer ones a monthly one. */
export const DAILY_SERIES_MAX_DAYS = 62;

/** Calendar months the range touches: how many monthly charges fall in it. */
function monthsTouched(range: Range): number {
  const from = dayString(range.from);
  const to = dayString(range.to);
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
}

type SpendSums = Record<keyof SpendFigures, number>;
const zeroSpend = (): SpendSums => ({ purchases: 0, allocations: 0, reclaims: 0, subscriptions: 0, numbers: 0, calls: 0 });

/** Ledger sums per member in the range (allocations and reclaims), and the company's. */
function ledgerIndex(source: ReportSource, range: Range) {
  const perMember = new Map<string, { allocations: number; reclaims: number }>();
  const company = zeroSpend();
  for (const e of source.ledger) {
    if (e.day < range.from || e.day > range.to) continue;
    const amount = Math.abs(e.amountMinor);
    if (e.kind === 'purchase') company.purchases += amount;
    else if (e.kind === 'subscription') company.subscriptions += amount;
    else if (e.kind === 'number') company.numbers += amount;
    else if (e.kind === 'allocation' || e.kind === 'reclaim') {
      // Automatic top-ups are allocations too; a refused one moves nothing and counts nowhere.
      const key = e.kind === 'allocation' ? 'allocations' : 'reclaims';
      company[key] += amount;
      if (e.memberId) {
        const sums = perMember.get(e.memberId) ?? { allocations: 0, reclaims: 0 };
        sums[key] += amount;
        perMember.set(e.memberId, sums);
      }
    }
  }
  return { perMember, company };
}

function recurringIndex(source: ReportSource, range: Range): Map<string, { subscriptions: number; numbers: number }> {
  const months = monthsTouched(range);
  const perMember = new Map<string, { subscriptions: number; numbers: number }>();
  for (const r of source.recurring) {
    if (!r.memberId) continue;
    const sums = perMember.get(r.memberId) ?? { subscriptions: 0, numbers: 0 };
    sums[r.kind] += r.monthlyMinor * months;
    perMember.set(r.memberId, sums);
  }
  return perMember;
}

function toSpend(figures: SpendSums, currency: string): SpendFigures {
  return {
    purchases: money(figures.purchases, currency),
    allocations: money(figures.allocations, currency),
    reclaims: money(figures.reclaims, currency),
    subscriptions: money(figures.subscriptions, currency),
    numbers: money(figures.numbers, currency),
    calls: money(figures.calls, currency),
  };
}

/** Spend over time: per day up to `DAILY_SERIES_MAX_DAYS`, else per calendar month. */
function spendSeries(source: ReportSource, members: readonly ReportMember[], filtered: boolean, range: Range): SpendPoint[] {
  const daily = source.usage.dailyCost(
    members.map((m) => m.id),
    range.from,
    range.to,
  );
  const ids = filtered ? new Set(members.map((m) => m.id)) : null;
  const allocations = new Float64Array(daily.length);
  for (const e of source.ledger) {
    if (e.kind !== 'allocation' || e.day < range.from || e.day > range.to) continue;
    if (ids && (!e.memberId || !ids.has(e.memberId))) continue;
    allocations[e.day - range.from]! += Math.abs(e.amountMinor);
  }
  const points: SpendPoint[] = [];
  const monthly = range.to - range.from + 1 > DAILY_SERIES_MAX_DAYS;
  let start = range.from;
  while (start <= range.to) {
    let end = start;
    if (monthly) {
      const month = dayString(start).slice(0, 7);
      while (end < range.to && dayString(end + 1).slice(0, 7) === month) end++;
    }
    let calls = 0;
    let allocated = 0;
    for (let day = start; day <= end; day++) {
      calls += daily[day - range.from]!;
      allocated += allocations[day - range.from]!;
    }
    points.push({
      from: dayString(start),
      to: dayString(end),
      calls: money(calls, source.currency),
      allocations: money(allocated, source.currency),
    });
    start = end + 1;
  }
  return points;
}

/**
 * Spend per row: allocations and reclaims from the ledger, subscriptions and
 * numbers as the monthly price of what is assigned to the row's members times
 * the months the range touches, calls from the usage. Purchases belong to the
 * company, so they appear in the totals only; unfiltered, the totals take
 * purchases, allocations, reclaims, subscriptions and numbers from the ledger
 * of the range, so they match it exactly.
 */
export function buildSpendReport(source: ReportSource, query: ReportQuery): SpendReport {
  const range = rangeOf(source, query);
  const scope = scopeOf(source, query);
  const filtered = Boolean(query.departmentId || query.groupId || query.memberId);
  const { units, privacy } = unitsOf(source, query, scope);
  const usage = usageFigures(source, units, scope, range, query.level);
  const ledger = ledgerIndex(source, range);
  const recurring = recurringIndex(source, range);
  const spendOf = (members: readonly ReportMember[], callsAt: number): SpendSums => {
    const sums = zeroSpend();
    for (const m of members) {
      const l = ledger.perMember.get(m.id);
      const r = recurring.get(m.id);
      if (l) {
        sums.allocations += l.allocations;
        sums.reclaims += l.reclaims;
      }
      if (r) {
        sums.subscriptions += r.subscriptions;
        sums.numbers += r.numbers;
      }
    }
    for (let d = 0; d < DESTINATIONS.length; d++) sums.calls += usage[callsAt + d * 3 + 2]!;
    return sums;
  };
  const rows: SpendRow[] = units.map((unit, u) => ({
    id: unit.id,
    name: unit.name,
    ...toSpend(withholds(unit) ? zeroSpend() : spendOf(unit.members, u * SLOT), source.currency),
  }));
  const totalsAt = units.length * SLOT;
  const totals = filtered ? spendOf(scope, totalsAt) : { ...ledger.company, calls: spendOf([], totalsAt).calls };
  return {
    level: query.level,
    from: dayString(range.from),
    to: dayString(range.to),
    rows,
    totals: toSpend(totals, source.currency),
    privacy,
    series: spendSeries(source, scope, filtered, range),
  };
}

/**
 * This month's spend of each department (calls so far, plus the monthly
 * price of the subscriptions and numbers of its members) against its budget.
 * The runway assumes the calls go on at their pace so far (calls per day
 * elapsed, today excluded, as today is not over).
 */
export function buildBudgetReport(source: ReportSource): BudgetReport {
  const today = dayString(source.today);
  const first = dayNumber(`${today.slice(0, 7)}-01`);
  const next = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  const last = dayNumber(next) - 1;
  const elapsed = source.today - first;
  const monthly = recurringIndex(source, { from: first, to: first });
  const rows: BudgetRow[] = [];
  let foldedDepartments = 0;
  for (const department of source.departments) {
    const members = source.members.filter((m) => m.departmentId === department.id);
    if (members.length < MIN_UNIT_SIZE) {
      if (members.length > 0) foldedDepartments++;
      continue;
    }
    const ids = members.map((m) => m.id);
    const daily = source.usage.dailyCost(ids, first, source.today);
    let fixed = 0;
    for (const id of ids) {
      const r = monthly.get(id);
      if (r) fixed += r.subscriptions + r.numbers;
    }
    let spent = fixed;
    for (const cost of daily) spent += cost;
    const pace = elapsed > 0 ? (spent - fixed - daily[daily.length - 1]!) / elapsed : 0;
    const projected = Math.round(fixed + pace * (last - first + 1));
    const budget = department.monthlyBudget ?? null;
    let runsOutOn: string | null = null;
    if (budget) {
      if (spent >= budget.amountMinor) {
        let running = fixed;
        let day = first;
        for (let i = 0; i < daily.length; i++) {
          running += daily[i]!;
          if (running >= budget.amountMinor) {
            day = first + i;
            break;
          }
        }
        runsOutOn = dayString(day);
      } else if (pace > 0) {
        const day = source.today + Math.ceil((budget.amountMinor - spent) / pace);
        runsOutOn = day <= last ? dayString(day) : null;
      }
    }
    rows.push({
      departmentId: department.id,
      name: department.name,
      memberCount: members.length,
      budget,
      spent: money(spent, source.currency),
      projected: money(projected, source.currency),
      runsOutOn,
    });
  }
  return { from: dayString(first), to: dayString(last), today, rows, foldedDepartments };
}
