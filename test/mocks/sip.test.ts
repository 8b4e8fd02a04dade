/**
 * The SIP profile rules of the mock backend, over random sequences of links,
 * unlinks, role changes and number assignments: an account is linked to one
 * profile at most, never an admin; a linked account cannot sign in and its
 * numbers ring the PBX; unlinked, it signs in again; invalid extensions and
 * stale versions are always refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MockBackend } from '../../mocks/backend/index.js';
import { attempt, codeOf, smallCompany } from './fixtures.js';

const SIZE = 4;
const NUMBERS = 3;
const EXTENSION = /^[0-9]{1,8}$/;

type Op =
  | { kind: 'link'; profile: number; member: number; extension: string | null; stale: number }
  | { kind: 'unlink'; profile: number; member: number; stale: number }
  | { kind: 'role'; member: number; role: 'admin' | 'member' }
  | { kind: 'assign'; number: number; member: number | null };

const profile = fc.integer({ min: 0, max: 2 });
const member = fc.integer({ min: 0, max: SIZE });
/** 0: the current version; otherwise an offset that makes it stale. */
const stale = fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(-2, -1, 1, 5) });
const extension = fc.oneof(
  fc.constant(null),
  fc.stringMatching(/^[0-9]{1,8}$/),
  fc.constantFrom('', '123456789', '12a', ' 12', '+48', '١٢٣', '1.5'),
  fc.string({ maxLength: 10 }),
);

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('link' as const), profile, member, extension, stale }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('unlink' as const), profile, member, stale }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('role' as const), member, role: fc.constantFrom('admin' as const, 'member' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('assign' as const), number: fc.nat(NUMBERS - 1), member: fc.option(member, { nil: null }) }) },
);

function setup() {
  const company = smallCompany({ size: SIZE, creditMinor: 100_000 });
  const numbers = company.backend
    .listAvailableNumbers('PL')
    .body.slice(0, NUMBERS)
    .map((n, i) => company.backend.buyNumber(`sip-number-${i}`, { number: n.number }).body.item.id);
  return { ...company, numbers };
}

const profileVersion = (backend: MockBackend, id: string) => backend.getSipProfile(id).body.version;

/** What the rules say a link should answer, given the state before it. */
function expectedLink(backend: MockBackend, profileId: string, memberId: string, o: Extract<Op, { kind: 'link' }>): string | null {
  const m = backend.getMember(memberId).body;
  if (o.stale !== 0) return 'conflict';
  if (o.extension !== null && !EXTENSION.test(o.extension)) return 'invalid_extension';
  if (m.role === 'admin') return 'admin_cannot_be_linked';
  if (m.sipProfileId !== null) return 'account_already_linked';
  return profileId ? null : 'not_found';
}

