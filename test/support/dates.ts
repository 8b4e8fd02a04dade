/** Days as each language's people type them, written out by hand: what the date fields must accept and show. */
import type { Language } from '../../src/i18n/locales.js';

/** The format each language's date fields show under them. */
export const DAY_FORMAT: Record<Language, string> = { en: 'dd/mm/yyyy', pl: 'dd.mm.rrrr', fr: 'jj/mm/aaaa' };

/** An ISO day as a person types it in `locale`: 05.03.2025 in Polish, 05/03/2025 in French and English. */
export function typedDay(locale: Language, day: string): string {
  const [year, month, date] = day.split('-');
  return locale === 'pl' ? `${date}.${month}.${year}` : `${date}/${month}/${year}`;
}

/** A day that does not exist (the 31st of February), typed in `locale`. */
export const noDay = (locale: Language): string => typedDay(locale, '2025-02-31');
