import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/elements/help-center/define.js';
import '../../../src/elements/sip-profiles/define.js';
import type { DkHelpCenter } from '../../../src/elements/help-center/help-center.js';
import type { DkHelpArticle } from '../../../src/elements/help-article/help-article.js';
import { ARTICLE_IDS, loadArticles, readArticle } from '../../../src/elements/help-article/articles.js';
import { LOCALES, type Locale } from '../../../src/i18n/locales.js';
import { deepActiveElement, expectNoAxeViolations, find, mount, norm, textOf, waitForText } from '../../support/dom.js';
import { mockBackend, t } from '../../support/browser.js';

mockBackend({ namespaces: ['help', 'common', 'errors', 'sip', 'validation'], instant: true, load: loadArticles });

async function mountCenter(locale: Locale): Promise<{ el: DkHelpCenter; root: ShadowRoot }> {
  const el = await mount<DkHelpCenter>(`<div lang="${locale}"><dk-help-center></dk-help-center></div>`, 'dk-help-center');
  await find(el.shadowRoot!, '.articles', 8000);
  return { el, root: el.shadowRoot! };
}

const shownIds = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('.articles [data-article]')].map((b) => b.dataset['article']);

async function search(root: ShadowRoot, query: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('#search')!;
  input.focus();
  input.select();
  await userEvent.keyboard(query ? query : '{Backspace}');
}

/** Per language: a word as written in an article, and the same word typed without diacritics and in capitals. */
const WORDS: Record<Exclude<Locale, 'en-XA'>, { typed: string[]; expected: string }> = {
  pl: { typed: ['rozmow', 'ROZMÓW', 'rozmów przychodzących', 'rozmow przychodzacych'], expected: 'link-sip-account' },
  fr: { typed: ['credit', 'CRÉDIT', 'acheter du credit', 'Acheter du crédit'], expected: 'buy-credit' },
  en: { typed: ['credit', 'CREDIT', 'buy credit', 'Buy Crédit'], expected: 'buy-credit' },
};

describe('dk-help-center', () => {
  for (const locale of LOCALES) {
    describe(`in ${locale}`, () => {
      it('lists every article in the language, and is axe-clean', async () => {
        const { root } = await mountCenter(locale);
        expect(shownIds(root)).toEqual([...ARTICLE_IDS]);
        for (const id of ARTICLE_IDS) expect(textOf(root)).toContain(norm(readArticle(locale, id)!.title));
        await expectNoAxeViolations(root.host);
      });

      it('finds words with or without diacritics, in any case', async () => {
        const { root } = await mountCenter(locale);
        for (const query of WORDS[locale].typed) {
          await search(root, query);
          // The search engine loads with the first search: until its answer, the whole list is still shown.
          await vi.waitFor(
            () => {
              expect(shownIds(root)).toContain(WORDS[locale].expected);
              expect(shownIds(root).length).toBeLessThan(ARTICLE_IDS.length);
            },
            { timeout: 20_000 },
          );
        }
        await waitForText(root, t(locale, 'help:center.results', { count: shownIds(root).length }));
        await expectNoAxeViolations(root.host);
      });

      it('says so when nothing matches, and shows everything again when the search is cleared', async () => {
        const { root } = await mountCenter(locale);
        await search(root, 'zzqx');
        await waitForText(root, t(locale, 'help:center.noResults', { query: 'zzqx' }));
        expect(shownIds(root)).toEqual([]);
        await expectNoAxeViolations(root.host);
        await search(root, '');
        await vi.waitFor(() => expect(shownIds(root)).toEqual([...ARTICLE_IDS]), { timeout: 20_000 });
      });

      it('opens an article by keyboard and comes back to the list with the search kept', async () => {
        const { el, root } = await mountCenter(locale);
        await search(root, WORDS[locale].typed[0]!);
        const link = await find<HTMLElement>(root, `[data-article="${WORDS[locale].expected}"]`, 8000);
        link.focus();
        await userEvent.keyboard('{Enter}');
        const article = await find<DkHelpArticle>(root, 'dk-help-article', 8000);
        expect(article.article).toBe(WORDS[locale].expected);
        await vi.waitFor(() => expect(deepActiveElement()?.id).toBe('title'), { timeout: 20_000 });
        expect(el.getAttribute('article')).toBe(WORDS[locale].expected);
        await expectNoAxeViolations(root.host);
        (root.querySelector('.back') as HTMLElement).focus();
        await userEvent.keyboard('{Enter}');
        await vi.waitFor(() => expect(deepActiveElement()?.getAttribute('data-article')).toBe(WORDS[locale].expected), { timeout: 20_000 });
        expect(root.querySelector<HTMLInputElement>('#search')!.value).toBe(WORDS[locale].typed[0]);
      });

      it('points at a control of a workflow element elsewhere on the page (“Show me”)', async () => {
        const center = await mount<DkHelpCenter>(
          `<div lang="${locale}"><dk-sip-profiles></dk-sip-profiles><dk-help-center article="link-sip-account"></dk-help-center></div>`,
          'dk-help-center',
        );
        const sip = document.querySelector('dk-sip-profiles')!;
        await find(sip.shadowRoot!, 'table', 8000);
        const article = await find<DkHelpArticle>(center.shadowRoot!, 'dk-help-article', 8000);
        await find(article.shadowRoot!, '#title', 8000);
        article.shadowRoot!.querySelector<HTMLElement>('#title')!.focus();
        const showMe = await find<HTMLElement>(article.shadowRoot!, '.show-me[data-label="sip:showProfile"]', 8000);
        showMe.focus();
        await userEvent.keyboard('{Enter}');
        const active = deepActiveElement() as HTMLElement;
        expect(active.getRootNode()).toBe(sip.shadowRoot);
        expect(active.dataset['helpLabel']).toBe('sip:showProfile');
        await expectNoAxeViolations(center);
      });
    });
  }
});
