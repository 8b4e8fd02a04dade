/**
 * The kit's one phone: a small typed face over JsSIP (SIP over WebSocket,
 * WebRTC audio) for the softphone and the website's call button. Elements
 * load this module with `import()` only when a call is wanted, so JsSIP is
 * never part of a page's first load.
 *
 * A phone with credentials registers (`register()`) and takes calls
 * (`incoming`); a phone without them calls anonymously. A call is a
 * `CallSession`: answer, decline, hang up, mute, hold and DTMF (sent as SIP
 * INFO, which the far side can report; a browser cannot report the RFC 4733
 * tones it receives). The microphone is asked for only when a call is placed
 * or answered.
 */
import { C, UA, WebSocketInterface } from 'jssip';
import type { EndEvent, IncomingDTMFEvent, OutgoingDTMFEvent, RTCSession } from 'jssip/lib/RTCSession.js';
import type { RTCSessionEvent, UnRegisteredEvent } from 'jssip/lib/UA.js';
import {
  PAGE_HEADER,
  type CallFailureReason,
  type CallLike,
  type CallOptions,
  type CallSessionEvents,
  type EndedDetail,
  type FailedDetail,
  type Identity,
  type PhoneEvents,
  type PhoneLike,
  type PhoneOptions,
} from './types.js';
import { Emitter } from './emitter.js';

export * from './types.js';

/** A call that could not be placed at all. */
export class PhoneError extends Error {
  constructor(readonly reason: CallFailureReason) {
    super(reason);
    this.name = 'PhoneError';
  }
}

/** JsSIP's end and failure causes, in the kit's words. */
export function reasonOf(cause: string | undefined): CallFailureReason {
  switch (cause) {
    case C.causes.USER_DENIED_MEDIA_ACCESS:
      return 'microphone_refused';
    case C.causes.NO_ANSWER:
    case C.causes.EXPIRES:
    case C.causes.CANCELED:
      return 'no_answer';
    case C.causes.BUSY:
      return 'busy';
    case C.causes.REJECTED:
    case C.causes.AUTHENTICATION_ERROR:
      return 'rejected';
    case C.causes.NOT_FOUND:
    case C.causes.ADDRESS_INCOMPLETE:
      return 'not_found';
    case C.causes.UNAVAILABLE:
    case C.causes.REDIRECTED:
      return 'unavailable';
    case C.causes.CONNECTION_ERROR:
    case C.causes.REQUEST_TIMEOUT:
    case C.causes.RTP_TIMEOUT:
      return 'network';
    default:
      return 'unknown';
  }
}

