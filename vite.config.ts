/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { mswWorker } from './scripts/msw-worker.js';
import { contractValidators } from './scripts/contract-validators.js';
import { phoneMetadata } from './scripts/phone-metadata.js';
import { demoSipServer } from './scripts/demo-sip.js';
import { resolve } from 'node:path';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

/** Debian's Chromium, headless, for both browser projects (see scripts/chromium.mjs). */
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions() }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

export default defineConfig({
  // demoSipServer(): `npm start` (mode `demo`) starts the demo's SIP server.
  plugins: [mswWorker(), contractValidators(), phoneMetadata(), demoSipServer()],
  server: { port: 5173 },
  // Pre-bundled up front: a dependency discovered mid-run makes Vite reload the
  // page, which Vitest's browser mode reports as a failed import.
  optimizeDeps: {
    // The demo page only: the example hosts under examples/ have their own
    // dependencies (React, Vue, the packed kit), which this project does not.
    entries: ['index.html'],
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directives/live.js',
      'lit/directives/repeat.js',
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
      'libphonenumber-js/core',
      '@lit-labs/virtualizer/virtualize.js',
      '@lit-labs/virtualizer/layouts/flow.js',
      'chart.js',
      'papaparse',
      // The mock checks requests against the contract in the page too.
      'ajv/dist/2020.js',
      'ajv-formats',
      'yaml',
      // The calling tests' SIP library (CommonJS: pre-bundling makes it a module).
      'jssip',
    ],
  },
  // The product is built by scripts/build.mjs (`npm run build`): the npm
  // package, the self-contained bundle and the public call button.
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
          // Property-based tests run hundreds of cases: seconds on a machine
          // shared with other runs, and a slow machine is no failure.
          testTimeout: 30_000,
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.browser.test.ts', 'test/package/**', 'test/demo/**'],
        },
      },
      {
        extends: true,
        // What users install: the packed package in the example hosts. Needs
        // dist/ (npm test runs it after the build), takes a minute to install
        // and build the hosts, so it runs only when asked for by name.
        test: {
          name: 'package',
          environment: 'node',
          include: ['test/package/**/*.test.ts'],
          globalSetup: ['test/package/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        // The demo as `npm start` serves it, with its SIP server: a visitor on
        // its sample website calls its softphone, two pages of one Chromium.
        test: {
          name: 'demo',
          environment: 'node',
          include: ['test/demo/**/*.test.ts'],
          exclude: ['test/**/*.browser.test.ts'],
          globalSetup: ['test/demo/setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.ts'],
          // Keyboard-heavy tests take seconds on a machine shared with another
          // run; a test that times out keeps running into the next one (Vitest
          // cannot stop it), so the limit is generous and only an upper bound.
          testTimeout: 60_000,
          browser: browser(),
          // The SIP server the calling tests register to (test/sip/).
          globalSetup: ['test/sip/setup.ts'],
        },
      },
      // Every story in stories/ becomes a test: render, play function and an
      // axe check (a11y.test = 'error' in .storybook/preview.ts), once per
      // language: the projects storybook-en, storybook-pl and storybook-fr
      // differ only by the locale toolbar's value (`initialGlobals`), so a
      // story is written once and checked in all three. A story about one
      // language alone carries the tag `only-<locale>` and runs only there.
      // Since Storybook 10.3 the plugin applies .storybook/preview.ts (and
      // main.ts's viteFinal) by itself: no setup file is needed. The three
      // run one after another (`groupOrder`; English with the other
      // projects): together they would open three times the pages on two
      // cores, and slow stories then miss their timeouts.
      ...(['en', 'pl', 'fr'] as const).map((locale, order) => ({
        extends: true as const,
        plugins: [
          storybookTest({
            configDir: resolve(import.meta.dirname, '.storybook'),
            initialGlobals: { locale },
            tags: { exclude: ['en', 'pl', 'fr'].filter((other) => other !== locale).map((other) => `only-${other}`) },
          }),
        ],
        test: {
          name: `storybook-${locale}`,
          browser: browser(),
          testTimeout: 60_000,
          sequence: { groupOrder: order },
        },
      })),
    ],
  },
});
