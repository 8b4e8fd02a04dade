import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deepActiveElement } from '../../../support/dom.js';
import { host } from './support.js';

describe('DialogController', () => {
  it('renders nothing inside the dialog while it is closed', async () => {
    const { root } = await host();
    expect(root.querySelector<HTMLDialogElement>('dialog#d')!.open).toBe(false);
    expect(root.querySelector('#first')).toBeNull();
  });

  it('opens modal with the focus on its first control, and gives it back to the opener on Escape', async () => {
    const { el, root } = await host();
    root.querySelector<HTMLButtonElement>('#opener')!.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    const dialog = root.querySelector<HTMLDialogElement>('dialog#d')!;
    expect(dialog.open).toBe(true);
    expect(dialog.matches(':modal')).toBe(true);
    expect(deepActiveElement()?.id).toBe('first');
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => dialog.open).toBe(false);
    await expect.poll(() => deepActiveElement()?.id).toBe('opener');
    expect(el.closed).toBe(1);
    expect(root.querySelector('#first')).toBeNull();
  });

  it('gives the focus to the fallback when the opener is gone', async () => {
    const { el, root } = await host();
    await el.dialog.show(root.querySelector<HTMLElement>('#opener')!);
    root.querySelector('#opener')!.remove();
    root.querySelector<HTMLButtonElement>('#d-close')!.click();
    await expect.poll(() => deepActiveElement()?.id).toBe('fallback');
  });

  it('labels the dialog by its title', async () => {
    const { el, root } = await host();
    await el.dialog.show();
    const dialog = root.querySelector<HTMLDialogElement>('dialog#d')!;
    expect(dialog.getAttribute('aria-labelledby')).toBe('d-title');
    expect(dialog.getAttribute('part')).toBe('dialog');
    expect(dialog.hasAttribute('role')).toBe(false);
  });
});
