/**
 * The public face of the kit's phone (`phone.ts`), as the elements see it.
 * Elements import these types only: the phone itself, and JsSIP with it, load
 * with `import()` when a phone starts. A test or a story gives an element its
 * own object of this shape instead (`phoneFactory`).
 */

/** Why a call or a registration did not go through, in the kit's words. */
export type CallFailureReason =
  | 'microphone_refused'
  | 'no_answer'
  | 'busy'
  | 'unavailable'
  | 'network'
  | 'rejected'
  | 'not_found'
  | 'unknown';

export interface PhoneOptions {
  /** `wss://…`: the SIP server's WebSocket endpoint. */
  websocketUrl: string;
  /** `sip:user@domain` to register as; without it the phone calls anonymously. */
  sipUri?: string;
  authorizationUser?: string;
  password?: string;
  displayName?: string;
  iceServers?: RTCIceServer[];
  /** Rewrites each SDP this phone sends (the tests keep their loopback candidates). */
  localSdp?: (sdp: string) => string;
}

export interface CallOptions {
  /** Headers added to the INVITE, e.g. `X-Dialkit-Page: https://…`. */
  extraHeaders?: string[];
}

export interface Identity {
  /** The user part of the caller's address (`sales`, `+48221234567`), or `anonymous`. */
  user: string;
  /** The name the caller gave, if any. */
  displayName: string | null;
  uri: string;
}

export interface EndedDetail {
  /** Who ended it: `local` (this phone), `remote`, or `system` (a timeout, the network). */
  originator: 'local' | 'remote' | 'system';
}

export interface FailedDetail extends EndedDetail {
  reason: CallFailureReason;
  /** The SIP status when the far side answered with one. */
  status?: number;
}

export interface CallSessionEvents {
  /** The far side rings (an outgoing call). */
  ringing: void;
  /** The call is up: media flows. */
  connected: void;
  ended: EndedDetail;
  failed: FailedDetail;
  /** A DTMF tone the far side sent. */
  dtmf: string;
  /** Hold changed, on either side. */
  hold: { local: boolean; remote: boolean };
}

export interface PhoneEvents {
  registered: void;
  unregistered: void;
  registrationFailed: { reason: CallFailureReason; status?: number };
  /** A call comes in: ringing until answered, declined or given up. */
  incoming: CallLike;
  ringing: CallLike;
  connected: CallLike;
  ended: { session: CallLike } & EndedDetail;
  failed: { session: CallLike } & FailedDetail;
}

/** Listening: gives back the function that stops it. */
export type On<Events> = <K extends keyof Events>(type: K, listener: (detail: Events[K]) => void) => () => void;

/** One call, incoming or outgoing. */
export interface CallLike {
  readonly direction: 'incoming' | 'outgoing';
  readonly remoteIdentity: Identity;
  /** The website page an incoming call came from (its `X-Dialkit-Page` header), an http(s) address or null. */
  readonly pageUrl: string | null;
  readonly startedAt: Date | null;
  readonly endedAt: Date | null;
  readonly state: 'ringing' | 'connected' | 'ended';
  readonly muted: boolean;
  readonly held: { local: boolean; remote: boolean };
  /** The call's peer connection once there is one (for statistics). */
  readonly connection: RTCPeerConnection | null;
  on: On<CallSessionEvents>;
  answer(): void;
  decline(): void;
  hangup(): void;
  mute(on: boolean): void;
  hold(on: boolean): Promise<boolean>;
  sendDtmf(digits: string): void;
}

/** A phone line. */
export interface PhoneLike {
  readonly registered: boolean;
  on: On<PhoneEvents>;
  /** Asks for the microphone once, and lets it go: whether the browser may use it. */
  checkMicrophone(): Promise<'granted' | 'refused' | 'missing'>;
  register(): void;
  renew(credentials: { authorizationUser: string; password: string }): void;
  unregister(): void;
  call(target: string, options?: CallOptions): Promise<CallLike>;
}

/** Makes a phone: the kit's (loaded on first use) or a test's. */
export type PhoneFactory = (options: PhoneOptions) => PhoneLike | Promise<PhoneLike>;

/** The header the call button names the page it was on with. */
export const PAGE_HEADER = 'X-Dialkit-Page';
