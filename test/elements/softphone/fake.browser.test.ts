// dk-softphone with a fake phone (fake-phone.ts): what a real SIP server
// cannot be made to do on demand: a refused or missing microphone, credentials
// about to expire, two calls at once; and the line chooser, the backend's
// refusals and the day's callback requests.
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/elements/softphone/define.js';
import type { DkSoftphone } from '../../../src/elements/softphone/softphone.js';
import { createScenario } from '../../../mocks/scenarios.js';
import { deepActiveElement, expectNoAxeViolations, find, mount, named, norm, tabTo, textOf, waitForText } from '../../support/dom.js';
import { eventsAtDocument, mockBackend, scenario, t, use } from '../../support/browser.js';
import { fakePhones, type FakeOptions } from './fake-phone.js';

mockBackend({ namespaces: ['softphone', 'common', 'errors'], instant: true });

const LANGUAGES = ['en', 'pl', 'fr'] as const;
/** A member linked to the seed's profile that takes web calls (Centrala Warszawa). */
const LINKED = 'mem_020';
const until = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 20_000, interval: 20 });

async function mountSoftphone(lang: string, fake: FakeOptions = {}, attributes = `member="${LINKED}"`) {
  const el = await mount<DkSoftphone>(`<div lang="${lang}"><dk-softphone ${attributes}></dk-softphone></div>`, 'dk-softphone');
  const made = fakePhones(fake);
  el.phoneFactory = made.factory;
  const root = el.shadowRoot!;
  await find(root, '[part=online-button]');
  return { el, root, phones: made.phones };
}

const goOnline = async (root: ShadowRoot) => (await find<HTMLButtonElement>(root, '[part=online-button]')).click();

