/** The languages the kit is served in; anything else falls back to English. */
export const LOCALES = ['en', 'pl', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** `pl-PL` -> `pl`, `FR` -> `fr`, `de` -> `en`. */
export function toLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
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
