/**
 * Every element, in each of its states (loading, error, empty, content, and
 * the dialogs and tabs its content opens), at 320 and 1280 CSS pixels, in the
 * pseudo-locale `en-XA` and in the kit's three languages:
 *
 * - axe finds nothing (WCAG 2.2 AA), in every language;
 * - in `en-XA` (every word accented and about 40% longer), no text is cut
 *   off without a way to read it, the page does not scroll sideways, and
 *   every string shown comes from the catalogs (no plain letters left, but
 *   the backend's data and what Intl writes).
 *
 * One element per width is placed once per state, and its language switched
 * on its ancestor: an element follows a new `lang` without reloading.
 */
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { http, delay } from 'msw';
import { page } from 'vitest/browser';
import '../../src/all.js';
import { LOCALES, PSEUDO_LOCALE, type Locale } from '../../src/i18n/locales.js';
import { PATIENCE, find } from '../support/dom.js';
import { mockBackend, use, worker } from '../support/browser.js';
import { clippedText, deepElements, describeElements, sidewaysScroll } from '../support/layout.js';
import { ELEMENTS, type ElementCase } from './elements.js';
import { collectBackendData, unmarkedText } from './unmarked.js';

mockBackend({ namespaces: ['common', 'errors'], instant: true });
collectBackendData();

const WIDTHS = [320, 1280] as const;
const WAIT = { timeout: PATIENCE, interval: 25 };
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** A state of an element: how to bring it about, and what shows once it is there. */
interface State {
  name: string;
  /** Sets up the backend for it. */
  backend: () => void;
  attributes?: Record<string, string>;
  /** Buttons to press in turn once `after` shows (selectors in the element's shadow root). */
  press?: readonly string[];
  after?: string;
  /** A selector in the element's shadow root (or in the shadow root of `within`); for a view, the part axe looks at. */
  shows: string;
  within?: string;
}

function statesOf(c: ElementCase): State[] {
  const states: State[] = [];
  if (c.loads) {
    states.push({ name: 'loading', backend: () => worker.use(http.all('*/api/*', () => delay('infinite'))), shows: '[part="loading"]' });
    states.push({ name: 'error', backend: () => use('failing'), shows: '[part="retry-button"]' });
  }
  if (c.empty) {
    const { scenario, attributes } = c.empty;
    states.push({ name: 'empty', backend: () => use(scenario), attributes, shows: '[part="empty"]' });
  }
  states.push({ name: 'content', backend: () => use('default'), shows: c.content });
  for (const { name, press, shows, within } of c.views ?? []) {
    states.push({ name, backend: () => use('default'), after: c.content, press, shows, within });
  }
  return states;
}

/** Every dk-* element in the host's tree, the host first. */
const kitElements = (host: Element): Element[] =>
  [host, ...deepElements(host.shadowRoot!)].filter((el) => el.localName.startsWith('dk-'));

/** Waits until every element of the kit in the tree renders in `locale`. */
async function rendersIn(host: Element, locale: Locale): Promise<void> {
  await vi.waitFor(async () => {
    for (const el of kitElements(host)) {
      const i18n = (el as unknown as { i18n?: { locale: Locale; ready: Promise<void> } }).i18n;
      if (!i18n) continue;
      await i18n.ready;
      expect(i18n.locale, el.localName).toBe(locale);
      await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
    }
  }, WAIT);
}

/*
 * The checks are soft: a failure is reported and the walk goes on, so one run
 * lists every problem of every state and language.
 */

/** Axe over the host, or over one part of its shadow root (what a view opened: the rest was checked with the content). */
async function expectAxeClean(host: Element, where: string, part?: string): Promise<void> {
  const context = part ? { include: [{ fromShadowDom: [host.localName, part] }] } : host;
  const result = await axe.run(context as axe.ElementContext, { runOnly: { type: 'tag', values: WCAG_22_AA }, resultTypes: ['violations'] });
  const violations = result.violations.map((v) => `${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' > ')).join('\n    ')}`);
  expect.soft(violations, `${where}\n  ${violations.join('\n  ')}`).toEqual([]);
}

/** The pseudo-locale's own checks: nothing unmarked, nothing cut off, no sideways scroll. */
async function expectFitsAndMarked(host: Element, where: string): Promise<void> {
  // Waited for: a nested element (the call button's preview) may follow the language a moment later.
  let unmarked: string[] = [];
  await vi
    .waitFor(() => {
      unmarked = unmarkedText(host);
      if (unmarked.length > 0) throw new Error('unmarked strings');
    }, WAIT)
    .catch(() => undefined);
  expect.soft(unmarked, `${where}: unmarked strings`).toEqual([]);
  expect.soft(describeElements(clippedText(host.shadowRoot!)), `${where}: text cut off`).toEqual([]);
  expect.soft(sidewaysScroll(), `${where}: the page scrolls sideways`).toBe(0);
}

/** Places the element as a page would, inside an ancestor carrying the language. */
function place(c: ElementCase, locale: Locale, attributes?: Record<string, string>): { el: HTMLElement; parent: HTMLElement } {
  document.body.replaceChildren();
  const parent = document.createElement('div');
  parent.lang = locale;
  const el = document.createElement(c.tag);
  for (const [name, value] of Object.entries({ ...c.attributes, ...attributes })) el.setAttribute(name, value);
  if (c.children) el.innerHTML = c.children; // fixed test markup from the table
  parent.append(el);
  document.body.append(parent);
  return { el, parent };
}

describe.each(ELEMENTS.map((c) => [c.tag, c] as const))('%s', (_tag, c) => {
  for (const width of WIDTHS) {
    it(`in every state, at ${width} px: fits and is marked in ${PSEUDO_LOCALE}, and axe finds nothing in ${PSEUDO_LOCALE}, ${LOCALES.join(', ')}`, async () => {
      await page.viewport(width, 800);
      for (const state of statesOf(c)) {
        state.backend();
        const { el, parent } = place(c, PSEUDO_LOCALE, state.attributes);
        const root = el.shadowRoot!;
        if (state.after) await find(root, state.after);
        for (const button of state.press ?? []) (await find(root, button)).click();
        if (state.within) await find((await find(root, state.within)).shadowRoot!, state.shows);
        else await find(root, state.shows);
        for (const locale of [PSEUDO_LOCALE, ...LOCALES] as const) {
          parent.lang = locale;
          await rendersIn(el, locale);
          const where = `${c.tag} ${state.name} at ${width} px in ${locale}`;
          if (locale === PSEUDO_LOCALE) await expectFitsAndMarked(el, where);
          await expectAxeClean(el, where, state.press && (state.within ?? state.shows));
        }
      }
      document.body.replaceChildren();
      // Every state in four languages: minutes on a machine shared with another run, an upper bound only.
    }, 240_000);
  }
});
