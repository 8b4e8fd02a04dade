/**
 * SIP profiles: the accounts linked to them (one profile an account, never an
 * administrator; a linked account cannot sign in) and their own numbers.
 * `addSipProfile` stands for the service operator who provisions a trunk; it
 * is not an operation of the contract.
 */
import { foldForSearch } from '../../src/core/text.js';
import { EXTENSION } from '../../src/core/validation.js';
import type { SipAccountLink, SipCandidate, SipNumberLink, SipProfile, SipProfileDetail, SipProfileSecret, SipTrunk } from '../contract.js';
import { problem, reply, type Reply } from '../problem.js';
import { mulberry32 } from '../random.js';
import { adminLinkRefusal, collator } from './members.js';
import type { MemberRecord, ProfileRecord, SipProfileSpec, Store } from './store.js';
import { numberRef, type Views } from './views.js';

/** The characters of a made-up password: printable ASCII without the space, so a PBX configuration must quote it. */
const PASSWORD_CHARACTERS = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i)).join('');

/** A password made up from the profile's id: the same for the same id, with characters every format must escape. */
function madeUpPassword(id: string): string {
  const next = mulberry32([...id].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261));
  const drawn = Array.from({ length: 20 }, () => PASSWORD_CHARACTERS[Math.floor(next() * PASSWORD_CHARACTERS.length)]);
  return `${drawn.join('')};#$"<]`;
}

export class Sip {
  /** Every reveal of a profile's secret, as the contract wants it audited. Not an operation. */
  readonly secretReveals: { profileId: string; by: string; at: Date }[] = [];

  constructor(
    private readonly s: Store,
    private readonly v: Views,
  ) {}

  /** Provisions a SIP profile (done by the service operator, not through the contract). */
  addSipProfile(spec: SipProfileSpec): SipProfileDetail {
    this.s.requireManager();
    const id = this.s.nextId('sip');
    const trunk: SipTrunk = spec.trunk ?? {
      server: 'sip.dialkit.example',
      port: 5061,
      transport: 'tls',
      addresses: ['198.51.100.10', '198.51.100.11', '203.0.113.0/28'],
      ...(spec.authMode === 'registration' ? { username: `trunk-${id}` } : {}),
    };
    const password = spec.authMode === 'registration' ? (spec.password ?? madeUpPassword(id)) : undefined;
    const profile: ProfileRecord = { ...spec, id, version: 1, trunk, password };
    this.s.profiles.set(profile.id, profile);
    return this.v.profileDetail(profile);
  }

  listSipProfiles(): Reply<SipProfile[]> {
    this.s.requireManager();
    return reply([...this.s.profiles.values()].map(this.v.profile));
  }

  getSipProfile(id: string): Reply<SipProfileDetail> {
    return reply(this.v.profileDetail(this.profile(id)));
  }

  /** The registration password, recorded as revealed; a profile authenticated by IP allowlist has none. */
  revealSipProfileSecret(id: string): Reply<SipProfileSecret> {
    const profile = this.profile(id);
    if (profile.authMode !== 'registration' || !profile.password || !profile.trunk?.username)
      throw problem('not_found', `SIP profile ${id} has no secret: it is authenticated by IP allowlist`, { id });
    this.secretReveals.push({ profileId: id, by: this.s.requireManager().adminAccountName, at: this.s.now() });
    return { ...reply({ username: profile.trunk.username, password: profile.password }), headers: { 'Cache-Control': 'no-store' } };
  }

  /** Every member matching `query`, those that cannot be linked flagged with the reason. */
  listSipCandidates(id: string, query?: string): Reply<SipCandidate[]> {
    this.profile(id);
    const needle = query ? foldForSearch(query.trim()) : '';
    const candidates = this.s
      .membersWhere((m) => !needle || foldForSearch(`${m.displayName} ${m.accountName}`).includes(needle))
      .sort((a, b) => collator.compare(a.displayName, b.displayName))
      .map((m) => this.candidate(m));
    return reply(candidates);
  }

  private candidate(m: MemberRecord): SipCandidate {
    const numbers = this.s.numbersOf(m.id).map(numberRef);
    const base = { memberId: m.id, accountName: m.accountName, displayName: m.displayName, numbers };
    const link = this.s.links.get(m.id);
    if (link) {
      const profile = this.s.profiles.get(link.profileId);
      return { ...base, available: false, reason: 'account_already_linked', linkedProfileId: link.profileId, linkedProfileName: profile?.name ?? '' };
    }
    if (m.role === 'admin') return { ...base, available: false, reason: 'admin_cannot_be_linked' };
    return { ...base, available: true };
  }

  linkSipAccount(profileId: string, params: SipAccountLink): Reply<SipProfileDetail> {
    const s = this.s;
    const profile = this.profile(profileId);
    const member = s.find(s.members, params.memberId, 'member');
    s.assertVersion(profile, params.version, this.v.profileDetail);
    const extension = params.extension ?? null;
    if (extension !== null && !EXTENSION.test(extension)) throw problem('invalid_extension', 'An extension number has 1 to 8 digits', { field: 'extension' });
    if (member.role === 'admin') throw adminLinkRefusal(member);
    const existing = s.links.get(member.id);
    if (existing) {
      throw problem('account_already_linked', `${member.accountName} is already linked to a SIP profile`, {
        profileId: existing.profileId,
        profileName: s.profiles.get(existing.profileId)?.name ?? '',
      });
    }
    s.links.set(member.id, { profileId, extension });
    this.touchLinked(member.id);
    profile.version++;
    return reply(this.v.profileDetail(profile), 201);
  }

  unlinkSipAccount(profileId: string, memberId: string, version: number): Reply<SipProfileDetail> {
    const profile = this.profile(profileId);
    this.s.assertVersion(profile, version, this.v.profileDetail);
    if (this.s.links.get(memberId)?.profileId !== profileId)
      throw problem('account_not_linked', `Account ${memberId} is not linked to this SIP profile`);
    this.s.links.delete(memberId);
    this.touchLinked(memberId);
    profile.version++;
    return reply(this.v.profileDetail(profile));
  }

  /** Assigns an unassigned number to the profile itself. */
  addSipNumber(profileId: string, params: SipNumberLink): Reply<SipProfileDetail> {
    const s = this.s;
    const profile = this.profile(profileId);
    const number = s.find(s.numbers, params.numberId, 'number');
    s.assertVersion(profile, params.version, this.v.profileDetail);
    if (number.assignee) throw problem('number_already_linked', `${number.number} is already assigned`, { assignee: number.assignee });
    number.assignee = { kind: 'sip_profile', sipProfileId: profileId };
    number.version++;
    profile.version++;
    return reply(this.v.profileDetail(profile), 201);
  }

  removeSipNumber(profileId: string, numberId: string, version: number): Reply<SipProfileDetail> {
    const profile = this.profile(profileId);
    this.s.assertVersion(profile, version, this.v.profileDetail);
    const number = this.s.profileNumbers(profileId).find((n) => n.id === numberId);
    if (!number) throw problem('not_found', `Number ${numberId} is not assigned to this SIP profile`, { id: numberId });
    number.assignee = null;
    number.version++;
    profile.version++;
    return reply(this.v.profileDetail(profile));
  }

  /** Linking changes the member (status, sign-in, profile) and whether their numbers ring the PBX. */
  private touchLinked(memberId: string): void {
    this.s.touchMember(memberId);
    for (const number of this.s.numbersOf(memberId)) number.version++;
  }

  private profile(id: string): ProfileRecord {
    return this.s.find(this.s.profiles, id, 'SIP profile');
  }
}
