/**
 * Usage and spend reports with their privacy rules:
 * - employee level: a member without usage-reporting consent gets a row with
 *   `suppressed: true`, no name, an opaque id and zero figures; the totals
 *   still count their usage, so the company total stays true;
 * - group and department level: a unit with fewer than `MIN_UNIT_SIZE`
 *   members gets no row of its own; its members are folded into one row
 *   (id `other`, no name, `suppressed: true`) beside the totals, its parent.
 */
import type {
  Destination,
  LedgerEntryKind,
  Money,
  ReportQuery,
  SpendFigures,
  SpendReport,
  SpendRow,
  UsageFigures,
  UsageReport,
  UsageRow,
} from './contract.js';
import { problem } from './problem.js';
import { dayNumber, dayString, DESTINATIONS, emptyBreakdown, type UsageBreakdown, type UsageStore } from './usage.js';

/** Groups and departments with fewer members than this are folded into their parent. */
export const MIN_UNIT_SIZE = 3;
export const FOLDED_ROW_ID = 'other';

export interface ReportMember {
  id: string;
  name: string;
  departmentId: string;
  groupIds: readonly string[];
  consent: boolean;
}

/** What the reports read from the service. */
export interface ReportSource {
  currency: string;
  /** Day numbers (see `dayNumber`) of today and of the first day held. */
  today: number;
  heldFrom: number;
  usage: UsageStore;
  members: readonly ReportMember[];
  departments: readonly { id: string; name: string }[];
  groups: readonly { id: string; name: string }[];
  ledger: readonly { kind: LedgerEntryKind; amountMinor: number; memberId: string | null; day: number }[];
  /** Monthly charges and whom they are assigned to. */
  recurring: readonly { kind: 'subscriptions' | 'numbers'; memberId: string | null; monthlyMinor: number }[];
}

/** One row before figures: who is in it and how it is shown. */
interface Unit {
  id: string;
  name: string;
  members: readonly ReportMember[];
  suppressed: boolean;
}

