import { describe, expect, it } from 'vitest';
import { loadCatalogs, translate, NAMESPACES } from '../../src/i18n/i18n.js';
import { formatList, formatMoney, formatNumber, formatRelative } from '../../src/i18n/format.js';
import { toLocale } from '../../src/i18n/locales.js';

describe('i18n core', () => {
  it('maps language tags onto the served locales', () => {
    expect(toLocale('pl-PL')).toBe('pl');
    expect(toLocale('FR_ca')).toBe('fr');
    expect(toLocale('de')).toBeNull();
    expect(toLocale('')).toBeNull();
  });

  it('finds every namespace from the catalog files, without the demo page texts', () => {
    expect(NAMESPACES).toEqual(expect.arrayContaining(['common', 'errors', 'sip', 'validation']));
    expect(NAMESPACES).not.toContain('demo');
  });

  it('uses every CLDR plural form of Polish', async () => {
    await loadCatalogs('pl', ['sip']);
    const accounts = (count: number) => translate('pl', 'sip:accounts_count', { count });
    expect([1, 2, 5, 22, 1.5].map(accounts)).toEqual(['1 konto', '2 konta', '5 kont', '22 konta', '1,5 konta']);
  });

  it('uses the French plural forms, "many" included, with grouped numbers', async () => {
    await loadCatalogs('fr', ['sip']);
    const channels = (count: number) => translate('fr', 'sip:channels_count', { count });
    expect(channels(1)).toBe('1 canal');
    expect(channels(2)).toBe('2 canaux');
    expect(channels(1_000_000).replace(/\s/g, ' ')).toBe('1 000 000 de canaux');
  });

  it('gives a text asked for before its catalog came in once the catalog is in', async () => {
    // Texts without variables are kept once resolved: a catalog that arrives must not leave the key shown.
    expect(translate('fr', 'callButtons:title')).toBe('title');
    await loadCatalogs('fr', ['callButtons']);
    const title = translate('fr', 'callButtons:title');
    expect(title).not.toBe('title');
    expect(translate('fr', 'callButtons:title')).toBe(title);
    expect(translate('fr', 'title', { ns: 'callButtons' })).toBe(title);
  });

  it('falls back to English for a key missing in a locale', async () => {
    await loadCatalogs('pl', ['common']);
    expect(translate('pl', 'common:retry')).toBe('Spróbuj ponownie');
    expect(translate('pl', 'common:no-such-key')).toBe('no-such-key');
  });

  it('interpolates values as given, leaving escaping to the renderer', async () => {
    await loadCatalogs('en', ['sip']);
    expect(translate('en', 'sip:linked', { name: '<b>Zoë</b>', profile: 'A&B' })).toBe('<b>Zoë</b> is now linked to A&B.');
  });

  it('formats money from integer minor units in each language', () => {
    const pln = { amountMinor: 1234567, currency: 'PLN' };
    expect(formatMoney('pl', pln).replace(/\s/g, ' ')).toBe('12 345,67 zł');
    expect(formatMoney('fr', { amountMinor: 123456, currency: 'EUR' }).replace(/\s/g, ' ')).toBe('1 234,56 €');
    expect(formatMoney('en', { amountMinor: 500, currency: 'JPY' })).toBe('JP¥500');
  });

  it('formats numbers, lists and relative times per language', () => {
    expect(formatNumber('pl', 12345.5).replace(/\s/g, ' ')).toBe('12 345,5');
    expect(formatList('fr', ['a', 'b', 'c'])).toBe('a, b et c');
    expect(formatList('pl', ['a', 'b'])).toBe('a i b');
    const now = new Date('2026-01-01T12:00:00Z');
    expect(formatRelative('en', new Date('2026-01-04T12:00:00Z'), now)).toBe('in 3 days');
    expect(formatRelative('pl', new Date('2026-01-04T12:00:00Z'), now)).toBe('za 3 dni');
    expect(formatRelative('fr', new Date('2025-12-31T12:00:00Z'), now)).toBe('hier');
  });
});
