import { describe, expect, it } from 'vitest';
import { host } from './support.js';

describe('renderTask', () => {
  it('shows loading, then the value; keeps the value through a reload and under a failed one; retries', async () => {
    const { el, root } = await host();
    const read = root.querySelector('#read')!;
    expect(read.querySelector('[part="loading"]')).not.toBeNull();
    el.answer!({ ok: true, data: 'first' });
    await expect.poll(() => read.querySelector('.value')?.textContent).toBe('first');
    const shown = read.querySelector('.value');

    void el.read.run();
    await el.updateComplete;
    // Reloading: the value stays, the same node, and no loading state pushes it down.
    expect(read.querySelector('.value')).toBe(shown);
    expect(read.querySelector('[part="loading"]')).toBeNull();

    el.answer!({ ok: false, error: { code: 'network', message: 'down' } });
    await expect.poll(() => read.querySelector('[part="error"]')).not.toBeNull();
    expect(read.querySelector('.value')?.textContent).toBe('first');
    expect(read.querySelector('[part="error"]')!.getAttribute('role')).toBe('alert');

    read.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    el.answer!({ ok: true, data: 'second' });
    await expect.poll(() => read.querySelector('.value')?.textContent).toBe('second');
    expect(read.querySelector('[part="error"]')).toBeNull();
  });

  it('shows the error and its retry when the first read fails', async () => {
    const { el, root } = await host();
    const read = root.querySelector('#read')!;
    el.answer!({ ok: false, error: { code: 'internal', message: 'x' } });
    await expect.poll(() => read.querySelector('[part="error"]')).not.toBeNull();
    expect(read.querySelector('.value')).toBeNull();
  });
});
