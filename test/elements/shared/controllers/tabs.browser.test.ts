import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deepActiveElement } from '../../../support/dom.js';
import { tabForKey } from '../../../../src/elements/shared/controllers/tabs.js';
import { host } from './support.js';

describe('tabForKey', () => {
  it('wraps with the arrows and jumps with Home and End', () => {
    const tabs = ['a', 'b', 'c'];
    expect(tabForKey(tabs, 'c', 'ArrowRight')).toBe('a');
    expect(tabForKey(tabs, 'a', 'ArrowLeft')).toBe('c');
    expect(tabForKey(tabs, 'b', 'Home')).toBe('a');
    expect(tabForKey(tabs, 'b', 'End')).toBe('c');
    expect(tabForKey(tabs, 'b', 'Enter')).toBeUndefined();
  });
});

describe('TabsController', () => {
  it('is one tab stop whose panel is labelled by the selected tab', async () => {
    const { root } = await host();
    const tabs = [...root.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map((t) => t.textContent!.trim())).toEqual(['Save', 'Cancel', 'Close']);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    expect(root.querySelector('[role="tablist"]')!.getAttribute('part')).toBe('tabs');
    const panel = root.querySelector('[role="tabpanel"]')!;
    expect(panel.id).toBe('panel-one');
    expect(panel.getAttribute('aria-labelledby')).toBe('tab-one');
    expect(tabs[0]!.getAttribute('aria-controls')).toBe('panel-one');
  });

  it('moves the selection and the focus with the arrow keys, Home and End', async () => {
    const { el, root } = await host();
    root.querySelector<HTMLElement>('#tab-one')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => deepActiveElement()?.id).toBe('tab-two');
    expect(el.tab).toBe('two');
    expect(root.querySelector('#tab-two')!.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{End}');
    await expect.poll(() => deepActiveElement()?.id).toBe('tab-three');
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => deepActiveElement()?.id).toBe('tab-one');
    await userEvent.keyboard('{ArrowLeft}');
    await expect.poll(() => el.tab).toBe('three');
    expect(root.querySelector('[role="tabpanel"]')!.textContent).toContain('three');
  });

  it('selects a tab on click', async () => {
    const { el, root } = await host();
    root.querySelector<HTMLElement>('#tab-two')!.click();
    expect(el.tab).toBe('two');
  });
});
