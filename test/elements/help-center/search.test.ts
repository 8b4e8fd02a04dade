import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../../src/elements/help-article/articles.js';
import { articleIndex, loadSearchEngine, normalizeTerm } from '../../../src/elements/help-center/search.js';
import { LOCALES } from '../../../src/i18n/locales.js';

beforeAll(async () => {
  await Promise.all([...LOCALES.map((l) => loadArticles(l)), loadSearchEngine()]);
});

describe('help search', () => {
  it('folds case, diacritics, Polish ł and French elisions, and drops stop words', () => {
    expect(normalizeTerm('pl', 'ROZMÓW')).toBe('rozmow');
    expect(normalizeTerm('pl', 'Łódź')).toBe('lodz');
    expect(normalizeTerm('fr', 'l’accès')).toBe('acces');
    expect(normalizeTerm('fr', 'Crédit')).toBe('credit');
    expect(normalizeTerm('en', 'the')).toBeNull();
    expect(normalizeTerm('pl', 'się')).toBeNull();
  });

  it.each([
    ['pl', 'rozmow', 'link-sip-account'],
    ['pl', 'rozmów przychodzących', 'link-sip-account'],
    ['pl', 'srodki kup', 'buy-credit'],
    ['pl', 'numer wewnetrzny', 'link-sip-account'],
    ['fr', 'credit', 'buy-credit'],
    ['fr', 'ACHETER DU CREDIT', 'buy-credit'],
    ['fr', 'numero de poste', 'link-sip-account'],
    ['en', 'how to buy credit', 'buy-credit'],
    ['en', 'extension', 'link-sip-account'],
    ['en', 'invit', 'invite-members'],
    ['en', 'click-to-call', 'call-buttons'],
    ['en', 'raports', 'reports'],
  ] as const)('in %s, "%s" finds %s', (locale, query, id) => {
    expect(articleIndex(locale).search(query)).toContain(id);
  });

  it('ranks the article whose title says it first', () => {
    expect(articleIndex('en').search('buy credit')[0]).toBe('buy-credit');
    expect(articleIndex('fr').search('rapports')[0]).toBe('reports');
    expect(articleIndex('pl').search('usuwanie konta')[0]).toBe('remove-sip-account');
  });

  it('finds nothing for words no article has, and everything for an empty search', () => {
    expect(articleIndex('en').search('zzqx')).toEqual([]);
    expect(articleIndex('pl').search('  ')).toHaveLength(10);
  });
});
