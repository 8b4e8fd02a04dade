// A real SIP server for the calling tests and the demo (`npm start`): Kamailio (scripts/kamailio.mjs
// finds it) with test/sip/kamailio.cfg, SIP over WebSocket on a free port of
// the loopback interface, registrations in memory, ephemeral credentials
// (auth_ephemeral) under a secret made for this run. Runs in the foreground
// in a process group of its own, with its runtime files in a temporary
// directory, so that two test runs at once never meet; stop() ends the group.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KAMAILIO_CONFIG, findKamailio } from './kamailio.mjs';
import { ephemeralCredentials, type EphemeralCredentials } from '../mocks/backend/ephemeral.js';

/** The authorization user (`<expiry, Unix seconds>:<user>`) and its password. */
export type SipCredentials = EphemeralCredentials;

export interface SipServer {
  /** `ws://127.0.0.1:<port>`: SIP over WebSocket (RFC 7118). */
  url: string;
  /** The SIP domain the server takes as its own (`sip:<user>@<domain>`). */
  domain: string;
  /**
   * Credentials for `user`, valid until `expiresAt` (an hour by default),
   * made as the backend makes them (auth_ephemeral, mocks/backend/ephemeral.ts).
   */
  credentials(user: string, expiresAt?: Date): Promise<SipCredentials>;
  /** The secret Kamailio checks credentials with, shared with the backend that issues them. */
  secret: string;
  /** The last lines Kamailio logged, to explain a failure. */
  log(): string;
  stop(): Promise<void>;
}

/** A TCP port of the loopback interface that nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** Resolves once the port accepts a connection; rejects if `gone` settles first. */
function accepting(port: number, gone: Promise<string>): Promise<void> {
  let stopped = false;
  const attempt = (): Promise<void> =>
    new Promise<boolean>((done) => {
      const socket = connect({ port, host: '127.0.0.1' });
      socket.once('connect', () => {
        socket.destroy();
        done(true);
      });
      socket.once('error', () => done(false));
    }).then((ok) => {
      if (ok || stopped) return;
      return new Promise<void>((next) => setTimeout(next, 50)).then(attempt);
    });
  return Promise.race([
    attempt(),
    gone.then((why) => {
      stopped = true;
      throw new Error(why);
    }),
  ]);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // The group is already gone.
  }
}

// util-linux's setpriv ends Kamailio when the process that started it dies
// without stopping it (a killed test run), instead of leaving it listening.
const SETPRIV = '/usr/bin/setpriv';

async function launch(binary: string, domain: string, secret: string, dir: string, lines: string[]) {
  const port = await freePort();
  const args = [
    '-DD', // in the foreground: the process we started is the server
    '-E', // log to stderr
    '-f', KAMAILIO_CONFIG,
    '-Y', dir,
    '-P', join(dir, 'kamailio.pid'),
    '-m', '32',
    '-M', '8',
    '-A', `WS_PORT=${port}`,
    '-A', `SECRET="${secret}"`,
    '-A', `DOMAIN="${domain}"`,
  ];
  const [command, commandArgs] = existsSync(SETPRIV) ? [SETPRIV, ['--pdeathsig', 'TERM', binary, ...args]] : [binary, args];
  const child = spawn(command, commandArgs, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    lines.push(...chunk.split('\n').filter(Boolean));
    if (lines.length > 400) lines.splice(0, lines.length - 400);
  });
  const exited = new Promise<string>((done) => {
    child.once('error', (error) => done(`Kamailio could not start: ${error.message}`));
    child.once('exit', (code, signal) => done(`Kamailio ended (${signal ?? `exit ${code}`})`));
  });
  return { port, child, exited };
}

export async function startSipServer({ domain = 'dialkit.test' } = {}): Promise<SipServer> {
  const binary = findKamailio();
  if (!binary) {
    throw new Error(
      'No Kamailio found: the calling tests need one. On Debian/Ubuntu: sudo apt-get install -y kamailio kamailio-websocket-modules kamailio-autheph-modules, or point KAMAILIO_PATH at a kamailio binary.',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'dialkit-sip-'));
  const secret = randomBytes(24).toString('base64url');
  const lines: string[] = [];
  // The port is free when probed but another program may take it before
  // Kamailio binds it: then Kamailio ends at once, and another port is tried.
  let lastError = '';
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const { port, child, exited } = await launch(binary, domain, secret, dir, lines);
    try {
      await accepting(port, exited);
    } catch (error) {
      killGroup(child, 'SIGKILL');
      lastError = `${(error as Error).message}\n${lines.slice(-15).join('\n')}`;
      lines.length = 0;
      continue;
    }
    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        killGroup(child, 'SIGTERM');
        const killer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
        await exited;
        clearTimeout(killer);
        killGroup(child, 'SIGKILL'); // leftovers, if any
        process.off('exit', onExit);
        rmSync(dir, { recursive: true, force: true });
      })());
    const onExit = () => killGroup(child, 'SIGKILL');
    process.on('exit', onExit);
    return {
      url: `ws://127.0.0.1:${port}`,
      domain,
      secret,
      credentials: (user, expiresAt = new Date(Date.now() + 3600_000)) => ephemeralCredentials(secret, user, expiresAt),
      log: () => lines.join('\n'),
      stop,
    };
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`Kamailio did not start:\n${lastError}`);
}
