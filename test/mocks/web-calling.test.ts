/**
 * Web calling on the mock backend: the callback requests a call button leaves
 * (consent, phone number, preferred time, the page without its query, one
 * record per idempotency key, 3 a phone number a day, deleted after 30 days),
 * and the softphone credentials Kamailio's `auth_ephemeral` checks, over the
 * backend and over HTTP through the checked REST adapter the elements use.
 */
import { createHmac } from 'node:crypto';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { onBackendChange } from '../../src/adapter/changes.js';
import { checkedAdapter } from '../../src/adapter/checked.js';
import { createRestAdapter } from '../../src/adapter/rest.js';
import type { CallbackRequestCreate } from '../../src/adapter/types.js';
import { ephemeralCredentials } from '../../mocks/backend/ephemeral.js';
import type { MockBackend } from '../../mocks/backend/index.js';
import { createHandlers } from '../../mocks/handlers.js';
import { attempt, codeOf, NOW, smallCompany, testClock } from './fixtures.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SECRET = 'kamailio-shared-secret';
const BASE = 'http://dialkit.test/api';

/** A company whose profile `Web` takes web calls: member 1 linked with extension 101, member 2 without one, member 3 on a profile without WebSocket. */
function company() {
  const clock = testClock();
  const { backend, members, profiles } = smallCompany({ now: clock.now });
  const web = backend.addSipProfile({
    name: 'Web',
    status: 'active',
    channels: 4,
    authMode: 'registration',
    websocketUrl: 'wss://sip.example.com/ws',
    webCallingSecret: SECRET,
  }).id;
  const link = (profileId: string, memberId: string, extension: string | null) =>
    backend.linkSipAccount(profileId, { version: backend.getSipProfile(profileId).body.version, memberId, extension });
  link(web, members[1]!, '101');
  link(web, members[2]!, null);
  link(profiles[0]!, members[3]!, '7');
  return { backend, members, profiles, web, clock };
}

const callback = (overrides: Partial<CallbackRequestCreate> = {}): CallbackRequestCreate => ({
  accountName: 'member.0.test',
  phoneNumber: '+48221234567',
  consent: true,
  consentVersion: 'callback-1',
  locale: 'pl',
  ...overrides,
});

describe('ephemeralCredentials', () => {
  it('gives auth_ephemeral’s user name and password: <expiry>:<user> and base64(HMAC-SHA1(secret, user name))', async () => {
    const expiresAt = new Date('2026-03-16T11:00:00Z');
    const { username, password } = await ephemeralCredentials('s3cret', '101', expiresAt);
    expect(username).toBe('1773658800:101');
    // Computed apart: `printf '1773658800:101' | openssl dgst -sha1 -hmac s3cret -binary | base64`, and Node's own HMAC.
    expect(password).toBe('oXBayAJ85/akhYi1dYAWHQh85Ow=');
    expect(password).toBe(createHmac('sha1', 's3cret').update(username).digest('base64'));
  });

  it('drops the milliseconds of the expiry and keeps any user, a non-ASCII secret included', async () => {
    const { username, password } = await ephemeralCredentials('zażółć', 'anna.nowak', new Date('2026-03-16T11:00:00.999Z'));
    expect(username).toBe('1773658800:anna.nowak');
    expect(password).toBe(createHmac('sha1', Buffer.from('zażółć', 'utf8')).update(username).digest('base64'));
  });
});

