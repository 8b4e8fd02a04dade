// Calls through a real SIP server: Kamailio on the loopback interface
// (test/sip/kamailio.cfg, started by test/sip/setup.ts), two softphones in
// this page registered with ephemeral credentials, media straight between
// their peer connections (Chromium's fake microphone), DTMF as SIP INFO.
import { afterAll, beforeAll, describe, expect, inject, test, vi } from 'vitest';
import { Phone, audioPacketsReceived, confirmed, ending, failed, type SipFailure } from './phone.js';

const provided = inject('sipServer');
if ('error' in provided) throw new Error(provided.error);
const server = provided;

/** Waits for a condition, however slow the machine: the test's own timeout bounds it. */
const until = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 50_000, interval: 50 });

const refusal = (phone: Phone) =>
  phone.register().then(
    () => null,
    (reason: SipFailure) => reason,
  );

describe('a call between two registered users', () => {
  let alice: Phone;
  let bob: Phone;

  beforeAll(async () => {
    alice = new Phone(server, 'alice', server.users.alice);
    bob = new Phone(server, 'bob', server.users.bob);
    await Promise.all([alice.register(), bob.register()]);
  });

  afterAll(() => {
    alice.stop();
    bob.stop();
  });

  test('rings, is answered, carries audio both ways and DTMF, and ends for both when the caller hangs up', async () => {
    const outgoing = alice.call('bob');
    const incoming = await until(() => {
      expect(bob.incoming).toHaveLength(1);
      return bob.incoming[0]!;
    });
    expect(incoming.remote_identity.uri.user).toBe('alice');

    bob.answer(incoming);
    await Promise.all([confirmed(outgoing), confirmed(incoming)]);
    expect(outgoing.isEstablished()).toBe(true);
    expect(incoming.isEstablished()).toBe(true);

    // Media flows browser to browser: each side receives the other's audio.
    await until(async () => expect(await audioPacketsReceived(outgoing)).toBeGreaterThan(0));
    await until(async () => expect(await audioPacketsReceived(incoming)).toBeGreaterThan(0));

    // DTMF as SIP INFO, through the server like any in-dialog request.
    alice.sendTones(outgoing, '15#');
    await until(() => expect(bob.tones.join('')).toBe('15#'));

    const callerEnd = ending(outgoing);
    const calleeEnd = ending(incoming);
    outgoing.terminate();
    const [caller, callee] = await Promise.all([callerEnd, calleeEnd]);
    expect(caller).toMatchObject({ how: 'ended', event: { originator: 'local' } });
    expect(callee).toMatchObject({ how: 'ended', event: { originator: 'remote', cause: 'Terminated' } });
    expect(outgoing.isEnded()).toBe(true);
    expect(incoming.isEnded()).toBe(true);
  });

  test('to a user who is not registered fails with 404 Not Found', async () => {
    const session = alice.call('nobody');
    expect(await failed(session)).toEqual({ status: 404, cause: 'Not Found' });
  });
});

describe('registration', () => {
  const phones: Phone[] = [];
  const phone = (user: string, credentials: { username: string; password: string }) => {
    const made = new Phone(server, user, credentials);
    phones.push(made);
    return made;
  };
  afterAll(() => phones.forEach((p) => p.stop()));

  test('with a password not made from the server secret is refused', async () => {
    const refused = await refusal(phone('carol', server.wrongPassword));
    // Challenged again: the credentials given do not pass.
    expect(refused).toEqual({ status: 401, cause: 'Authentication Error' });
  });

  test('with credentials that have expired is refused', async () => {
    const refused = await refusal(phone('dave', server.expired));
    // Challenged again: the credentials given do not pass.
    expect(refused).toEqual({ status: 401, cause: 'Authentication Error' });
  });

  test("as another user with one's own valid credentials is refused", async () => {
    const refused = await refusal(phone('bob', server.users.alice));
    expect(refused).toEqual({ status: 403, cause: expect.any(String) });
  });
});
