/**
 * Who and what the seeded company is: "Kowalski & Dupont Architectes", its
 * people in three languages, departments, groups, SIP trunks, numbers,
 * subscriptions and invitations. Plain data; `seed.ts` builds it through the
 * backend's operations.
 */
import { suggestAdminAccountName } from '../../src/core/validation.js';

export const COMPANY = {
  companyName: 'Kowalski & Dupont Architectes',
  country: 'PL',
  currency: 'PLN',
  adminAccountName: 'admin.architectes',
  emailDomain: 'kd-architectes.eu',
} as const;

export type Lang = 'pl' | 'fr' | 'en';
export type DepartmentName = 'Direction' | 'Biuro projektowe' | 'Sprzedaż' | 'Service client' | 'Finance' | 'IT';

/** The people who join, by department (the admin account is in Direction too). */
export const PEOPLE: Record<DepartmentName, [string, Lang][]> = {
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
export const BY_EMAIL = new Set(["Siobhan O'Brien", 'Emily Clarke', 'Oliver Hughes', 'Noémie Faure']);
/** Joined during the last months rather than at the start. */
export const LATE = new Set(['Urszula Górecka', 'Sławomir Rutkowski', 'Clémence Boucher', 'Niamh Ó Súilleabháin', 'James Whitfield']);
export const ADMINS = new Set(['Marie Dupont']);

export const GROUPS: { name: string; includes: (name: string, department: DepartmentName, lang: Lang) => boolean }[] = [
  { name: 'Zespół Warszawa', includes: (_n, d, l) => l === 'pl' && d !== 'Direction' },
  { name: 'Équipe Paris', includes: (_n, d, l) => d === 'Service client' || (l === 'fr' && d !== 'Direction') },
  {
    name: 'Kierownicy projektów',
    includes: (n) => ['Łukasz Wróbel', 'Zofia Żak', 'Agnieszka Szczęsna', 'Amélie Gauthier', 'Michał Dąbrowski'].includes(n),
  },
  { name: 'Dyżur weekendowy', includes: (n) => ['Wojciech Król', 'Dorota Wieczorek', 'Hélène Lefèvre', "Siobhan O'Brien"].includes(n) },
  { name: 'Comité RSE', includes: (n) => ['Zofia Żak', 'François Bénard'].includes(n) },
];

export const SIP_PROFILES = [
  { name: 'Centrala Warszawa', status: 'active', channels: 30, authMode: 'registration', pbxHost: 'pbx.warszawa.kd-architectes.eu', websocketUrl: 'wss://sip.example.com/ws' },
  { name: 'Standard Paris', status: 'active', channels: 10, authMode: 'ip_allowlist', pbxHost: 'ipbx.paris.kd-architectes.eu' },
  { name: 'Test PBX', status: 'inactive', channels: 2, authMode: 'registration' },
] as const;

/** Linked accounts: profile, member, extension. */
export const LINKS: [number, string, string | null][] = [
  [0, 'Ewa Kozłowska', '101'],
  [0, 'Krzysztof Jankowski', '102'],
  [0, 'Magdalena Mazur', null],
  [1, 'Hélène Lefèvre', '2001'],
  [1, 'Benoît Girard', '2002'],
];

/** Numbers bought: area, and who gets them (a member, a profile index, or nobody). */
export const NUMBERS: [string, string | number | null][] = [
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

export const SUBSCRIPTIONS: [string, number, (d: DepartmentName, l: Lang) => boolean][] = [
  ['plan_pl_unlimited', 8, (d, l) => d === 'Sprzedaż' && l === 'pl'],
  ['plan_fr_unlimited', 6, (d) => d === 'Service client'],
  ['plan_europe_400', 4, (d) => d === 'Biuro projektowe'],
  ['plan_world_120', 3, (d) => d === 'Direction' || d === 'Finance'],
];

/**
 * Members on automatic top-up, with its settings in złoty: amount, threshold,
 * monthly cap. The administrator tops them up no other way.
 */
export const AUTO_RECHARGE: [name: string, amount: number, threshold: number, monthlyCap: number][] = [
  ['Céline Mercier', 200, 50, 600],
  ['Stéphane Lemaître', 200, 50, 600],
  ['Aleksandra Piotrowska', 200, 50, 600],
  ['Marcin Grabowski', 150, 30, 450],
  // Small top-ups for a heavy caller: he reaches his cap most months.
  ['Oliver Hughes', 50, 10, 100],
];

/** Call clients abroad every day. */
export const CALLS_ABROAD = new Set(['Oliver Hughes']);

export const OTHER_INVITATIONS: { invitee: string; status: 'pending' | 'declined' | 'expired' | 'cancelled'; daysAgo: number }[] = [
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

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const PLN = (zloty: number) => ({ amountMinor: zloty * 100, currency: COMPANY.currency });

/** The account name a person's display name gives, e.g. "Łukasz Wróbel" -> "lukasz.wrobel". */
export const accountNameFor = (displayName: string): string =>
  suggestAdminAccountName(displayName).slice('admin.'.length).replace(/-/g, '.');

export interface Person {
  name: string;
  department: DepartmentName;
  lang: Lang;
}

export const people = (): Person[] =>
  (Object.entries(PEOPLE) as [DepartmentName, [string, Lang][]][]).flatMap(([department, list]) =>
    list.map(([name, lang]) => ({ name, department, lang })),
  );