describe('issueSoftphoneCredentials', () => {
  it('issues credentials for an hour, for the account the call button calls, never the extension of the link', async () => {
    const { backend, members } = company();
    const answer = await backend.issueSoftphoneCredentials(members[1]!);
    const expiry = Math.floor((NOW.getTime() + HOUR) / 1000);
    expect(answer.headers).toEqual({ 'Cache-Control': 'no-store' });
    // members[1] is linked with extension 101: an extension is the PBX's own number, not a line on the service.
    expect(answer.body).toEqual({
      websocketUrl: 'wss://sip.example.com/ws',
      sipUri: 'sip:member.0.test@sip.example.com',
      authorizationUser: `${expiry}:member.0.test`,
      password: createHmac('sha1', SECRET).update(`${expiry}:member.0.test`).digest('base64'),
      displayName: 'Member 0',
      expiresAt: new Date(expiry * 1000).toISOString(),
    });
  });

  it('is the same address for a link without extension', async () => {
    const { backend, members } = company();
    const { body } = await backend.issueSoftphoneCredentials(members[2]!);
    expect(body.sipUri).toBe('sip:member.1.test@sip.example.com');
    expect(body.authorizationUser).toMatch(/^\d+:member\.1\.test$/);
  });

  it('refuses an account linked to no profile, and a profile that takes no web calls', async () => {
    const { backend, members } = company();
    const refusal = (memberId: string) => backend.issueSoftphoneCredentials(memberId).then(() => null, (e: { code: string }) => e.code);
    expect(await refusal(members[4]!)).toBe('account_not_linked');
    expect(await refusal(members[3]!)).toBe('web_calling_unavailable');
    expect(await refusal('nobody')).toBe('not_found');
    // An inactive profile takes none either, WebSocket or not.
    const off = backend.addSipProfile({ name: 'Off', status: 'inactive', channels: 1, authMode: 'registration', websocketUrl: 'wss://off.example.com/ws' });
    backend.linkSipAccount(off.id, { version: off.version, memberId: members[4]! });
    expect(await refusal(members[4]!)).toBe('web_calling_unavailable');
  });

  it('shows where a profile takes web calls, and never its secret', () => {
    const { backend, web, profiles } = company();
    expect(backend.getSipProfile(web).body.websocketUrl).toBe('wss://sip.example.com/ws');
    expect(JSON.stringify(backend.listSipProfiles().body)).not.toContain(SECRET);
    expect(JSON.stringify(backend.getSipProfile(web).body)).not.toContain(SECRET);
    expect(backend.getSipProfile(profiles[0]!).body).not.toHaveProperty('websocketUrl');
  });
});

