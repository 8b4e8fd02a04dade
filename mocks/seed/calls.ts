/**
 * Six months of calls: how often each department calls, for how long, at
 * what price. The calls of the last `LIVE_DAYS` days are made through the
 * backend as they happen (`recordUsage`): they are paid from the members'
 * credit and set off the automatic top-ups. The older ones are history, kept
 * for the reports only.
 */
import type { MockBackend } from '../backend/index.js';
import type { Destination, FeatureAccess } from '../contract.js';
import type { Random } from '../random.js';
import { dayNumber } from '../usage.js';
import { COMPANY, DAY, HOUR, type DepartmentName } from './company.js';
import type { Timeline } from './timeline.js';

/** Days, before today, whose calls are paid from credit as they happen. */
export const LIVE_DAYS = 30;

const CALLS_PER_DAY: Record<DepartmentName, number> = {
  Direction: 3,
  'Biuro projektowe': 2,
  Sprzedaż: 7,
  'Service client': 9,
  Finance: 1.5,
  IT: 1,
};

/** Minutes per call (min, max) and price per minute in minor units, by destination. */
const TARIFF: Record<Destination, { minutes: [number, number]; perMinuteMinor: number }> = {
  landline: { minutes: [1, 12], perMinuteMinor: 9 },
  mobile: { minutes: [1, 7], perMinuteMinor: 19 },
  international: { minutes: [2, 18], perMinuteMinor: 79 },
};

interface Call {
  destination: Destination;
  minutes: number;
  costMinor: number;
}

/** The department of a member (by id), for how much they call. */
export type DepartmentOf = (memberId: string) => DepartmentName;

/** A member's calls on one day: few on weekends, more in busy departments, abroad only where allowed. */
function callsOn(day: number, department: DepartmentName, features: FeatureAccess, random: Random): Call[] {
  const weekday = (day + 4) % 7;
  if ((weekday === 0 || weekday === 6) && !random.chance(0.08)) return [];
  const destinations: Destination[] = ['landline', 'landline'];
  if (features.mobileCalls) destinations.push('mobile', 'mobile');
  if (features.internationalCalls) destinations.push('international');
  const count = Math.floor(CALLS_PER_DAY[department] * (0.3 + random.next() * 1.4));
  return Array.from({ length: count }, () => {
    const destination = random.pick(destinations);
    const { minutes: [min, max], perMinuteMinor } = TARIFF[destination];
    const minutes = random.int(min, max);
    return { destination, minutes, costMinor: minutes * perMinuteMinor };
  });
}

/**
 * Each day from `from` to the day before `today`, the day's calls of every
 * member who joined before it, each at its time of the working day, through
 * `recordUsage`.
 */
export function scheduleLiveCalls(backend: MockBackend, timeline: Timeline, random: Random, departmentOf: DepartmentOf, from: number, today: number): void {
  for (let day = from; day < today; day++) {
    timeline.at(day * DAY, () => {
      for (const member of backend.listMembers({ limit: 500 }).body.items) {
        if (dayNumber(member.joinedAt) >= day) continue;
        for (const call of callsOn(day, departmentOf(member.id), member.features, random)) {
          const at = day * DAY + 8 * HOUR + random.int(0, 599) * 60_000;
          const cost = { amountMinor: call.costMinor, currency: COMPANY.currency };
          timeline.at(at, () => backend.recordUsage(member.id, { destination: call.destination, minutes: call.minutes, cost }));
        }
      }
    });
  }
}

/** The calls before `until` (a day number), since each member joined, written to the history the reports read. */
export function writeHistory(backend: MockBackend, random: Random, departmentOf: DepartmentOf, until: number): void {
  const store = backend.usage;
  for (const member of backend.listMembers({ limit: 500 }).body.items) {
    for (let day = Math.max(store.firstDay, dayNumber(member.joinedAt) + 1); day < until; day++) {
      for (const call of callsOn(day, departmentOf(member.id), member.features, random)) {
        store.record(member.id, day, call.destination, 1, call.minutes, call.costMinor);
      }
    }
  }
}
