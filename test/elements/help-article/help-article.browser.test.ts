import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/elements/help-article/define.js';
import '../../../src/elements/sip-profiles/define.js';
import type { DkHelpArticle } from '../../../src/elements/help-article/help-article.js';
import type { DkSipProfiles } from '../../../src/elements/sip-profiles/sip-profiles.js';
import { loadArticles, plainText, readArticle } from '../../../src/elements/help-article/articles.js';
import { LOCALES, type Locale } from '../../../src/i18n/locales.js';
import { deepActiveElement, expectNoAxeViolations, find, mount, named, norm, tabTo, textOf, waitForText } from '../../support/dom.js';
import { mockBackend, scenario, t } from '../../support/browser.js';

mockBackend({ namespaces: ['help', 'common', 'errors', 'sip', 'validation'], instant: true, load: loadArticles });

const WAIT = { timeout: 20_000 };

async function mountArticle(locale: Locale, id = 'link-sip-account'): Promise<{ el: DkHelpArticle; root: ShadowRoot }> {
  const el = await mount<DkHelpArticle>(`<div lang="${locale}"><dk-help-article article="${id}"></dk-help-article></div>`, 'dk-help-article');
  await find(el.shadowRoot!, '#title', 8000);
  return { el, root: el.shadowRoot! };
}