function step(backend: MockBackend, ids: { members: string[]; profiles: string[]; numbers: string[] }, o: Op): void {
  switch (o.kind) {
    case 'link': {
      const profileId = ids.profiles[o.profile]!;
      const memberId = ids.members[o.member]!;
      const before = backend.getMember(memberId).body;
      const wanted = expectedLink(backend, profileId, memberId, o);
      const version = profileVersion(backend, profileId) + o.stale;
      const result = attempt(() => backend.linkSipAccount(profileId, { version, memberId, extension: o.extension }));
      if (result.ok) {
        expect(wanted).toBeNull();
        expect(result.value.status).toBe(201);
        expect(result.value.body.version).toBe(version + 1);
        expect(result.value.body.accounts.find((a) => a.memberId === memberId)?.extension).toBe(o.extension);
      } else {
        expect(result.error.code).toBe(wanted);
        expect(backend.getMember(memberId).body).toEqual(before);
        if (wanted === 'account_already_linked') {
          expect(result.error.details).toMatchObject({ profileId: before.sipProfileId });
          expect(result.error.details?.profileName).toBe(backend.getSipProfile(before.sipProfileId!).body.name);
        }
        if (wanted === 'conflict') expect(result.error.details?.current).toEqual(backend.getSipProfile(profileId).body);
      }
      return;
    }
    case 'unlink': {
      const profileId = ids.profiles[o.profile]!;
      const memberId = ids.members[o.member]!;
      const linkedHere = backend.getMember(memberId).body.sipProfileId === profileId;
      const version = profileVersion(backend, profileId) + o.stale;
      const code = codeOf(() => backend.unlinkSipAccount(profileId, memberId, version));
      expect(code).toBe(o.stale !== 0 ? 'conflict' : linkedHere ? null : 'account_not_linked');
      if (code === null) expect(backend.getMember(memberId).body).toMatchObject({ canSignIn: true, status: 'active', sipProfileId: null });
      return;
    }
    case 'role': {
      const m = backend.getMember(ids.members[o.member]!).body;
      const admins = backend.listMembers({ role: 'admin' }).body.total;
      const wanted =
        o.role === 'member' && m.role === 'admin' && admins === 1
          ? 'last_admin'
          : o.role === 'admin' && m.sipProfileId !== null
            ? 'admin_cannot_be_linked'
            : null;
      expect(codeOf(() => backend.updateMember(m.id, { version: m.version, role: o.role }))).toBe(wanted);
      return;
    }
    case 'assign': {
      const numberId = ids.numbers[o.number]!;
      const n = backend.listNumbers().body.find((x) => x.id === numberId)!;
      const assignee = o.member === null ? null : { kind: 'member' as const, memberId: ids.members[o.member]! };
      const allowed = assignee === null || backend.getMember(assignee.memberId).body.features.onlineNumber;
      expect(codeOf(() => backend.assignNumber(numberId, { version: n.version, assignee }))).toBe(allowed ? null : 'number_assignee_invalid');
    }
  }
}

function assertInvariants(backend: MockBackend): void {
  const profiles = backend.listSipProfiles().body.map((p) => backend.getSipProfile(p.id).body);
  const numbers = backend.listNumbers().body;
  for (const m of backend.listMembers({ limit: 500 }).body.items) {
    const holding = profiles.filter((p) => p.accounts.some((a) => a.memberId === m.id));
    expect(holding.length).toBeLessThanOrEqual(1);
    expect(holding[0]?.id ?? null).toBe(m.sipProfileId);
    if (m.role === 'admin') expect(m.sipProfileId).toBeNull();
    const linked = m.sipProfileId !== null;
    expect(m.canSignIn).toBe(!linked);
    expect(m.status).toBe(linked ? 'linked' : 'active');
    const own = numbers.filter((n) => n.assignee?.kind === 'member' && n.assignee.memberId === m.id);
    expect(own.map((n) => n.id).sort()).toEqual([...m.numberIds].sort());
    for (const n of own) expect(n.routesToPbx).toBe(linked);
    if (linked) {
      const account = holding[0]!.accounts.find((a) => a.memberId === m.id)!;
      expect(account.numbers.map((n) => n.id).sort()).toEqual(own.map((n) => n.id).sort());
    }
  }
  for (const p of profiles) expect(p.linkedAccountCount).toBe(p.accounts.length);
}

describe('SIP rules over random operation sequences', () => {
  it('link at most once, never an admin, block sign-in and route numbers while linked', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        const { backend, members, profiles, numbers } = setup();
        for (const o of ops) {
          step(backend, { members, profiles, numbers }, o);
          assertInvariants(backend);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('refuses every extension that is not 1 to 8 digits, and accepts every one that is', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const { backend, members, profiles } = smallCompany({ size: 1 });
        const version = profileVersion(backend, profiles[0]!);
        const code = codeOf(() => backend.linkSipAccount(profiles[0]!, { version, memberId: members[1]!, extension: text }));
        expect(code).toBe(EXTENSION.test(text) ? null : 'invalid_extension');
      }),
      { numRuns: 150 },
    );
  });
});

