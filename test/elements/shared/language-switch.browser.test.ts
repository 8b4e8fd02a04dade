// A language switch renders the widgets on screen at once and the others when
// they come into view or the page is idle: every widget ends in the new
// language, none is left behind, and one shown later is right when it shows.
import { describe, expect, it } from 'vitest';
import '../../../src/elements/sip-profiles/define.js';
import '../../../src/elements/help-center/define.js';
import { find, mount } from '../../support/dom.js';
import { mockBackend, t } from '../../support/browser.js';

mockBackend({ namespaces: ['sip', 'help', 'articles', 'common', 'errors'], instant: true });

const heading = (el: Element) => el.shadowRoot?.querySelector('h2')?.textContent?.trim();

describe('a language switch', () => {
  it('renders the widget on screen, then the one below the page, which is in the new language once scrolled to', async () => {
    const page = await mount<HTMLElement>(
      '<div lang="en"><dk-help-center></dk-help-center><div style="height: 300vh"></div><dk-sip-profiles></dk-sip-profiles></div>',
      'div',
    );
    const near = page.querySelector('dk-help-center')!;
    const far = page.querySelector('dk-sip-profiles')!;
    await find(near.shadowRoot!, 'h2');
    await find(far.shadowRoot!, 'h2');
    const english = [heading(near), heading(far)];
    expect(english).toEqual([t('en', 'help:center.title'), t('en', 'sip:title')]);

    page.lang = 'pl';
    await expect.poll(() => heading(near), { timeout: 10_000 }).toBe(t('pl', 'help:center.title'));
    far.scrollIntoView();
    await expect.poll(() => heading(far), { timeout: 10_000 }).toBe(t('pl', 'sip:title'));
    window.scrollTo(0, 0);
  });

  it('leaves no widget in the old language, shown or not', async () => {
    const page = await mount<HTMLElement>(
      '<div lang="en"><dk-help-center></dk-help-center><div style="height: 300vh"></div><div hidden><dk-sip-profiles></dk-sip-profiles></div></div>',
      'div',
    );
    const hidden = page.querySelector('dk-sip-profiles')!;
    await find(hidden.shadowRoot!, 'h2');
    page.lang = 'fr';
    await expect.poll(() => heading(hidden), { timeout: 10_000 }).toBe(t('fr', 'sip:title'));
  });
});
