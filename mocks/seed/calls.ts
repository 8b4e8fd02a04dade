/** Six months of calls: how often each department calls, for how long, at what price. */
import { HISTORY_MONTHS } from '../../src/core/period.js';
import type { MockBackend } from '../backend/index.js';
import type { Destination } from '../contract.js';
import type { Random } from '../random.js';
import { addMonths, dayNumber, UsageStore } from '../usage.js';
import type { DepartmentName, Person } from './company.js';

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

/** Calls per member and day since they joined, over the six months held. */
export function generateUsage(backend: MockBackend, random: Random, everyone: Person[], ids: Map<string, string>, now: Date): UsageStore {
  const today = dayNumber(now);
  const first = dayNumber(addMonths(now, -HISTORY_MONTHS));
  const store = new UsageStore(first, today - first + 1);
  const departmentOf = new Map(everyone.map((p) => [ids.get(p.name), p.department]));
  for (const member of backend.listMembers({ limit: 500 }).body.items) {
    const rate = CALLS_PER_DAY[departmentOf.get(member.id) ?? 'Direction'];
    const destinations: Destination[] = ['landline', 'landline'];
    if (member.features.mobileCalls) destinations.push('mobile', 'mobile');
    if (member.features.internationalCalls) destinations.push('international');
    for (let day = Math.max(first, dayNumber(member.joinedAt) + 1); day < today; day++) {
      const weekday = (day + 4) % 7;
      const weekend = weekday === 0 || weekday === 6;
      if (weekend && !random.chance(0.08)) continue;
      const calls = Math.floor(rate * (0.3 + random.next() * 1.4));
      for (let c = 0; c < calls; c++) {
        const destination = random.pick(destinations);
        const { minutes: [min, max], perMinuteMinor } = TARIFF[destination];
        const minutes = random.int(min, max);
        store.record(member.id, day, destination, 1, minutes, minutes * perMinuteMinor);
      }
    }
  }
  return store;
}
