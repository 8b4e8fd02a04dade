// Finds the Kamailio SIP server the calling tests run on the loopback
// interface (scripts/sip-server.ts, configured by test/sip/kamailio.cfg): the tests' and the demo's.
// KAMAILIO_PATH wins, then the usual system paths, then PATH. scripts/test.mjs
// installs Debian's packages when none is found, or when the one found lacks
// a module the configuration loads, and apt is available as root.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

/** Debian's packages: the server, SIP over WebSocket, ephemeral credentials, and TLS (a PBX configuration's trunk over TLS, checked by `kamailio -c`). */
export const KAMAILIO_PACKAGES = ['kamailio', 'kamailio-websocket-modules', 'kamailio-autheph-modules', 'kamailio-tls-modules'];

export const KAMAILIO_CANDIDATES = ['/usr/sbin/kamailio', '/usr/local/sbin/kamailio', '/opt/kamailio/sbin/kamailio'];

/** The configuration of the calling tests. */
export const KAMAILIO_CONFIG = resolve(import.meta.dirname, '../test/sip/kamailio.cfg');

function onPath() {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'kamailio');
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Absolute path of a Kamailio binary, or null when there is none. */
export function findKamailio() {
  const fromEnv = process.env.KAMAILIO_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return KAMAILIO_CANDIDATES.find((p) => existsSync(p)) ?? onPath();
}

/**
 * Checks the tests' configuration with this binary (`kamailio -c`): a
 * module the configuration loads but the machine lacks shows here.
 * Returns null when it is fine, else what Kamailio said.
 */
export function checkKamailio(binary) {
  const result = spawnSync(binary, ['-c', '-f', KAMAILIO_CONFIG], { encoding: 'utf8' });
  if (result.status === 0) return missingTls(binary);
  const said = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim().split('\n');
  return said.filter((line) => /ERROR|error|not found|cannot/.test(line)).slice(-5).join('\n') || said.slice(-5).join('\n') || String(result.error ?? `exit ${result.status}`);
}

/**
 * The PBX export's test checks a Kamailio configuration over TLS too, whose
 * module Debian ships apart (kamailio-tls-modules): a Debian Kamailio without
 * it is missing a module, as the test server's own check cannot tell.
 */
function missingTls(binary) {
  if (binary !== '/usr/sbin/kamailio') return null;
  const dirs = ['/usr/lib', ...(existsSync('/usr/lib') ? readdirSync('/usr/lib').map((d) => join('/usr/lib', d)) : [])];
  const modules = dirs.map((d) => join(d, 'kamailio/modules')).filter((d) => existsSync(join(d, 'websocket.so')));
  if (modules.length === 0 || modules.some((d) => existsSync(join(d, 'tls.so')))) return null;
  return 'the tls module is missing (Debian: kamailio-tls-modules)';
}
