// The softphone in dk-manager: a panel beside the sections, opened by a
// button under the navigation, made once and kept as the user moves between
// sections (a line online stays online), the line chosen remembered in this
// browser as the member's id only, and a ringing call opening the panel.
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/elements/manager/define.js';
import '../../../src/elements/members/define.js';
import '../../../src/elements/softphone/define.js';
import type { DkManager } from '../../../src/elements/manager/manager.js';
import type { DkSoftphone } from '../../../src/elements/softphone/softphone.js';
import { LINE_KEY } from '../../../src/elements/manager/internal/softphone-panel.js';
import { expectNoAxeViolations, find, mount, textOf } from '../../support/dom.js';
import { mockBackend, t } from '../../support/browser.js';
import { fakePhones } from './fake-phone.js';

mockBackend({ namespaces: ['manager', 'softphone', 'common', 'errors'], instant: true });

const LINKED = 'mem_020';
const until = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 20_000, interval: 20 });

afterEach(() => {
  localStorage.removeItem(LINE_KEY);
  document.body.replaceChildren();
});

async function console_(lang = 'en'): Promise<ShadowRoot> {
  const el = await mount<DkManager>(`<div lang="${lang}"><dk-manager></dk-manager></div>`, 'dk-manager');
  await find(el.shadowRoot!, 'nav');
  return el.shadowRoot!;
}

const toggle = (root: ShadowRoot) => find<HTMLButtonElement>(root, '.softphone-toggle');

describe('the softphone in dk-manager', () => {
  it('opens beside the sections, remembers the line chosen as the member id only, and stays online across sections', async () => {
    const root = await console_();
    const button = await toggle(root);
    expect(textOf(button)).toBe(t('en', 'manager:nav.softphone'));
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.click();
    const softphone = await find<DkSoftphone>(root, '#softphone-panel dk-softphone');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const select = await find<HTMLSelectElement>(softphone.shadowRoot!, '#line-choice');
    select.value = LINKED;
    select.dispatchEvent(new Event('change'));
    expect(localStorage.getItem(LINE_KEY)).toBe(LINKED);

    const made = fakePhones();
    softphone.phoneFactory = made.factory;
    (await find<HTMLButtonElement>(softphone.shadowRoot!, '[part=online-button]')).click();
    await find(softphone.shadowRoot!, '.status.online');
    await expectNoAxeViolations(root.host);

    // Another section, the panel closed: the same softphone, still online.
    (await find<HTMLButtonElement>(root, 'nav [data-section="members"]')).click();
    await find(root, '#content dk-members');
    button.click();
    await until(() => expect(root.querySelector('#softphone-panel')!.hasAttribute('hidden')).toBe(true));
    expect(root.querySelector('#softphone-panel dk-softphone')).toBe(softphone);
    expect(made.phones[0]!.stopped).toBe(false);

    // A call rings: the panel opens to show it.
    made.phones[0]!.ring({ user: '+48221234567', pageUrl: 'https://shop.example.com/' });
    await until(() => expect(root.querySelector('#softphone-panel')!.hasAttribute('hidden')).toBe(false));
    await find(softphone.shadowRoot!, '[part=answer-button]');
  });

  it('a console opened again in this browser answers the line remembered', async () => {
    localStorage.setItem(LINE_KEY, LINKED);
    const root = await console_('pl');
    (await toggle(root)).click();
    const softphone = await find<DkSoftphone>(root, '#softphone-panel dk-softphone');
    expect(softphone.member).toBe(LINKED);
    const select = await find<HTMLSelectElement>(softphone.shadowRoot!, '#line-choice');
    await until(() => expect(select.value).toBe(LINKED));
    // Only the id is kept: nothing else of the softphone in the browser's storage.
    expect(Object.keys(localStorage).filter((k) => localStorage.getItem(k)?.includes(LINKED))).toEqual([LINE_KEY]);
  });
});
