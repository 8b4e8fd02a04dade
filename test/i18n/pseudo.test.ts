import { describe, expect, it } from 'vitest';
import { i18n, loadCatalogs, translate } from '../../src/i18n/i18n.js';
import { formatMoney } from '../../src/i18n/format.js';
import { LOCALES, toLocale } from '../../src/i18n/locales.js';
import { pseudoCatalog, pseudoText } from '../../src/i18n/pseudo.js';
import { readArticle } from '../../src/elements/help-article/articles.js';

/** What i18next reads, in the order it appears. */
const placeholders = (text: string): string[] => text.match(/\{\{[^}]*\}\}|\$t\([^)]*\)/g) ?? [];

describe('the pseudo-locale en-XA', () => {
  it('is named en-XA in any case, and is no language of the kit', () => {
    expect(toLocale('en-XA')).toBe('en-XA');
    expect(toLocale('EN_xa')).toBe('en-XA');
    expect(toLocale('en-GB')).toBe('en');
    expect(LOCALES).not.toContain('en-XA');
  });

  it('accents every letter, lengthens by at least 40% and marks both ends, keeping what i18next reads', () => {
    const text = 'Opens {{when}} for $t(common:help) and {{count, number}} members';
    const pseudo = pseudoText(text);
    expect(pseudo).toMatch(/^⟦Öþéñš .*⟧$/);
    expect(pseudo.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)/g, '')).not.toMatch(/[A-Za-z]/);
    expect(placeholders(pseudo)).toEqual(placeholders(text));
    const visible = (s: string) => s.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)|[⟦⟧]/g, '').length;
    expect(visible(pseudo)).toBeGreaterThanOrEqual(visible(text) * 1.4);
    expect(pseudoText('Buy').length).toBeGreaterThanOrEqual(6);
    expect(pseudoText('')).toBe('');
  });

  it('keeps keys (plural suffixes, nesting) and the ids of related articles', () => {
    const catalog = { n_one: '{{count}} member', n_other: '{{count}} members', a: { steps: ['Go'], related: ['buy-credit'] } };
    expect(pseudoCatalog(catalog)).toEqual({
      n_one: expect.stringMatching(/^⟦\{\{count\}\} ɱéɱƀéŕ .*⟧$/),
      n_other: expect.stringMatching(/^⟦\{\{count\}\} ɱéɱƀéŕš .*⟧$/),
      a: { steps: [expect.stringMatching(/^⟦Ĝö .*⟧$/)], related: ['buy-credit'] },
    });
  });

  it('is made from the English catalogs as they load: plurals, interpolation and nesting work, money is formatted as in English', async () => {
    await loadCatalogs('en-XA', ['sip', 'common', 'articles']);
    expect(i18n.hasResourceBundle('en-XA', 'sip')).toBe(true);
    expect(translate('en-XA', 'sip:channels_count', { count: 1 })).toMatch(/^⟦1 çĥåññéļ .*⟧$/);
    expect(translate('en-XA', 'sip:channels_count', { count: 1200 })).toMatch(/^⟦1,200 çĥåññéļš .*⟧$/);
    expect(translate('en-XA', 'sip:pbxHost', { host: 'pbx.example.com' })).toMatch(/^⟦ÞƁẊ åððŕéšš: pbx\.example\.com .*⟧$/);
    expect(readArticle('en-XA', 'buy-credit')?.related).toEqual(readArticle('en', 'buy-credit')?.related);
    // A name that adds to a visible label holds it whole (WCAG 2.5.3), padding and all.
    await loadCatalogs('en-XA', ['help']);
    for (const locale of [...LOCALES, 'en-XA'] as const) {
      await loadCatalogs(locale, ['help']);
      expect(translate(locale, 'help:showMeOn', { label: 'X' })).toContain(translate(locale, 'help:showMe'));
    }
    expect(formatMoney('en-XA', { amountMinor: 123456, currency: 'EUR' })).toBe(formatMoney('en', { amountMinor: 123456, currency: 'EUR' }));
  });
});
