import { describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import '../../../src/elements/members/define.js';
import '../../../src/elements/features/define.js';
import '../../../src/elements/reports/define.js';
import { find, mount } from '../../support/dom.js';
import { mockBackend } from '../../support/browser.js';
import { sidewaysScroll } from '../../support/layout.js';

mockBackend({ namespaces: ['members', 'features', 'reports', 'common', 'errors', 'validation'], instant: true });

const WAIT = { timeout: 20_000, interval: 25 };

/**
 * Reflow (WCAG 1.4.10): at 320 and 360 CSS pixels the page never scrolls
 * sideways. A wide table scrolls in its own wrapper; the text hidden for
 * screen readers in its headers (absolutely positioned) must not escape that
 * wrapper and widen the page. French, whose words are the longest.
 */
describe('reflow', () => {
  for (const width of [320, 360]) {
    for (const tag of ['dk-members', 'dk-features', 'dk-reports']) {
      it(`${tag} in French at ${width} px does not make the page scroll sideways`, async () => {
        await page.viewport(width, 800);
        const el = await mount<HTMLElement>(`<div lang="fr"><${tag}></${tag}></div>`, tag);
        const root = el.shadowRoot!;
        // Its content, with the wide table or grid, not a loading state.
        await find(root, 'table, [role="grid"] [role="row"][data-row]');
        await vi.waitFor(() => expect(root.querySelector('[part="loading"]')).toBeNull(), WAIT);
        expect(root.querySelector('.visually-hidden'), 'a header hidden for screen readers is in the page').not.toBeNull();
        expect(sidewaysScroll()).toBe(0);
      });
    }
  }
});
