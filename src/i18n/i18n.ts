import { createInstance, type i18n as I18n, type TOptions } from 'i18next';
import { DEFAULT_LOCALE, LOCALES, PSEUDO_LOCALE, type Locale } from './locales.js';
import { reimportable } from '../core/reimport.js';

/**
 * The kit's own i18next instance: never the host page's global one, so a page
 * that uses i18next itself cannot collide with the kit.
 */
export const i18n: I18n = createInstance();

void i18n.init({
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES, PSEUDO_LOCALE],
  ns: [],
  defaultNS: 'common',
  resources: {},
  partialBundledLanguages: true,
  initAsync: false,
  returnNull: false,
  // Lit renders every value as text, so i18next must not escape it a second time.
  interpolation: { escapeValue: false },
});

/**
 * Each catalog is its own chunk, fetched the first time a locale needs it.
 * The demo page's own texts (`demo.json`) live beside the kit's but are not
 * part of the product: the demo adds them itself. The call panel's
 * (`callPanel.json`) are built into each language's panel, never read here.
 */
const files = import.meta.glob<{ default: Record<string, unknown> }>(['./*/*.json', '!./*/demo.json', '!./*/callPanel.json'], { base: '../../locales/' });
/** Each catalog's import, which a failed fetch tries again (core/reimport.ts). */
const catalogs = Object.fromEntries(Object.entries(files).map(([path, load]) => [path, reimportable(load)]));
const loadPseudo = reimportable(() => import('./pseudo.js'));
const pending = new Map<string, Promise<void>>();

function loadOne(locale: Locale, namespace: string): Promise<void> {
  const key = `${locale}/${namespace}`;
  let promise = pending.get(key);
  if (!promise) {
    // The pseudo-locale is made from the English catalog, by a module loaded only for it.
    const pseudo = locale === PSEUDO_LOCALE;
    const load = catalogs[`./${pseudo ? DEFAULT_LOCALE : locale}/${namespace}.json`];
    if (!load) throw new Error(`No catalog locales/${key}.json`);
    promise = Promise.all([load(), pseudo ? loadPseudo() : undefined]).then(([module, make]) => {
      i18n.addResourceBundle(locale, namespace, make ? make.pseudoCatalog(module.default) : module.default, true, true);
    });
    promise.catch(() => pending.delete(key));
    pending.set(key, promise);
  }
  return promise;
}

/** Loads the namespaces for a locale and for the English fallback. */
export async function loadCatalogs(locale: Locale, namespaces: readonly string[]): Promise<void> {
  const locales = locale === DEFAULT_LOCALE ? [locale] : [locale, DEFAULT_LOCALE];
  await Promise.all(locales.flatMap((l) => namespaces.map((ns) => loadOne(l, ns))));
}

export function isLoaded(locale: Locale, namespaces: readonly string[]): boolean {
  return namespaces.every((ns) => i18n.hasResourceBundle(locale, ns));
}

/**
 * Texts without variables, by locale, namespace and key: most of what a
 * render asks for, and i18next resolves each one anew (several microseconds:
 * fallbacks, nesting, interpolation), which a language switch on a page of
 * widgets pays thousands of times. Emptied whenever a catalog is added.
 */
const plain = new Map<string, string>();
i18n.store.on('added', () => plain.clear());
i18n.store.on('removed', () => plain.clear());

/** Translates a `namespace:key` in a given locale. */
export function translate(locale: Locale, key: string, options: TOptions = {}): string {
  let only: string | undefined;
  for (const name in options) {
    if (name !== 'ns' || only !== undefined) return i18n.t(key, { ...options, lng: locale }) as string;
    only = name;
  }
  const id = `${locale}\u0000${(options.ns as string | undefined) ?? ''}\u0000${key}`;
  let text = plain.get(id);
  if (text === undefined) {
    text = i18n.t(key, { ...options, lng: locale }) as string;
    plain.set(id, text);
  }
  return text;
}

/** Every namespace that has a catalog, from the files present. */
export const NAMESPACES: readonly string[] = [
  ...new Set(Object.keys(catalogs).map((path) => path.replace(/^.*\/([^/]+)\.json$/, '$1'))),
];