describe('requestCallback', () => {
  it('records the request with the page but not its query or fragment, kept 30 days', () => {
    const { backend, members, web } = company();
    const answer = backend.requestCallback('key-0001', callback({ pageUrl: 'https://www.example.com/contact?email=a@b.c#form' }));
    expect(answer.status).toBe(202);
    expect(answer.body.keptUntil).toBe(new Date(NOW.getTime() + 30 * DAY).toISOString());
    expect(backend.listCallbackRequests().body).toEqual({
      items: [
        {
          id: answer.body.id,
          accountName: 'member.0.test',
          memberId: members[1],
          profileId: web,
          phoneNumber: '+48221234567',
          preferredTime: null,
          pageUrl: 'https://www.example.com/contact',
          locale: 'pl',
          consentVersion: 'callback-1',
          receivedAt: NOW.toISOString(),
          keptUntil: answer.body.keptUntil,
        },
      ],
      total: 1,
    });
  });

  it('records a retried request once; the same key with another request is refused', () => {
    const { backend } = company();
    const first = backend.requestCallback('key-0001', callback());
    expect(backend.requestCallback('key-0001', callback())).toEqual(first);
    expect(codeOf(() => backend.requestCallback('key-0001', callback({ phoneNumber: '+48221234568' })))).toBe('idempotency_key_reused');
    expect(codeOf(() => backend.requestCallback(null, callback()))).toBe('validation_failed');
    expect(codeOf(() => backend.requestCallback('short', callback()))).toBe('validation_failed');
    expect(backend.listCallbackRequests().body.total).toBe(1);
  });

  it('wants the visitor’s consent and a phone number a numbering plan knows', () => {
    const { backend } = company();
    const code = (overrides: Partial<CallbackRequestCreate>) => codeOf(() => backend.requestCallback('key-0002', callback(overrides)));
    expect(code({ consent: false as true })).toBe('consent_required');
    expect(code({ phoneNumber: '+10000000000' })).toBe('invalid_phone_number');
    expect(code({ phoneNumber: '+4822123' })).toBe('invalid_phone_number');
    expect(code({ phoneNumber: '+33123456789' })).toBeNull();
    expect(backend.listCallbackRequests().body.total).toBe(1);
  });

  it('takes a preferred time in the next 14 days only', () => {
    const { backend } = company();
    let n = 0;
    const code = (at: number) => codeOf(() => backend.requestCallback(`key-time-${n++}`, callback({ phoneNumber: `+4822123456${n % 10}`, preferredTime: new Date(at).toISOString() })));
    expect(code(NOW.getTime() - 60_000)).toBe('invalid_callback_time');
    expect(code(NOW.getTime())).toBe('invalid_callback_time');
    expect(code(NOW.getTime() + 14 * DAY + 1000)).toBe('invalid_callback_time');
    expect(code(NOW.getTime() + 2 * HOUR)).toBeNull();
    expect(code(NOW.getTime() + 14 * DAY)).toBeNull();
    expect(backend.listCallbackRequests().body.items.map((c) => c.preferredTime)).toEqual([
      new Date(NOW.getTime() + 2 * HOUR).toISOString(),
      new Date(NOW.getTime() + 14 * DAY).toISOString(),
    ]);
  });

  it('takes requests only for an account linked to an active profile', () => {
    const { backend } = company();
    const code = (accountName: string) => codeOf(() => backend.requestCallback('key-0003', callback({ accountName })));
    expect(code('member.3.test')).toBe('not_found');
    expect(code('nobody.here')).toBe('not_found');
    expect(code('admin.test')).toBe('not_found');
    // Any case, as account names are compared; and a profile without WebSocket still takes callbacks.
    expect(code('MEMBER.2.test')).toBeNull();
  });

  it('takes 3 requests a phone number in 24 hours, then says when to try again', () => {
    const { backend, clock } = company();
    for (let i = 0; i < 3; i++) {
      backend.requestCallback(`key-rate-${i}`, callback());
      clock.advance(HOUR);
    }
    const refused = attempt(() => backend.requestCallback('key-rate-3', callback()));
    expect(!refused.ok && refused.error.code).toBe('too_many_requests');
    expect(!refused.ok && refused.error.status).toBe(429);
    expect(!refused.ok && refused.error.details).toEqual({ retryAfterSeconds: 21 * 3600 });
    // Another number is not held back, and a replay of an accepted request is not counted.
    expect(codeOf(() => backend.requestCallback('key-rate-4', callback({ phoneNumber: '+48221234568' })))).toBeNull();
    expect(codeOf(() => backend.requestCallback('key-rate-0', callback()))).toBeNull();
    clock.advance(21 * HOUR);
    expect(codeOf(() => backend.requestCallback('key-rate-5', callback()))).toBeNull();
  });

  it('deletes a request 30 days after it was received', () => {
    const { backend, clock } = company();
    backend.requestCallback('key-old-1', callback());
    clock.advance(10 * DAY);
    backend.requestCallback('key-new-1', callback({ phoneNumber: '+48221234568' }));
    clock.advance(20 * DAY - 1);
    expect(backend.listCallbackRequests().body.total).toBe(2);
    clock.advance(1);
    expect(backend.listCallbackRequests().body.items.map((c) => c.phoneNumber)).toEqual(['+48221234568']);
  });
});

describe('listCallbackRequests', () => {
  it('filters by profile and member and pages, oldest first', () => {
    const { backend, members, web, profiles, clock } = company();
    const phones = ['+48221234561', '+48221234562', '+48221234563', '+48221234564'];
    phones.forEach((phoneNumber, i) => {
      backend.requestCallback(`key-list-${i}`, callback({ phoneNumber, accountName: i === 3 ? 'member.2.test' : i % 2 ? 'member.1.test' : 'member.0.test' }));
      clock.advance(1000);
    });
    const numbers = (query: Parameters<MockBackend['listCallbackRequests']>[0]) =>
      backend.listCallbackRequests(query).body.items.map((c) => c.phoneNumber);
    expect(numbers({})).toEqual(phones);
    expect(numbers({ profileId: web })).toEqual(phones.slice(0, 3));
    expect(numbers({ profileId: profiles[0]! })).toEqual([phones[3]]);
    expect(numbers({ memberId: members[2]! })).toEqual([phones[1]]);
    expect(numbers({ offset: 1, limit: 2 })).toEqual(phones.slice(1, 3));
    expect(backend.listCallbackRequests({ offset: 1, limit: 2 }).body.total).toBe(4);
  });
});

