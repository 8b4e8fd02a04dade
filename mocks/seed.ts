/**
 * A believable company for the mock backend, the same for the same seed and
 * clock: "Kowalski & Dupont Architectes", built through the service's own
 * operations (so the ledger and every rule hold from the start), plus six
 * months of call history.
 */
import { suggestAdminAccountName } from '../src/core/validation.js';
import type { Destination, FeatureAccess } from './contract.js';
import { createRandom, type Random } from './random.js';
import { HISTORY_MONTHS } from '../src/core/period.js';
import { MockBackend } from './backend/index.js';
import { addMonths, dayNumber, UsageStore } from './usage.js';

export { createRandom, mulberry32, type Random } from './random.js';

export const COMPANY = {
  companyName: 'Kowalski & Dupont Architectes',
  country: 'PL',
  currency: 'PLN',
  adminAccountName: 'admin.architectes',
  emailDomain: 'kd-architectes.eu',
} as const;

type Lang = 'pl' | 'fr' | 'en';
type DepartmentName = 'Direction' | 'Biuro projektowe' | 'Sprzedaż' | 'Service client' | 'Finance' | 'IT';

/** The people who join, by department (the admin account is in Direction too). */
const PEOPLE: Record<DepartmentName, [string, Lang][]> = {
  Direction: [['Marie Dupont', 'fr']],
  'Biuro projektowe': [
    ['Łukasz Wróbel', 'pl'],
    ['Zofia Żak', 'pl'],
    ['Agnieszka Szczęsna', 'pl'],
    ['Michał Dąbrowski', 'pl'],
    ['Katarzyna Wójcik', 'pl'],
    ['Paweł Zieliński', 'pl'],
    ['Małgorzata Kamińska', 'pl'],
    ['Tomasz Lewandowski', 'pl'],
    ['Joanna Szymańska', 'pl'],
    ['Piotr Woźniak', 'pl'],
    ['Amélie Gauthier', 'fr'],
    ['Jérôme Rousseau', 'fr'],
    ['Emily Clarke', 'en'],
    ['Rafał Stępień', 'pl'],
    ['Iwona Jaworska', 'pl'],
  ],
  Sprzedaż: [
    ['Ewa Kozłowska', 'pl'],
    ['Krzysztof Jankowski', 'pl'],
    ['Magdalena Mazur', 'pl'],
    ['Grzegorz Krawczyk', 'pl'],
    ['Aleksandra Piotrowska', 'pl'],
    ['Marcin Grabowski', 'pl'],
    ['Oliver Hughes', 'en'],
    ['Przemysław Malinowski', 'pl'],
    ['Urszula Górecka', 'pl'],
    ['Sławomir Rutkowski', 'pl'],
  ],
  'Service client': [
    ['Hélène Lefèvre', 'fr'],
    ['François Bénard', 'fr'],
    ['Céline Mercier', 'fr'],
    ['Noémie Faure', 'fr'],
    ['Stéphane Lemaître', 'fr'],
    ['Éloïse Chevalier', 'fr'],
    ['Benoît Girard', 'fr'],
    ['Clémence Boucher', 'fr'],
    ["Siobhan O'Brien", 'en'],
    ['Aoife Ní Bhriain', 'en'],
  ],
  Finance: [
    ['Natalia Nowakowska', 'pl'],
    ['Jakub Pawłowski', 'pl'],
    ['Karolina Michalska', 'pl'],
    ['Beata Olszewska', 'pl'],
    ['James Whitfield', 'en'],
  ],
  IT: [
    ['Wojciech Król', 'pl'],
    ['Dorota Wieczorek', 'pl'],
    ['Bartłomiej Jabłoński', 'pl'],
    ['Anna Wróblewska', 'pl'],
    ['Mateusz Majewski', 'pl'],
    ['Niamh Ó Súilleabháin', 'en'],
  ],
};

/** Invited by e-mail: they join with a new `live:` account. */
const BY_EMAIL = new Set(["Siobhan O'Brien", 'Emily Clarke', 'Oliver Hughes', 'Noémie Faure']);
/** Joined during the last months rather than at the start. */
const LATE = new Set(['Urszula Górecka', 'Sławomir Rutkowski', 'Clémence Boucher', 'Niamh Ó Súilleabháin', 'James Whitfield']);
const ADMINS = new Set(['Marie Dupont']);

