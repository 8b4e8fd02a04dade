import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../src/elements/members/define.js';
import type { DkMembers } from '../../../src/elements/members/members.js';
import type { Locale } from '../../../src/i18n/locales.js';
import { deepActiveElement, find, mount, PATIENCE, tabTo, textOf } from '../../support/dom.js';
import { mockBackend, scenario, t } from '../../support/browser.js';
import { clippedText, describeElements } from '../../support/layout.js';

mockBackend({ namespaces: ['members', 'common', 'errors', 'validation'], instant: true });

const WAIT = { timeout: PATIENCE, interval: 25 };

const memberCount = (): number => scenario.backend.listMembers({ limit: 1 }).body.total;

/** dk-members in `locale`, optionally under a spacer taller than the window (the list off-screen). */
async function mountMembers(locale: Locale, below = false): Promise<{ el: DkMembers; root: ShadowRoot; grid: HTMLElement }> {
  const spacer = below ? '<div class="spacer" style="height: 3000px"></div>' : '';
  const el = await mount<DkMembers>(`<div lang="${locale}">${spacer}<dk-members></dk-members></div>`, 'dk-members');
  const root = el.shadowRoot!;
  const grid = await find<HTMLElement>(root, '[role="grid"]');
  await vi.waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe(String(memberCount() + 1)), WAIT);
  return { el, root, grid };
}

/** The nodes axe's `scrollable-region-focusable` rule finds: a region that scrolls with nothing in it to focus. */
async function unfocusableScrollers(el: Element): Promise<string[]> {
  const result = await axe.run(el, { runOnly: ['scrollable-region-focusable'], resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' > ')));
}

const rowOf = (el: Element | null): number => Number(el?.closest<HTMLElement>('[data-row]')?.dataset['row'] ?? -1);

describe('the member grid', () => {
  it('off-screen at 320 px, is reachable by Tab and a row is managed by keyboard, and axe finds no scroller without a tab stop', async () => {
    await page.viewport(320, 640);
    const { root, grid } = await mountMembers('en', true);
    expect(grid.getBoundingClientRect().top).toBeGreaterThan(window.innerHeight);
    // The first rows are in the page though nobody scrolled to them.
    await vi.waitFor(() => expect(root.querySelector('[role="row"][data-row="0"]')).not.toBeNull(), WAIT);
    expect(await unfocusableScrollers(root.host)).toEqual([]);

    // Tab from the top of the page reaches the grid's tab stop, End goes to the row's Manage button, Enter opens its member.
    const cell = await tabTo((e) => e.closest('[role="row"][data-row]') !== null, 60);
    expect(rowOf(cell)).toBe(0);
    await userEvent.keyboard('{End}');
    const manage = t('en', 'members:actions.manage');
    await vi.waitFor(() => expect(textOf(deepActiveElement()!)).toBe(manage), WAIT);
    const member = scenario.backend.getMember(deepActiveElement()!.getAttribute('data-member')!).body;
    await userEvent.keyboard('{Enter}');
    const dialog = await find<HTMLDialogElement>(root, '#member-dialog[open]');
    expect(textOf(dialog)).toContain(member.displayName);
  });

  it('scrolled away from the row holding its tab stop, is still entered by Tab, at a row in view', async () => {
    await page.viewport(1280, 800);
    const { root } = await mountMembers('en');
    const scroller = await find<HTMLElement>(root, '#scroller');
    await vi.waitFor(() => expect(root.querySelector('[role="row"][data-row="0"]')).not.toBeNull(), WAIT);
    // Scrolled to the end of the list, as with a mouse wheel: the first row leaves the page.
    await vi.waitFor(() => {
      scroller.scrollTop = scroller.scrollHeight;
      expect(root.querySelector('[role="row"][data-row="0"]')).toBeNull();
    }, WAIT);
    expect(await unfocusableScrollers(root.host)).toEqual([]);

    root.querySelector<HTMLElement>('#search')!.focus();
    const entered = await tabTo((e) => e.closest('[role="row"][data-row]') !== null);
    const box = scroller.getBoundingClientRect();
    const row = entered.closest('[data-row]')!.getBoundingClientRect();
    expect(rowOf(entered)).toBeGreaterThan(0);
    expect(row.bottom).toBeGreaterThan(box.top);
    expect(row.top).toBeLessThan(box.bottom);
  });

  it('fits its rows in its width down to 50rem (the account and groups under the name and department below 64rem), and below it scrolls header and rows together', async () => {
    await page.viewport(1280, 800);
    const { el, root, grid } = await mountMembers('pl');
    const wrap = root.querySelector<HTMLElement>('.grid-wrap')!;
    // 1,040 px: wider than 64rem (1,024 px) but narrower than the columns' least widths used to add up to (1,084 px).
    for (const width of [1040, 1280]) {
      el.style.width = `${width}px`;
      await vi.waitFor(() => expect(grid.getBoundingClientRect().width).toBeLessThanOrEqual(width), WAIT);
      await el.updateComplete;
      expect(grid.scrollWidth, `grid at ${width} px`).toBeLessThanOrEqual(grid.clientWidth);
      for (const row of grid.querySelectorAll<HTMLElement>('[role="row"]')) expect(row.scrollWidth).toBeLessThanOrEqual(grid.clientWidth);
      expect(wrap.scrollWidth).toBeLessThanOrEqual(wrap.clientWidth);
    }
    // 860 px, the console's main column at 1,280: the account name under the name, the groups under the department.
    el.style.width = '860px';
    await vi.waitFor(() => expect(wrap.scrollWidth).toBeLessThanOrEqual(wrap.clientWidth), WAIT);
    expect(grid.scrollWidth).toBeLessThanOrEqual(grid.clientWidth);
    const row = grid.querySelector<HTMLElement>('[role="row"][data-row="0"]')!;
    const [, name, account, unit, groups, , , , actions] = [...row.children].map((c) => c.getBoundingClientRect());
    expect(Math.abs(account!.left - name!.left)).toBeLessThanOrEqual(1);
    expect(account!.top).toBeGreaterThanOrEqual(name!.bottom - 1);
    expect(Math.abs(groups!.left - unit!.left)).toBeLessThanOrEqual(1);
    expect(actions!.right).toBeLessThanOrEqual(grid.getBoundingClientRect().right);
    el.style.width = '600px';
    await vi.waitFor(() => expect(wrap.scrollWidth).toBeGreaterThan(wrap.clientWidth), WAIT);
    expect(grid.scrollWidth).toBeLessThanOrEqual(grid.clientWidth);
  });

  for (const locale of ['fr', 'pl'] as const) {
    for (const width of [1280, 320]) {
      it(`in ${locale} at ${width} px, cuts off no text: names, groups, role badges and column headers wrap`, async () => {
        await page.viewport(width, 800);
        const { root, grid } = await mountMembers(locale);
        await vi.waitFor(() => expect(root.querySelector('[role="row"][data-row] .badge.admin')).not.toBeNull(), WAIT);
        const clipped = clippedText(grid);
        expect(describeElements(clipped)).toEqual([]);
        const badge = root.querySelector<HTMLElement>('.badge.admin')!;
        expect(textOf(badge)).toBe(t(locale, 'members:roles.admin'));
        const cell = badge.closest('.cell')!.getBoundingClientRect();
        expect(badge.getBoundingClientRect().right).toBeLessThanOrEqual(cell.right + 1);
      });
    }
  }
});
