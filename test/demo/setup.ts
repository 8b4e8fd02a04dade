// Global setup of the `demo` project: the demo as `npm start` serves it (Vite
// in mode `demo`), which starts its own SIP server (Kamailio, through
// scripts/demo-sip.ts) on a free port of the loopback interface. Without
// Kamailio the demo runs without calls, and the tests say why.
import { resolve } from 'node:path';
import { createServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { findKamailio } from '../../scripts/kamailio.mjs';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await createServer({
    configFile: resolve(import.meta.dirname, '../../vite.config.ts'),
    mode: 'demo',
    // A free port: another run may be serving its demo meanwhile.
    server: { port: 0, host: '127.0.0.1', hmr: false },
    logLevel: 'warn',
    clearScreen: false,
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!url) throw new Error('the demo server has no address');
  project.provide('demoUrl', url);
  project.provide('demoKamailio', findKamailio() !== null);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string;
    demoKamailio: boolean;
  }
}
