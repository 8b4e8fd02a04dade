import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findKamailio } from '../../../scripts/kamailio.mjs';
import { pbxConfiguration, type PbxInput } from '../../../src/elements/sip-profiles/internal/pbx/index.js';
import { HOSTILE_PASSWORD, hostileProfile, seededInputs } from './pbx-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'dialkit-kamailio-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Kamailio's own check of a configuration (`kamailio -c`), as produced: exit status and what it said. */
function check(input: PbxInput): { status: number | null; output: string; text: string } {
  const binary = findKamailio();
  if (!binary) throw new Error('Kamailio is not installed: apt-get install kamailio kamailio-tls-modules (or set KAMAILIO_PATH)');
  const [file] = pbxConfiguration('kamailio', input);
  const path = join(dir, file!.name);
  writeFileSync(path, file!.text);
  const run = spawnSync(binary, ['-c', '-f', path], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}`, text: file!.text };
}

describe('Kamailio configuration', () => {
  it('is a configuration kamailio -c accepts for every profile of the seed, masked and revealed', () => {
    for (const input of seededInputs()) {
      for (const secret of [undefined, input.secret]) {
        const result = check({ ...input, secret });
        expect(result.status, result.output).toBe(0);
      }
    }
  });

  for (const transport of ['udp', 'tcp', 'tls'] as const) {
    it(`holds a hostile profile over ${transport}: kamailio -c accepts it, and the password is one quoted string`, () => {
      const registration = check({ profile: hostileProfile('registration', transport), secret: { username: 'trunk-sip.7', password: HOSTILE_PASSWORD } });
      expect(registration.status, registration.output).toBe(0);
      expect(registration.text).toContain(`$uac_req(apasswd) = "${HOSTILE_PASSWORD.replace(/[\\"]/g, '\\$&')}";`);
      // The profile's names reach comments only, on one line each.
      for (const line of registration.text.split('\n').filter((l) => l.includes('Evil'))) expect(line.trim()).toMatch(/^# /);

      const allowlist = check({ profile: hostileProfile('ip_allowlist', transport) });
      expect(allowlist.status, allowlist.output).toBe(0);
      expect(allowlist.text).toContain('is_in_subnet("$si", "198.51.100.10/32") || is_in_subnet("$si", "203.0.113.0/28")');
      expect(allowlist.text).not.toContain('uac_req');
    });
  }
});
