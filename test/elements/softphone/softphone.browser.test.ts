// dk-softphone against a real SIP server: Kamailio on the loopback interface
// (test/sip/setup.ts). A mock SIP profile takes web calls at the server's
// address with its secret, so the credentials the mock backend issues are the
// ones Kamailio checks; a member's account name is the softphone's line.
// The caller is the tests' own JsSIP phone (test/sip/phone.ts).
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { RTCSession } from 'jssip/lib/RTCSession.js';
import '../../../src/elements/softphone/define.js';
import type { DkSoftphone } from '../../../src/elements/softphone/softphone.js';
import type { CallLike, PhoneFactory } from '../../../src/calling/types.js';
import { loadPhone } from '../../../src/elements/softphone/internal/line.js';
import { ephemeralCredentials } from '../../../mocks/backend/ephemeral.js';
import { Phone as TestPhone, audioPacketsReceived, confirmed, ending, loopbackOnly } from '../../sip/phone.js';
import { expectNoAxeViolations, find, mount, textOf, waitForText, norm } from '../../support/dom.js';
import { eventsAtDocument, mockBackend, scenario, t } from '../../support/browser.js';

const provided = inject('sipServer');
if ('error' in provided) throw new Error(provided.error);
const server = provided;

mockBackend({ namespaces: ['softphone', 'common', 'errors'], instant: true });

const until = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 50_000, interval: 50 });
const LANGUAGES = ['en', 'pl', 'fr'] as const;
const PAGE = 'https://shop.example.com/pricing';

/** A number no other test registers: extensions (1 to 8 digits) and user names are made from it. */
const unique = () => String(10_000_000 + Math.floor(Math.random() * 89_999_999));

/**
 * A member of their own (an account name no other test registers), linked
 * with an extension to a profile that takes web calls at the test server;
 * `secret`: the profile's, the server's by default. The line is the account
 * name, as a website's button calls it: the extension is the PBX's.
 */
function line(secret = server.secret): { memberId: string; user: string } {
  const b = scenario.backend;
  const departmentId = b.listDepartments().body[0]!.id;
  const accountName = `agent.${unique()}`;
  const invitation = b.sendInvitations({ invitees: [accountName], departmentId, groupIds: [] }).body.created[0]!;
  const member = b.acceptInvitation(invitation.id, { displayName: 'Anna Agent' }).body;
  const profile = b.addSipProfile({
    name: 'Web',
    status: 'active',
    channels: 4,
    authMode: 'registration',
    websocketUrl: server.url,
    webCallingSecret: secret,
  }).id;
  b.linkSipAccount(profile, { version: b.getSipProfile(profile).body.version, memberId: member.id, extension: unique() });
  return { memberId: member.id, user: accountName };
}

const phones: { stop(): void }[] = [];
afterEach(() => {
  document.body.replaceChildren(); // the softphone goes offline as it leaves the page
  phones.splice(0).forEach((p) => p.stop());
});

/** A caller of its own, registered with credentials from the server's secret. */
async function caller(): Promise<TestPhone> {
  const user = `visitor-${unique()}`;
  const phone = new TestPhone(server, user, await ephemeralCredentials(server.secret, user, new Date(Date.now() + 3_600_000)));
  phones.push(phone);
  await phone.register();
  return phone;
}

/** Calls `user` as the call button does: with the page it was on. */
function callFrom(phone: TestPhone, user: string): RTCSession {
  const session = phone.ua.call(`sip:${user}@${server.domain}`, {
    mediaConstraints: { audio: true, video: false },
    pcConfig: { iceServers: [] },
    extraHeaders: [`X-Dialkit-Page: ${PAGE}`],
  });
  session.on('sdp', (event) => {
    if (event.originator === 'local') event.sdp = loopbackOnly(event.sdp);
  });
  return session;
}

