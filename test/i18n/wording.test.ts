import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogs, translate } from '../../src/i18n/i18n.js';
import { formatDate } from '../../src/i18n/format.js';

/** Texts as a Polish or French office manager reads them, with the numbers and dates they come with. */
describe('wording in Polish and French', () => {
  beforeAll(async () => {
    await Promise.all((['en', 'pl', 'fr'] as const).map((l) => loadCatalogs(l, ['reports', 'manager', 'members'])));
  });

  it('agrees the chart titles with how many units they show', () => {
    const title = (lang: 'en' | 'pl' | 'fr', level: string, count: number) =>
      translate(lang, `reports:charts.byUnit.${level}`, { count });
    expect(title('pl', 'group', 10)).toBe('Najwyższe wydatki według grup (pierwszych 10)');
    expect(title('pl', 'group', 3)).toBe('Najwyższe wydatki według grup (pierwsze 3)');
    expect(title('pl', 'employee', 3)).toBe('Najwyższe wydatki według pracowników (pierwszych 3)');
    expect(title('pl', 'department', 1)).toBe('Najwyższe wydatki według działów (pierwszy dział)');
    expect(title('fr', 'employee', 1)).toBe('Dépenses les plus élevées par employé (le premier)');
    expect(title('fr', 'group', 10)).toBe('Dépenses les plus élevées par groupe (les 10 premiers)');
    expect(title('en', 'group', 10)).toBe('Highest spend by group (top 10)');
  });

  it('writes the first of a month as "1er" in French, and other days and languages as numbers', () => {
    const since = (lang: 'en' | 'pl' | 'fr', day: string) =>
      translate(lang, 'manager:figures.spendHint', {
        date: formatDate(lang, `2025-11-${day}T12:00:00Z`, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
      });
    expect(since('fr', '01')).toBe('Appels, abonnements et numéros depuis le 1er novembre');
    expect(since('fr', '02')).toBe('Appels, abonnements et numéros depuis le 2 novembre');
    expect(since('fr', '11')).toBe('Appels, abonnements et numéros depuis le 11 novembre');
    expect(since('pl', '01')).toBe('Połączenia, subskrypcje i numery od 1 listopada');
    expect(since('en', '01')).toBe('Calls, subscriptions and numbers since 1 November');
    expect(formatDate('fr', '2025-11-01T12:00:00Z', { dateStyle: 'long', timeZone: 'UTC' })).toBe('1er novembre 2025');
    expect(formatDate('fr', '2025-11-01T12:00:00Z', { dateStyle: 'short', timeZone: 'UTC' })).toBe('01/11/2025');
  });
});
