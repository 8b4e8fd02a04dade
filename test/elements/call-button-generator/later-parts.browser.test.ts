/**
 * The generator's later parts load when the form first needs one, not at its
 * first paint. A file of its own: a page loads a module once, and this test
 * holds that load.
 */
import { describe, expect, it } from 'vitest';
import { http, passthrough } from 'msw';
import { userEvent } from 'vitest/browser';
import '../../../src/elements/call-button-generator/define.js';
import type { DkCallButtonGenerator } from '../../../src/elements/call-button-generator/call-button-generator.js';
import { deepActiveElement, expectNoAxeViolations, find, mount, tabTo } from '../../support/dom.js';
import { mockBackend, worker } from '../../support/browser.js';

mockBackend({ namespaces: ['callButtons', 'callButton', 'common', 'errors'] });

describe('dk-call-button-generator, its later parts', () => {
  it('asks for none at its first paint; the first choice that needs them shows the loading state until they come, the focus kept', async () => {
    let asked = 0;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    worker.use(
      http.get(/\/call-button-generator\/internal\/details\./, async () => {
        asked++;
        await held;
        return passthrough();
      }),
    );
    const el = await mount<DkCallButtonGenerator>(
      '<div lang="en"><dk-call-button-generator script-src="/src/elements/call-button/define.ts"></dk-call-button-generator></div>',
      'dk-call-button-generator',
    );
    const root = el.shadowRoot!;
    await find(root, '#account', 8000);
    expect(asked).toBe(0);

    await tabTo((e) => (e as HTMLInputElement).name === 'target');
    await userEvent.keyboard('{ArrowRight}');
    await find(root, '[part="loading"]');
    // The module's request reaches the worker a moment after the loading state shows.
    await expect.poll(() => asked).toBe(1);
    expect(root.querySelector('#phone')).toBeNull();
    await expectNoAxeViolations(root.host);

    release();
    const phone = await find<HTMLInputElement>(root, '#phone', 8000);
    await expect.poll(() => root.querySelector('[part="loading"]')).toBeNull();
    // The choice stays made, and the focus where it was: on it.
    expect((deepActiveElement() as HTMLInputElement).value).toBe('phone');
    await tabTo((e) => e === phone);
    await userEvent.keyboard('+48 22 123 45 67');
    await expect.poll(() => root.querySelector<HTMLTextAreaElement>('#snippet-code')?.value ?? '', { timeout: 20_000 }).toContain('tel:+48221234567');
  });
});
