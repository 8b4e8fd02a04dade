import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/elements/help-article/define.js';
import '../../../src/elements/help-center/define.js';
import '../../../src/elements/sip-profiles/define.js';
import type { DkHelpArticle } from '../../../src/elements/help-article/help-article.js';
import type { DkSipProfiles } from '../../../src/elements/sip-profiles/sip-profiles.js';
import { loadArticles } from '../../../src/elements/help-article/articles.js';
import { deepActiveElement, find, mount, tabTo } from '../../support/dom.js';
import { mockBackend } from '../../support/browser.js';

mockBackend({ namespaces: ['help', 'common', 'errors', 'sip', 'validation'], instant: true, load: loadArticles });

const WAIT = { timeout: 20_000, interval: 20 };

/** Every `dk-help-show` the page can see: at the document, in both phases. */
function countAtDocument(): { bubbling: unknown[]; capturing: unknown[]; stop: () => void } {
  const bubbling: unknown[] = [];
  const capturing: unknown[] = [];
  const onBubble = (e: Event): void => void bubbling.push((e as CustomEvent).detail);
  const onCapture = (e: Event): void => void capturing.push((e as CustomEvent).detail);
  document.addEventListener('dk-help-show', onBubble);
  document.addEventListener('dk-help-show', onCapture, { capture: true });
  return {
    bubbling,
    capturing,
    stop: () => {
      document.removeEventListener('dk-help-show', onBubble);
      document.removeEventListener('dk-help-show', onCapture, { capture: true });
    },
  };
}

describe('“Show me” in a help article', () => {
  it('sends the page one dk-help-show per click, and none while finding which steps offer it', async () => {
    const sip = await mount<DkSipProfiles>('<div lang="en"><dk-sip-profiles></dk-sip-profiles></div>', 'dk-sip-profiles');
    const root = sip.shadowRoot!;
    await find(root, 'table', 8000);
    const heard = countAtDocument();
    try {
      await tabTo((el) => el.classList.contains('help-button'));
      await userEvent.keyboard('{Enter}');
      const article = await find<DkHelpArticle>(root, '#help-panel dk-help-article', 8000);
      // The article found the profile list's "Show profile" button on the page.
      const showMe = await find<HTMLButtonElement>(article.shadowRoot!, '.show-me[data-label="sip:showProfile"]', 8000);
      // Coming back to the article (pointer, focus) looks again, still without telling the page.
      await userEvent.hover(showMe);
      (article.shadowRoot!.querySelector('#title') as HTMLElement).focus();
      expect(heard.capturing).toEqual([]);

      await userEvent.click(showMe);
      await vi.waitFor(() => expect((deepActiveElement() as HTMLElement | null)?.dataset['helpLabel']).toBe('sip:showProfile'), WAIT);
      expect(heard.bubbling).toEqual([{ label: 'sip:showProfile', article: 'link-sip-account' }]);
      expect(heard.capturing).toHaveLength(1);
    } finally {
      heard.stop();
    }
  });

  it('points at a control in another element of the page with that one event, which the page may answer instead', async () => {
    await mount(
      '<div lang="en"><dk-sip-profiles></dk-sip-profiles><dk-help-center article="link-sip-account"></dk-help-center></div>',
      'dk-help-center',
    );
    const sip = document.querySelector('dk-sip-profiles')!;
    await find(sip.shadowRoot!, 'table', 8000);
    const center = document.querySelector('dk-help-center')!;
    const article = await find<DkHelpArticle>(center.shadowRoot!, 'dk-help-article', 8000);
    await find(article.shadowRoot!, '#title', 8000);
    const heard = countAtDocument();
    try {
      // The reader comes to the article once the profiles are listed: it looks again.
      article.shadowRoot!.querySelector<HTMLElement>('#title')!.focus();
      const showMe = await find<HTMLButtonElement>(article.shadowRoot!, '.show-me[data-label="sip:showProfile"]', 8000);
      await userEvent.click(showMe);
      await vi.waitFor(() => expect((deepActiveElement() as HTMLElement | null)?.dataset['helpLabel']).toBe('sip:showProfile'), WAIT);
      expect(deepActiveElement()!.getRootNode()).toBe(sip.shadowRoot);
      expect(heard.capturing).toEqual([{ label: 'sip:showProfile', article: 'link-sip-account' }]);

      // A page that answers the event itself (it cancels it) is left to point.
      (document.activeElement as HTMLElement | null)?.blur();
      const answer = (e: Event): void => e.preventDefault();
      document.addEventListener('dk-help-show', answer, { once: true });
      await userEvent.click(showMe);
      await vi.waitFor(() => expect(heard.capturing).toHaveLength(2), WAIT);
      expect((deepActiveElement() as HTMLElement | null)?.dataset['helpLabel']).not.toBe('sip:showProfile');
    } finally {
      heard.stop();
    }
  });
});