/** The kit's own phone, keeping its media on the loopback interface, and the calls it got. */
function realPhone(): { factory: PhoneFactory; calls: CallLike[] } {
  const calls: CallLike[] = [];
  const factory: PhoneFactory = async (options) => {
    const phone = await loadPhone({ ...options, localSdp: loopbackOnly });
    phone.on('incoming', (call) => calls.push(call));
    return phone;
  };
  return { factory, calls };
}

async function mountOnline(lang: string, memberId: string) {
  const el = await mount<DkSoftphone>(`<div lang="${lang}"><dk-softphone member="${memberId}"></dk-softphone></div>`, 'dk-softphone');
  const phone = realPhone();
  el.phoneFactory = phone.factory;
  const root = el.shadowRoot!;
  (await find<HTMLButtonElement>(root, '[part=online-button]')).click();
  return { el, root, calls: phone.calls };
}

const button = (root: ShadowRoot, part: string) => root.querySelector<HTMLButtonElement>(`[part=${part}]`);

describe('dk-softphone on a real SIP server', () => {
  for (const lang of LANGUAGES) {
    it(`in ${lang}: goes online, rings with the page, is answered by keyboard, carries audio, DTMF, mute and hold, and hangs up`, async () => {
      const { memberId, user } = line();
      const states = eventsAtDocument(['dk-softphone-state'], (e) => (e as CustomEvent).detail.state as string);
      const ended = eventsAtDocument(['dk-softphone-call'], (e) => (e as CustomEvent).detail.call);
      const { root, calls } = await mountOnline(lang, memberId);
      const member = scenario.backend.getMember(memberId).body;
      await waitForText(root, t(lang, 'softphone:status.online', { name: member.displayName }));
      expect(states).toEqual(['connecting', 'online']);

      const visitor = await caller();
      const outgoing = callFrom(visitor, user);
      await find(root, '[part=answer-button]');
      expect(textOf(root.querySelector('[part=caller]')!)).toBe(norm(t(lang, 'softphone:incoming.from', { caller: visitor.aor.slice(4).split('@')[0] })));
      expect(root.querySelector('[part=page] a')!.getAttribute('href')).toBe(PAGE);
      expect(textOf(root.querySelector('[aria-live=assertive]')!)).toContain(norm(t(lang, 'softphone:incoming.title')));
      await expectNoAxeViolations(root.host);

      // Answered from the keyboard.
      button(root, 'answer-button')!.focus();
      await userEvent.keyboard('{Enter}');
      await confirmed(outgoing);
      const heading = await find(root, '[part=hang-up-button]');
      expect(heading).toBeTruthy();
      expect(textOf(root.querySelector('.call h3')!)).toBe(norm(t(lang, 'softphone:call.with', { caller: visitor.aor.slice(4).split('@')[0] })));
      expect(states.at(-1)).toBe('in-call');
      // Audio both ways.
      const call = calls[0]!;
      await until(async () => expect(await audioPacketsReceived(outgoing)).toBeGreaterThan(0));
      await until(async () => {
        let packets = 0;
        (await call.connection!.getStats()).forEach((r: { type: string; kind?: string; packetsReceived?: number }) => {
          if (r.type === 'inbound-rtp' && r.kind === 'audio') packets += r.packetsReceived ?? 0;
        });
        expect(packets).toBeGreaterThan(0);
      });

      // The caller's tones show.
      visitor.sendTones(outgoing, '3#');
      await waitForText(root, t(lang, 'softphone:call.tonesReceived', { tones: '3#' }));

      // Mute: the microphone's track is off.
      button(root, 'mute-button')!.click();
      await until(() => expect(button(root, 'mute-button')!.getAttribute('aria-pressed')).toBe('true'));
      const sender = call.connection!.getSenders().find((s) => s.track?.kind === 'audio')!;
      expect(sender.track!.enabled).toBe(false);

      // Hold: a re-INVITE the caller sees.
      button(root, 'hold-button')!.click();
      await until(() => expect(outgoing.isOnHold().remote).toBe(true));
      // The button waits for the far side's answer to the re-INVITE before it takes another press.
      await until(() => expect(button(root, 'hold-button')!).toMatchObject({ disabled: false, ariaPressed: 'true' }));
      button(root, 'hold-button')!.click();
      await until(() => expect(outgoing.isOnHold().remote).toBe(false));

      // The keypad sends tones the caller hears.
      const heard: string[] = [];
      outgoing.on('newDTMF', (e: { originator: string; dtmf: { tone: string } }) => {
        if (e.originator === 'remote') heard.push(e.dtmf.tone);
      });
      button(root, 'keypad-button')!.click();
      (await find<HTMLButtonElement>(root, '[data-key="5"]')).click();
      await until(() => expect(heard).toEqual(['5']));
      await expectNoAxeViolations(root.host);

      // Hung up here: the caller's call ends, and the day lists it.
      const callerEnd = ending(outgoing);
      button(root, 'hang-up-button')!.click();
      expect(await callerEnd).toMatchObject({ how: 'ended', event: { originator: 'remote' } });
      await until(() => expect(ended).toHaveLength(1));
      const logged = root.querySelector('[part=calls] tbody tr')!;
      expect(logged.getAttribute('data-outcome')).toBe('answered');
      expect(textOf(logged)).toContain(norm(t(lang, 'softphone:outcome.answered')));
      expect(logged.querySelector('a')!.getAttribute('href')).toBe(PAGE);
      expect(ended).toMatchObject([{ outcome: 'answered', pageUrl: PAGE }]);
      expect(states.slice(-3)).toEqual(['ringing', 'in-call', 'online']);
    });
  }

  it('a call the caller hangs up: it ends here too; a caller giving up while it rings is a missed call', async () => {
    const { memberId, user } = line();
    const { root } = await mountOnline('en', memberId);
    await find(root, '.status.online');
    // The day's calls are the page's memory: an earlier test's calls to the same member may be there.
    const rows = () => root.querySelectorAll('[part=calls] tbody tr');
    const before = rows().length;
    const over = eventsAtDocument(['dk-softphone-call'], (e) => (e as CustomEvent).detail.call.outcome as string);
    const visitor = await caller();

    const first = callFrom(visitor, user);
    (await find<HTMLButtonElement>(root, '[part=answer-button]')).click();
    await confirmed(first);
    await find(root, '[part=hang-up-button]');
    first.terminate();
    await until(() => expect(root.querySelector('[part=call]')).toBeNull());
    await waitForText(root, t('en', 'softphone:day.callsCount', { count: before + 1 }));

    const second = callFrom(visitor, user);
    await find(root, '[part=answer-button]');
    second.terminate();
    await until(() => expect(over).toEqual(['answered', 'missed']));
    expect(root.querySelector('[part=call]')).toBeNull();
    expect(rows()).toHaveLength(before + 2);
    expect(rows()[0]!.getAttribute('data-outcome')).toBe('missed');
    await waitForText(root, t('en', 'softphone:call.missed', { caller: visitor.aor.slice(4).split('@')[0] }));
  });

  it('declined: the caller hears busy, and the day lists it as declined', async () => {
    const { memberId, user } = line();
    const { root } = await mountOnline('en', memberId);
    await find(root, '.status.online');
    const outgoing = callFrom(await caller(), user);
    const end = ending(outgoing);
    (await find<HTMLButtonElement>(root, '[part=decline-button]')).click();
    expect(await end).toMatchObject({ how: 'failed', event: { cause: 'Busy' } });
    await until(() => expect(root.querySelector('[part=calls] tbody tr')!.getAttribute('data-outcome')).toBe('declined'));
  });

  for (const lang of LANGUAGES) {
    it(`in ${lang}: credentials the server refuses show why, with Retry`, async () => {
      const { memberId } = line('not-the-servers-secret');
      const { root } = await mountOnline(lang, memberId);
      await waitForText(root, t(lang, 'softphone:failure.rejected'));
      expect(textOf(button(root, 'online-button')!)).toBe(t(lang, 'common:retry'));
      expect(root.querySelector('.status.failed')).toBeTruthy();
      await expectNoAxeViolations(root.host);
    });
  }
});
