/**
 * The softphone's line: short-lived credentials from the backend
 * (`issueSoftphoneCredentials`, renewed before they expire, never kept beyond
 * the phone), the microphone asked for when the user goes online, the phone
 * registered, and the one call at a time it carries.
 */
import type { ReactiveControllerHost } from 'lit';
import type { DialkitAdapter } from '../../../adapter/adapter.js';
import type { SoftphoneCredentials } from '../../../adapter/types.js';
import type { DialkitError } from '../../../core/errors.js';
import { reimportable } from '../../../core/reimport.js';
import type { CallFailureReason, CallLike, PhoneFactory, PhoneLike } from '../../../calling/types.js';

export type LineState = 'offline' | 'connecting' | 'online' | 'failed';

/** Why the line is not up: a reason of the phone's, the microphone, or the backend's refusal. */
export type LineFailure =
  | { kind: 'phone'; reason: CallFailureReason | 'microphone_missing' }
  | { kind: 'backend'; error: DialkitError };

/** The credentials are asked for again this long before they expire. */
export const RENEW_BEFORE_MS = 5 * 60_000;
/** A failed renewal is tried again after this long, while the old credentials last. */
const RENEW_RETRY_MS = 30_000;

/** The kit's phone, loaded with its SIP library only now. */
const phone = reimportable(() => import('../../../calling/phone.js'));
export const loadPhone: PhoneFactory = async (options) => (await phone()).createPhone(options);

export interface LineHost {
  host: ReactiveControllerHost;
  backend: () => DialkitAdapter;
  factory: () => PhoneFactory;
  report: (operation: string, error: unknown) => void;
  /** The line changed state. */
  changed: (state: LineState) => void;
  /** A call came in. */
  incoming: (call: CallLike) => void;
}

export class Line {
  state: LineState = 'offline';
  failure: LineFailure | null = null;
  /** The registered user's display name, once online. */
  displayName = '';
  private phone: PhoneLike | null = null;
  private renewal?: ReturnType<typeof setTimeout>;
  private memberId = '';
  /** Counts the attempts: an answer for an attempt given up on is dropped. */
  private attempt = 0;
  private readonly stops: (() => void)[] = [];

  constructor(private readonly o: LineHost) {}

  /** Goes online as `memberId`'s line: credentials, microphone, registration. */
  async start(memberId: string): Promise<void> {
    this.teardown();
    const attempt = ++this.attempt;
    this.memberId = memberId;
    this.set('connecting');
    const credentials = await this.credentials();
    if (!credentials || attempt !== this.attempt) return;
    let phone: PhoneLike;
    try {
      phone = await this.o.factory()({
        websocketUrl: credentials.websocketUrl,
        sipUri: credentials.sipUri,
        authorizationUser: credentials.authorizationUser,
        password: credentials.password,
        displayName: credentials.displayName,
        ...(credentials.iceServers ? { iceServers: credentials.iceServers as RTCIceServer[] } : {}),
      });
    } catch (error) {
      // The phone's module could not be loaded (the network, most often).
      if (attempt === this.attempt) this.fail({ kind: 'phone', reason: 'network' });
      this.o.report('loadPhone', { code: 'network', message: (error as Error).message ?? String(error) });
      return;
    }
    if (attempt !== this.attempt) return;
    this.phone = phone;
    const microphone = await phone.checkMicrophone();
    if (attempt !== this.attempt) return;
    if (microphone !== 'granted') {
      this.fail({ kind: 'phone', reason: microphone === 'missing' ? 'microphone_missing' : 'microphone_refused' });
      return;
    }
    this.displayName = credentials.displayName;
    this.stops.push(
      phone.on('registered', () => {
        this.failure = null;
        this.set('online');
      }),
      phone.on('registrationFailed', ({ reason }) => this.fail({ kind: 'phone', reason })),
      phone.on('incoming', (call) => this.o.incoming(call)),
    );
    this.schedule(credentials.expiresAt);
    phone.register();
  }

  /** Goes offline: the call, if any, ends; the registration is withdrawn; the credentials forgotten. */
  stop(): void {
    this.teardown();
    this.set('offline');
  }

  private teardown(): void {
    this.attempt++;
    clearTimeout(this.renewal);
    this.stops.splice(0).forEach((stop) => stop());
    const phone = this.phone;
    this.phone = null;
    phone?.unregister();
  }

  /** Offline after a failure, saying why. */
  private fail(failure: LineFailure): void {
    this.teardown();
    this.failure = failure;
    this.set('failed');
  }

  private set(state: LineState): void {
    if (state !== 'failed') this.failure = null;
    this.o.host.requestUpdate();
    if (this.state === state) return;
    this.state = state;
    this.o.changed(state);
  }

  private async credentials(): Promise<SoftphoneCredentials | null> {
    const attempt = this.attempt;
    const result = await this.o.backend().issueSoftphoneCredentials(this.memberId);
    if (attempt !== this.attempt) return null;
    if (!result.ok) {
      this.o.report('issueSoftphoneCredentials', result.error);
      this.fail({ kind: 'backend', error: result.error });
      return null;
    }
    return result.data;
  }

  /** New credentials before these expire; the registration goes on with them. */
  private schedule(expiresAt: string, retry = false): void {
    clearTimeout(this.renewal);
    const left = Date.parse(expiresAt) - Date.now();
    const wait = retry ? Math.min(RENEW_RETRY_MS, Math.max(left - 1000, 0)) : Math.max(left - RENEW_BEFORE_MS, left / 2, 0);
    this.renewal = setTimeout(() => void this.renew(expiresAt), wait);
  }

  private async renew(expiresAt: string): Promise<void> {
    const attempt = this.attempt;
    const result = await this.o.backend().issueSoftphoneCredentials(this.memberId);
    if (attempt !== this.attempt || !this.phone) return;
    if (result.ok) {
      this.phone.renew({ authorizationUser: result.data.authorizationUser, password: result.data.password });
      this.schedule(result.data.expiresAt);
    } else if (Date.parse(expiresAt) - Date.now() > 1000) {
      this.schedule(expiresAt, true);
    } else {
      this.o.report('issueSoftphoneCredentials', result.error);
      this.fail({ kind: 'backend', error: result.error });
    }
  }
}