describe('dk-softphone, with a fake phone', () => {
  for (const lang of LANGUAGES) {
    it(`in ${lang}: a refused microphone is said, with Retry, and nothing registers`, async () => {
      const { root, phones } = await mountSoftphone(lang, { microphone: 'refused' });
      await goOnline(root);
      await waitForText(root, t(lang, 'softphone:failure.microphone_refused'));
      expect(root.querySelector('[part=failure]')!.getAttribute('role')).toBe('alert');
      expect(textOf(root.querySelector('[part=online-button]')!)).toBe(t(lang, 'common:retry'));
      expect(phones[0]!.registered).toBe(false);
      await expectNoAxeViolations(root.host);
    });
  }

  it('no microphone at all is said too', async () => {
    const { root } = await mountSoftphone('en', { microphone: 'missing' });
    await goOnline(root);
    await waitForText(root, t('en', 'softphone:failure.microphone_missing'));
  });

  it('asks for nothing, and loads no phone, before Go online', async () => {
    const { root, phones } = await mountSoftphone('en');
    await find(root, '[part=callbacks]');
    expect(phones).toHaveLength(0);
    expect(textOf(root.querySelector('[part=status]')!)).toBe(t('en', 'softphone:status.offline'));
  });

  it('registers with the credentials the backend issued for the member, and renews them before they expire', async () => {
    // The backend's clock is almost an hour behind: its credentials, valid an hour, expire in a few seconds.
    use(createScenario('default', { now: () => new Date(Date.now() - 3_600_000 + 6_000) }));
    const { root, phones } = await mountSoftphone('en');
    await goOnline(root);
    await find(root, '.status.online');
    const phone = phones[0]!;
    const member = scenario.backend.getMember(LINKED).body;
    expect(phone.options).toMatchObject({ websocketUrl: 'wss://sip.example.com/ws', displayName: member.displayName });
    expect(phone.options.sipUri).toMatch(/^sip:[^@]+@sip\.example\.com$/);
    const first = phone.options.authorizationUser!;
    await until(() => expect(phone.renewals.length).toBeGreaterThan(0));
    expect(phone.renewals[0]!.authorizationUser).not.toBe(first);
    expect(phone.renewals[0]!.authorizationUser.split(':')[1]).toBe(first.split(':')[1]);
    // The credentials are nowhere in the page.
    expect(root.host.outerHTML + root.innerHTML).not.toContain(phone.options.password!);
  });

  it("a member whose profile takes no web calls: the backend's reason, localized", async () => {
    const b = scenario.backend;
    const member = b.listMembers({ limit: 100 }).body.items.find((m) => m.role !== 'admin' && !m.sipProfileId)!;
    const profile = b.addSipProfile({ name: 'Desk', status: 'active', channels: 2, authMode: 'registration' }).id;
    b.linkSipAccount(profile, { version: b.getSipProfile(profile).body.version, memberId: member.id, extension: null });
    const { root, phones } = await mountSoftphone('pl', {}, `member="${member.id}"`);
    await goOnline(root);
    await waitForText(root, t('pl', 'errors:web_calling_unavailable'));
    expect(phones).toHaveLength(0);
  });

  it('answers by keyboard, shows the caller, the page, the tones pressed; a second call meanwhile is turned away as missed', async () => {
    const over = eventsAtDocument(['dk-softphone-call'], (e) => (e as CustomEvent).detail.call.outcome as string);
    const { root, phones } = await mountSoftphone('en');
    await goOnline(root);
    await find(root, '.status.online');
    const call = phones[0]!.ring({ user: '+48221234567', displayName: 'Jan Nowak', pageUrl: 'https://shop.example.com/a' });
    await find(root, '[part=answer-button]');
    expect(textOf(root.querySelector('[aria-live=assertive]')!)).toBe(
      norm(t('en', 'softphone:incoming.announcePage', { caller: 'Jan Nowak', page: 'shop.example.com/a' })),
    );
    root.querySelector<HTMLElement>('[part=status]')!.closest('section')!.querySelector('h2')!.focus();
    await tabTo(named(t('en', 'softphone:incoming.answer')));
    await userEvent.keyboard('{Enter}');
    await find(root, '[part=timer]');
    // The focus goes to Hang up, not lost with the Answer button.
    expect(deepActiveElement()?.getAttribute('part')).toBe('hang-up-button');

    const second = phones[0]!.ring({ user: '+48229999999' });
    expect(second.state).toBe('ended');
    call.press('12#');
    await waitForText(root, t('en', 'softphone:call.tonesReceived', { tones: '12#' }));
    (root.querySelector<HTMLButtonElement>('[part=keypad-button]')!).click();
    (await find<HTMLButtonElement>(root, '[data-key="9"]')).click();
    expect(call.sent).toEqual(['9']);
    call.remoteHangup();
    await until(() => expect(root.querySelector('[part=call]')).toBeNull());
    expect(over).toEqual(['missed', 'answered']);
    // How it ended stays in view until the next call.
    expect(textOf(root.querySelector('[part=ended]')!)).toMatch(/^Call with Jan Nowak ended after \d+:\d\d\.$/);
    // The focus was on the call's button: it is on the line's button now.
    expect(deepActiveElement()?.getAttribute('part')).toBe('online-button');
  });

  it('a microphone refused when answering is said, and the call counts as missed', async () => {
    const { root, phones } = await mountSoftphone('fr', { microphone: 'granted' });
    await goOnline(root);
    await find(root, '.status.online');
    // Permission withdrawn after going online.
    (phones[0] as unknown as { fake: FakeOptions }).fake.microphone = 'refused';
    phones[0]!.ring({ user: 'anonymous' });
    (await find<HTMLButtonElement>(root, '[part=answer-button]')).click();
    await waitForText(root, t('fr', 'softphone:call.failed', { reason: t('fr', 'softphone:failure.microphone_refused') }));
    expect(root.querySelector('[part=calls] tbody tr')!.getAttribute('data-outcome')).toBe('missed');
    expect(textOf(root.querySelector('[part=calls] tbody tr')!)).toContain(t('fr', 'softphone:anonymous'));
  });

  it('with choose-line, lists the linked members, and goes online with the one chosen', async () => {
    const chosen = eventsAtDocument(['dk-softphone-line'], (e) => (e as CustomEvent).detail.memberId as string);
    const { root, phones } = await mountSoftphone('en', {}, 'choose-line');
    const select = await find<HTMLSelectElement>(root, '#line-choice');
    const linked = scenario.backend.listMembers({ limit: 500 }).body.items.filter((m) => m.sipProfileId);
    expect(select.options.length).toBe(linked.length + 1);
    expect((root.querySelector<HTMLButtonElement>('[part=online-button]'))!.disabled).toBe(true);
    select.value = LINKED;
    select.dispatchEvent(new Event('change'));
    expect(chosen).toEqual([LINKED]);
    await until(() => expect(root.querySelector<HTMLButtonElement>('[part=online-button]')!.disabled).toBe(false));
    await goOnline(root);
    await find(root, '.status.online');
    expect(phones[0]!.options.displayName).toBe(scenario.backend.getMember(LINKED).body.displayName);
    // Online, the line is not changed under the calls.
    expect(root.querySelector('#line-choice')).toBeNull();
    await expectNoAxeViolations(root.host);
  });

  it("lists today's callback requests for the line's profile", async () => {
    const b = scenario.backend;
    const member = b.getMember(LINKED).body;
    b.requestCallback('key-softphone-1', {
      accountName: member.accountName,
      phoneNumber: '+48221234567',
      pageUrl: 'https://shop.example.com/contact?email=a@b.c',
      consent: true,
      consentVersion: '1',
      locale: 'pl',
    });
    const { root } = await mountSoftphone('en');
    const table = await find(root, '[part=callbacks] table');
    expect(textOf(table)).toContain('+48221234567');
    expect(textOf(table)).toContain(t('en', 'softphone:day.asap'));
    expect(table.querySelector('a[href^="https:"]')!.getAttribute('href')).toBe('https://shop.example.com/contact');
  });

  it('going offline unregisters; leaving the page does too', async () => {
    const states = eventsAtDocument(['dk-softphone-state'], (e) => (e as CustomEvent).detail.state as string);
    const { el, root, phones } = await mountSoftphone('en');
    await goOnline(root);
    await find(root, '.status.online');
    (root.querySelector<HTMLButtonElement>('[part=online-button]'))!.click();
    await find(root, '.status.offline');
    expect(phones[0]!.stopped).toBe(true);
    await goOnline(root);
    await find(root, '.status.online');
    el.remove();
    expect(phones[1]!.stopped).toBe(true);
    // A removed element's events no longer reach the document.
    expect(states).toEqual(['connecting', 'online', 'offline', 'connecting', 'online']);
  });
});
