/**
 * A believable company for the mock backend, the same for the same seed and
 * clock: "Kowalski & Dupont Architectes", built through the service's own
 * operations (so the ledger and every rule hold from the start), plus six
 * months of call history.
 */
import type { FeatureAccess } from './contract.js';
import { createRandom, type Random } from './random.js';
import { MockBackend } from './backend/index.js';
import { LIVE_DAYS, scheduleLiveCalls, writeHistory, type DepartmentOf } from './seed/calls.js';
import {
  ADMINS,
  AUTO_RECHARGE,
  BY_EMAIL,
  CALLS_ABROAD,
  COMPANY,
  DAY,
  GROUPS,
  HOUR,
  LATE,
  LINKS,
  NUMBERS,
  OTHER_INVITATIONS,
  PLN,
  SIP_PROFILES,
  SUBSCRIPTIONS,
  accountNameFor,
  people,
  type DepartmentName,
  type Person,
} from './seed/company.js';
import { seedingClock, Timeline } from './seed/timeline.js';
import { scheduleAutoRecharge, scheduleShortfall, type TopUpContext } from './seed/top-ups.js';
import { dayNumber, usageStoreFor } from './usage.js';

export { createRandom, mulberry32, type Random } from './random.js';
export { COMPANY, accountNameFor } from './seed/company.js';

export interface SeedOptions {
  now?: () => Date;
  /**
   * The SIP server that takes the company's web calls (its profile with a
   * WebSocket address), and the secret it shares: the demo's Kamailio
   * (scripts/demo-sip.ts). Else the seed's address, which nothing answers.
   */
  webCalling?: WebCallingServer;
}

/** A SIP over WebSocket server and the secret its softphone credentials are made with. */
export interface WebCallingServer {
  websocketUrl: string;
  secret: string;
}

/** The seeded company. Same seed and same clock: the same data. */
export function createSeededBackend(seed = 2026, options: SeedOptions = {}): MockBackend {
  const now = options.now ?? (() => new Date());
  const clock = seedingClock(now);
  const end = now().getTime();
  const start = Math.floor((end - 200 * DAY) / DAY) * DAY + 8 * HOUR;
  clock.set(new Date(start));
  const random = createRandom(seed);
  const backend = new MockBackend({ now: clock.now, accounts: [COMPANY.adminAccountName], usage: usageStoreFor(now()) });
  const ids = new Map<string, string>();
  const departmentsOf = new Map<string, DepartmentName>();
  // The admin account, not among the people, works in Direction.
  const departmentOf: DepartmentOf = (id) => departmentsOf.get(id) ?? 'Direction';
  const timeline = new Timeline(end);
  let keys = 0;
  const key = (): string => `seed-key-${String(++keys).padStart(6, '0')}`;
  const memberVersion = (id: string): number => backend.getMember(id).body.version;

  backend.setUpManager({
    companyName: COMPANY.companyName,
    country: COMPANY.country,
    currency: COMPANY.currency,
    admin: { mode: 'existing', accountName: COMPANY.adminAccountName },
  });
  const departments = organise(backend);
  const everyone = people();
  const numberHolders = new Set(NUMBERS.map(([, to]) => to).filter((to): to is string => typeof to === 'string'));

  everyone.forEach((person, i) => {
    const invitedAt = LATE.has(person.name) ? end - random.int(20, 150) * DAY : start + DAY + i * 10 * 60_000;
    const acceptedAt = invitedAt + random.int(2, 60) * HOUR;
    timeline.at(invitedAt, () => invitePerson(backend, person, departments));
    timeline.at(acceptedAt, () => {
      const member = acceptPerson(backend, person, random).body;
      ids.set(person.name, member.id);
      departmentsOf.set(member.id, person.department);
      backend.setMemberFeatures(member.id, { version: member.version, features: featuresFor(person, random, numberHolders.has(person.name)) });
      if (ADMINS.has(person.name)) backend.updateMember(member.id, { version: memberVersion(member.id), role: 'admin' });
    });
  });

  const today = dayNumber(now());
  const topUps: TopUpContext = { ids, departmentOf, key };
  scheduleMoney(backend, timeline, random, { start, end, ids, key });
  scheduleFeatures(backend, timeline, { start, ids, key, everyone, webCalling: options.webCalling });
  scheduleAutoRecharge(backend, timeline, start + 9 * DAY, topUps);
  scheduleLiveCalls(backend, timeline, random, departmentOf, today - LIVE_DAYS, today);
  scheduleShortfall(backend, timeline, today, topUps);
  scheduleOtherInvitations(backend, timeline, departments, end);
  timeline.play(clock.set);
  clock.set(null);

  writeHistory(backend, random, departmentOf, today - LIVE_DAYS);
  return backend;
}

