/**
 * The demo intranet page's own behaviour, apart from starting the mock
 * backend and the kit (`main.ts`), so that it can be tested: the language
 * switch, which works from the first moment and is never undone by the page
 * finishing to load, and the page shown, whose widgets exist only while it is.
 */
import { i18n, translate } from '../../src/i18n/i18n.js';
import { PSEUDO_LOCALE } from '../../src/i18n/locales.js';
import { pseudoCatalog } from '../../src/i18n/pseudo.js';
import { toLocale, type Locale } from '../../src/i18n/locales.js';

export type DemoPage = 'console' | 'widgets';

export interface DemoOptions {
  /** The address's search parameters: `page`, `scenario`, `lang`. */
  params: URLSearchParams;
  /** Where the chosen language is kept between visits. */
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  /** The browser's language, when nothing was chosen yet. */
  preferred?: string;
  /** Starts the backend and registers the kit; the language switch works meanwhile. */
  start: () => Promise<void>;
}

const STORED = 'dialkit-demo-lang';

// The page's own texts (locales/<language>/demo.json), which are no part of the kit.
const demoTexts = import.meta.glob<{ default: Record<string, string> }>('../../locales/*/demo.json', { eager: true });
for (const [path, module] of Object.entries(demoTexts)) {
  const language = path.split('/').at(-2)!;
  i18n.addResourceBundle(language, 'demo', module.default);
  // The pseudo-locale covers the page too, so a text it misses stands out on the kit's side only.
  if (language === 'en') i18n.addResourceBundle(PSEUDO_LOCALE, 'demo', pseudoCatalog(module.default));
}

/** The page the address asks for. */
export const pageOf = (params: URLSearchParams): DemoPage => (params.get('page') === 'widgets' ? 'widgets' : 'console');

/**
 * Runs the demo page in `doc`: the language switch first (a choice made
 * while the rest loads stands), then `start`, then the page asked for.
 */
export async function startDemo(doc: Document, options: DemoOptions): Promise<void> {
  const { params, storage } = options;
  const select = doc.querySelector<HTMLSelectElement>('#language')!;
  const apply = (locale: Locale): void => {
    select.value = locale;
    storage.setItem(STORED, locale);
    setLanguage(doc, locale);
  };
  select.addEventListener('change', () => apply(toLocale(select.value) ?? 'en'));
  apply(toLocale(params.get('lang') ?? storage.getItem(STORED) ?? options.preferred) ?? 'en');

  await options.start();
  showPage(doc, pageOf(params), params);
}

/** The page in `locale`: `<html lang>`, which every widget follows, and the page's own texts. */
export function setLanguage(doc: Document, locale: Locale): void {
  doc.documentElement.lang = locale;
  for (const el of doc.querySelectorAll<HTMLElement>('[data-text]')) {
    el.textContent = translate(locale, `demo:${el.dataset['text']}`);
  }
  for (const el of doc.querySelectorAll<HTMLElement>('[data-label]')) {
    el.setAttribute(el.tagName === 'IFRAME' ? 'title' : 'aria-label', translate(locale, `demo:${el.dataset['label']}`));
  }
  doc.title = translate(locale, 'demo:title');
}

/**
 * Shows one page of the intranet. A page's widgets are kept in a
 * `<template data-page-template>` until it is shown: a hidden page would
 * still load its data, and report its failures to nobody. Links keep the
 * chosen scenario.
 */
export function showPage(doc: Document, page: DemoPage, params: URLSearchParams): void {
  for (const main of doc.querySelectorAll<HTMLElement>('[data-page-content]')) {
    const shown = main.dataset['pageContent'] === page;
    main.hidden = !shown;
    const template = main.querySelector<HTMLTemplateElement>(':scope > template[data-page-template]');
    if (shown && template) {
      const content = template.content.cloneNode(true);
      template.replaceWith(content);
      // The texts just made follow the language already chosen.
      const locale = toLocale(doc.documentElement.lang);
      if (locale) setLanguage(doc, locale);
    }
  }
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('[data-page]')) {
    if (link.dataset['page'] === page) link.setAttribute('aria-current', 'page');
    if (params.has('scenario')) {
      const url = new URL(link.href);
      url.searchParams.set('scenario', params.get('scenario')!);
      link.href = url.href;
    }
  }
}

/**
 * Without a SIP server, says so where calls are made and answered, with the
 * command that installs one (`install`); with one (null), says nothing.
 */
export function showSipNotice(doc: Document, install: string | null): void {
  for (const notice of doc.querySelectorAll<HTMLElement>('[data-sip-missing]')) {
    notice.hidden = install === null;
    notice.querySelector('[data-sip-install]')!.textContent = install ?? '';
  }
}
