/**
 * Web calling: the callback requests a website's call button leaves when
 * nobody can answer (public, personal data: consent required, the page kept
 * without its query, deleted after 30 days, 3 a phone number a day), and the
 * short-lived credentials a softphone registers with (`auth_ephemeral`).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type {
  CallbackReceipt,
  CallbackRequest,
  CallbackRequestCreate,
  CallbackRequestPage,
  CallbackRequestQuery,
  SoftphoneCredentials,
} from '../contract.js';
import { problem, reply, type Reply } from '../problem.js';
import { ephemeralCredentials } from './ephemeral.js';
import { page } from './members.js';
import { canonical, type ProfileRecord, type Store } from './store.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** How long a callback request is kept after it was received. */
export const CALLBACK_RETENTION_MS = 30 * DAY;
/** How far ahead a preferred time may be. */
export const CALLBACK_HORIZON_MS = 14 * DAY;
/** Callback requests one phone number may leave in 24 hours. */
export const CALLBACKS_PER_PHONE_A_DAY = 3;
/** How long softphone credentials last. */
export const SOFTPHONE_CREDENTIALS_MS = HOUR;

/** A visitor's callback request, as the backend keeps it (until 30 days after `receivedAt`). */
export interface CallbackRecord {
  id: string;
  accountName: string;
  memberId: string;
  profileId: string;
  phoneNumber: string;
  preferredTime: Date | null;
  pageUrl: string | null;
  locale: string;
  consentVersion: string;
  receivedAt: Date;
}

/** The page the button was on, without query and fragment (they often carry personal data). */
function pageWithoutQuery(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return null;
  }
}

/** A secret for a profile that was provisioned without one: 32 random bytes, base64. */
const randomSecret = (): string => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));

export class WebCalling {
  constructor(private readonly s: Store) {}

  /** A visitor asks to be called back; recorded once per idempotency key. */
  requestCallback(key: string | null | undefined, params: CallbackRequestCreate): Reply<CallbackReceipt> {
    const s = this.s;
    s.requireManager();
    if (typeof key !== 'string' || key.length < 8 || key.length > 128)
      throw problem('validation_failed', 'Idempotency-Key must have 8 to 128 characters', { field: 'Idempotency-Key' });
    this.forgetOld();
    const fingerprint = JSON.stringify(canonical(params));
    const seen = s.callbackKeys.get(key);
    if (seen) {
      if (seen.fingerprint !== fingerprint) throw problem('idempotency_key_reused', 'This Idempotency-Key was used with another request');
      return structuredClone(seen.reply) as Reply<CallbackReceipt>;
    }
    const now = s.now();
    if (params.consent !== true) throw problem('consent_required', 'The visitor must agree to the consent text', { field: 'consent' });
    const phone = parsePhoneNumberFromString(params.phoneNumber);
    if (!phone?.isValid() || phone.number !== params.phoneNumber)
      throw problem('invalid_phone_number', 'phoneNumber is not a valid phone number in E.164 form', { field: 'phoneNumber' });
    const preferred = params.preferredTime === undefined ? null : new Date(params.preferredTime);
    if (preferred && !(+preferred > +now && +preferred <= +now + CALLBACK_HORIZON_MS))
      throw problem('invalid_callback_time', 'preferredTime must be in the next 14 days', { field: 'preferredTime' });
    const name = params.accountName.toLowerCase();
    const member = s.membersWhere((m) => m.accountName.toLowerCase() === name)[0];
    const link = member && s.links.get(member.id);
    if (!member || !link || s.profiles.get(link.profileId)?.status !== 'active')
      throw problem('not_found', `No account ${params.accountName} takes callback requests`, { field: 'accountName' });
    const recent = s.callbacks.filter((c) => c.phoneNumber === params.phoneNumber && +now - +c.receivedAt < DAY);
    if (recent.length >= CALLBACKS_PER_PHONE_A_DAY) {
      const retryAfterSeconds = Math.ceil((+recent[0]!.receivedAt + DAY - +now) / 1000);
      throw problem('too_many_requests', 'This phone number already asked to be called back today', { retryAfterSeconds });
    }
    const record: CallbackRecord = {
      id: s.nextId('cbk'),
      accountName: member.accountName,
      memberId: member.id,
      profileId: link.profileId,
      phoneNumber: params.phoneNumber,
      preferredTime: preferred,
      pageUrl: pageWithoutQuery(params.pageUrl),
      locale: params.locale,
      consentVersion: params.consentVersion,
      receivedAt: now,
    };
    s.callbacks.push(record);
    const result = reply({ id: record.id, keptUntil: keptUntil(record) }, 202);
    s.callbackKeys.set(key, { fingerprint, receivedAt: now, reply: structuredClone(result) });
    return result;
  }

