/**
 * The seeded company's automatic top-ups: the members on it from the first
 * weeks, and one shortfall in the last month. Ten days or more before today
 * (a weekday, clear of the first days of a month, when credit is bought), the
 * administrator switches on automatic top-up for the busy caller with the
 * least credit left, then shares out the whole company balance as an
 * allowance to the people not on automatic top-up. That caller's next call
 * asks for a top-up the balance cannot cover: it is refused (and recorded),
 * and so is any other that day. The next morning the administrator buys
 * credit back, and the top-ups go through again.
 */
import type { MockBackend } from '../backend/index.js';
import type { Member } from '../contract.js';
import { AUTO_RECHARGE, COMPANY, DAY, HOUR, PLN } from './company.js';
import type { DepartmentOf } from './calls.js';
import type { Timeline } from './timeline.js';

export interface TopUpContext {
  /** Member ids by name. */
  ids: Map<string, string>;
  departmentOf: DepartmentOf;
  key: () => string;
}

const version = (backend: MockBackend, id: string): number => backend.getMember(id).body.version;

/** The automatic top-ups of `AUTO_RECHARGE`, set at `at`. */
export function scheduleAutoRecharge(backend: MockBackend, timeline: Timeline, at: number, { ids }: TopUpContext): void {
  timeline.at(at, () => {
    for (const [name, amount, threshold, cap] of AUTO_RECHARGE) {
      const id = ids.get(name)!;
      backend.setAutoRecharge(id, { version: version(backend, id), autoRecharge: { amount: PLN(amount), threshold: PLN(threshold), monthlyCap: PLN(cap) } });
    }
  });
}

/** The last weekday ten days or more before `today` that is not among the first five of its month. */
function shortfallDay(today: number): number {
  for (let day = today - 10; ; day--) {
    const date = new Date(day * DAY);
    if (date.getUTCDay() % 6 !== 0 && date.getUTCDate() > 5) return day;
  }
}

/** The shortfall of the last month (see above). */
export function scheduleShortfall(backend: MockBackend, timeline: Timeline, today: number, { ids, departmentOf, key }: TopUpContext): void {
  const day = shortfallDay(today);
  let allowance = 0;
  timeline.at(day * DAY + 7 * HOUR, () => {
    const members = backend.listMembers({ limit: 500 }).body.items;
    const busy = members.filter((m) => !m.autoRecharge && ['Sprzedaż', 'Service client'].includes(departmentOf(m.id)));
    const caller = busy.sort((a, b) => a.credit.amountMinor - b.credit.amountMinor || a.id.localeCompare(b.id))[0];
    if (caller) setTopUpAbove(backend, caller);
    // The people, not the dedicated admin account, who are not on automatic top-up.
    const people = new Set(ids.values());
    const others = backend.listMembers({ limit: 500 }).body.items.filter((m) => people.has(m.id) && !m.autoRecharge);
    const each = Math.floor(backend.balanceMinorUnits() / others.length / 100) * 100;
    if (each <= 0) return;
    backend.allocateCredit(key(), { memberIds: others.map((m) => m.id), amount: { amountMinor: each, currency: COMPANY.currency } });
    allowance = each * others.length;
  });
  timeline.at((day + 1) * DAY + 9 * HOUR, () => {
    const limits = backend.getBalance().body.purchaseLimit;
    const room = Math.min(limits.perPurchase.amountMinor, limits.monthly.amountMinor - limits.usedThisMonth.amountMinor);
    const amount = Math.min(room, Math.ceil(allowance / 100_000) * 100_000);
    if (amount > 0) backend.buyCredit(key(), { amount: { amountMinor: amount, currency: COMPANY.currency } });
  });
}

/** Automatic top-up with its threshold above the member's credit: their next call asks for one. */
function setTopUpAbove(backend: MockBackend, member: Member): void {
  const threshold = Math.max(PLN(50).amountMinor, Math.ceil((member.credit.amountMinor + 1) / 1_000) * 1_000);
  const amount = threshold + PLN(150).amountMinor;
  const money = (amountMinor: number) => ({ amountMinor, currency: member.credit.currency });
  backend.setAutoRecharge(member.id, {
    version: member.version,
    autoRecharge: { amount: money(amount), threshold: money(threshold), monthlyCap: money(3 * amount) },
  });
}
