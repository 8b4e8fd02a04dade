// Global setup of the `browser` project: the SIP server of the calling tests
// (scripts/sip-server.ts), started from Node since the tests run in
// Chromium. The pages get its address, credentials made here, and its secret
// for the mock backend alone: it plays the service that shares the secret
// with the SIP server and issues softphone credentials with it. Without
// Kamailio the other browser tests still run: the calling
// tests then fail with the reason (npm test installs Kamailio first).
import type { TestProject } from 'vitest/node';
import { startSipServer, type SipCredentials } from '../../scripts/sip-server.js';

export interface ProvidedSipServer {
  url: string;
  domain: string;
  /** Valid credentials for each of these users. */
  users: Record<'alice' | 'bob', SipCredentials>;
  /** Credentials of a user whose password was not made with the server's secret. */
  wrongPassword: SipCredentials;
  /** Credentials of a user that expired a minute ago. */
  expired: SipCredentials;
  /** The secret, for a mock SIP profile's `webCallingSecret` only: the tests' phones use credentials made here. */
  secret: string;
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  let server;
  try {
    server = await startSipServer();
  } catch (error) {
    project.provide('sipServer', { error: (error as Error).message });
    return undefined;
  }
  const [alice, bob, carol, expired] = await Promise.all([
    server.credentials('alice'),
    server.credentials('bob'),
    server.credentials('carol'),
    server.credentials('dave', new Date(Date.now() - 60_000)),
  ]);
  const provided: ProvidedSipServer = {
    url: server.url,
    domain: server.domain,
    users: { alice, bob },
    wrongPassword: { username: carol.username, password: alice.password },
    expired,
    secret: server.secret,
  };
  project.provide('sipServer', provided);
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    sipServer: ProvidedSipServer | { error: string };
  }
}
