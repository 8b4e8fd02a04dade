import { describe, expect, it } from 'vitest';
import { pbxConfiguration } from '../../../src/elements/sip-profiles/internal/pbx/index.js';
import { readAsteriskConfig, valuesOf, type AsteriskConfig } from './asterisk-config.js';
import { HOSTILE_PASSWORD, hostileProfile, seededInputs } from './pbx-fixtures.js';

const ID = 'dialkit-evil-x-x-y-define-x-z-end';
const one = (config: AsteriskConfig, name: string, key: string) => {
  const values = valuesOf(config, name, key);
  expect(values, `${name} ${key}`).toHaveLength(1);
  return values[0];
};

describe('Asterisk (PJSIP) configuration', () => {
  it('reads back exactly by Asterisk’s rules for a hostile profile: sections, types, the password', () => {
    const [pjsipFile, extensionsFile] = pbxConfiguration('asterisk', {
      profile: hostileProfile('registration'),
      secret: { username: 'trunk-sip.7', password: HOSTILE_PASSWORD },
    });
    expect(pjsipFile!.name).toBe('pjsip-evil-x-x-y-define-x-z-end.conf');
    expect(extensionsFile!.name).toBe('extensions-evil-x-x-y-define-x-z-end.conf');

    const pjsip = readAsteriskConfig(pjsipFile!.text);
    expect(pjsip.directives).toEqual([]);
    expect(pjsip.sections.map((s) => [s.name, one(pjsip, s.name, 'type')])).toEqual([
      ['transport-dialkit-tls', 'transport'],
      [`${ID}-auth`, 'auth'],
      [`${ID}-registration`, 'registration'],
      [`${ID}-aor`, 'aor'],
      [ID, 'endpoint'],
      [`${ID}-identify`, 'identify'],
    ]);
    expect(one(pjsip, `${ID}-auth`, 'password')).toBe(HOSTILE_PASSWORD);
    expect(one(pjsip, `${ID}-auth`, 'username')).toBe('trunk-sip.7');
    expect(one(pjsip, `${ID}-registration`, 'server_uri')).toBe('sip:sip.dialkit.example:5061;transport=tls');
    expect(one(pjsip, `${ID}-registration`, 'outbound_auth')).toBe(`${ID}-auth`);
    expect(one(pjsip, ID, 'context')).toBe(`from-${ID}`);
    expect(one(pjsip, ID, 'device_state_busy_at')).toBe('3');
    expect(one(pjsip, `${ID}-identify`, 'match')).toBe('198.51.100.10,203.0.113.0/28');

    const dialplan = readAsteriskConfig(extensionsFile!.text);
    const incoming = dialplan.sections.find((s) => s.name === `from-${ID}`)!;
    const exten = incoming.entries.filter(([k]) => k === 'exten').map(([, v]) => v);
    expect(exten).toEqual([
      `101,1,Gosub(${ID}-limit,s,1)`,
      `+48221234568,1,Gosub(${ID}-limit,s,1)`,
      `+33123456789,1,Gosub(${ID}-limit,s,1)`,
      `_[a-zA-Z].,1,Gosub(${ID}-limit,s,1)`,
    ]);
    expect(incoming.entries.filter(([k]) => k === 'same').map(([, v]) => v)).toEqual([
      'n,Goto(default,101,1)',
      'n,Goto(default,0,1)',
      'n,Goto(default,0,1)',
      'n,Goto(default,0,1)',
    ]);
    expect(valuesOf(dialplan, `${ID}-limit`, 'same')).toContain(`n,GotoIf($[\${GROUP_COUNT(${ID})} > 3]?full)`);
  });

  it('masks the password until it is revealed, and writes no auth for an IP allowlist', () => {
    const masked = readAsteriskConfig(pbxConfiguration('asterisk', { profile: hostileProfile('registration') })[0]!.text);
    expect(one(masked, `${ID}-auth`, 'password')).toBe('********');
    const allowlist = readAsteriskConfig(pbxConfiguration('asterisk', { profile: hostileProfile('ip_allowlist', 'udp') })[0]!.text);
    expect(allowlist.sections.map((s) => s.name)).toEqual(['transport-dialkit-udp', `${ID}-aor`, ID, `${ID}-identify`]);
    expect(valuesOf(allowlist, ID, 'outbound_auth')).toEqual([]);
  });

  it('reads back for every profile of the seed', () => {
    for (const input of seededInputs()) {
      const [pjsip, extensions] = pbxConfiguration('asterisk', input).map((f) => readAsteriskConfig(f.text));
      const auth = pjsip!.sections.find((s) => s.name.endsWith('-auth'));
      expect(auth?.entries.find(([k]) => k === 'password')?.[1]).toBe(input.secret?.password);
      expect(extensions!.sections.length).toBeGreaterThanOrEqual(3);
    }
  });
});
