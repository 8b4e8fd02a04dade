// The generator reads phone numbers with libphonenumber's metadata in parts
// (src/elements/call-button-generator/phone.ts): a part that fails to load
// says so, with a Retry that loads it, and the number typed meanwhile is
// checked once it comes.
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { http, HttpResponse, passthrough } from 'msw';
import '../../../src/elements/call-button-generator/define.js';
import type { DkCallButtonGenerator } from '../../../src/elements/call-button-generator/call-button-generator.js';
import { find, mount, PATIENCE, tabTo, textOf, waitForText } from '../../support/dom.js';
import { mockBackend, t, worker } from '../../support/browser.js';

mockBackend({ namespaces: ['callButtons', 'callButton', 'common', 'errors'] });

describe('the generator’s phone checks, loaded in parts', () => {
  it('show a part that failed to load, load it with Retry, and then check the number typed', async () => {
    // France's part (calling codes starting with 3) fails once.
    let fetches = 0;
    worker.use(http.get(/phone-metadata\/3(\?|$)/, () => (++fetches === 1 ? HttpResponse.error() : passthrough())));
    const el = await mount<DkCallButtonGenerator>(
      `<div lang="en"><dk-call-button-generator script-src="/src/elements/call-button/define.ts"></dk-call-button-generator></div>`,
      'dk-call-button-generator',
    );
    const root = el.shadowRoot!;
    await find(root, '#account', 8000);
    await tabTo((e) => (e as HTMLInputElement).name === 'target');
    await userEvent.keyboard('{ArrowRight}');
    const country = await find<HTMLSelectElement>(root, '#country');
    // Every country is listed once the checks' code is in (the country in force alone until then).
    await vi.waitFor(() => expect(country.querySelector('option[value="FR"]')).not.toBeNull(), { timeout: PATIENCE, interval: 50 });
    country.value = 'FR';
    country.dispatchEvent(new Event('change'));
    await tabTo((e) => e.id === 'phone');
    await userEvent.keyboard('01 23 45 67 89');
    const retry = await vi.waitFor(
      () => {
        const button = [...root.querySelectorAll('button')].find((b) => textOf(b) === t('en', 'common:retry'));
        if (!button) throw new Error('no Retry');
        return button;
      },
      { timeout: PATIENCE, interval: 50 },
    );
    expect(fetches).toBe(1);
    // What was typed stays, unchecked meanwhile.
    expect((root.querySelector('#phone') as HTMLInputElement).value).toBe('01 23 45 67 89');
    retry.click();
    await waitForText(root, t('en', 'callButtons:phone.formatted', { number: '+33 1 23 45 67 89' }));
    expect(fetches).toBe(2);
  });
});
