/**
 * Report periods as `YYYY-MM-DD` day strings (UTC, like the contract's dates):
 * calendar months clamped to the history the backend holds (six months back
 * from today) and to today.
 */

/** Months of history the backend holds for reports. */
export const HISTORY_MONTHS = 6;

export interface DayRange {
  from: string;
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a real calendar day as `YYYY-MM-DD` (not 2026-02-30). */
export function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

export const dayOf = (date: Date): string => date.toISOString().slice(0, 10);

/** Today as the backend counts days (UTC). */
export const today = (now: Date = new Date()): string => dayOf(now);

/** From the first of `day`'s month to `day`: "this month" of the overview and the reports. */
export function monthToDate(day: string): DayRange {
  return { from: `${day.slice(0, 7)}-01`, to: day };
}

/** The first day held: the same day `HISTORY_MONTHS` months before `today`. */
export function heldFrom(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - HISTORY_MONTHS);
  return dayOf(date);
}

/** The months a report can show, newest first: `YYYY-MM`, from today's to the one of the first day held. */
export function monthsHeld(today: string): string[] {
  const first = heldFrom(today).slice(0, 7);
  const months: string[] = [];
  const cursor = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  for (let month = dayOf(cursor).slice(0, 7); month >= first; month = dayOf(cursor).slice(0, 7)) {
    months.push(month);
    cursor.setUTCMonth(cursor.getUTCMonth() - 1);
  }
  return months;
}

/** The days of a month (`YYYY-MM`) that can be reported: within the history held and not after today. */
export function monthRange(month: string, today: string): DayRange {
  const start = new Date(`${month}-01T00:00:00Z`);
  const end = new Date(start);
  end.setUTCMonth(end.getUTCMonth() + 1);
  end.setUTCDate(0);
  const from = dayOf(start);
  const to = dayOf(end);
  const first = heldFrom(today);
  return { from: from < first ? first : from, to: to > today ? today : to };
}

/** The month a range covers exactly (as `monthRange` gives it), or null for a custom range. */
export function monthOf(range: DayRange, today: string): string | null {
  const month = range.from.slice(0, 7);
  const expected = monthRange(month, today);
  return expected.from === range.from && expected.to === range.to ? month : null;
}