/** Types into the why box as a person would. */
async function typeComment(root: ShadowRoot, text: string): Promise<HTMLTextAreaElement> {
  const box = await find<HTMLTextAreaElement>(root, '#comment');
  box.focus();
  await userEvent.keyboard(text.replace(/[{[]/g, (c) => c + c));
  return box;
}

describe('dk-help-article', () => {
  for (const locale of LOCALES) {
    describe(`in ${locale}`, () => {
      it('reads the article in the language, with labels taken from the elements’ own keys', async () => {
        const { root } = await mountArticle(locale);
        const article = readArticle(locale, 'link-sip-account')!;
        expect(norm(root.querySelector('#title')!.textContent!)).toBe(norm(article.title));
        const steps = [...root.querySelectorAll('.steps li')];
        expect(steps).toHaveLength(article.steps.length);
        const labels = [...root.querySelectorAll('.steps .ui-label')].map((l) => norm(l.textContent!));
        for (const key of ['sip:showProfile', 'sip:addButton', 'sip:tabAccount', 'sip:extensionLabel', 'common:confirm']) {
          expect(labels).toContain(norm(t(locale, key)));
        }
        expect(textOf(steps[1]!)).toContain(norm(plainText(article.steps[1]!, (k) => t(locale, k))));
        expect(textOf(root)).toContain(norm(t(locale, 'help:wasHelpful')));
        expect(root.querySelector('.show-me')).toBeNull();
        await expectNoAxeViolations(root.host);
      });

      it('says “Yes” by keyboard: the answer is sent with the article and the language, and the reader is thanked', async () => {
        const { root } = await mountArticle(locale);
        const events: unknown[] = [];
        document.addEventListener('dk-feedback-sent', (e) => events.push(e.detail), { once: true });
        (root.querySelector('#title') as HTMLElement).focus();
        await tabTo(named(t(locale, 'common:yes')));
        await userEvent.keyboard('{Enter}');
        await waitForText(root, t(locale, 'help:thanksYes'), 8000);
        expect(scenario.backend.feedback()).toMatchObject([{ articleId: 'link-sip-account', helpful: true, comment: null, locale }]);
        expect(events).toEqual([{ articleId: 'link-sip-account', helpful: true }]);
        expect(deepActiveElement()?.id).toBe('outcome');
        await expectNoAxeViolations(root.host);
      });

      it('on “No” asks why, warns about personal information, and blocks a send until it is removed', async () => {
        const { el, root } = await mountArticle(locale, 'buy-credit');
        (root.querySelector('[data-answer="no"]') as HTMLElement).focus();
        await userEvent.keyboard('{Enter}');
        await find(root, '#comment');
        expect(deepActiveElement()?.id).toBe('comment');
        expect(textOf(root)).toContain(norm(t(locale, 'help:privacyWarning')));
        await expectNoAxeViolations(root.host);

        await typeComment(root, 'Step 2 is unclear, write to jan.kowalski@firma.pl or +48 601 234 567');
        await find(root, '#findings');
        // The guard checks each keystroke as it comes (it loads with the why box): wait for the last one.
        await waitForText(root.querySelector('#findings')!, t(locale, 'help:kinds.phone'));
        const findings = textOf(root.querySelector('#findings')!);
        expect(findings).toContain(norm(t(locale, 'help:kinds.email')));
        expect(findings).toContain(norm(t(locale, 'help:kinds.phone')));
        expect(findings).toContain('jan.kowalski@firma.pl');
        expect(root.querySelector('#comment')!.getAttribute('aria-invalid')).toBe('true');
        await expectNoAxeViolations(root.host);

        await tabTo(named(t(locale, 'help:send')));
        await userEvent.keyboard('{Enter}');
        await waitForText(root, t(locale, 'help:blocked'));
        expect(deepActiveElement()?.id).toBe('findings');
        expect(scenario.backend.feedback()).toEqual([]);
        await expectNoAxeViolations(root.host);

        // "Remove" takes each finding out of the text; then the send goes through.
        for (let i = 0; i < 2; i++) {
          const remove = await find<HTMLButtonElement>(root, '#findings button');
          remove.focus();
          await userEvent.keyboard('{Enter}');
        }
        await waitGone(root, '#findings');
        const text = (root.querySelector('#comment') as HTMLTextAreaElement).value;
        expect(text).not.toContain('@');
        expect(text).toContain('Step 2 is unclear');
        (root.querySelector('[part="send-button"]') as HTMLElement).focus();
        await userEvent.keyboard('{Enter}');
        await waitForText(root, t(locale, 'help:sent'), 8000);
        const sent = scenario.backend.feedback();
        expect(sent).toHaveLength(1);
        expect(sent[0]).toMatchObject({ articleId: 'buy-credit', helpful: false, locale });
        expect(sent[0]!.comment).not.toMatch(/@|601/);
        expect(el.feedbackState).toBe('sent');
        await expectNoAxeViolations(root.host);
      });

      it('keeps the text when the send fails, and sends it on retry', async () => {
        const { root } = await mountArticle(locale, 'reports');
        (root.querySelector('[data-answer="no"]') as HTMLElement).click();
        await typeComment(root, 'The export is missing');
        scenario.control.failNext = 1;
        (root.querySelector('[part="send-button"]') as HTMLElement).click();
        await find(root, '.alert[role="alert"]', 8000);
        expect(textOf(root)).toContain(norm(t(locale, 'help:failed')));
        expect((root.querySelector('#comment') as HTMLTextAreaElement).value).toBe('The export is missing');
        expect(scenario.backend.feedback()).toEqual([]);
        await expectNoAxeViolations(root.host);
        const retry = root.querySelector<HTMLButtonElement>('[part="send-button"]')!;
        expect(norm(retry.textContent!)).toBe(norm(t(locale, 'common:retry')));
        retry.click();
        await waitForText(root, t(locale, 'help:sent'), 8000);
        expect(scenario.backend.feedback()).toMatchObject([{ helpful: false, comment: 'The export is missing' }]);
      });

      it('opens a related article in place, and comes back', async () => {
        const { el, root } = await mountArticle(locale);
        const related = readArticle(locale, 'remove-sip-account')!;
        (root.querySelector('[data-article="remove-sip-account"]') as HTMLElement).focus();
        await userEvent.keyboard('{Enter}');
        await waitUntil(() => expect(norm(root.querySelector('#title')!.textContent!)).toBe(norm(related.title)));
        expect(el.article).toBe('remove-sip-account');
        await waitUntil(() => expect(deepActiveElement()?.id).toBe('title'));
        (root.querySelector('.back') as HTMLElement).click();
        await waitUntil(() => expect(el.article).toBe('link-sip-account'));
      });

      it('opens from a workflow element’s help button by keyboard, beside it, and “Show me” points at the control', async () => {
        const sip = await mount<DkSipProfiles>(`<div lang="${locale}"><dk-sip-profiles></dk-sip-profiles></div>`, 'dk-sip-profiles');
        const root = sip.shadowRoot!;
        await find(root, 'table', 8000);
        const help = await tabTo((el) => el.classList.contains('help-button'));
        expect(help.getAttribute('aria-expanded')).toBe('false');
        await userEvent.keyboard('{Enter}');
        const article = await find<DkHelpArticle>(root, '#help-panel dk-help-article', 8000);
        expect(article.article).toBe('link-sip-account');
        await waitUntil(() => expect(deepActiveElement()?.id).toBe('title'));
        expect(help.getAttribute('aria-expanded')).toBe('true');

        // The profile list shows "Show profile": its step offers "Show me".
        const showMe = await find<HTMLButtonElement>(article.shadowRoot!, '.show-me[data-label="sip:showProfile"]', 8000);
        expect(article.shadowRoot!.querySelector('.show-me[data-label="sip:addButton"]')).toBeNull();
        await expectNoAxeViolations(sip);
        showMe.focus();
        await userEvent.keyboard('{Enter}');
        const active = deepActiveElement() as HTMLElement;
        expect(active.dataset['helpLabel']).toBe('sip:showProfile');
        expect(active.hasAttribute('data-help-highlight')).toBe(true);
        await waitForText(article.shadowRoot!, t(locale, 'help:shown', { label: t(locale, 'sip:showProfile') }));

        // Escape in the panel closes it and returns to the help button.
        (article.shadowRoot!.querySelector('#title') as HTMLElement).focus();
        await userEvent.keyboard('{Escape}');
        await waitUntil(() => expect(root.querySelector('#help-panel')).toBeNull());
        expect(deepActiveElement()).toBe(root.querySelector('.help-button'));
      });
    });
  }
});

describe('dk-help-article, whatever the language', () => {
  it('follows a change of the page’s language without a reload, labels included', async () => {
    const { el, root } = await mountArticle('en');
    const container = el.parentElement!;
    container.setAttribute('lang', 'pl');
    await waitUntil(() => expect(norm(root.querySelector('#title')!.textContent!)).toBe(norm(readArticle('pl', 'link-sip-account')!.title)));
    expect([...root.querySelectorAll('.ui-label')].map((l) => norm(l.textContent!))).toContain(norm(t('pl', 'sip:showProfile')));
    container.setAttribute('lang', 'fr');
    await waitUntil(() => expect(norm(root.querySelector('#title')!.textContent!)).toBe(norm(readArticle('fr', 'link-sip-account')!.title)));
  });

  it('says so, in the language, when the article does not exist', async () => {
    const el = await mount<DkHelpArticle>('<div lang="fr"><dk-help-article article="no-such-article"></dk-help-article></div>', 'dk-help-article');
    await waitForText(el.shadowRoot!, t('fr', 'help:notFound'), 8000);
    await expectNoAxeViolations(el);
  });
});

async function waitUntil(check: () => void): Promise<void> {
  await vi.waitFor(check, { ...WAIT, interval: 20 });
}

async function waitGone(root: ShadowRoot, selector: string): Promise<void> {
  await waitUntil(() => expect(root.querySelector(selector)).toBeNull());
}
