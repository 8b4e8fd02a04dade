import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const workerSource = () => readFileSync(require.resolve('msw/mockServiceWorker.js'));

/**
 * Serves MSW's worker at /mockServiceWorker.js from node_modules, so its scope
 * covers every page (demo, Storybook, test pages) and it never goes stale
 * after an msw upgrade. With `emit`, a build writes it out too (the static
 * Storybook mocks its backend as well); the product build never emits it.
 */
export function mswWorker({ emit = false } = {}): Plugin {
  return {
    name: 'dialkit:msw-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.setHeader('Service-Worker-Allowed', '/');
        res.end(workerSource());
      });
    },
    generateBundle() {
      if (emit) this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: workerSource() });
    },
  };
}
