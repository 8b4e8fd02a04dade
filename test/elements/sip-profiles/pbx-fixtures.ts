/** Profiles for the PBX configuration tests: the seed's, and one whose every free text is hostile. */
import type { SipProfileDetail, SipTrunk } from '../../../src/adapter/types.js';
import type { PbxInput } from '../../../src/elements/sip-profiles/internal/pbx/index.js';
import { createScenario } from '../../../mocks/scenarios.js';

/** Text that breaks out of a naive comment, string, attribute, section or line in any of the formats. */
export const HOSTILE = `Evil"'\n]\r\n[x];$x$\${y}<!-- --> */ #!define X \\ & %{z}\u2028end`;

/** A password with every character the formats treat specially. */
export const HOSTILE_PASSWORD = `p;a#s$"w'<o>]r\\d{$\${x}}&:*/--;`;

export function hostileProfile(authMode: SipProfileDetail['authMode'], transport: SipTrunk['transport'] = 'tls'): PbxInput['profile'] {
  return {
    id: 'sip-7',
    name: HOSTILE,
    status: 'active',
    channels: 3,
    authMode,
    linkedAccountCount: 2,
    numberCount: 1,
    version: 4,
    pbxHost: 'pbx.example.com',
    trunk: {
      server: 'sip.dialkit.example',
      port: transport === 'tls' ? 5061 : 5060,
      transport,
      addresses: ['198.51.100.10', '203.0.113.0/28'],
      ...(authMode === 'registration' ? { username: 'trunk-sip.7' } : {}),
    },
    accounts: [
      { memberId: 'm-1', accountName: 'ewa.kozlowska', displayName: HOSTILE, extension: '101', numbers: [{ id: 'n-1', number: '+48221234567' }] },
      { memberId: 'm-2', accountName: 'live:evil-name_1', displayName: `${HOSTILE} 2`, extension: null, numbers: [{ id: 'n-2', number: '+48221234568' }] },
    ],
    numbers: [{ id: 'n-3', number: '+33123456789' }],
  };
}

/** The seed's profiles, as the mock serves them, with their revealed secrets. */
export function seededInputs(): PbxInput[] {
  const { backend } = createScenario('default');
  return backend.listSipProfiles().body.map((p) => {
    const profile = backend.getSipProfile(p.id).body as PbxInput['profile'];
    const secret = profile.authMode === 'registration' ? backend.revealSipProfileSecret(p.id).body : undefined;
    return { profile, secret };
  });
}
