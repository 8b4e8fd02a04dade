// The call panel outside opening hours: the fallback number and the callback
// request, sent through the contract's requestCallback to the mock backend,
// in the page's language; nothing of it kept in the browser.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/elements/call-button/define.js';
import type { DkCallButton } from '../../../src/elements/call-button/call-button.js';
import en from '../../../locales/en/callPanel.json';
import pl from '../../../locales/pl/callPanel.json';
import fr from '../../../locales/fr/callPanel.json';
import { mockBackend, recordHeader, scenario } from '../../support/browser.js';
import { deepActiveElement, expectNoAxeViolations, norm } from '../../support/dom.js';

mockBackend({ namespaces: [], instant: true });
const keys = recordHeader('Idempotency-Key');
const catalogs = { en, pl, fr };
const FALLBACK = '+48221234567';
const PATH = '/api/public/callback-requests';

const until = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 20_000, interval: 50 });

/** Opening hours that are closed now: half an hour, twelve hours from now (UTC). */
const closedHours = () => {
  const hour = String((new Date().getUTCHours() + 12) % 24).padStart(2, '0');
  return `1-7 ${hour}:00-${hour}:30`;
};

/** An account linked to an active SIP profile of the mock company. */
function account(): string {
  const b = scenario.backend;
  const member = b.listMembers({ limit: 20 }).body.items.find((m) => m.role !== 'admin')!;
  const profile = b.addSipProfile({ name: 'Web', status: 'active', channels: 4, authMode: 'registration', websocketUrl: 'wss://sip.example.com/ws' }).id;
  b.linkSipAccount(profile, { version: b.getSipProfile(profile).body.version, memberId: member.id, extension: null });
  return member.accountName;
}

function mountClosed(lang: keyof typeof catalogs, accountName: string, attributes: Record<string, string> = {}): DkCallButton {
  const button = document.createElement('dk-call-button');
  const all = { lang, hours: closedHours(), tz: 'UTC', callback: '/api', fallback: FALLBACK, ...attributes };
  for (const [name, value] of Object.entries(all)) button.setAttribute(name, value);
  const link = document.createElement('a');
  link.href = `skype:${accountName}?call`;
  link.textContent = 'Call';
  button.append(link);
  document.body.append(button);
  return button;
}
const linkOf = (button: Element) => button.shadowRoot!.querySelector<HTMLAnchorElement>('[part=button]')!;
const panelOf = (button: Element) => button.shadowRoot!.querySelector('[part=panel]')?.shadowRoot ?? null;
const statusOf = (button: Element) => panelOf(button)?.querySelector('dialog > [role=status]')?.textContent ?? null;
const field = (button: Element, id: string) => panelOf(button)!.getElementById(id) as HTMLInputElement;

async function openPanel(button: DkCallButton): Promise<ShadowRoot> {
  linkOf(button).focus();
  await userEvent.keyboard('{Enter}');
  await until(() => expect(panelOf(button)?.querySelector('form')).toBeTruthy());
  return panelOf(button)!;
}

/** Submits the form by keyboard, from its send button. */
async function submit(root: ShadowRoot, s: typeof en): Promise<void> {
  const send = [...root.querySelectorAll('button')].find((b) => b.textContent === s.send)!;
  send.focus();
  await userEvent.keyboard('{Enter}');
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  for (const button of document.querySelectorAll('dk-call-button')) panelOf(button)?.querySelector('dialog')?.close();
  document.body.replaceChildren();
});

