// A softphone for the calling tests, in the page: JsSIP over WebSocket to the
// test SIP server, with what a test waits on kept as plain state (calls
// received, DTMF heard) and promises for registration and call ends.
import { C, UA, WebSocketInterface } from 'jssip';
import type { EndEvent, IncomingDTMFEvent, OutgoingDTMFEvent, RTCSession } from 'jssip/lib/RTCSession.js';
import type { RTCSessionEvent } from 'jssip/lib/UA.js';
import type { SipCredentials } from '../../scripts/sip-server.js';

export interface SipServerAddress {
  url: string;
  domain: string;
}

/** How a registration or a call ended when it did not succeed. */
export interface SipFailure {
  status: number | undefined;
  cause: string;
}

const MEDIA = { audio: true, video: false };

/**
 * Only the loopback candidates: the machine may have other interfaces, and a
 * test's media stays on 127.0.0.1. The rest of the SDP is left as it is.
 */
export const loopbackOnly = (sdp: string): string =>
  sdp
    .split('\r\n')
    .filter((line) => !line.startsWith('a=candidate:') || / 127\.0\.0\.1 /.test(line))
    .join('\r\n');

const failure = (event: { cause: string; message?: unknown; response?: unknown }): SipFailure => {
  const reply = (event.response ?? event.message) as { status_code?: number } | undefined;
  return { status: reply?.status_code, cause: event.cause };
};

export class Phone {
  readonly ua: UA;
  readonly aor: string;
  /** Calls that came in, newest last. */
  readonly incoming: RTCSession[] = [];
  /** DTMF tones received in calls, in order. */
  readonly tones: string[] = [];

  constructor(server: SipServerAddress, user: string, credentials: SipCredentials) {
    this.aor = `sip:${user}@${server.domain}`;
    this.ua = new UA({
      sockets: [new WebSocketInterface(server.url)],
      uri: this.aor,
      authorization_user: credentials.username,
      password: credentials.password,
      register: false,
    });
    this.ua.on('newRTCSession', ({ originator, session }: RTCSessionEvent) => {
      if (originator !== 'remote') return;
      this.watch(session);
      this.incoming.push(session);
      session.on('newDTMF', ({ originator: from, dtmf }: IncomingDTMFEvent | OutgoingDTMFEvent) => {
        if (from === 'remote') this.tones.push(dtmf.tone);
      });
    });
  }

  /** Connects and registers; rejects with a SipFailure when refused. */
  register(): Promise<void> {
    return new Promise((done, fail) => {
      this.ua.once('registered', () => done());
      this.ua.once('registrationFailed', (event) => fail(failure(event)));
      // A REGISTER sent before the WebSocket is open fails at once.
      this.ua.once('connected', () => this.ua.register());
      this.ua.start();
    });
  }

  /** Calls `user` of the same domain. */
  call(user: string): RTCSession {
    const target = `sip:${user}@${this.aor.split('@')[1]}`;
    const session = this.ua.call(target, { mediaConstraints: MEDIA, pcConfig: { iceServers: [] } });
    this.watch(session);
    return session;
  }

  answer(session: RTCSession): void {
    session.answer({ mediaConstraints: MEDIA, pcConfig: { iceServers: [] } });
  }

  /**
   * Sends DTMF tones as SIP INFO (application/dtmf-relay): a browser cannot
   * report the RFC 4733 events it receives in RTP, a softphone can report INFO.
   */
  sendTones(session: RTCSession, tones: string): void {
    session.sendDTMF(tones, { transportType: C.DTMF_TRANSPORT.INFO, interToneGap: 70 });
  }

  stop(): void {
    this.ua.stop();
  }

  private watch(session: RTCSession): void {
    session.on('sdp', (event) => {
      if (event.originator === 'local') event.sdp = loopbackOnly(event.sdp);
    });
  }
}

/** Settles when the call ends: how it ended (`ended`) or how it failed. */
export function ending(session: RTCSession): Promise<{ how: 'ended' | 'failed'; event: EndEvent }> {
  return new Promise((done) => {
    session.once('ended', (event) => done({ how: 'ended', event }));
    session.once('failed', (event) => done({ how: 'failed', event }));
  });
}

/** Resolves when the call is established and acknowledged (ACK sent or received). */
export function confirmed(session: RTCSession): Promise<void> {
  return new Promise((done, fail) => {
    if (session.isEstablished()) return done();
    session.once('confirmed', () => done());
    session.once('failed', (event) => fail(failure(event)));
  });
}

/** Fails with how the call failed; resolves never if it does not. */
export function failed(session: RTCSession): Promise<SipFailure> {
  return new Promise((done) => session.once('failed', (event) => done(failure(event))));
}

/** Audio RTP packets received so far on this call's connection. */
export async function audioPacketsReceived(session: RTCSession): Promise<number> {
  const stats = await session.connection.getStats();
  let packets = 0;
  stats.forEach((report: { type: string; kind?: string; packetsReceived?: number }) => {
    if (report.type === 'inbound-rtp' && report.kind === 'audio') packets += report.packetsReceived ?? 0;
  });
  return packets;
}
