import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

/**
 * The call panel of the public call button, built on its own next to
 * `call-button.js`, which imports `./call-panel.js` on a first click: a
 * relative import, so a copy on a CDN loads its own. Its chunks (the strings
 * of each language, the phone with JsSIP, the REST client of the callback
 * request) load relative to it in turn (`base: './'`).
 */
export function callPanelBuild(outDir = resolve(import.meta.dirname, '../../dist')): UserConfig {
  return {
    publicDir: false,
    base: './',
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      rollupOptions: {
        input: resolve(import.meta.dirname, '../../src/elements/call-button/panel/panel.ts'),
        preserveEntrySignatures: 'exports-only',
        output: {
          entryFileNames: 'call-panel.js',
          chunkFileNames: 'call-panel/[name]-[hash].js',
          comments: false,
        },
      },
    },
  };
}

export default defineConfig(callPanelBuild());