  /** The callback requests still kept, oldest first. */
  listCallbackRequests(query: CallbackRequestQuery = {}): Reply<CallbackRequestPage> {
    this.s.requireManager();
    this.forgetOld();
    const items = this.s.callbacks
      .filter((c) => (!query.profileId || c.profileId === query.profileId) && (!query.memberId || c.memberId === query.memberId))
      .map((c) => this.view(c));
    return reply(page(items, query.offset, query.limit));
  }

  /** Credentials for a softphone answering the member's linked account: `auth_ephemeral`'s, valid for an hour. */
  async issueSoftphoneCredentials(memberId: string): Promise<Reply<SoftphoneCredentials>> {
    const s = this.s;
    const member = s.find(s.members, memberId, 'member');
    const link = s.links.get(member.id);
    if (!link) throw problem('account_not_linked', `${member.accountName} is linked to no SIP profile`);
    const profile = s.profiles.get(link.profileId) as ProfileRecord;
    if (!profile.websocketUrl || profile.status !== 'active')
      throw problem('web_calling_unavailable', `The SIP profile ${profile.name} takes no web calls`, { profileId: profile.id, profileName: profile.name });
    // The user the website's button calls (`sip:<account>@<host>`, as the generator writes it): an
    // extension is the PBX's own number, unique only on that PBX, so it never names a line here.
    const user = encodeURIComponent(member.accountName);
    // Whole seconds: the expiry the user name carries is the one given.
    const expiresAt = new Date(Math.floor((+s.now() + SOFTPHONE_CREDENTIALS_MS) / 1000) * 1000);
    const { username, password } = await ephemeralCredentials((profile.webCallingSecret ??= randomSecret()), user, expiresAt);
    const credentials: SoftphoneCredentials = {
      websocketUrl: profile.websocketUrl,
      sipUri: `sip:${user}@${new URL(profile.websocketUrl).hostname}`,
      authorizationUser: username,
      password,
      displayName: member.displayName,
      expiresAt: expiresAt.toISOString(),
    };
    return { status: 200, body: credentials, headers: { 'Cache-Control': 'no-store' } };
  }

  /** Callback requests past their retention, and keys older than a day, are deleted. */
  private forgetOld(): void {
    const now = +this.s.now();
    const kept = this.s.callbacks.filter((c) => now < +c.receivedAt + CALLBACK_RETENTION_MS);
    this.s.callbacks.splice(0, Infinity, ...kept);
    for (const [key, seen] of this.s.callbackKeys) if (now - +seen.receivedAt >= DAY) this.s.callbackKeys.delete(key);
  }

  private view(c: CallbackRecord): CallbackRequest {
    return {
      id: c.id,
      accountName: c.accountName,
      memberId: c.memberId,
      profileId: c.profileId,
      phoneNumber: c.phoneNumber,
      preferredTime: c.preferredTime?.toISOString() ?? null,
      pageUrl: c.pageUrl,
      locale: c.locale as CallbackRequest['locale'],
      consentVersion: c.consentVersion,
      receivedAt: c.receivedAt.toISOString(),
      keptUntil: keptUntil(c),
    };
  }
}

const keptUntil = (c: CallbackRecord): string => new Date(+c.receivedAt + CALLBACK_RETENTION_MS).toISOString();
