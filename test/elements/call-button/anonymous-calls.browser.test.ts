// The test SIP server's rule for the call button's visitors (test/sip/kamailio.cfg):
// an anonymous INVITE, without credentials, reaches a registered user of the
// domain (an agent) and nothing else: no open relay.
import { afterAll, beforeAll, describe, expect, inject, test, vi } from 'vitest';
import { UA, WebSocketInterface } from 'jssip';
import { createPhone, type CallSession, type FailedDetail, type Phone as KitPhone } from '../../../src/calling/phone.js';
import { ephemeralCredentials } from '../../../mocks/backend/ephemeral.js';
import { Phone, loopbackOnly } from '../../sip/phone.js';

const provided = inject('sipServer');
if ('error' in provided) throw new Error(provided.error);
const server = provided;
// An agent of this file's own: a phone another file registered as the same user would take the calls too.
const AGENT = `agent-${Math.random().toString(36).slice(2, 8)}`;
const credentials = (user: string) => ephemeralCredentials(server.secret, user, new Date(Date.now() + 3_600_000));
const until = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 50_000, interval: 50 });

const failure = (session: CallSession) => new Promise<FailedDetail>((done) => session.on('failed', done));

describe('anonymous calls through the test SIP server', () => {
  let agent: Phone;
  let visitor: KitPhone;
  beforeAll(async () => {
    agent = new Phone(server, AGENT, await credentials(AGENT));
    await agent.register();
    visitor = createPhone({ websocketUrl: server.url, localSdp: loopbackOnly });
  });
  afterAll(() => {
    visitor.unregister();
    agent.stop();
  });

  test('reach a registered agent', async () => {
    const session = await visitor.call(`sip:${AGENT}@${server.domain}`);
    await until(() => expect(agent.incoming).toHaveLength(1));
    expect(agent.incoming[0]!.remote_identity.uri.host).toBe('anonymous.invalid');
    session.hangup();
  });

  test('to a user of the domain who is not registered are refused with 404', async () => {
    const session = await visitor.call(`sip:nobody@${server.domain}`);
    expect(await failure(session)).toMatchObject({ status: 404, reason: 'not_found' });
  });

  test('to an address outside the domain are refused with 403: no relay', async () => {
    const session = await visitor.call(`sip:${AGENT}@example.com`);
    expect(await failure(session)).toMatchObject({ status: 403 });
  });

  test('that name a caller instead of being anonymous are challenged, and fail without credentials', async () => {
    const ua = new UA({ sockets: [new WebSocketInterface(server.url)], uri: `sip:alice@${server.domain}`, register: false });
    ua.start();
    try {
      await new Promise((done) => ua.once('connected', done));
      const session = ua.call(`sip:${AGENT}@${server.domain}`, { mediaConstraints: { audio: true, video: false }, pcConfig: { iceServers: [] } });
      const failed = await new Promise<{ cause: string; message?: { status_code?: number } }>((done) => session.once('failed', done));
      expect(failed.message?.status_code).toBe(407);
      expect(agent.incoming).toHaveLength(1);
    } finally {
      ua.stop();
    }
  });
});
