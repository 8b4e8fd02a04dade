/**
 * A phone of the softphone's shape (src/calling/types.ts) with no SIP server:
 * for the stories and the tests of what a real server cannot be made to do
 * on demand (a refused microphone, credentials renewed). The test or story
 * rings it, and plays the caller's part.
 */
import type { CallFailureReason, CallLike, CallSessionEvents, PhoneEvents, PhoneFactory, PhoneLike, PhoneOptions } from '../../../src/calling/types.js';

type Listener = (detail: never) => void;

class Events<E> {
  private readonly listeners = new Map<keyof E, Set<Listener>>();
  on = <K extends keyof E>(type: K, listener: (detail: E[K]) => void): (() => void) => {
    const set = this.listeners.get(type) ?? new Set();
    this.listeners.set(type, set);
    set.add(listener as Listener);
    return () => set.delete(listener as Listener);
  };
  emit<K extends keyof E>(type: K, detail: E[K]): void {
    for (const listener of [...(this.listeners.get(type) ?? [])]) (listener as (d: E[K]) => void)(detail);
  }
}

export class FakeCall extends Events<CallSessionEvents> implements CallLike {
  readonly direction = 'incoming' as const;
  startedAt: Date | null = null;
  endedAt: Date | null = null;
  state: CallLike['state'] = 'ringing';
  muted = false;
  held = { local: false, remote: false };
  readonly connection = null;
  /** Tones this side sent. */
  readonly sent: string[] = [];

  constructor(
    readonly remoteIdentity: CallLike['remoteIdentity'],
    readonly pageUrl: string | null,
    private readonly microphone: () => boolean,
  ) {
    super();
  }

  answer(): void {
    if (this.state !== 'ringing') return;
    if (!this.microphone()) return this.end('failed', 'local', 'microphone_refused');
    this.state = 'connected';
    this.startedAt = new Date();
    this.emit('connected', undefined);
  }
  decline(): void {
    if (this.state === 'ringing') this.end('failed', 'local', 'busy');
  }
  hangup(): void {
    if (this.state === 'ringing') this.end('failed', 'local', 'no_answer');
    else if (this.state === 'connected') this.end('ended', 'local');
  }
  mute(on: boolean): void {
    this.muted = on;
  }
  async hold(on: boolean): Promise<boolean> {
    this.held = { ...this.held, local: on };
    this.emit('hold', this.held);
    return true;
  }
  sendDtmf(digits: string): void {
    this.sent.push(...digits);
  }

  // The caller's part.
  /** The caller presses keys. */
  press(tones: string): void {
    for (const tone of tones) this.emit('dtmf', tone);
  }
  /** The caller hangs up (a missed call while it rings). */
  remoteHangup(): void {
    if (this.state === 'ringing') this.end('failed', 'remote', 'no_answer');
    else if (this.state === 'connected') this.end('ended', 'remote');
  }

  private end(how: 'ended' | 'failed', originator: 'local' | 'remote', reason?: CallFailureReason): void {
    this.state = 'ended';
    this.endedAt = new Date();
    if (how === 'ended') this.emit('ended', { originator });
    else this.emit('failed', { originator, reason: reason ?? 'unknown' });
  }
}

export interface FakeOptions {
  /** How the registration goes (default: registered). */
  registration?: 'registered' | CallFailureReason;
  microphone?: 'granted' | 'refused' | 'missing';
}

export class FakePhone extends Events<PhoneEvents> implements PhoneLike {
  registered = false;
  /** Credentials given by `renew`, in order. */
  readonly renewals: { authorizationUser: string; password: string }[] = [];
  stopped = false;

  constructor(
    readonly options: PhoneOptions,
    private readonly fake: FakeOptions = {},
  ) {
    super();
  }

  async checkMicrophone(): Promise<'granted' | 'refused' | 'missing'> {
    return this.fake.microphone ?? 'granted';
  }
  register(): void {
    queueMicrotask(() => {
      const outcome = this.fake.registration ?? 'registered';
      if (outcome === 'registered') {
        this.registered = true;
        this.emit('registered', undefined);
      } else this.emit('registrationFailed', { reason: outcome });
    });
  }
  renew(credentials: { authorizationUser: string; password: string }): void {
    this.renewals.push(credentials);
  }
  unregister(): void {
    this.registered = false;
    this.stopped = true;
  }
  async call(): Promise<CallLike> {
    throw new Error('the fake phone only answers');
  }

  /** A call comes in. */
  ring(caller: { user: string; displayName?: string | null; pageUrl?: string | null }): FakeCall {
    const call = new FakeCall(
      { user: caller.user, displayName: caller.displayName ?? null, uri: `sip:${caller.user}@example.com` },
      caller.pageUrl ?? null,
      () => (this.fake.microphone ?? 'granted') === 'granted',
    );
    this.emit('incoming', call);
    return call;
  }
}

/** A factory making fake phones, and the phones it made. */
export function fakePhones(fake: FakeOptions = {}): { factory: PhoneFactory; phones: FakePhone[] } {
  const phones: FakePhone[] = [];
  return {
    phones,
    factory: (options) => {
      const phone = new FakePhone(options, fake);
      phones.push(phone);
      return phone;
    },
  };
}
