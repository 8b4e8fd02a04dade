import { HISTORY_MONTHS } from '../src/core/period.js';
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
/** Figures per member and day: destination x {calls, minutes, cost}. */
export const SLOT = DESTINATIONS.length * METRICS;
const DESTINATION_INDEX: Readonly<Record<Destination, number>> = { landline: 0, mobile: 1, international: 2 };

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

/** A breakdown from `SLOT` figures at `offset` of `figures`. */
export function breakdownFrom(figures: ArrayLike<number>, offset = 0): UsageBreakdown {
  const out = emptyBreakdown();
  DESTINATIONS.forEach((destination, d) => {
    const at = offset + d * METRICS;
    out[destination] = { calls: figures[at] ?? 0, minutes: figures[at + 1] ?? 0, costMinor: figures[at + 2] ?? 0 };
  });
  return out;
}

/**
 * Call history per member and day (day x destination x {calls, minutes,
 * cost}), one typed array per member, written call by call.
 *
 * Reads go through a running total per member and day, built once after the
 * last write: the figures of any day range are one subtraction per figure
 * (`end - start`), whatever the length of the range. That is what lets a
 * report over a million calls answer in a few milliseconds.
 */
export class UsageStore {
  private readonly rows = new Map<string, Int32Array>();
  private readonly slots = new Map<string, number>();
  /** Running totals: member slot x (days + 1) x SLOT; null after a write. */
  private running: Float64Array | null = null;

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
    const row = this.rowOf(memberId);
    const at = day * SLOT + DESTINATION_INDEX[destination] * METRICS;
    row[at] = (row[at] ?? 0) + calls;
    row[at + 1] = (row[at + 1] ?? 0) + minutes;
    row[at + 2] = (row[at + 2] ?? 0) + costMinor;
    this.running = null;
  }

  /**
   * Adds many calls at once from parallel arrays (one entry a call): the
   * member of each call is `memberIds[member[i]]`, its destination an index
   * into `DESTINATIONS`.
   */
  recordMany(
    memberIds: readonly string[],
    calls: { member: ArrayLike<number>; day: ArrayLike<number>; destination: ArrayLike<number>; minutes: ArrayLike<number>; costMinor: ArrayLike<number> },
  ): void {
    const rows = memberIds.map((id) => this.rowOf(id));
    const { member, day, destination, minutes, costMinor } = calls;
    for (let i = 0; i < member.length; i++) {
      const d = day[i]! - this.firstDay;
      if (d < 0 || d >= this.days) continue;
      const row = rows[member[i]!]!;
      const at = d * SLOT + destination[i]! * METRICS;
      row[at]! += 1;
      row[at + 1]! += minutes[i]!;
      row[at + 2]! += costMinor[i]!;
    }
    this.running = null;
  }

  private rowOf(memberId: string): Int32Array {
    let row = this.rows.get(memberId);
    if (!row) {
      row = new Int32Array(this.days * SLOT);
      this.rows.set(memberId, row);
      this.slots.set(memberId, this.slots.size);
    }
    return row;
  }

  private runningTotals(): Float64Array {
    if (this.running) return this.running;
    const width = (this.days + 1) * SLOT;
    const running = new Float64Array(this.slots.size * width);
    for (const [memberId, slot] of this.slots) {
      const row = this.rows.get(memberId)!;
      const base = slot * width;
      for (let i = 0; i < row.length; i++) running[base + SLOT + i] = running[base + i]! + row[i]!;
    }
    this.running = running;
    return running;
  }

  /** The store's day offsets of a day range, clamped to the days held; null when they do not meet. */
  private span(fromDay: number, toDay: number): [number, number] | null {
    const first = Math.max(fromDay - this.firstDay, 0);
    const last = Math.min(toDay - this.firstDay, this.days - 1);
    return first > last ? null : [first, last];
  }

  /**
   * Adds the `SLOT` figures of each member between two day numbers
   * (inclusive) into `into` at `offsets[i]` (for `memberIds[i]`).
   */
  sumInto(into: Float64Array, memberIds: readonly string[], offsets: ArrayLike<number>, fromDay: number, toDay: number): void {
    const span = this.span(fromDay, toDay);
    if (!span) return;
    const running = this.runningTotals();
    const width = (this.days + 1) * SLOT;
    for (let i = 0; i < memberIds.length; i++) {
      const slot = this.slots.get(memberIds[i]!);
      if (slot === undefined) continue;
      const start = slot * width + span[0] * SLOT;
      const end = slot * width + (span[1] + 1) * SLOT;
      const at = offsets[i]!;
      for (let k = 0; k < SLOT; k++) into[at + k]! += running[end + k]! - running[start + k]!;
    }
  }

  /** Adds the usage of a member between two day numbers (inclusive) into `into`. */
  addTo(into: UsageBreakdown, memberId: string, fromDay: number, toDay: number): UsageBreakdown {
    const figures = new Float64Array(SLOT);
    this.sumInto(figures, [memberId], [0], fromDay, toDay);
    const add = breakdownFrom(figures);
    for (const d of DESTINATIONS) {
      into[d].calls += add[d].calls;
      into[d].minutes += add[d].minutes;
      into[d].costMinor += add[d].costMinor;
    }
    return into;
  }

  /** Cost (minor units) per day of the given members, from `fromDay` to `toDay` (inclusive), one entry a day. */
  dailyCost(memberIds: readonly string[], fromDay: number, toDay: number): Float64Array {
    const out = new Float64Array(Math.max(toDay - fromDay + 1, 0));
    const span = this.span(fromDay, toDay);
    if (!span) return out;
    for (const id of memberIds) {
      const row = this.rows.get(id);
      if (!row) continue;
      for (let day = span[0]; day <= span[1]; day++) {
        const at = day * SLOT;
        out[day + this.firstDay - fromDay]! += row[at + 2]! + row[at + 5]! + row[at + 8]!;
      }
    }
    return out;
  }

  /** The days with calls of one member, newest first: one entry per day and destination type. */
  callDays(memberId: string, fromDay: number, toDay: number): { day: number; destination: Destination; calls: number; minutes: number; costMinor: number }[] {
    const row = this.rows.get(memberId);
    const span = this.span(fromDay, toDay);
    if (!row || !span) return [];
    const out: { day: number; destination: Destination; calls: number; minutes: number; costMinor: number }[] = [];
    for (let day = span[1]; day >= span[0]; day--) {
      DESTINATIONS.forEach((destination, d) => {
        const at = day * SLOT + d * METRICS;
        if (row[at]! > 0) out.push({ day: day + this.firstDay, destination, calls: row[at]!, minutes: row[at + 1]!, costMinor: row[at + 2]! });
      });
    }
    return out;
  }
}

/** An empty call history covering the months the service holds back from `now`. */
export function usageStoreFor(now: Date): UsageStore {
  const today = dayNumber(now);
  const first = dayNumber(addMonths(now, -HISTORY_MONTHS));
  return new UsageStore(first, today - first + 1);
}
