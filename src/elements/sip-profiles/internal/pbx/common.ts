/**
 * What every PBX configuration is made from: the profile read through the
 * contract, checked again here (a value a format cannot hold is refused, never
 * written), its routes, and the text helpers the formats share. Pure: no DOM,
 * no strings for people (comments in the files are for the PBX's engineer).
 */
import type { SipProfileDetail, SipProfileSecret, SipTrunk } from '../../../../adapter/types.js';

/** What the password reads as until the user asks to see it. */
export const MASK = '********';

/** The reception's extension on the PBX: where calls for no particular extension go. */
export const RECEPTION = '0';

/** The local context of the PBX's extensions (Asterisk, FreeSWITCH). */
export const LOCAL_CONTEXT = 'default';

export type PbxFormat = 'asterisk' | 'freeswitch' | 'kamailio';

export interface PbxFile {
  /** The file's name: lower case letters, digits, dots and dashes only. */
  name: string;
  /** Where the file goes on the PBX (for the engineer; a path, not a command). */
  place: string;
  text: string;
}

export interface PbxInput {
  profile: SipProfileDetail & { trunk: SipTrunk };
  /** The revealed secret; absent, the password is written as {@link MASK}. */
  secret?: SipProfileSecret;
}

/** A value of the profile that no configuration may hold as it is. */
export class PbxValueError extends Error {
  constructor(
    readonly field: string,
    value: string,
  ) {
    super(`${field} cannot go into a PBX configuration: ${JSON.stringify(value)}`);
    this.name = 'PbxValueError';
  }
}

const HOST = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(?:\/(?:3[0-2]|[12]?[0-9]))?$/;
const USERNAME = /^[A-Za-z0-9._~+-]{1,64}$/;
const PASSWORD = /^[\x21-\x7E]{8,128}$/;
const EXTENSION = /^[0-9]{1,8}$/;
const E164 = /^\+[1-9][0-9]{6,14}$/;
const ACCOUNT = /^(?:[A-Za-z][A-Za-z0-9._-]{5,31}|live:[A-Za-z0-9._-]{1,64})$/;

function checked(field: string, value: string, pattern: RegExp): string {
  if (!pattern.test(value)) throw new PbxValueError(field, value);
  return value;
}

/** Where the calls of one user part go on the PBX. */
export interface Route {
  /** The request URI's user part the service sends. */
  user: string;
  /** The PBX extension it reaches: the account's, or {@link RECEPTION}. */
  extension: string;
  /** Who it stands for, for a comment. */
  label: string;
}

/** Everything a format writes, checked. */
export interface Trunk {
  name: string;
  slug: string;
  registration: boolean;
  server: string;
  port: number;
  transport: SipTrunk['transport'];
  addresses: readonly string[];
  /** Registration only. */
  username: string;
  /** The password, or {@link MASK}. */
  password: string;
  channels: number;
  /** The company's PBX host, when the profile names one. */
  pbxHost: string | null;
  routes: readonly Route[];
}

/** The profile as the formats write it, every value checked against what the contract allows. */
export function trunkOf({ profile, secret }: PbxInput): Trunk {
  const t = profile.trunk;
  const registration = profile.authMode === 'registration';
  const username = registration ? checked('username', secret?.username ?? t.username ?? '', USERNAME) : '';
  const password = registration && secret ? checked('password', secret.password, PASSWORD) : MASK;
  const routes: Route[] = [];
  for (const a of profile.accounts) {
    const label = `${a.displayName} (${a.accountName})`;
    if (a.extension !== null) {
      routes.push({ user: checked('extension', a.extension, EXTENSION), extension: a.extension, label });
    } else {
      routes.push({ user: checked('accountName', a.accountName, ACCOUNT), extension: RECEPTION, label });
      for (const n of a.numbers) routes.push({ user: checked('number', n.number, E164), extension: RECEPTION, label });
    }
  }
  for (const n of profile.numbers) routes.push({ user: checked('number', n.number, E164), extension: RECEPTION, label: n.number });
  return {
    name: profile.name,
    slug: slugOf(profile.name, profile.id),
    registration,
    server: checked('server', t.server, HOST),
    port: Math.trunc(t.port),
    transport: t.transport,
    addresses: t.addresses.map((a) => checked('addresses', a, IPV4)),
    username,
    password,
    channels: Math.max(0, Math.trunc(profile.channels)),
    pbxHost: profile.pbxHost ? checked('pbxHost', profile.pbxHost, HOST) : null,
    routes,
  };
}

/** Lower-case ASCII letters, digits and single dashes, from the profile's name (else its id). */
export function slugOf(name: string, id: string): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ł/g, 'l')
      .replace(/Ł/g, 'L')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '');
  return slug(name) || slug(`profile-${id}`) || 'profile';
}

/**
 * Text from the profile inside a comment of any format: letters, digits and a
 * few marks; anything else (line breaks, quotes, `<`, `]`, `;`, `$`, `#`, `*`)
 * becomes `?`, so no comment can be closed, continued on a new line or read by
 * a preprocessor.
 */
export function commentText(text: string): string {
  return text
    .replace(/[^\p{L}\p{M}\p{N} .,_@+()/:'-]/gu, '?')
    .replace(/-{2,}/g, '-')
    .replace(/-$/, '-?')
    .slice(0, 120);
}

/** The user parts routed to each extension, in order of first appearance. */
export function byExtension(routes: readonly Route[]): Map<string, Route[]> {
  const groups = new Map<string, Route[]>();
  for (const r of routes) groups.set(r.extension, [...(groups.get(r.extension) ?? []), r]);
  return groups;
}

/** The file names of a profile, as they are downloaded. */
export const fileName = (prefix: string, slug: string, suffix: string): string => `${prefix}-${slug}${suffix}`;
