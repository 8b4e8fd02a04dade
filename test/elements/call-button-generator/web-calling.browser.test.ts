import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/elements/call-button-generator/define.js';
import type { DkCallButtonGenerator } from '../../../src/elements/call-button-generator/call-button-generator.js';
import { LOCALES, type Locale } from '../../../src/i18n/locales.js';
import { deepActiveElement, expectNoAxeViolations, find, mount, norm, tabTo, textOf, waitForText } from '../../support/dom.js';
import { mockBackend, scenario, t } from '../../support/browser.js';

const SCRIPT = '/src/elements/call-button/define.ts';

mockBackend({ namespaces: ['callButtons', 'callButton', 'common', 'errors'] });

async function mountIn(locale: Locale): Promise<ShadowRoot> {
  const el = await mount<DkCallButtonGenerator>(
    `<div lang="${locale}"><dk-call-button-generator script-src="${SCRIPT}"></dk-call-button-generator></div>`,
    'dk-call-button-generator',
  );
  return el.shadowRoot!;
}

/** Linked accounts of the mock company, with their profile: one whose profile takes web calls, one whose profile does not; and one not linked. */
function accounts() {
  const profiles = scenario.backend.listSipProfiles().body.map((p) => scenario.backend.getSipProfile(p.id).body);
  const linked = profiles.flatMap((p) => p.accounts.map((a) => ({ ...a, profile: p })));
  const web = linked.find((a) => a.profile.websocketUrl && a.profile.status === 'active')!;
  const noWeb = linked.find((a) => !a.profile.websocketUrl && a.profile.status === 'active')!;
  const members = scenario.backend.listMembers({ limit: 500 }).body.items;
  const unlinked = members.find((m) => !linked.some((a) => a.memberId === m.id))!;
  return { web, noWeb, unlinked };
}

async function choose(root: ShadowRoot, memberId: string): Promise<void> {
  const select = await find<HTMLSelectElement>(root, '#account', 8000);
  select.value = memberId;
  select.dispatchEvent(new Event('change'));
}

/** The text that describes `input` (its `aria-describedby`), normalized. */
const description = (root: ShadowRoot, input: Element): string =>
  norm(
    (input.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => textOf(root.getElementById(id)!))
      .join(' '),
  );

const snippet = (root: ShadowRoot): string | undefined => root.querySelector<HTMLTextAreaElement>('#snippet-code')?.value;

