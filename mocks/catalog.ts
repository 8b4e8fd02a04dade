import type { Destination } from './contract.js';
import { createRandom } from './random.js';

/** A calling plan, priced in minor units of the manager's currency. */
export interface PlanSpec {
  id: string;
  name: string;
  description: string;
  minutesPerMonth: number;
  destinations: Destination[];
  countries: string[];
  priceMinor: number;
}

/** An online number offered for purchase, priced in minor units a month. */
export interface NumberSpec {
  number: string;
  country: string;
  area: string;
  monthlyPriceMinor: number;
}

export const PLANS: readonly PlanSpec[] = [
  {
    id: 'plan_pl_unlimited',
    name: 'Polska bez limitu',
    description: 'Landlines and mobiles in Poland',
    minutesPerMonth: 3000,
    destinations: ['landline', 'mobile'],
    countries: ['PL'],
    priceMinor: 2990,
  },
  {
    id: 'plan_fr_unlimited',
    name: 'France illimitée',
    description: 'Landlines and mobiles in France',
    minutesPerMonth: 3000,
    destinations: ['landline', 'mobile'],
    countries: ['FR'],
    priceMinor: 2490,
  },
  {
    id: 'plan_europe_400',
    name: 'Europe 400',
    description: 'Landlines in 20 European countries',
    minutesPerMonth: 400,
    destinations: ['landline'],
    countries: ['AT', 'BE', 'CH', 'CZ', 'DE', 'DK', 'ES', 'FI', 'FR', 'GB', 'GR', 'IE', 'IT', 'LU', 'NL', 'NO', 'PL', 'PT', 'SE', 'SK'],
    priceMinor: 3990,
  },
  {
    id: 'plan_world_120',
    name: 'World 120',
    description: 'Landlines and mobiles in 60 countries',
    minutesPerMonth: 120,
    destinations: ['landline', 'mobile', 'international'],
    countries: ['CA', 'DE', 'FR', 'GB', 'IN', 'JP', 'PL', 'US'],
    priceMinor: 5990,
  },
];

const AREAS: readonly { country: string; area: string; prefix: string; digits: number; priceMinor: number }[] = [
  { country: 'PL', area: 'Warszawa', prefix: '+4822', digits: 7, priceMinor: 1500 },
  { country: 'PL', area: 'Kraków', prefix: '+4812', digits: 7, priceMinor: 1500 },
  { country: 'PL', area: 'Gdańsk', prefix: '+4858', digits: 7, priceMinor: 1500 },
  { country: 'PL', area: 'Poznań', prefix: '+4861', digits: 7, priceMinor: 1500 },
  { country: 'PL', area: 'Wrocław', prefix: '+4871', digits: 7, priceMinor: 1500 },
  { country: 'FR', area: 'Paris', prefix: '+331', digits: 8, priceMinor: 1900 },
  { country: 'FR', area: 'Lyon', prefix: '+334', digits: 8, priceMinor: 1900 },
  { country: 'FR', area: 'Marseille', prefix: '+334', digits: 8, priceMinor: 1900 },
  { country: 'FR', area: 'Bordeaux', prefix: '+335', digits: 8, priceMinor: 1900 },
];

/** The numbers on offer: a fixed pool, the same every time. */
export function numberPool(perArea = 6): NumberSpec[] {
  const random = createRandom(0x5eed);
  const pool: NumberSpec[] = [];
  for (const { country, area, prefix, digits, priceMinor } of AREAS) {
    const taken = new Set<string>();
    while (taken.size < perArea) {
      const rest = String(random.int(10 ** (digits - 1), 10 ** digits - 1));
      if (taken.has(rest)) continue;
      taken.add(rest);
      pool.push({ number: `${prefix}${rest}`, country, area, monthlyPriceMinor: priceMinor });
    }
  }
  return pool;
}
