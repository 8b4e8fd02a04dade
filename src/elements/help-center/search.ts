import type MiniSearch from 'minisearch';
import { translate } from '../../i18n/i18n.js';
import type { Locale } from '../../i18n/locales.js';
import { foldForSearch as fold } from '../../core/text.js';
import { reimportable } from '../../core/reimport.js';
import { ARTICLE_IDS, plainText, readArticle, type ArticleId } from '../help-article/articles.js';

/** One article as shown in the list and as indexed: the texts a reader sees, labels resolved. */
export interface ArticleEntry {
  id: ArticleId;
  title: string;
  summary: string;
  steps: string;
  notes: string;
}

/**
 * Short words that carry no meaning on their own in each language. They are
 * dropped from the index and from queries, so "how to buy credit" and
 * "jak kupić środki" find what "buy credit" finds.
 */
const ENGLISH = new Set('a an and are as at be by can do does for from how i in is it my of on or the then this to what when where which with you your'.split(' '));
const STOP_WORDS: Record<Locale, ReadonlySet<string>> = {
  en: ENGLISH,
  pl: new Set('a aby albo ale czy do i jak jest lub na nie o od po przez sie się ten to w we z za ze że'.split(' ').map(fold)),
  fr: new Set("a au aux avec ce ces comment d de des du en est et je l la le les mon ne ou par pas pour que qui se sur un une vos votre".split(' ')),
  // The pseudo-locale's words fold back to English ones ("ţĥé" -> "the").
  'en-XA': ENGLISH,
};

/** A word as the index keeps it: case, diacritics and ł folded, and the French elision dropped ("l’accès" -> "acces"). */
export function normalizeTerm(locale: Locale, term: string): string | null {
  const folded = fold(term).replace(/^(?:l|d|j|qu|n|s|c|m|t)['’]/, '');
  if (!folded || STOP_WORDS[locale].has(folded)) return null;
  return folded;
}

export interface ArticleIndex {
  entries: readonly ArticleEntry[];
  /**
   * Ids of the articles that match `query`, best first; every article, in
   * catalog order, for an empty query, and for any query until the search
   * engine is loaded ({@link loadSearchEngine}).
   */
  search(query: string): ArticleId[];
}

let engine: typeof MiniSearch | undefined;
const load = reimportable(() => import('minisearch'));

/**
 * Loads the search engine (minisearch), once: the help center asks for it
 * at the first search typed, so that listing the articles does not load it.
 * A failed load is tried again at the next call.
 */
export function loadSearchEngine(): Promise<typeof MiniSearch> {
  return load().then((m) => (engine = m.default));
}

const indexes = new Map<Locale, ArticleIndex>();

/**
 * The search index of one language (its catalogs must be loaded), built at
 * its first search once the engine is loaded. Titles weigh most, then
 * summaries; every word of the query must match, the last one also as the
 * beginning of a word (so results follow typing), and longer words tolerate
 * a typo.
 */
export function articleIndex(locale: Locale): ArticleIndex {
  const cached = indexes.get(locale);
  if (cached) return cached;
  const label = (key: string) => translate(locale, key);
  const entries: ArticleEntry[] = ARTICLE_IDS.flatMap((id) => {
    const a = readArticle(locale, id);
    if (!a) return [];
    return [
      {
        id,
        title: plainText(a.title, label),
        summary: plainText(a.summary, label),
        steps: a.steps.map((s) => plainText(s, label)).join('\n'),
        notes: a.notes.map((s) => plainText(s, label)).join('\n'),
      },
    ];
  });
  let mini: MiniSearch<ArticleEntry> | undefined;
  const index: ArticleIndex = {
    entries,
    search: (query) => {
      if (!query.trim() || !engine) return entries.map((e) => e.id);
      if (!mini) {
        mini = new engine<ArticleEntry>({
          fields: ['title', 'summary', 'steps', 'notes'],
          idField: 'id',
          processTerm: (term) => normalizeTerm(locale, term),
          searchOptions: {
            boost: { title: 4, summary: 2 },
            combineWith: 'AND',
            prefix: true,
            fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
          },
        });
        mini.addAll(entries);
      }
      return mini.search(query).map((r) => r.id as ArticleId);
    },
  };
  indexes.set(locale, index);
  return index;
}

/** Drops the cached indexes (a catalog was replaced). */
export function clearArticleIndexes(): void {
  indexes.clear();
}