const GROUPS: { name: string; includes: (name: string, department: DepartmentName, lang: Lang) => boolean }[] = [
  { name: 'Zespół Warszawa', includes: (_n, d, l) => l === 'pl' && d !== 'Direction' },
  { name: 'Équipe Paris', includes: (_n, d, l) => d === 'Service client' || (l === 'fr' && d !== 'Direction') },
  {
    name: 'Kierownicy projektów',
    includes: (n) => ['Łukasz Wróbel', 'Zofia Żak', 'Agnieszka Szczęsna', 'Amélie Gauthier', 'Michał Dąbrowski'].includes(n),
  },
  { name: 'Dyżur weekendowy', includes: (n) => ['Wojciech Król', 'Dorota Wieczorek', 'Hélène Lefèvre', "Siobhan O'Brien"].includes(n) },
  { name: 'Comité RSE', includes: (n) => ['Zofia Żak', 'François Bénard'].includes(n) },
];

const SIP_PROFILES = [
  { name: 'Centrala Warszawa', status: 'active', channels: 30, authMode: 'registration', pbxHost: 'pbx.warszawa.kd-architectes.eu' },
  { name: 'Standard Paris', status: 'active', channels: 10, authMode: 'ip_allowlist', pbxHost: 'ipbx.paris.kd-architectes.eu' },
  { name: 'Test PBX', status: 'inactive', channels: 2, authMode: 'registration' },
] as const;

/** Linked accounts: profile, member, extension. */
const LINKS: [number, string, string | null][] = [
  [0, 'Ewa Kozłowska', '101'],
  [0, 'Krzysztof Jankowski', '102'],
  [0, 'Magdalena Mazur', null],
  [1, 'Hélène Lefèvre', '2001'],
  [1, 'Benoît Girard', '2002'],
];

/** Numbers bought: area, and who gets them (a member, a profile index, or nobody). */
const NUMBERS: [string, string | number | null][] = [
  ['Warszawa', 'Ewa Kozłowska'],
  ['Warszawa', 'Krzysztof Jankowski'],
  ['Warszawa', 0],
  ['Warszawa', null],
  ['Kraków', 'Łukasz Wróbel'],
  ['Gdańsk', null],
  ['Poznań', 'Grzegorz Krawczyk'],
  ['Paris', 'Hélène Lefèvre'],
  ['Paris', 1],
  ['Paris', 'François Bénard'],
  ['Lyon', null],
  ['Lyon', null],
];

const SUBSCRIPTIONS: [string, number, (d: DepartmentName, l: Lang) => boolean][] = [
  ['plan_pl_unlimited', 8, (d, l) => d === 'Sprzedaż' && l === 'pl'],
  ['plan_fr_unlimited', 6, (d) => d === 'Service client'],
  ['plan_europe_400', 4, (d) => d === 'Biuro projektowe'],
  ['plan_world_120', 3, (d) => d === 'Direction' || d === 'Finance'],
];

const AUTO_RECHARGE = ['Céline Mercier', 'Stéphane Lemaître', 'Aleksandra Piotrowska', 'Marcin Grabowski', 'Oliver Hughes'];

const OTHER_INVITATIONS: { invitee: string; status: 'pending' | 'declined' | 'expired' | 'cancelled'; daysAgo: number }[] = [
  { invitee: 'bartosz.nowicki', status: 'pending', daysAgo: 1 },
  { invitee: `claire.dubois@${COMPANY.emailDomain}`, status: 'pending', daysAgo: 3 },
  { invitee: 'igor.sadowski', status: 'pending', daysAgo: 5 },
  { invitee: 'lea.moreau-architecte', status: 'pending', daysAgo: 8 },
  { invitee: `sean.gallagher@${COMPANY.emailDomain}`, status: 'pending', daysAgo: 12 },
  { invitee: 'kamil.zajac', status: 'declined', daysAgo: 60 },
  { invitee: `aurelie.petit@${COMPANY.emailDomain}`, status: 'declined', daysAgo: 40 },
  { invitee: 'julia.baran', status: 'expired', daysAgo: 35 },
  { invitee: `thomas.leroy@${COMPANY.emailDomain}`, status: 'expired', daysAgo: 45 },
  { invitee: 'marek.sikora', status: 'cancelled', daysAgo: 30 },
];

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

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const PLN = (zloty: number) => ({ amountMinor: zloty * 100, currency: COMPANY.currency });

