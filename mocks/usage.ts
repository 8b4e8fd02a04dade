import type { Destination } from './contract.js';

export const DESTINATIONS: readonly Destination[] = ['landline', 'mobile', 'international'];

/** Calls, minutes and cost (minor units) of one destination type. */
export interface UsageTotals {
  calls: number;
  minutes: number;
  costMinor: number;
}

export type UsageBreakdown = Record<Destination, UsageTotals>;

const DAY_MS = 86_400_000;
const METRICS = 3;
const SLOT = DESTINATIONS.length * METRICS;

export const emptyTotals = (): UsageTotals => ({ calls: 0, minutes: 0, costMinor: 0 });

export const emptyBreakdown = (): UsageBreakdown => ({
  landline: emptyTotals(),
  mobile: emptyTotals(),
  international: emptyTotals(),
});

/** Day number (days since 1970-01-01, UTC) of a `YYYY-MM-DD` day, a date-time or a date. */
export function dayNumber(day: string | Date): number {
  const time = typeof day !== 'string' ? day.getTime() : Date.parse(day.length === 10 ? `${day}T00:00:00Z` : day);
  return Math.floor(time / DAY_MS);
}

/** The same instant `months` calendar months later (earlier when negative), in UTC. */
export function addMonths(date: Date, months: number): Date {
  const next = new Date(date.getTime());
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
}

export const dayString = (dayNo: number): string => new Date(dayNo * DAY_MS).toISOString().slice(0, 10);

/**
 * Call history per member and day, one typed array per member
 * (day x destination x {calls, minutes, cost}): compact and quick to sum.
 */
export class UsageStore {
  private readonly rows = new Map<string, Int32Array>();

  constructor(
    /** Day number of the first day held. */
    readonly firstDay: number,
    /** Number of days held. */
    readonly days: number,
  ) {}

  /** Adds calls of one member on one day; days outside the store are ignored. */
  record(memberId: string, dayNo: number, destination: Destination, calls: number, minutes: number, costMinor: number): void {
    const day = dayNo - this.firstDay;
    if (day < 0 || day >= this.days) return;
    let row = this.rows.get(memberId);
    if (!row) {
      row = new Int32Array(this.days * SLOT);
      this.rows.set(memberId, row);
    }
    const at = day * SLOT + DESTINATIONS.indexOf(destination) * METRICS;
    row[at] = (row[at] ?? 0) + calls;
    row[at + 1] = (row[at + 1] ?? 0) + minutes;
    row[at + 2] = (row[at + 2] ?? 0) + costMinor;
  }

  /** Adds the usage of a member between two day numbers (inclusive) into `into`. */
  addTo(into: UsageBreakdown, memberId: string, fromDay: number, toDay: number): UsageBreakdown {
    const row = this.rows.get(memberId);
    if (!row) return into;
    const first = Math.max(fromDay - this.firstDay, 0);
    const last = Math.min(toDay - this.firstDay, this.days - 1);
    for (let day = first; day <= last; day++) {
      DESTINATIONS.forEach((destination, d) => {
        const at = day * SLOT + d * METRICS;
        const totals = into[destination];
        totals.calls += row[at] ?? 0;
        totals.minutes += row[at + 1] ?? 0;
        totals.costMinor += row[at + 2] ?? 0;
      });
    }
    return into;
  }
}