/** Departments (the default one becomes Direction) and groups. */
function organise(backend: MockBackend): Map<string, string> {
  const departments = new Map<string, string>();
  const [general] = backend.listDepartments().body;
  if (!general) throw new Error('the set-up creates a department');
  backend.updateDepartment(general.id, { version: general.version, name: 'Direction', monthlyBudget: PLN(3000) });
  departments.set('Direction', general.id);
  const budgets: Record<string, number> = { 'Biuro projektowe': 4000, Sprzedaż: 6000, 'Service client': 6000, Finance: 1000, IT: 1500 };
  for (const [name, budget] of Object.entries(budgets)) {
    departments.set(name, backend.createDepartment({ name, monthlyBudget: PLN(budget) }).body.id);
  }
  for (const group of GROUPS) departments.set(`group:${group.name}`, backend.createGroup({ name: group.name }).body.id);
  return departments;
}

function invitePerson(backend: MockBackend, person: Person, org: Map<string, string>): void {
  const groupIds = GROUPS.filter((g) => g.includes(person.name, person.department, person.lang)).map((g) => org.get(`group:${g.name}`) as string);
  const account = accountNameFor(person.name);
  const invitee = BY_EMAIL.has(person.name) ? `${account}@${COMPANY.emailDomain}` : account;
  backend.sendInvitations({ invitees: [invitee], departmentId: org.get(person.department) as string, groupIds });
}

function acceptPerson(backend: MockBackend, person: Person, random: Random) {
  const invitee = BY_EMAIL.has(person.name) ? `${accountNameFor(person.name)}@${COMPANY.emailDomain}` : accountNameFor(person.name);
  const invitation = backend.listInvitations('pending').body.find((i) => i.invitee === invitee);
  if (!invitation) throw new Error(`no pending invitation for ${invitee}`);
  const liveId = `live:.cid.${random.int(0x10000000, 0x7fffffff).toString(16)}${random.int(0x1000, 0xffff).toString(16)}`;
  return backend.acceptInvitation(invitation.id, {
    displayName: person.name,
    accountName: liveId,
    usageReportingConsent: random.chance(0.86),
  });
}

function featuresFor(person: Person, random: Random, onlineNumber: boolean): FeatureAccess {
  const outward = person.department === 'Sprzedaż' || person.lang !== 'pl';
  return {
    mobileCalls: random.chance(0.9),
    internationalCalls: random.chance(outward ? 0.6 : 0.15) || CALLS_ABROAD.has(person.name),
    onlineNumber,
    voicemail: random.chance(0.8),
    callForwarding: random.chance(0.6),
  };
}

interface MoneyContext {
  start: number;
  end: number;
  ids: Map<string, string>;
  key: () => string;
}

/**
 * Monthly purchases, allocations after each, and a few reclaims. Once on
 * automatic top-up (`AUTO_RECHARGE`), a member gets no one-off allocation; an
 * allocation never asks for more than the balance holds.
 */
function scheduleMoney(backend: MockBackend, timeline: Timeline, random: Random, { start, end, ids, key }: MoneyContext): void {
  const automatic = new Set(AUTO_RECHARGE.map(([name]) => name));
  const allocate = (count: number, zloty: number, toAll = false) => () => {
    const candidates = [...ids].filter(([name]) => toAll || !automatic.has(name)).map(([, id]) => id);
    const covered = Math.floor(backend.balanceMinorUnits() / PLN(zloty).amountMinor);
    const memberIds = random.sample(candidates, Math.min(count, covered));
    if (memberIds.length > 0) backend.allocateCredit(key(), { memberIds, amount: PLN(zloty) });
  };
  timeline.at(start + 2 * DAY, () => backend.buyCredit(key(), { amount: PLN(12_000) }));
  timeline.at(start + 5 * DAY, allocate(60, 100, true));
  const first = new Date(start);
  for (let month = 1; ; month++) {
    const day = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + month, 3, 9);
    if (day > end) break;
    timeline.at(day, () => backend.buyCredit(key(), { amount: PLN(random.int(4, 10) * 500) }));
    timeline.at(day + 2 * HOUR, allocate(random.int(12, 20), random.pick([50, 100, 150, 200, 300])));
  }
  for (const daysAgo of [110, 70, 25]) {
    timeline.at(end - daysAgo * DAY, () => {
      const rich = backend.listMembers({ sort: 'credit', order: 'desc', limit: 1 }).body.items[0];
      if (rich && rich.credit.amountMinor >= 5000) backend.reclaimCredit(key(), { memberId: rich.id, amount: PLN(50) });
    });
  }
}

