/** The usage report and an employee's call days, under the privacy rules of `scope.ts`. */
import type { CallPage, CallReportQuery, ReportQuery, UsageReport, UsageRow } from '../../contract.js';
import { problem } from '../../problem.js';
import { SLOT, dayString } from '../../usage.js';
import { figuresAt, money, rangeOf, scopeOf, unitsOf, usageFigures, withholds, ZERO_FIGURES, type ReportSource } from './scope.js';

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

/** One member's call days, newest first, paged (the contract's schema has checked the page); a member without consent is `not_found`. */
export function buildCallReport(source: ReportSource, query: CallReportQuery): CallPage {
  const range = rangeOf(source, query);
  const member = source.members.find((m) => m.id === query.memberId);
  if (!member || !member.consent) throw problem('not_found', `No usage to show for member ${query.memberId}`, { id: query.memberId });
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 50;
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