/** The page a call came from, when it is an http(s) address; anything else is dropped. */
export function pageOf(value: string | undefined): string | null {
  if (!value || value.length > 2048) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

const statusOf = (event: { message?: unknown; response?: unknown }): number | undefined =>
  ((event.response ?? event.message) as { status_code?: number } | undefined)?.status_code;

/** One call, incoming or outgoing. */
export class CallSession extends Emitter<CallSessionEvents> implements CallLike {
  readonly direction: 'incoming' | 'outgoing';
  readonly remoteIdentity: Identity;
  /** The website page an incoming call came from, from its `X-Dialkit-Page` header. */
  readonly pageUrl: string | null;
  /** When the call was answered; null before. */
  startedAt: Date | null = null;
  /** When it ended or failed; null before. */
  endedAt: Date | null = null;
  state: 'ringing' | 'connected' | 'ended' = 'ringing';
  muted = false;
  held = { local: false, remote: false };
  readonly #session: RTCSession;
  readonly #phone: Phone;
  readonly #audio: HTMLAudioElement | null;

  /** @internal made by `Phone` only. */
  constructor(session: RTCSession, phone: Phone, pageHeader: string | undefined) {
    super();
    this.#session = session;
    this.#phone = phone;
    this.direction = session.direction === 'incoming' ? 'incoming' : 'outgoing';
    const remote = session.remote_identity;
    this.remoteIdentity = {
      user: remote.uri.user ?? 'anonymous',
      displayName: remote.display_name || null,
      uri: remote.uri.toString(),
    };
    this.pageUrl = this.direction === 'incoming' ? pageOf(pageHeader) : null;
    this.#audio = typeof Audio === 'function' ? new Audio() : null;
    if (this.#audio) this.#audio.autoplay = true;

    session.on('sdp', (event) => {
      if (event.originator === 'local' && phone.options.localSdp) event.sdp = phone.options.localSdp(event.sdp);
    });
    if (session.connection) this.#hear(session.connection);
    else session.on('peerconnection', ({ peerconnection }) => this.#hear(peerconnection));
    session.on('progress', () => {
      if (this.direction === 'outgoing') this.emit('ringing', undefined);
    });
    session.on('confirmed', () => {
      this.startedAt ??= new Date();
      this.state = 'connected';
      this.emit('connected', undefined);
    });
    session.on('ended', (event: EndEvent) => this.#finish('ended', event));
    session.on('failed', (event: EndEvent) => this.#finish('failed', event));
    session.on('newDTMF', ({ originator, dtmf }: IncomingDTMFEvent | OutgoingDTMFEvent) => {
      if (originator === 'remote') this.emit('dtmf', dtmf.tone);
    });
    const held = () => {
      this.held = { ...session.isOnHold() };
      this.emit('hold', this.held);
    };
    session.on('hold', held);
    session.on('unhold', held);
  }

  /** The peer connection, once there is one (for statistics). */
  get connection(): RTCPeerConnection | null {
    return this.#session.connection ?? null;
  }

  /** Answers an incoming call; asks for the microphone now. */
  answer(): void {
    if (this.direction !== 'incoming' || this.state !== 'ringing') return;
    this.#session.answer({ mediaConstraints: { audio: true, video: false }, pcConfig: this.#phone.pcConfig });
  }

  /** Declines a ringing incoming call (486 Busy Here, so the caller's voicemail or queue may take it). */
  decline(): void {
    if (this.direction === 'incoming' && this.state === 'ringing') this.#session.terminate({ status_code: 486 });
  }

  /** Ends the call at any point: cancels it while it rings, hangs it up once connected. */
  hangup(): void {
    if (this.state !== 'ended' && !this.#session.isEnded()) this.#session.terminate();
  }

  mute(on: boolean): void {
    if (on) this.#session.mute({ audio: true });
    else this.#session.unmute({ audio: true });
    this.muted = on;
  }

  /** Holds or resumes the call (a re-INVITE); settles when the far side agreed. */
  hold(on: boolean): Promise<boolean> {
    return new Promise((done) => {
      const sent = on ? this.#session.hold({}, () => done(true)) : this.#session.unhold({}, () => done(true));
      if (!sent) done(false);
    });
  }

  /** Sends DTMF tones (0-9, *, #, A-D) as SIP INFO. */
  sendDtmf(digits: string): void {
    const tones = digits.replace(/[^0-9A-D#*]/gi, '');
    if (tones && this.state === 'connected')
      this.#session.sendDTMF(tones, { transportType: C.DTMF_TRANSPORT.INFO, interToneGap: 70 });
  }

  #hear(connection: RTCPeerConnection): void {
    // Media lost (the network, the far side gone without a word, its page
    // closed): the call is over when the connection fails, or stays
    // disconnected for ten seconds, and fails as `network` on this side.
    let lost: ReturnType<typeof setTimeout> | undefined;
    connection.addEventListener('connectionstatechange', () => {
      clearTimeout(lost);
      if (connection.connectionState === 'failed') this.#drop();
      else if (connection.connectionState === 'disconnected') lost = setTimeout(() => this.#drop(), 10_000);
    });
    connection.addEventListener('track', (event) => {
      if (!this.#audio || event.track.kind !== 'audio') return;
      this.#audio.srcObject = event.streams[0] ?? new MediaStream([event.track]);
      // Refused autoplay only silences the far side; the call goes on.
      this.#audio.play().catch(() => undefined);
    });
  }

  /** The media is gone: failed as `network` here first, then a BYE, should the far side still hear it. */
  #drop(): void {
    if (this.state !== 'connected') return;
    this.#finish('failed', { originator: 'system', cause: C.causes.CONNECTION_ERROR } as EndEvent);
    try {
      this.#session.terminate();
    } catch {
      // Already ended by JsSIP.
    }
  }

  #finish(how: 'ended' | 'failed', event: EndEvent): void {
    if (this.state === 'ended') return;
    this.state = 'ended';
    this.endedAt = new Date();
    if (this.#audio) this.#audio.srcObject = null;
    const originator = event.originator as EndedDetail['originator'];
    if (how === 'ended') this.emit('ended', { originator });
    else this.emit('failed', { originator, reason: reasonOf(event.cause), status: statusOf(event) });
    this.#phone.forget(this, how === 'ended' ? { originator } : { originator, reason: reasonOf(event.cause), status: statusOf(event) });
  }
}

export class Phone extends Emitter<PhoneEvents> implements PhoneLike {
  readonly options: PhoneOptions;
  readonly #ua: UA;
  readonly #domain: string;
  readonly #sessions = new Set<CallSession>();
  #connected = false;
  #registered = false;

  constructor(options: PhoneOptions) {
    super();
    this.options = options;
    const uri = options.sipUri ?? `sip:anonymous@${new URL(options.websocketUrl).hostname}`;
    this.#domain = uri.split('@')[1] ?? '';
    this.#ua = new UA({
      sockets: [new WebSocketInterface(options.websocketUrl)],
      uri,
      ...(options.authorizationUser ? { authorization_user: options.authorizationUser } : {}),
      ...(options.password ? { password: options.password } : {}),
      ...(options.displayName ? { display_name: options.displayName } : {}),
      register: false,
      session_timers: false,
    });
    this.#ua.on('connected', () => {
      this.#connected = true;
      if (this.#wantsRegistration) this.#ua.register();
    });
    this.#ua.on('disconnected', () => {
      // The WebSocket never opened: say so instead of retrying forever.
      if (!this.#connected && this.#wantsRegistration) {
        this.#wantsRegistration = false;
        this.#ua.stop();
        this.#started = false;
        this.emit('registrationFailed', { reason: 'network' });
      }
    });
    this.#ua.on('registered', () => {
      this.#registered = true;
      this.emit('registered', undefined);
    });
    this.#ua.on('unregistered', () => {
      if (!this.#registered) return;
      this.#registered = false;
      this.emit('unregistered', undefined);
    });
    this.#ua.on('registrationFailed', (event: UnRegisteredEvent) => {
      this.#registered = false;
      this.emit('registrationFailed', { reason: reasonOf(event.cause), status: statusOf(event) });
    });
    this.#ua.on('newRTCSession', ({ originator, session, request }: RTCSessionEvent) => {
      if (originator !== 'remote') return;
      const call = this.#track(new CallSession(session, this, request.getHeader(PAGE_HEADER)));
      this.emit('incoming', call);
    });
  }

  #wantsRegistration = false;
  #started = false;

  get registered(): boolean {
    return this.#registered;
  }

  get pcConfig(): RTCConfiguration {
    return { iceServers: this.options.iceServers ?? [] };
  }

  async checkMicrophone(): Promise<'granted' | 'refused' | 'missing'> {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
      stream.getTracks().forEach((track) => track.stop());
      return 'granted';
    } catch (error) {
      const name = (error as DOMException).name;
      return name === 'NotFoundError' || name === 'OverconstrainedError' ? 'missing' : 'refused';
    }
  }

  /** Connects and registers; `registered` or `registrationFailed` follows. */
  register(): void {
    this.#wantsRegistration = true;
    if (this.#ua.isConnected()) this.#ua.register();
    else if (!this.#started) this.#start();
  }

  /** New credentials for the next registration refresh (they expire, the registration goes on). */
  renew(credentials: { authorizationUser: string; password: string }): void {
    this.#ua.set('authorization_user', credentials.authorizationUser);
    this.#ua.set('password', credentials.password);
    if (this.#registered) this.#ua.register();
  }

  /** Unregisters, ends every call and closes the connection. */
  unregister(): void {
    this.#wantsRegistration = false;
    for (const session of this.#sessions) session.hangup();
    if (this.#registered) this.#ua.unregister();
    this.#ua.stop();
    this.#started = false;
  }

  /**
   * Calls `target`: a SIP address, or a user of this phone's domain. Connects
   * first if needed; rejects with a `PhoneError` ('network') when the server
   * cannot be reached. The call's own outcome comes as its events.
   */
  async call(target: string, options: CallOptions = {}): Promise<CallSession> {
    const uri = /^sips?:/i.test(target) ? target : `sip:${target}@${this.#domain}`;
    await this.#connect();
    const rtc = this.#ua.call(uri, {
      mediaConstraints: { audio: true, video: false },
      pcConfig: this.pcConfig,
      extraHeaders: options.extraHeaders ?? [],
      anonymous: !this.options.sipUri,
    });
    return this.#track(new CallSession(rtc, this, undefined));
  }

  #connect(): Promise<void> {
    if (this.#ua.isConnected()) return Promise.resolve();
    return new Promise((done, fail) => {
      const stop = [
        this.#on('connected', () => {
          stop.forEach((off) => off());
          done();
        }),
        this.#on('disconnected', () => {
          stop.forEach((off) => off());
          if (!this.#wantsRegistration) {
            this.#ua.stop();
            this.#started = false;
          }
          fail(new PhoneError('network'));
        }),
      ];
      if (!this.#started) this.#start();
    });
  }

  #on(type: 'connected' | 'disconnected', listener: () => void): () => void {
    this.#ua.on(type, listener);
    return () => this.#ua.off(type, listener);
  }

  #start(): void {
    this.#started = true;
    this.#ua.start();
  }

  /** @internal a session tells its phone it is over. */
  forget(session: CallSession, detail: EndedDetail | FailedDetail): void {
    if (!this.#sessions.delete(session)) return;
    if ('reason' in detail) this.emit('failed', { session, ...detail });
    else this.emit('ended', { session, ...detail });
  }

  #track(session: CallSession): CallSession {
    this.#sessions.add(session);
    session.on('ringing', () => this.emit('ringing', session));
    session.on('connected', () => this.emit('connected', session));
    return session;
  }
}

export function createPhone(options: PhoneOptions): Phone {
  return new Phone(options);
}