describe('the call panel when the line is closed', () => {
  for (const lang of ['en', 'pl', 'fr'] as const) {
    it(`offers the fallback number and a callback request, in ${lang}`, async () => {
      const s = catalogs[lang];
      const root = await openPanel(mountClosed(lang, account()));
      const status = root.querySelector('dialog > [role=status]')!.textContent!;
      const [before, after] = s.closed.split('{{when}}');
      expect(status.startsWith(before!) && status.endsWith(after!)).toBe(true);
      expect(root.querySelector('a[href^="tel:"]')!.textContent).toBe(s.fallback.replace('{{number}}', FALLBACK));
      expect(norm(root.querySelector('form')!.textContent!)).toContain(norm(s.consent));
      // No call is offered while the line is closed.
      expect([...root.querySelectorAll('button')].filter((b) => !b.closest('[hidden]')).map((b) => b.textContent)).toEqual([s.send, s.close]);
      // French: a no-break space before the high punctuation, never a plain one.
      if (lang === 'fr') expect(root.querySelector('dialog')!.textContent).not.toMatch(/ [?!:;»]|« /);
      await expectNoAxeViolations(root.querySelector('dialog')!);
    });
  }

  it('checks the number, the time and the consent, in the visitor’s language, before sending', async () => {
    const button = mountClosed('pl', account());
    const root = await openPanel(button);
    const phone = field(button, 'phone');
    phone.focus();
    await userEvent.keyboard('22 123 45 67');
    await submit(root, pl);
    await until(() => expect(root.querySelector('[role=alert]')!.textContent).toBe(pl.phoneInvalid));
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(phone.getAttribute('aria-describedby')).toBe('phone-hint callback-error');
    expect(deepActiveElement()).toBe(phone);

    await userEvent.clear(phone);
    phone.focus();
    await userEvent.keyboard('+48 22 123 45 67');
    await submit(root, pl);
    await until(() => expect(root.querySelector('[role=alert]')!.textContent).toBe(pl.consentRequired));
    expect(deepActiveElement()).toBe(field(button, 'consent'));
    expect(phone.hasAttribute('aria-invalid')).toBe(false);
    expect(keys[PATH]).toBeUndefined();
    await expectNoAxeViolations(root.querySelector('dialog')!);
  });

  it('sends the request once, retried with the same key, without the page’s query, and keeps nothing in the browser', async () => {
    const name = account();
    const button = mountClosed('fr', name);
    const root = await openPanel(button);
    const cookies = document.cookie;
    field(button, 'phone').focus();
    await userEvent.keyboard('+33 1 23 45 67 89');
    field(button, 'consent').focus();
    await userEvent.keyboard(' ');
    // The backend records it, but the answer is lost on the way.
    scenario.control.loseAnswers = 1;
    scenario.control.failPaths = /callback-requests/;
    const path = location.pathname + location.search + location.hash;
    history.replaceState(history.state, '', `${location.pathname}?email=ada@example.com#form`);
    try {
      await submit(root, fr);
      await until(() => expect(root.querySelector('[role=alert]')!.textContent).toBe(fr.notSent));
      await submit(root, fr);
      await until(() => expect(root.querySelector('form [role=status]')).toBeTruthy());
    } finally {
      history.replaceState(history.state, '', path);
    }
    const [first, again] = keys[PATH]!;
    expect(keys[PATH]).toHaveLength(2);
    expect(again).toBe(first);
    const recorded = scenario.backend.listCallbackRequests().body.items;
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      accountName: name,
      phoneNumber: '+33123456789',
      pageUrl: location.origin + location.pathname,
      locale: 'fr',
      consentVersion: fr.consentVersion,
    });
    const until_ = new Date(recorded[0]!.keptUntil).toLocaleDateString('fr', { dateStyle: 'long' });
    expect(root.querySelector('form [role=status]')!.textContent).toBe(fr.sent.replace('{{date}}', until_));
    expect(deepActiveElement()).toBe(root.querySelector('form [role=status]'));
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(document.cookie).toBe(cookies);

    // Closed, and opened again: a new, empty form.
    await userEvent.keyboard('{Escape}');
    await until(() => expect(panelOf(button)).toBeNull());
    expect(deepActiveElement()).toBe(linkOf(button));
    const reopened = await openPanel(button);
    expect((reopened.getElementById('phone') as HTMLInputElement).value).toBe('');
  });

  it('says when the number asked too often', async () => {
    const name = account();
    for (const key of ['key-00001', 'key-00002', 'key-00003'])
      scenario.backend.requestCallback(key, { accountName: name, phoneNumber: '+48221234567', consent: true, consentVersion: 'v', locale: 'en' });
    const button = mountClosed('en', name);
    const root = await openPanel(button);
    field(button, 'phone').focus();
    await userEvent.keyboard('+48221234567');
    field(button, 'consent').focus();
    await userEvent.keyboard(' ');
    await submit(root, en);
    await until(() => expect(root.querySelector('[role=alert]')!.textContent).toBe(en.tooMany));
  });

  it('without callback, a closed line with a fallback is the phone link, as before', async () => {
    const button = mountClosed('en', account(), { callback: '' });
    button.removeAttribute('callback');
    button.render();
    expect(linkOf(button).getAttribute('href')).toBe(`tel:${FALLBACK}`);
    let prevented: boolean | undefined;
    window.addEventListener(
      'click',
      (event) => {
        prevented = event.defaultPrevented;
        event.preventDefault();
      },
      { once: true },
    );
    linkOf(button).click();
    expect(prevented).toBe(false);
    expect(panelOf(button)).toBeNull();
  });
});
