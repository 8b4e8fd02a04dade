// The kit's phone (src/calling/phone.ts) against a real SIP server: Kamailio
// on the loopback interface (test/sip/setup.ts). One kit phone registers and
// answers; the other end is the tests' own JsSIP phone (test/sip/phone.ts).
// Users of their own (other files' phones may be registered at the same time
// on the same server), with credentials made from the server's secret.
import type { IncomingDTMFEvent, OutgoingDTMFEvent } from 'jssip/lib/RTCSession.js';
import type { RTCSessionEvent } from 'jssip/lib/UA.js';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test, vi } from 'vitest';
import { createPhone, PAGE_HEADER, pageOf, reasonOf, type CallLike as CallSession, type Phone } from '../../src/calling/phone.js';
import { Phone as TestPhone, audioPacketsReceived, confirmed, ending, loopbackOnly } from '../sip/phone.js';
import { ephemeralCredentials } from '../../mocks/backend/ephemeral.js';

const provided = inject('sipServer');
if ('error' in provided) throw new Error(provided.error);
const server = provided;

const run = Math.random().toString(36).slice(2, 8);
const users = { alice: `alice-${run}`, bob: `bob-${run}`, carol: `carol-${run}`, dave: `dave-${run}` };
const credentials = (user: string) => ephemeralCredentials(server.secret, user, new Date(Date.now() + 3_600_000));

const until = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 50_000, interval: 50 });

/** Everything a phone said, in order. */
function record(phone: Phone) {
  const events: string[] = [];
  const calls: CallSession[] = [];
  for (const type of ['registered', 'unregistered', 'registrationFailed', 'ringing', 'connected', 'ended', 'failed'] as const)
    phone.on(type, (detail) => events.push(type === 'failed' || type === 'registrationFailed' ? `${type}:${(detail as { reason: string }).reason}` : type));
  phone.on('incoming', (call) => {
    events.push('incoming');
    calls.push(call);
  });
  return { events, calls };
}

const kitPhone = (user: string, credentials: { username: string; password: string }) =>
  createPhone({
    websocketUrl: server.url,
    sipUri: `sip:${user}@${server.domain}`,
    authorizationUser: credentials.username,
    password: credentials.password,
    localSdp: loopbackOnly,
  });

describe('the kit phone registered as bob, called by alice', () => {
  let bob: Phone;
  let heard: ReturnType<typeof record>;
  let alice: TestPhone;

  beforeAll(async () => {
    bob = kitPhone(users.bob, await credentials(users.bob));
    heard = record(bob);
    bob.register();
    alice = new TestPhone(server, users.alice, await credentials(users.alice));
    await alice.register();
    await until(() => expect(heard.events).toContain('registered'));
    expect(bob.registered).toBe(true);
  });

  afterAll(() => {
    bob.unregister();
    alice.stop();
  });

  test('rings with the page, answers, carries audio both ways, DTMF, mute, hold, and ends when the caller hangs up', async () => {
    const outgoing = alice.ua.call(`sip:${users.bob}@${server.domain}`, {
      mediaConstraints: { audio: true, video: false },
      pcConfig: { iceServers: [] },
      extraHeaders: [`${PAGE_HEADER}: https://shop.example.com/contact?email=x`],
    });
    outgoing.on('sdp', (event) => {
      if (event.originator === 'local') event.sdp = loopbackOnly(event.sdp);
    });
    const call = await until(() => {
      expect(heard.calls).toHaveLength(1);
      return heard.calls[0]!;
    });
    expect(call).toMatchObject({ direction: 'incoming', state: 'ringing', pageUrl: 'https://shop.example.com/contact?email=x' });
    expect(call.remoteIdentity.user).toBe(users.alice);

    call.answer();
    await confirmed(outgoing);
    await until(() => expect(call.state).toBe('connected'));
    expect(call.startedAt).toBeInstanceOf(Date);
    await until(async () => expect(await audioPacketsReceived(outgoing)).toBeGreaterThan(0));
    await until(async () => {
      const stats = await call.connection!.getStats();
      let packets = 0;
      stats.forEach((r: { type: string; kind?: string; packetsReceived?: number }) => {
        if (r.type === 'inbound-rtp' && r.kind === 'audio') packets += r.packetsReceived ?? 0;
      });
      expect(packets).toBeGreaterThan(0);
    });

    // DTMF both ways, as SIP INFO.
    const tones: string[] = [];
    call.on('dtmf', (tone) => tones.push(tone));
    alice.sendTones(outgoing, '42#');
    await until(() => expect(tones.join('')).toBe('42#'));
    const aliceTones: string[] = [];
    outgoing.on('newDTMF', ({ originator, dtmf }: IncomingDTMFEvent | OutgoingDTMFEvent) => {
      if (originator === 'remote') aliceTones.push(dtmf.tone);
    });
    call.sendDtmf('7*');
    await until(() => expect(aliceTones.join('')).toBe('7*'));

    call.mute(true);
    expect(call.muted).toBe(true);
    expect(outgoing.isOnHold().remote).toBe(false);

    // Hold is a re-INVITE the far side sees.
    expect(await call.hold(true)).toBe(true);
    expect(call.held.local).toBe(true);
    await until(() => expect(outgoing.isOnHold().remote).toBe(true));
    expect(await call.hold(false)).toBe(true);
    await until(() => expect(outgoing.isOnHold().remote).toBe(false));

    const ends = ending(outgoing);
    outgoing.terminate();
    await ends;
    await until(() => expect(call.state).toBe('ended'));
    expect(heard.events).toEqual(['registered', 'incoming', 'connected', 'ended']);
  });

  test('a caller who gives up while it rings is a call that failed for want of an answer, from the far side', async () => {
    const outgoing = alice.call(users.bob);
    const call = await until(() => {
      expect(heard.calls.length).toBeGreaterThan(1);
      return heard.calls.at(-1)!;
    });
    const failures: { reason: string; originator: string }[] = [];
    call.on('failed', (detail) => failures.push(detail));
    expect(call.pageUrl).toBeNull();
    outgoing.terminate();
    await until(() => expect(failures).toEqual([{ reason: 'no_answer', originator: 'remote', status: undefined }]));
  });

  test('declined, the caller hears Busy Here', async () => {
    const outgoing = alice.call(users.bob);
    const ends = ending(outgoing);
    const call = await until(() => {
      expect(heard.calls.length).toBeGreaterThan(2);
      return heard.calls.at(-1)!;
    });
    call.decline();
    expect(await ends).toMatchObject({ how: 'failed', event: { cause: 'Busy' } });
  });
});

