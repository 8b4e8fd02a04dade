import type { Money } from '../core/money.js';
import type { Locale } from './locales.js';

/** Intl formatters are costly to build: one per locale and option set. */
const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** The pseudo-locale formats money, dates and numbers as English does: only its strings are pseudo. */
const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', pl: 'pl-PL', fr: 'fr-FR', 'en-XA': 'en-GB' };

export function formatMoney(locale: Locale, value: Money): string {
  // The formatter and the currency's minor units, read once (`resolvedOptions()` makes a new object per call).
  const [f, unit] = cached(`money:${locale}:${value.currency}`, () => {
    const format = new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency: value.currency });
    return [format, 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2)] as const;
  });
  return f.format(value.amountMinor / unit);
}

export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached(`number:${locale}:${JSON.stringify(options)}`, () => new Intl.NumberFormat(INTL_LOCALE[locale], options)).format(value);
}

export function formatDate(locale: Locale, value: Date | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const f = cached(`date:${locale}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(INTL_LOCALE[locale], options));
  if (locale !== 'fr') return f.format(date);
  // French writes the first of a month as an ordinal, "le 1er novembre", which Intl does not.
  const parts = f.formatToParts(date);
  const named = parts.some((p) => p.type === 'month' && !/^\d+$/.test(p.value));
  return parts.map((p) => (named && p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

export function formatList(locale: Locale, items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  return cached(`list:${locale}:${type}`, () => new Intl.ListFormat(INTL_LOCALE[locale], { type })).format(items);
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** "in 3 days", "za 3 dni", "dans 3 jours": the largest unit that fits. */
export function formatRelative(locale: Locale, value: Date | string, now: Date = new Date()): string {
  const ms = (typeof value === 'string' ? new Date(value) : value).getTime() - now.getTime();
  const f = cached(`relative:${locale}`, () => new Intl.RelativeTimeFormat(INTL_LOCALE[locale], { numeric: 'auto' }));
  for (const [unit, size] of UNITS) {
    if (Math.abs(ms) >= size || unit === 'second') return f.format(Math.round(ms / size), unit);
  }
  return f.format(0, 'second');
}

/** The name of a region ("PL") or a currency ("EUR") in `locale`; the code itself when Intl has none. */
export function formatDisplayName(locale: Locale, type: 'region' | 'currency' | 'language', code: string): string {
  try {
    return cached(`names:${locale}:${type}`, () => new Intl.DisplayNames([INTL_LOCALE[locale]], { type, fallback: 'code' })).of(code) ?? code;
  } catch {
    return code;
  }
}

export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale];
}
