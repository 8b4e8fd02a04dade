/**
 * Usage, spend, call and budget reports with their privacy rules:
 * - employee level: a member without usage-reporting consent gets a row with
 *   `suppressed: true`, no name, an opaque id and zero figures; the totals
 *   still count their usage, so the company total stays true; their calls
 *   answer `not_found`;
 * - group and department level: a unit with fewer than `MIN_UNIT_SIZE`
 *   members gets no row of its own; its members are folded into one row
 *   (id `other`, no name, `suppressed: true`) beside the totals, its parent.
 *   The budget report leaves such departments out.
 * Every report says what these rules withheld (`privacy`), so the page can
 * tell its reader.
 *
 * Figures are summed with typed arrays over the usage store's running totals
 * (see `UsageStore`): one pass over the members in scope, whatever the range.
 */
import type {
  BudgetReport,
  BudgetRow,
  CallPage,
  Destination,
  LedgerEntryKind,
  Money,
  ReportLevel,
  ReportPrivacy,
  ReportQuery,
  SpendFigures,
  SpendPoint,
  SpendReport,
  SpendRow,
  UsageFigures,
  UsageReport,
  UsageRow,
} from './contract.js';
import { problem } from './problem.js';
import { DESTINATIONS, SLOT, dayNumber, dayString, type UsageStore } from './usage.js';

/** Groups and departments with fewer members than this are folded into their parent. */
export const MIN_UNIT_SIZE = 3;
export const FOLDED_ROW_ID = 'other';
/** Ranges up to this many days get a daily spend series; longer ones a monthly one. */
export const DAILY_SERIES_MAX_DAYS = 62;

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
  departments: readonly { id: string; name: string; monthlyBudget?: Money | null }[];
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
function rangeOf(source: ReportSource, query: { from: string; to: string }): Range {
  const from = parseDay(query.from, 'from');
  const to = parseDay(query.to, 'to');
  if (from > to) throw problem('validation_failed', 'from must not be after to', { field: 'from' });
  if (from < source.heldFrom || to > source.today)
    throw problem('report_range_unavailable', 'Reports cover the last six months only', {
      heldFrom: dayString(source.heldFrom),
      heldTo: dayString(source.today),
    });
  return { from, to };
}

function scopeOf(source: ReportSource, query: ReportQuery): readonly ReportMember[] {
  if (!query.departmentId && !query.groupId && !query.memberId) return source.members;
  return source.members.filter(
    (m) =>
      (!query.departmentId || m.departmentId === query.departmentId) &&
      (!query.groupId || m.groupIds.includes(query.groupId)) &&
      (!query.memberId || m.id === query.memberId),
  );
}

/** The rows of a level, with the privacy rules applied, and what they withheld. */
function unitsOf(source: ReportSource, query: ReportQuery, scope: readonly ReportMember[]): { units: Unit[]; privacy: ReportPrivacy } {
  if (query.level === 'employee') {
    let hidden = 0;
    const units = scope.map((m) =>
      m.consent
        ? { id: m.id, name: m.name, members: [m], suppressed: false }
        : { id: `private-${++hidden}`, name: '', members: [m], suppressed: true },
    );
    return { units, privacy: { hiddenMembers: hidden, foldedUnits: 0 } };
  }
  const owners = query.level === 'department' ? source.departments : source.groups;
  const membersOf = new Map<string, ReportMember[]>(owners.map((o) => [o.id, []]));
  for (const m of scope) {
    if (query.level === 'department') membersOf.get(m.departmentId)?.push(m);
    else for (const g of m.groupIds) membersOf.get(g)?.push(m);
  }
  const units: Unit[] = [];
  const folded = new Map<string, ReportMember>();
  let foldedUnits = 0;
  for (const owner of owners) {
    const members = membersOf.get(owner.id)!;
    if (members.length >= MIN_UNIT_SIZE) units.push({ id: owner.id, name: owner.name, members, suppressed: false });
    else if (members.length > 0) {
      foldedUnits++;
      for (const m of members) folded.set(m.id, m);
    }
  }
  if (folded.size > 0) units.push({ id: FOLDED_ROW_ID, name: '', members: [...folded.values()], suppressed: true });
  return { units, privacy: { hiddenMembers: 0, foldedUnits } };
}

/** Whether a row's own figures are withheld (a member without consent; the folded row keeps its sums). */
const withholds = (unit: Unit): boolean => unit.suppressed && unit.id !== FOLDED_ROW_ID;

/**
 * Usage figures of each unit (SLOT numbers at `unit index * SLOT`) and of
 * the scope (at `units.length * SLOT`), in one pass over the store. Rows
 * withheld by the privacy rules are summed too (their figures count in the
 * totals) and blanked when the rows are built.
 */
