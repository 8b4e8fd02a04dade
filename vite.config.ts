/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { existsSync, readdirSync } from 'node:fs';
import { mswWorker } from './scripts/msw-worker.js';
import { resolve } from 'node:path';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

/**
 * Every element folder with a registering file gets its own entry
 * (`dist/<name>.js`), but the public call button, which is built alone
 * (scripts/call-button.vite.config.ts) so that it shares nothing with the kit.
 */
const elements = readdirSync(resolve(import.meta.dirname, 'src/elements')).filter(
  (name) => name !== 'call-button' && existsSync(resolve(import.meta.dirname, `src/elements/${name}/define.ts`)),
);

/** Debian's Chromium, headless, for both browser projects (see scripts/chromium.mjs). */
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions() }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

export default defineConfig({
  plugins: [mswWorker()],
  server: { port: 5173 },
  // Pre-bundled up front: a dependency discovered mid-run makes Vite reload the
  // page, which Vitest's browser mode reports as a failed import.
  optimizeDeps: {
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directives/live.js',
      'lit/directive-helpers.js',
      '@lit/task',
      '@lit/context',
      'i18next',
      'openapi-fetch',
      'msw',
      'msw/browser',
      'axe-core',
      'minisearch',
      'libphonenumber-js',
      '@lit-labs/virtualizer/virtualize.js',
      'chart.js',
      'papaparse',
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // public/ holds the demo's assets (favicon, sample website), not the product's.
    copyPublicDir: false,
    lib: {
      entry: {
        dialkit: resolve(import.meta.dirname, 'src/dialkit.ts'),
        ...Object.fromEntries(elements.map((e) => [e, resolve(import.meta.dirname, `src/elements/${e}/define.ts`)])),
      },
      formats: ['es'],
    },
    rollupOptions: {
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  test: {
    // The machines that run this have 2 cores; more workers only thrash.
    maxWorkers: 2,
    // Projects extend this config, so mswWorker() above serves the worker to
    // the browser and storybook projects' servers too.
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
          browser: browser(),
        },
      },
      {
        extends: true,
        // Every story in stories/ becomes a test: render, play function and an
        // axe check (a11y.test = 'error' in .storybook/preview.ts). Since
        // Storybook 10.3 the plugin applies .storybook/preview.ts by itself,
        // so no setup file with setProjectAnnotations is needed.
        plugins: [storybookTest({ configDir: resolve(import.meta.dirname, '.storybook') })],
        test: {
          name: 'storybook',
          browser: browser(),
        },
      },
    ],
  },
});
