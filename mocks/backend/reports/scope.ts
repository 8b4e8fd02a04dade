/**
 * What every report shares: the source it reads from the store, the range and
 * scope of a query, and the privacy rules:
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
import type { Destination, LedgerEntryKind, Money, ReportLevel, ReportPrivacy, ReportQuery, UsageFigures } from '../../contract.js';
import { problem } from '../../problem.js';
import { SLOT, dayNumber, dayString, type UsageStore } from '../../usage.js';

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
  departments: readonly { id: string; name: string; monthlyBudget?: Money | null }[];
  groups: readonly { id: string; name: string }[];
  ledger: readonly { kind: LedgerEntryKind; amountMinor: number; memberId: string | null; day: number }[];
  /** Monthly charges and whom they are assigned to. */
  recurring: readonly { kind: 'subscriptions' | 'numbers'; memberId: string | null; monthlyMinor: number }[];
}

/** One row before figures: who is in it and how it is shown. */
export interface Unit {
  id: string;
  name: string;
  members: readonly ReportMember[];
  suppressed: boolean;
}

export interface Range {
  from: number;
  to: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseDay(value: string, field: string): number {
  if (!DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw problem('validation_failed', `${field} must be a date (YYYY-MM-DD)`, { field });
  return dayNumber(value);
}

/** The requested range, refused outside the six months held. */
export function rangeOf(source: ReportSource, query: { from: string; to: string }): Range {
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

export function scopeOf(source: ReportSource, query: ReportQuery): readonly ReportMember[] {
  if (!query.departmentId && !query.groupId && !query.memberId) return source.members;
  return source.members.filter(
    (m) =>
      (!query.departmentId || m.departmentId === query.departmentId) &&
      (!query.groupId || m.groupIds.includes(query.groupId)) &&
      (!query.memberId || m.id === query.memberId),
  );
}

/** The rows of a level, with the privacy rules applied, and what they withheld. */
export function unitsOf(source: ReportSource, query: ReportQuery, scope: readonly ReportMember[]): { units: Unit[]; privacy: ReportPrivacy } {
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
export const withholds = (unit: Unit): boolean => unit.suppressed && unit.id !== FOLDED_ROW_ID;

/**
 * Usage figures of each unit (SLOT numbers at `unit index * SLOT`) and of
 * the scope (at `units.length * SLOT`), in one pass over the store. Rows
 * withheld by the privacy rules are summed too (their figures count in the
 * totals) and blanked when the rows are built.
 */
export function usageFigures(source: ReportSource, units: readonly Unit[], scope: readonly ReportMember[], range: Range, level: ReportLevel): Float64Array {
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

export const ZERO_FIGURES = new Float64Array(SLOT);

export const money = (amountMinor: number, currency: string): Money => ({ amountMinor, currency });

const figuresOf = (f: Float64Array, i: number, currency: string): UsageFigures => ({
  calls: f[i]!,
  minutes: f[i + 1]!,
  cost: { amountMinor: f[i + 2]!, currency },
});

/** The figures at `at` (in `DESTINATIONS` order: landline, mobile, international). */
export function figuresAt(f: Float64Array, at: number, currency: string): UsageFigures & { byDestination: Record<Destination, UsageFigures> } {
  return {
    calls: f[at]! + f[at + 3]! + f[at + 6]!,
    minutes: f[at + 1]! + f[at + 4]! + f[at + 7]!,
    cost: { amountMinor: f[at + 2]! + f[at + 5]! + f[at + 8]!, currency },
    byDestination: { landline: figuresOf(f, at, currency), mobile: figuresOf(f, at + 3, currency), international: figuresOf(f, at + 6, currency) },
  };
}