describe('the kit phone calling', () => {
  const phones: { stop(): void }[] = [];
  afterEach(() => phones.splice(0).forEach((p) => p.stop()));

  test('a registered user: the callee answers, and the kit phone hangs up', async () => {
    const bob = new TestPhone(server, users.dave, await credentials(users.dave));
    phones.push(bob);
    await bob.register();
    const pages: (string | undefined)[] = [];
    bob.ua.on('newRTCSession', ({ request }: RTCSessionEvent) => pages.push(request.getHeader(PAGE_HEADER)));
    const alice = kitPhone(users.alice, await credentials(users.alice));
    phones.push({ stop: () => alice.unregister() });
    const call = await alice.call(users.dave, { extraHeaders: [`${PAGE_HEADER}: https://shop.example.com/`] });
    const ringing = await until(() => {
      expect(bob.incoming).toHaveLength(1);
      return bob.incoming[0]!;
    });
    expect(pages).toEqual(['https://shop.example.com/']);
    bob.answer(ringing);
    await until(() => expect(call.state).toBe('connected'));
    const ends = ending(ringing);
    call.hangup();
    expect(await ends).toMatchObject({ how: 'ended', event: { originator: 'remote' } });
    expect(call.state).toBe('ended');
  });

  test('a user who is not registered fails as not found', async () => {
    const alice = kitPhone(users.alice, await credentials(users.alice));
    phones.push({ stop: () => alice.unregister() });
    const call = await alice.call('nobody');
    const failure = await new Promise((done) => call.on('failed', done));
    expect(failure).toEqual({ originator: 'remote', reason: 'not_found', status: 404 });
  });
});

describe('registration refused', () => {
  test('with a wrong password', async () => {
    const carol = kitPhone(users.carol, { username: (await credentials(users.carol)).username, password: (await credentials(users.alice)).password });
    const heard = record(carol);
    carol.register();
    await until(() => expect(heard.events).toEqual(['registrationFailed:rejected']));
    carol.unregister();
  });

  test('with no server at the address', async () => {
    const phone = createPhone({ websocketUrl: 'ws://127.0.0.1:9', sipUri: 'sip:a@dialkit.test', authorizationUser: 'a', password: 'b' });
    const heard = record(phone);
    phone.register();
    await until(() => expect(heard.events).toEqual(['registrationFailed:network']));
    await expect(phone.call('b')).rejects.toMatchObject({ reason: 'network' });
  });
});

test('an anonymous phone that cannot reach the server says so at each call', async () => {
  const phone = createPhone({ websocketUrl: 'ws://127.0.0.1:9' });
  await expect(phone.call(`sip:${users.bob}@${server.domain}`)).rejects.toMatchObject({ reason: 'network' });
  await expect(phone.call(`sip:${users.bob}@${server.domain}`)).rejects.toMatchObject({ reason: 'network' });
});

test('pages and causes in the kit words', () => {
  expect(pageOf('javascript:alert(1)')).toBeNull();
  expect(pageOf('https://a.example/x')).toBe('https://a.example/x');
  expect(pageOf(undefined)).toBeNull();
  expect(reasonOf('User Denied Media Access')).toBe('microphone_refused');
  expect(reasonOf('Busy')).toBe('busy');
  expect(reasonOf('something else')).toBe('unknown');
});

test('the microphone is asked for once and let go', async () => {
  const phone = kitPhone(users.alice, await credentials(users.alice));
  // Chromium's fake device, allowed by the test browser's flags.
  expect(await phone.checkMicrophone()).toBe('granted');
});