/** The account name a person's display name gives, e.g. "Łukasz Wróbel" -> "lukasz.wrobel". */
export const accountNameFor = (displayName: string): string =>
  suggestAdminAccountName(displayName).slice('admin.'.length).replace(/-/g, '.');

interface Person {
  name: string;
  department: DepartmentName;
  lang: Lang;
}

const people = (): Person[] =>
  (Object.entries(PEOPLE) as [DepartmentName, [string, Lang][]][]).flatMap(([department, list]) =>
    list.map(([name, lang]) => ({ name, department, lang })),
  );

export interface SeedOptions {
  now?: () => Date;
}

/** A clock the seed moves through the company's history, then hands over to the real one. */
function seedingClock(now: () => Date) {
  let at: Date | null = null;
  return {
    now: () => at ?? now(),
    set: (date: Date | null) => {
      at = date;
    },
  };
}

/** Scheduled steps of the history, run in time order. */
class Timeline {
  private readonly steps: { at: number; seq: number; run: () => void }[] = [];

  constructor(private readonly end: number) {}

  at(time: number, run: () => void): void {
    if (time <= this.end) this.steps.push({ at: time, seq: this.steps.length, run });
  }

  play(setClock: (date: Date) => void): void {
    this.steps.sort((a, b) => a.at - b.at || a.seq - b.seq);
    for (const step of this.steps) {
      setClock(new Date(step.at));
      step.run();
    }
  }
}

/** The seeded company. Same seed and same clock: the same data. */
export function createSeededBackend(seed = 2026, options: SeedOptions = {}): MockBackend {
  const now = options.now ?? (() => new Date());
  const clock = seedingClock(now);
  const end = now().getTime();
  const start = Math.floor((end - 200 * DAY) / DAY) * DAY + 8 * HOUR;
  clock.set(new Date(start));
  const random = createRandom(seed);
  const backend = new MockBackend({ now: clock.now, accounts: [COMPANY.adminAccountName] });
  const ids = new Map<string, string>();
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
      backend.setMemberFeatures(member.id, { version: member.version, features: featuresFor(person, random, numberHolders.has(person.name)) });
      if (ADMINS.has(person.name)) backend.updateMember(member.id, { version: memberVersion(member.id), role: 'admin' });
    });
  });

  scheduleMoney(backend, timeline, random, { start, end, ids, key });
  scheduleFeatures(backend, timeline, { start, ids, key, everyone, memberVersion });
  scheduleOtherInvitations(backend, timeline, departments, end);
  timeline.play(clock.set);
  clock.set(null);

  backend.usage = generateUsage(backend, random, everyone, ids, now());
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
    internationalCalls: random.chance(outward ? 0.6 : 0.15),
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

/** Monthly purchases, allocations after each, and a few reclaims. */
function scheduleMoney(backend: MockBackend, timeline: Timeline, random: Random, { start, end, ids, key }: MoneyContext): void {
  const allocate = (count: number, zloty: number) => () => {
    const memberIds = random.sample([...ids.values()], count);
    if (memberIds.length > 0) backend.allocateCredit(key(), { memberIds, amount: PLN(zloty) });
  };
  timeline.at(start + 2 * DAY, () => backend.buyCredit(key(), { amount: PLN(12_000) }));
  timeline.at(start + 5 * DAY, allocate(60, 100));
  const first = new Date(start);
  for (let month = 1; ; month++) {
    const day = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + month, 3, 9);
    if (day > end) break;
    timeline.at(day, () => backend.buyCredit(key(), { amount: PLN(random.int(12, 28) * 500) }));
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
  memberVersion: (id: string) => number;
}

/** Subscriptions, numbers, SIP profiles with their links, auto-recharges. */
function scheduleFeatures(backend: MockBackend, timeline: Timeline, ctx: FeatureContext): void {
  const { start, ids, key, everyone, memberVersion } = ctx;
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
    for (const spec of SIP_PROFILES) profileIds.push(backend.addSipProfile({ ...spec }).id);
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
    for (const name of AUTO_RECHARGE) {
      const id = idOf(name);
      backend.setAutoRecharge(id, {
        version: memberVersion(id),
        autoRecharge: { amount: PLN(200), threshold: PLN(50), monthlyCap: PLN(600) },
      });
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

/** Calls per member and day since they joined, over the six months held. */
function generateUsage(backend: MockBackend, random: Random, everyone: Person[], ids: Map<string, string>, now: Date): UsageStore {
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