describe('dk-call-button-generator, web calling', () => {
  for (const locale of LOCALES) {
    describe(`in ${locale}`, () => {
      it('calls from the browser and offers a callback, by keyboard, keeping wrong addresses as typed, in the snippet and the live button', async () => {
        const root = await mountIn(locale);
        const { web } = accounts();
        const host = new URL(web.profile.websocketUrl!).hostname;
        const address = `sip:${web.accountName}@${host}`;
        const webCall = await find<HTMLInputElement>(root, '#web-call', 8000);
        // Nothing chosen yet: off, and why.
        expect(webCall.disabled).toBe(true);
        expect(description(root, webCall)).toBe(norm(t(locale, 'callButtons:web.unavailable.noAccount')));

        await choose(root, web.memberId);
        await vi.waitFor(() => expect(webCall.disabled).toBe(false), { timeout: 8000 });
        expect(description(root, webCall)).toBe(norm(t(locale, 'callButtons:web.callHint')));
        await expectNoAxeViolations(root.host);

        await tabTo((e) => e.id === 'web-call');
        await userEvent.keyboard(' ');
        // Proposed from the profile: its endpoint, and the account at its host.
        const ws = await find<HTMLInputElement>(root, '#ws');
        const sip = await find<HTMLInputElement>(root, '#sipAddress');
        expect(ws.value).toBe(web.profile.websocketUrl);
        expect(sip.value).toBe(address);
        await vi.waitFor(() => expect(snippet(root)).toContain(`ws="${web.profile.websocketUrl}"`));
        expect(snippet(root)).toContain(`<a href="${address}">`);

        // A plain ws: endpoint is refused, said at the field, and kept as typed.
        await tabTo((e) => e.id === 'ws');
        await userEvent.fill(ws, 'ws://sip.example.com/ws');
        await waitForText(root, t(locale, 'callButtons:web.wsInvalid'));
        expect(ws.getAttribute('aria-invalid')).toBe('true');
        expect(description(root, ws)).toContain(norm(t(locale, 'callButtons:web.wsInvalid')));
        expect(ws.value).toBe('ws://sip.example.com/ws');
        expect(snippet(root)).toBeUndefined();
        await expectNoAxeViolations(root.host);
        await userEvent.fill(ws, 'wss://edge.example.com/ws');
        await vi.waitFor(() => expect(snippet(root)).toContain('ws="wss://edge.example.com/ws"'));

        // A SIP address that would break out of the attribute is refused, kept, and never reaches the snippet.
        const hostile = 'sip:"><script>alert(1)</script>@example.com';
        await userEvent.fill(sip, hostile);
        await waitForText(root, t(locale, 'callButtons:web.sipAddressInvalid'));
        expect(sip.value).toBe(hostile);
        expect(snippet(root)).toBeUndefined();
        await userEvent.fill(sip, address);

        // The callback form: the backend's address is proposed; a website needs https.
        await tabTo((e) => e.id === 'callback-on');
        await userEvent.keyboard(' ');
        const callback = await find<HTMLInputElement>(root, '#callbackUrl');
        expect(callback.value).toBe(new URL('/api', location.href).href);
        await waitForText(root, t(locale, 'callButtons:web.callbackUrlInvalid'));
        await userEvent.fill(callback, 'javascript:alert(1)');
        expect(callback.value).toBe('javascript:alert(1)');
        expect(snippet(root)).toBeUndefined();
        await userEvent.fill(callback, 'https://api.example.com/api');
        await vi.waitFor(() =>
          expect(snippet(root)).toContain(`<dk-call-button ws="wss://edge.example.com/ws" callback="https://api.example.com/api">\n  <a href="${address}">`),
        );
        expect(textOf(root)).not.toContain(norm(t(locale, 'callButtons:web.callbackUrlInvalid')));

        // The preview is the real button with the same attributes; a click there places no call.
        const preview = await find<HTMLElement>(root, '.preview dk-call-button', 5000);
        expect(preview.getAttribute('ws')).toBe('wss://edge.example.com/ws');
        expect(preview.getAttribute('callback')).toBe('https://api.example.com/api');
        const link = await vi.waitFor(
          () => {
            const a = preview.shadowRoot?.querySelector<HTMLAnchorElement>('[part="button"]');
            expect(a?.getAttribute('href')).toBe(address);
            return a!;
          },
          { timeout: 20_000 },
        );
        expect(textOf(root)).toContain(norm(t(locale, 'callButtons:preview.webHint')));
        const reached: Event[] = [];
        link.addEventListener('click', (e) => reached.push(e));
        preview.addEventListener('click', (e) => reached.push(e));
        const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
        link.dispatchEvent(click);
        expect(click.defaultPrevented).toBe(true);
        expect(reached).toEqual([]);
        await waitForText(root, t(locale, 'callButtons:preview.held'));
        await expectNoAxeViolations(root.host);
      });

      it('says why calls from the browser or a callback cannot be offered', async () => {
        const root = await mountIn(locale);
        const { noWeb, unlinked } = accounts();
        const webCall = await find<HTMLInputElement>(root, '#web-call', 8000);
        const callbackOn = await find<HTMLInputElement>(root, '#callback-on');

        // A profile without a WebSocket address: no web call, a callback still.
        await choose(root, noWeb.memberId);
        const noWebsocket = norm(t(locale, 'callButtons:web.unavailable.noWebsocket', { profile: noWeb.profile.name }));
        await vi.waitFor(() => expect(description(root, webCall)).toBe(noWebsocket), { timeout: 8000 });
        expect(webCall.disabled).toBe(true);
        expect(callbackOn.disabled).toBe(false);
        await expectNoAxeViolations(root.host);

        // An account not linked: neither.
        await choose(root, unlinked.id);
        const notLinked = norm(t(locale, 'callButtons:web.unavailable.notLinked', { name: unlinked.displayName }));
        await vi.waitFor(() => expect(description(root, webCall)).toBe(notLinked));
        expect(description(root, callbackOn)).toBe(notLinked);
        expect(callbackOn.disabled).toBe(true);

        // A phone number: neither, and the snippet carries none of it.
        await tabTo((e) => (e as HTMLInputElement).name === 'target');
        await userEvent.keyboard('{ArrowRight}');
        await vi.waitFor(() => expect(description(root, webCall)).toBe(norm(t(locale, 'callButtons:web.unavailable.phone'))));
        expect(webCall.disabled && callbackOn.disabled).toBe(true);
        await expectNoAxeViolations(root.host);
      });
    });
  }

  it('proposes the endpoint and address of the account chosen next, and keeps the switch', async () => {
    const root = await mountIn('en');
    const { web } = accounts();
    const other = web.profile.accounts.find((a) => a.memberId !== web.memberId)!;
    await choose(root, web.memberId);
    const webCall = await find<HTMLInputElement>(root, '#web-call:not([disabled])', 8000);
    webCall.click();
    const ws = await find<HTMLInputElement>(root, '#ws');
    await userEvent.fill(ws, 'wss://edge.example.com/ws');
    await choose(root, other.memberId);
    const host = new URL(web.profile.websocketUrl!).hostname;
    await vi.waitFor(() => expect(root.querySelector<HTMLInputElement>('#sipAddress')?.value).toBe(`sip:${other.accountName}@${host}`));
    expect(root.querySelector<HTMLInputElement>('#ws')!.value).toBe(web.profile.websocketUrl);
    await vi.waitFor(() => expect(snippet(root)).toContain(`<a href="sip:${other.accountName}@${host}">`));
    expect(deepActiveElement()).not.toBe(ws);
  });

  for (const locale of LOCALES) {
    it(`in ${locale}: a video call cannot be asked of a call from the browser, and says why; the choice comes back with the Skype link`, async () => {
      const root = await mountIn(locale);
      const { web } = accounts();
      await choose(root, web.memberId);
      const video = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((box) => textOf(box.closest('label')!) === norm(t(locale, 'callButtons:account.video')))!;
      video.click();
      await vi.waitFor(() => expect(snippet(root)).toContain('?call&amp;video=true'));
      (await find<HTMLInputElement>(root, '#web-call:not([disabled])', 8000)).click();
      await vi.waitFor(() => expect(video.disabled).toBe(true));
      expect(video.checked).toBe(false);
      expect(description(root, video)).toBe(norm(t(locale, 'callButtons:account.videoWebCall')));
      await vi.waitFor(() => expect(snippet(root)).toContain('<a href="sip:'));
      expect(snippet(root)).not.toContain('video');
      await expectNoAxeViolations(root.host);
      // Web calling off: the Skype link again, with the video call chosen before.
      root.querySelector<HTMLInputElement>('#web-call')!.click();
      await vi.waitFor(() => expect(video.disabled).toBe(false));
      expect(video.checked).toBe(true);
      await vi.waitFor(() => expect(snippet(root)).toContain('?call&amp;video=true'));
    });
  }
});