describe('web calling over HTTP, through the checked REST adapter', () => {
  const server = setupServer();
  let backend: MockBackend;
  let members: string[];
  const api = checkedAdapter(createRestAdapter({ baseUrl: BASE }));

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  beforeEach(() => {
    ({ backend, members } = company());
    server.resetHandlers(...createHandlers(backend, { baseUrl: BASE }));
  });

  it('answers the three operations in the contract’s shapes', async () => {
    const sent = await api.requestCallback(callback({ preferredTime: new Date(NOW.getTime() + HOUR).toISOString() }), 'key-http-1');
    expect(sent.ok).toBe(true);
    const listed = await api.listCallbackRequests({ memberId: members[1]! });
    expect(listed.ok && listed.data.items.map((c) => c.id)).toEqual([sent.ok && sent.data.id]);
    const credentials = await api.issueSoftphoneCredentials(members[1]!);
    expect(credentials.ok && credentials.data.sipUri).toBe('sip:member.0.test@sip.example.com');
  });

  it('refuses through the contract’s schemas with the field’s own code', async () => {
    const code = async (body: unknown) => {
      const result = await api.requestCallback(body as CallbackRequestCreate, 'key-http-2');
      return result.ok ? null : [result.error.code, result.error.details?.field];
    };
    const { consent: _, ...withoutConsent } = callback();
    expect(await code(withoutConsent)).toEqual(['consent_required', 'consent']);
    expect(await code(callback({ phoneNumber: '0221234567' }))).toEqual(['invalid_phone_number', 'phoneNumber']);
    expect(await code(callback({ pageUrl: 'javascript:alert(1)' }))).toEqual(['validation_failed', 'pageUrl']);
    expect(await code(callback({ pageUrl: `https://example.com/${'a'.repeat(2048)}` }))).toEqual(['validation_failed', 'pageUrl']);
    expect(await code(callback({ consentVersion: '' }))).toEqual(['validation_failed', 'consentVersion']);
    expect(backend.listCallbackRequests().body.total).toBe(0);
  });

  it('says too_many_requests with a Retry-After header', async () => {
    for (let i = 0; i < 3; i++) expect((await api.requestCallback(callback(), `key-http-rate-${i}`)).ok).toBe(true);
    const refused = await api.requestCallback(callback(), 'key-http-rate-3');
    expect(!refused.ok && refused.error).toMatchObject({ code: 'too_many_requests', status: 429, details: { retryAfterSeconds: 86_400 } });
    const response = await fetch(`${BASE}/public/callback-requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'key-http-rate-4' },
      body: JSON.stringify(callback()),
    });
    expect(response.headers.get('Retry-After')).toBe('86400');
  });

  it('tells the page of a callback request as a change, never of credentials issued (they change no record)', async () => {
    const rest = createRestAdapter({ baseUrl: BASE });
    const seen: string[] = [];
    const stop = onBackendChange(rest, (change) => seen.push(change.operation));
    expect((await checkedAdapter(rest).issueSoftphoneCredentials(members[1]!)).ok).toBe(true);
    expect((await checkedAdapter(rest).requestCallback(callback(), 'key-http-change')).ok).toBe(true);
    stop();
    expect(seen).toEqual(['requestCallback']);
  });

  it('sends the credentials with Cache-Control: no-store', async () => {
    const response = await fetch(`${BASE}/members/${members[1]}/softphone-credentials`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });
});
