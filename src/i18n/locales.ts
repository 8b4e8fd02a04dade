/** The languages the kit is served in; anything else falls back to English. */
export const LOCALES = ['en', 'pl', 'fr'] as const;
/**
 * The pseudo-locale, for development and tests: English accented, longer and
 * between markers, made from the English catalogs as they load (`pseudo.ts`).
 * It is no language of the kit's: LOCALES leaves it out.
 */
export const PSEUDO_LOCALE = 'en-XA';
/** A language the kit is served in. */
export type Language = (typeof LOCALES)[number];
/** What an element renders in: a language of the kit's, or the pseudo-locale. */
export type Locale = Language | typeof PSEUDO_LOCALE;
export const DEFAULT_LOCALE: Language = 'en';

/** The language a locale stands for, where only a real one will do (the backend's records): English for the pseudo-locale. */
export const languageOf = (locale: Locale): Language => (locale === PSEUDO_LOCALE ? DEFAULT_LOCALE : locale);

/** `pl-PL` -> `pl`, `FR` -> `fr`, `de` -> `en`; `en-XA` (any case) is the pseudo-locale. */
export function toLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  if (/^en[-_]xa$/i.test(tag.trim())) return PSEUDO_LOCALE;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : null;
}

/**
 * The language of a node: its own `lang`, else the nearest ancestor's (crossing
 * shadow roots to their hosts), else `<html lang>`, else the browser's
 * preferences. A `lang` that names a language the kit does not serve ends the
 * search with English: the page asked for that language, and English is the
 * fallback for it, not some other ancestor's language.
 */
export function resolveLocale(node: Node | null): Locale {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
    if (n instanceof Element) {
      const lang = n.getAttribute('lang');
      if (lang) return toLocale(lang) ?? DEFAULT_LOCALE;
    }
  }
  const root = typeof document !== 'undefined' ? document.documentElement.getAttribute('lang') : null;
  if (root) return toLocale(root) ?? DEFAULT_LOCALE;
  const preferred = typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : [];
  for (const tag of preferred) {
    const locale = toLocale(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/** The roots a node's language depends on: its own root, then each host's root up to the document. */
export function rootsOf(node: Node): Array<Document | ShadowRoot> {
  const roots: Array<Document | ShadowRoot> = [];
  for (let root = node.getRootNode(); ; ) {
    if (root instanceof ShadowRoot) {
      roots.push(root);
      root = root.host.getRootNode();
    } else {
      if (root instanceof Document) roots.push(root);
      return roots;
    }
  }
}
