// The demo's SIP server: `npm start` (Vite in mode `demo`) starts Kamailio on
// the loopback interface, as the calling tests do (scripts/sip-server.ts), so
// that the sample website's call button calls the demo's softphone for real.
// The page learns of it from the module `virtual:dialkit-demo-sip`: the
// mock backend in the page plays the service, which shares the server's
// secret and issues softphone credentials with it. Without Kamailio the demo
// says what to install, and the button follows its link.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { KAMAILIO_PACKAGES, findKamailio } from './kamailio.mjs';
import { startSipServer, type SipServer } from './sip-server.js';

/** What the demo page is told (`virtual:dialkit-demo-sip`). */
export type DemoSip =
  /** Not the demo (tests, Storybook): nothing started, nothing said. */
  | { state: 'off' }
  /** No Kamailio, or it would not start: what to install, and why. */
  | { state: 'missing'; install: string; why: string }
  /** Running: its WebSocket address, and the secret the mock backend issues credentials with. */
  | { state: 'running'; url: string; secret: string };

const ID = 'virtual:dialkit-demo-sip';
/** The sample website's web-calling address, as its snippet carries it, and its SIP domain. */
export const SAMPLE_WS = 'wss://sip.example.com/ws';
const SAMPLE_HOST = 'sip.example.com';
export const INSTALL = `sudo apt-get install ${KAMAILIO_PACKAGES.join(' ')}`;

/**
 * The sample website with the demo's SIP server in place of the one its
 * snippet names: its address in the button and in the page's Content Security
 * Policy (`connect-src`), its host in the `sip:` link.
 */
export function withSipServer(html: string, url: string): string {
  const host = new URL(url).hostname;
  return html.replaceAll(SAMPLE_WS, url).replaceAll(`wss://${SAMPLE_HOST}`, url).replaceAll(`@${SAMPLE_HOST}`, `@${host}`);
}

export function demoSipServer(): Plugin {
  let told: DemoSip = { state: 'off' };
  let server: SipServer | undefined;
  return {
    name: 'dialkit-demo-sip',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load: (id) => (id === `\0${ID}` ? `export default ${JSON.stringify(told)};` : undefined),
    async configureServer(dev) {
      if (dev.config.mode !== 'demo') return;
      const log = dev.config.logger;
      if (!findKamailio()) {
        told = { state: 'missing', install: INSTALL, why: 'kamailio' };
        log.warn(`No Kamailio found: the demo's call buttons follow their links. For calls in the browser: ${INSTALL}`);
      } else {
        try {
          // Its SIP domain is the host of its WebSocket address, as the generator
          // proposes a button's address (`sip:<account>@<that host>`) and the mock
          // backend the softphone's.
          server = await startSipServer({ domain: '127.0.0.1' });
          told = { state: 'running', url: server.url, secret: server.secret };
          log.info(`SIP server (Kamailio) at ${server.url}: the sample website calls the demo's softphone.`);
        } catch (error) {
          told = { state: 'missing', install: INSTALL, why: (error as Error).message };
          log.warn(`Kamailio did not start, the demo's call buttons follow their links: ${(error as Error).message}`);
        }
      }
      dev.httpServer?.once('close', () => void server?.stop());
      // Before Vite's own middlewares, which serve public/ as it is.
      const page = resolve(dev.config.publicDir, 'sample-site.html');
      dev.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        if (!server || new URL(req.url ?? '/', 'http://x').pathname !== '/sample-site.html') return next();
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(withSipServer(readFileSync(page, 'utf8'), server.url));
      });
    },
    async buildEnd() {
      await server?.stop();
    },
  };
}