function usageFigures(source: ReportSource, units: readonly Unit[], scope: readonly ReportMember[], range: Range, level: ReportLevel): Float64Array {
  const figures = new Float64Array((units.length + 1) * SLOT);
  let count = 0;
  for (const unit of units) count += unit.members.length;
  // Employees and departments split the scope: the totals are the rows' sum.
  const partition = level !== 'group' && count === scope.length;
  const ids: string[] = new Array(partition ? count : count + scope.length);
  const offsets = new Int32Array(ids.length);
  let i = 0;
  for (let u = 0; u < units.length; u++) {
    for (const m of units[u]!.members) {
      ids[i] = m.id;
      offsets[i++] = u * SLOT;
    }
  }
  const totalAt = units.length * SLOT;
  if (!partition) {
    for (const m of scope) {
      ids[i] = m.id;
      offsets[i++] = totalAt;
    }
  }
  source.usage.sumInto(figures, ids, offsets, range.from, range.to);
  if (partition) {
    for (let u = 0; u < units.length; u++) for (let k = 0; k < SLOT; k++) figures[totalAt + k]! += figures[u * SLOT + k]!;
  }
  return figures;
}

const ZERO_FIGURES = new Float64Array(SLOT);

const money = (amountMinor: number, currency: string): Money => ({ amountMinor, currency });

const figuresOf = (f: Float64Array, i: number, currency: string): UsageFigures => ({
  calls: f[i]!,
  minutes: f[i + 1]!,
  cost: { amountMinor: f[i + 2]!, currency },
});

/** The figures at `at` (in `DESTINATIONS` order: landline, mobile, international). */
function figuresAt(f: Float64Array, at: number, currency: string): UsageFigures & { byDestination: Record<Destination, UsageFigures> } {
  return {
    calls: f[at]! + f[at + 3]! + f[at + 6]!,
    minutes: f[at + 1]! + f[at + 4]! + f[at + 7]!,
    cost: { amountMinor: f[at + 2]! + f[at + 5]! + f[at + 8]!, currency },
    byDestination: { landline: figuresOf(f, at, currency), mobile: figuresOf(f, at + 3, currency), international: figuresOf(f, at + 6, currency) },
  };
}

export function buildUsageReport(source: ReportSource, query: ReportQuery): UsageReport {
  const range = rangeOf(source, query);
  const scope = scopeOf(source, query);
  const { units, privacy } = unitsOf(source, query, scope);
  const figures = usageFigures(source, units, scope, range, query.level);
  const rows: UsageRow[] = new Array(units.length);
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    const f = withholds(unit) ? figuresAt(ZERO_FIGURES, 0, source.currency) : figuresAt(figures, u * SLOT, source.currency);
    rows[u] = {
      id: unit.id,
      name: unit.name,
      memberCount: unit.members.length,
      calls: f.calls,
      minutes: f.minutes,
      cost: f.cost,
      byDestination: f.byDestination,
      suppressed: unit.suppressed,
    };
  }
  const { byDestination: _omit, ...totals } = figuresAt(figures, units.length * SLOT, source.currency);
  return {
    level: query.level,
    from: dayString(range.from),
    to: dayString(range.to),
    currency: source.currency,
    rows,
    totals,
    privacy,
  };
}

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
    else {
      company[e.kind === 'allocation' ? 'allocations' : 'reclaims'] += amount;
      if (e.memberId) {
        const sums = perMember.get(e.memberId) ?? { allocations: 0, reclaims: 0 };
        sums[e.kind === 'allocation' ? 'allocations' : 'reclaims'] += amount;
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

const MAX_LIMIT = 500;

/** One member's call days, newest first, paged; a member without consent is `not_found`. */
export function buildCallReport(
  source: ReportSource,
  query: { memberId: string; from: string; to: string; offset?: number; limit?: number },
): CallPage {
  const range = rangeOf(source, query);
  const member = source.members.find((m) => m.id === query.memberId);
  if (!member || !member.consent) throw problem('not_found', `No usage to show for member ${query.memberId}`, { id: query.memberId });
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 50;
  if (!Number.isInteger(offset) || offset < 0) throw problem('validation_failed', 'offset must be an integer >= 0', { field: 'offset' });
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw problem('validation_failed', `limit must be an integer from 1 to ${MAX_LIMIT}`, { field: 'limit' });
  const days = source.usage.callDays(member.id, range.from, range.to);
  const figures = new Float64Array(SLOT);
  source.usage.sumInto(figures, [member.id], [0], range.from, range.to);
  const { byDestination: _omit, ...totals } = figuresAt(figures, 0, source.currency);
  return {
    memberId: member.id,
    name: member.name,
    from: dayString(range.from),
    to: dayString(range.to),
    items: days.slice(offset, offset + limit).map((d) => ({
      day: dayString(d.day),
      destination: d.destination,
      calls: d.calls,
      minutes: d.minutes,
      cost: money(d.costMinor, source.currency),
    })),
    total: days.length,
    totals,
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
