import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

/**
 * The public call button is built on its own, as an application build of one
 * entry: websites load `dist/call-button.js` alone, so it may share no chunk
 * with the kit, and it is minified whitespace and all (lib mode's ES output
 * is not), which is what its size budget measures. Its call panel is built
 * on its own too (call-panel.vite.config.ts): the button imports
 * `./call-panel.js` by a path the bundler leaves as it is. Its class fields
 * are built as fields (call-button.tsconfig.json; the kit's Lit elements need
 * the other semantics, so that their initial values go through Lit's
 * accessors), which spares the button a constructor.
 *
 * Two scripts: `call-button.js`, the one websites load, ignores a value it
 * cannot use in silence; `call-button.dev.js` (`--mode warnings`; what
 * bundlers pick in development, through the package's `development`
 * condition) also names each such value once in the console, for whoever
 * writes the page. Everything else is the same.
 */
export function callButtonBuild(outDir = resolve(import.meta.dirname, '../../dist'), warnings = false): UserConfig {
  return {
    publicDir: false,
    define: { 'import.meta.env.DIALKIT_QUIET': JSON.stringify(!warnings) },
    tsconfig: resolve(import.meta.dirname, 'call-button.tsconfig.json'),
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      rollupOptions: {
        input: resolve(import.meta.dirname, '../../src/elements/call-button/define.ts'),
        output: { entryFileNames: warnings ? 'call-button.dev.js' : 'call-button.js', comments: false },
      },
    },
  };
}

export default defineConfig(({ mode }) => callButtonBuild(undefined, mode === 'warnings'));