interface Range {
  from: number;
  to: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: string, field: string): number {
  if (!DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw problem('validation_failed', `${field} must be a date (YYYY-MM-DD)`, { field });
  return dayNumber(value);
}

/** The requested range, refused outside the six months held. */
function rangeOf(source: ReportSource, query: ReportQuery): Range {
  const today = dayString(source.today);
  const from = parseDay(query.from, 'from');
  const to = parseDay(query.to, 'to');
  if (from > to) throw problem('validation_failed', 'from must not be after to', { field: 'from' });
  if (from < source.heldFrom || to > source.today)
    throw problem('report_range_unavailable', 'Reports cover the last six months only', {
      heldFrom: dayString(source.heldFrom),
      heldTo: today,
    });
  return { from, to };
}

function scopeOf(source: ReportSource, query: ReportQuery): ReportMember[] {
  return source.members.filter(
    (m) =>
      (!query.departmentId || m.departmentId === query.departmentId) &&
      (!query.groupId || m.groupIds.includes(query.groupId)) &&
      (!query.memberId || m.id === query.memberId),
  );
}

/** The rows of a level, with the privacy rules applied. */
function unitsOf(source: ReportSource, query: ReportQuery, scope: readonly ReportMember[]): Unit[] {
  if (query.level === 'employee') {
    let hidden = 0;
    return scope.map((m) =>
      m.consent
        ? { id: m.id, name: m.name, members: [m], suppressed: false }
        : { id: `private-${++hidden}`, name: '', members: [m], suppressed: true },
    );
  }
  const owners = query.level === 'department' ? source.departments : source.groups;
  const belongs = (m: ReportMember, unitId: string): boolean =>
    query.level === 'department' ? m.departmentId === unitId : m.groupIds.includes(unitId);
  const units: Unit[] = [];
  const folded = new Map<string, ReportMember>();
  for (const owner of owners) {
    const members = scope.filter((m) => belongs(m, owner.id));
    if (members.length >= MIN_UNIT_SIZE) units.push({ id: owner.id, name: owner.name, members, suppressed: false });
    else for (const m of members) folded.set(m.id, m);
  }
  if (folded.size > 0) units.push({ id: FOLDED_ROW_ID, name: '', members: [...folded.values()], suppressed: true });
  return units;
}

const toFigures = (calls: number, minutes: number, costMinor: number, currency: string): UsageFigures => ({
  calls,
  minutes,
  cost: { amountMinor: costMinor, currency },
});

function breakdownOf(source: ReportSource, members: readonly ReportMember[], range: Range): UsageBreakdown {
  const breakdown = emptyBreakdown();
  for (const m of members) source.usage.addTo(breakdown, m.id, range.from, range.to);
  return breakdown;
}

function totalOf(breakdown: UsageBreakdown, currency: string): UsageFigures {
  const t = DESTINATIONS.reduce(
    (acc, d) => ({ calls: acc.calls + breakdown[d].calls, minutes: acc.minutes + breakdown[d].minutes, costMinor: acc.costMinor + breakdown[d].costMinor }),
    { calls: 0, minutes: 0, costMinor: 0 },
  );
  return toFigures(t.calls, t.minutes, t.costMinor, currency);
}

function usageRow(source: ReportSource, unit: Unit, range: Range): UsageRow {
  const hideFigures = unit.suppressed && unit.id !== FOLDED_ROW_ID;
  const breakdown = hideFigures ? emptyBreakdown() : breakdownOf(source, unit.members, range);
  const byDestination = Object.fromEntries(
    DESTINATIONS.map((d) => [d, toFigures(breakdown[d].calls, breakdown[d].minutes, breakdown[d].costMinor, source.currency)]),
  ) as Record<Destination, UsageFigures>;
  return {
    id: unit.id,
    name: unit.name,
    memberCount: unit.members.length,
    ...totalOf(breakdown, source.currency),
    byDestination,
    suppressed: unit.suppressed,
  };
}

export function buildUsageReport(source: ReportSource, query: ReportQuery): UsageReport {
  const range = rangeOf(source, query);
  const scope = scopeOf(source, query);
  return {
    level: query.level,
    from: dayString(range.from),
    to: dayString(range.to),
    currency: source.currency,
    rows: unitsOf(source, query, scope).map((unit) => usageRow(source, unit, range)),
    totals: totalOf(breakdownOf(source, scope, range), source.currency),
  };
}

/** Calendar months the range touches: how many monthly charges fall in it. */
function monthsTouched(range: Range): number {
  const from = dayString(range.from);
  const to = dayString(range.to);
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
}

function spendOf(source: ReportSource, members: readonly ReportMember[] | null, range: Range): Record<keyof SpendFigures, number> {
  const ids = members && new Set(members.map((m) => m.id));
  const inScope = (memberId: string | null): boolean => (ids ? memberId !== null && ids.has(memberId) : true);
  const entries = source.ledger.filter((e) => e.day >= range.from && e.day <= range.to && inScope(e.memberId));
  const ledgerSum = (kind: LedgerEntryKind): number => entries.filter((e) => e.kind === kind).reduce((t, e) => t + Math.abs(e.amountMinor), 0);
  const recurringSum = (kind: 'subscriptions' | 'numbers'): number =>
    ids
      ? source.recurring.filter((r) => r.kind === kind && inScope(r.memberId)).reduce((t, r) => t + r.monthlyMinor, 0) * monthsTouched(range)
      : ledgerSum(kind === 'subscriptions' ? 'subscription' : 'number');
  const calls = totalOf(breakdownOf(source, members ?? source.members, range), source.currency).cost.amountMinor;
  return {
    purchases: ids ? 0 : ledgerSum('purchase'),
    allocations: ledgerSum('allocation'),
    reclaims: ledgerSum('reclaim'),
    subscriptions: recurringSum('subscriptions'),
    numbers: recurringSum('numbers'),
    calls,
  };
}

function toSpend(figures: Record<keyof SpendFigures, number>, currency: string): SpendFigures {
  const m = (amountMinor: number): Money => ({ amountMinor, currency });
  return {
    purchases: m(figures.purchases),
    allocations: m(figures.allocations),
    reclaims: m(figures.reclaims),
    subscriptions: m(figures.subscriptions),
    numbers: m(figures.numbers),
    calls: m(figures.calls),
  };
}

const ZERO_SPEND = { purchases: 0, allocations: 0, reclaims: 0, subscriptions: 0, numbers: 0, calls: 0 };

/**
 * Spend per row: allocations and reclaims from the ledger, subscriptions and
 * numbers as the monthly price of what is assigned to the row's members times
 * the months the range touches, calls from the usage. Purchases belong to the
 * company, so they appear in the totals only; the totals take subscriptions and
 * numbers from what the ledger shows was paid in the range.
 */
export function buildSpendReport(source: ReportSource, query: ReportQuery): SpendReport {
  const range = rangeOf(source, query);
  const scope = scopeOf(source, query);
  const filtered = Boolean(query.departmentId || query.groupId || query.memberId);
  const rows: SpendRow[] = unitsOf(source, query, scope).map((unit) => {
    const hideFigures = unit.suppressed && unit.id !== FOLDED_ROW_ID;
    return { id: unit.id, name: unit.name, ...toSpend(hideFigures ? ZERO_SPEND : spendOf(source, unit.members, range), source.currency) };
  });
  return {
    level: query.level,
    from: dayString(range.from),
    to: dayString(range.to),
    rows,
    totals: toSpend(spendOf(source, filtered ? scope : null, range), source.currency),
  };
}