describe('SIP rules, one example each', () => {
  it('links an account to one profile only, naming the profile that holds it', () => {
    const { backend, members, profiles } = smallCompany();
    const [alpha, beta] = profiles as [string, string];
    backend.linkSipAccount(alpha, { version: 1, memberId: members[1]!, extension: '101' });
    const refusal = attempt(() => backend.linkSipAccount(beta, { version: 1, memberId: members[1]! }));
    expect(refusal.ok).toBe(false);
    if (!refusal.ok) {
      expect(refusal.error.status).toBe(409);
      expect(refusal.error.code).toBe('account_already_linked');
      expect(refusal.error.details).toEqual({ profileId: alpha, profileName: 'Alpha' });
    }
    const candidates = backend.listSipCandidates(beta).body;
    expect(candidates.find((c) => c.memberId === members[1])).toMatchObject({ available: false, reason: 'account_already_linked', linkedProfileName: 'Alpha' });
    expect(candidates.find((c) => c.memberId === members[0])).toMatchObject({ available: false, reason: 'admin_cannot_be_linked' });
  });

  it('never links an admin, and never makes a linked account an admin', () => {
    const { backend, members, profiles } = smallCompany();
    expect(codeOf(() => backend.linkSipAccount(profiles[0]!, { version: 1, memberId: members[0]! }))).toBe('admin_cannot_be_linked');
    backend.linkSipAccount(profiles[0]!, { version: 1, memberId: members[1]! });
    const m = backend.getMember(members[1]!).body;
    expect(codeOf(() => backend.updateMember(m.id, { version: m.version, role: 'admin' }))).toBe('admin_cannot_be_linked');
  });

  it('blocks sign-in and routes numbers to the PBX while linked, and reverses it on unlink', () => {
    const { backend, members, profiles } = smallCompany({ creditMinor: 10_000 });
    const number = backend.buyNumber('sip-ex-0001', { number: backend.listAvailableNumbers('PL').body[0]!.number }).body.item;
    backend.assignNumber(number.id, { version: number.version, assignee: { kind: 'member', memberId: members[1]! } });
    const detail = backend.linkSipAccount(profiles[0]!, { version: 1, memberId: members[1]!, extension: '42' }).body;
    expect(backend.getMember(members[1]!).body).toMatchObject({ status: 'linked', canSignIn: false, sipProfileId: profiles[0] });
    expect(backend.listNumbers().body[0]!.routesToPbx).toBe(true);
    expect(detail.accounts[0]).toMatchObject({ memberId: members[1], extension: '42', numbers: [{ id: number.id, number: number.number }] });
    backend.unlinkSipAccount(profiles[0]!, members[1]!, detail.version);
    expect(backend.getMember(members[1]!).body).toMatchObject({ status: 'active', canSignIn: true, sipProfileId: null });
    expect(backend.listNumbers().body[0]!.routesToPbx).toBe(false);
  });

  it('refuses invalid extensions', () => {
    const { backend, members, profiles } = smallCompany();
    for (const bad of ['', '123456789', '12a', '-1']) {
      expect(codeOf(() => backend.linkSipAccount(profiles[0]!, { version: 1, memberId: members[1]!, extension: bad }))).toBe('invalid_extension');
    }
    expect(codeOf(() => backend.linkSipAccount(profiles[0]!, { version: 1, memberId: members[1]!, extension: '12345678' }))).toBeNull();
  });

  it('answers a stale version with conflict and the fresh record', () => {
    const { backend, members, profiles } = smallCompany();
    backend.linkSipAccount(profiles[0]!, { version: 1, memberId: members[1]! });
    const stale = attempt(() => backend.linkSipAccount(profiles[0]!, { version: 1, memberId: members[2]! }));
    expect(stale.ok).toBe(false);
    if (!stale.ok) {
      expect(stale.error.code).toBe('conflict');
      expect(stale.error.details?.current).toMatchObject({ id: profiles[0], version: 2, linkedAccountCount: 1 });
    }
    const m = backend.getMember(members[2]!).body;
    backend.updateMember(m.id, { version: m.version, groupIds: [] });
    expect(codeOf(() => backend.updateMember(m.id, { version: m.version, groupIds: [] }))).toBe('conflict');
  });

  it('refuses a number already assigned elsewhere', () => {
    const { backend, members, profiles } = smallCompany({ creditMinor: 10_000 });
    const number = backend.buyNumber('sip-ex-0002', { number: backend.listAvailableNumbers('PL').body[0]!.number }).body.item;
    backend.assignNumber(number.id, { version: number.version, assignee: { kind: 'member', memberId: members[1]! } });
    expect(codeOf(() => backend.addSipNumber(profiles[0]!, { version: 1, numberId: number.id }))).toBe('number_already_linked');
  });
});
