/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

const require = createRequire(import.meta.url);

/**
 * Serves MSW's worker at /mockServiceWorker.js from node_modules, so its scope
 * covers every page (demo, test pages) without a copy that goes stale.
 */
function mswWorker(): Plugin {
  return {
    name: 'dialkit:msw-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.setHeader('Service-Worker-Allowed', '/');
        res.end(readFileSync(require.resolve('msw/mockServiceWorker.js')));
      });
    },
  };
}

const elements = ['sip-profiles'];

export default defineConfig({
  plugins: [mswWorker()],
  server: { port: 5173 },
  build: {
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: {
        dialkit: resolve(__dirname, 'src/dialkit.ts'),
        ...Object.fromEntries(elements.map((e) => [e, resolve(__dirname, `src/elements/${e}/define.ts`)])),
      },
      formats: ['es'],
    },
    rollupOptions: {
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.browser.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions() }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
