import { i18n, loadCatalogs, NAMESPACES } from '../../i18n/i18n.js';
import type { Locale } from '../../i18n/locales.js';

/**
 * The help articles. Their content lives in the `articles` catalog of each
 * language, one entry per id: `title`, `summary`, numbered `steps`, `notes`
 * and the ids of `related` articles; plain text, never markup.
 *
 * A step that names a button, tab or field of the kit does not spell its label:
 * it writes the label's catalog key between double braces, `{{sip:showProfile}}`,
 * and the article shows whatever that key says in the reader's language. The
 * elements render the same keys, so a renamed button renames the step.
 */
export const ARTICLE_IDS = [
  'overview',
  'set-up',
  'invite-members',
  'feature-access',
  'buy-credit',
  'allocate-credit',
  'reports',
  'link-sip-account',
  'remove-sip-account',
  'call-buttons',
] as const;

export type ArticleId = (typeof ARTICLE_IDS)[number];

export const isArticleId = (value: string): value is ArticleId => (ARTICLE_IDS as readonly string[]).includes(value);

export interface ArticleContent {
  title: string;
  summary: string;
  steps: string[];
  notes: string[];
  related: string[];
}

/** A piece of a step: plain text, or the catalog key of a label of the kit. */
export type Segment = { text: string } | { label: string };

/** `{{namespace:key}}`: a label of the kit, by its catalog key. */
export const LABEL_REFERENCE = /\{\{\s*([A-Za-z][\w-]*:[\w.-]+)\s*\}\}/g;

export function segments(text: string): Segment[] {
  const parts = text.split(new RegExp(LABEL_REFERENCE.source));
  return parts
    .map((part, i): Segment => (i % 2 === 1 ? { label: part } : { text: part }))
    .filter((s) => !('text' in s) || s.text !== '');
}

/** The label keys a text names, in order, without repeats. */
export function labelKeys(text: string): string[] {
  return [...new Set([...text.matchAll(LABEL_REFERENCE)].map((m) => m[1]!))];
}

/** An article's content in one language, as written (label references kept), or undefined. */
export function readArticle(locale: Locale, id: string): ArticleContent | undefined {
  if (!isArticleId(id)) return undefined;
  const raw = i18n.t(`articles:${id}`, { lng: locale, returnObjects: true, skipInterpolation: true }) as unknown;
  if (!raw || typeof raw !== 'object') return undefined;
  const a = raw as Partial<ArticleContent>;
  return {
    title: String(a.title ?? ''),
    summary: String(a.summary ?? ''),
    steps: Array.isArray(a.steps) ? a.steps.map(String) : [],
    notes: Array.isArray(a.notes) ? a.notes.map(String) : [],
    related: Array.isArray(a.related) ? a.related.map(String).filter(isArticleId) : [],
  };
}

/** Every text of an article that may name labels. */
export const textsOf = (a: ArticleContent): string[] => [a.title, a.summary, ...a.steps, ...a.notes];

/** The text with each label reference replaced by the label, as a reader sees it. */
export function plainText(text: string, label: (key: string) => string): string {
  return text.replace(LABEL_REFERENCE, (_, key: string) => label(key));
}

/**
 * Loads the article catalog of a language and the catalogs of every label
 * its articles name (those that exist: a namespace without a catalog is skipped,
 * and its labels show their keys).
 */
export async function loadArticles(locale: Locale, ids: readonly string[] = ARTICLE_IDS): Promise<void> {
  await loadCatalogs(locale, ['articles']);
  const namespaces = new Set<string>();
  for (const id of ids) {
    const article = readArticle(locale, id);
    if (!article) continue;
    for (const text of textsOf(article)) for (const key of labelKeys(text)) namespaces.add(key.split(':')[0]!);
  }
  await loadCatalogs(locale, [...namespaces].filter((ns) => NAMESPACES.includes(ns)));
}