interface FeatureContext {
  start: number;
  ids: Map<string, string>;
  key: () => string;
  everyone: Person[];
  webCalling?: WebCallingServer;
}

/** Subscriptions, numbers, SIP profiles with their links. */
function scheduleFeatures(backend: MockBackend, timeline: Timeline, ctx: FeatureContext): void {
  const { start, ids, key, everyone, webCalling: web } = ctx;
  const idOf = (name: string): string => ids.get(name) as string;
  const profileIds: string[] = [];

  timeline.at(start + 6 * DAY, () => {
    for (const [planId, quantity, fits] of SUBSCRIPTIONS) {
      const bought = backend.buySubscriptions(key(), { planId, quantity }).body.items;
      const holders = everyone.filter((p) => fits(p.department, p.lang) && ids.has(p.name)).slice(0, quantity - 1);
      holders.forEach((p, i) => {
        const subscription = bought[i];
        if (subscription) backend.assignSubscription(subscription.id, { version: subscription.version, memberId: idOf(p.name) });
      });
    }
  });

  timeline.at(start + 7 * DAY, () => {
    for (const spec of SIP_PROFILES) {
      const live = web && 'websocketUrl' in spec ? { websocketUrl: web.websocketUrl, webCallingSecret: web.secret } : {};
      profileIds.push(backend.addSipProfile({ ...spec, ...live }).id);
    }
    const offered = backend.listAvailableNumbers().body;
    for (const [area, assignee] of NUMBERS) {
      const pick = offered.find((n) => n.area === area);
      if (!pick) continue;
      offered.splice(offered.indexOf(pick), 1);
      const number = backend.buyNumber(key(), { number: pick.number }).body.item;
      if (typeof assignee === 'string') {
        backend.assignNumber(number.id, { version: number.version, assignee: { kind: 'member', memberId: idOf(assignee) } });
      } else if (typeof assignee === 'number') {
        const profileId = profileIds[assignee] as string;
        backend.addSipNumber(profileId, { version: backend.getSipProfile(profileId).body.version, numberId: number.id });
      }
    }
  });

  timeline.at(start + 9 * DAY, () => {
    for (const [profile, name, extension] of LINKS) {
      const profileId = profileIds[profile] as string;
      backend.linkSipAccount(profileId, { version: backend.getSipProfile(profileId).body.version, memberId: idOf(name), extension });
    }
  });
}

/** Invitations still pending, declined, expired and cancelled. */
function scheduleOtherInvitations(backend: MockBackend, timeline: Timeline, org: Map<string, string>, end: number): void {
  OTHER_INVITATIONS.forEach(({ invitee, status, daysAgo }, i) => {
    const sentAt = end - daysAgo * DAY - (i + 1) * HOUR;
    const department = org.get(i % 2 === 0 ? 'Biuro projektowe' : 'Service client') as string;
    timeline.at(sentAt, () => backend.sendInvitations({ invitees: [invitee], departmentId: department, groupIds: [] }));
    const find = () => backend.listInvitations('pending').body.find((inv) => inv.invitee === invitee)?.id ?? '';
    if (status === 'declined') timeline.at(sentAt + 2 * DAY, () => backend.declineInvitation(find()));
    if (status === 'cancelled') timeline.at(sentAt + DAY, () => backend.cancelInvitation(find()));
  });
}

/** A company just set up: the admin alone, no credit, no SIP profiles. */
export function createEmptyBackend(options: SeedOptions = {}): MockBackend {
  const backend = new MockBackend({ now: options.now, accounts: [COMPANY.adminAccountName] });
  backend.setUpManager({
    companyName: COMPANY.companyName,
    country: COMPANY.country,
    currency: COMPANY.currency,
    admin: { mode: 'existing', accountName: COMPANY.adminAccountName },
  });
  return backend;
}
