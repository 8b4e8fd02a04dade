import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const root = resolve(import.meta.dirname, '../..');
export const PANEL_LANGS = ['en', 'pl', 'fr'] as const;

/**
 * The call panel of the public call button in one language, built on its own
 * next to `call-button.js`, which imports `./call-panel-<lang>.js` on a first
 * click: a relative import, so a copy on a CDN loads its own. Each language's
 * panel is a build of its own with that language's catalog inlined in place
 * of `panel/strings.ts` (no translation runtime, one request); the chunks it
 * loads later (the phone with JsSIP, the REST client of the callback
 * request), the same in every language, are relative imports from it, under
 * `call-panel/`. `vite build --mode <lang>` picks the language.
 *
 * A library build, minified whitespace and all by the bundler's own output
 * option: an application build would add Vite's preload helper to the
 * panel's first load (882 B gzip, for dependencies the panel does not have).
 */
export function callPanelBuild(lang: string, outDir = resolve(root, 'dist')): UserConfig {
  if (!PANEL_LANGS.includes(lang as (typeof PANEL_LANGS)[number])) throw new Error(`call panel: --mode ${PANEL_LANGS.join('|')}, not ${lang}`);
  const strings = resolve(root, 'src/elements/call-button/panel/strings.ts');
  const inline: Plugin = {
    name: 'dialkit-call-panel-strings',
    enforce: 'pre',
    load: (id) =>
      id === strings
        ? `import s from ${JSON.stringify(resolve(root, `locales/${lang}/callPanel.json`))};\nexport const stringsOf = async () => s;\n`
        : undefined,
  };
  // The helper that imports again after a failure (core/reimport.ts) is the
  // panel's own copy: shared with the REST adapter, it would otherwise be a
  // chunk of its own, one more request and about 200 B more at the first click.
  const reimport = resolve(root, 'src/core/reimport.ts');
  const panelDir = resolve(root, 'src/elements/call-button/panel');
  const ownReimport: Plugin = {
    name: 'dialkit-call-panel-reimport',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer?.startsWith(panelDir) || !source.endsWith('/core/reimport.js')) return null;
      const found = await this.resolve(source, importer, { ...options, skipSelf: true });
      return found?.id === reimport ? `${reimport}?panel` : found;
    },
  };
  return {
    publicDir: false,
    plugins: [inline, ownReimport],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: {
        entry: resolve(root, 'src/elements/call-button/panel/panel.ts'),
        formats: ['es'],
        fileName: () => `call-panel-${lang}.js`,
      },
      rollupOptions: {
        output: { chunkFileNames: 'call-panel/[name]-[hash].js', comments: false, minify: true },
      },
    },
  };
}

export default defineConfig(({ mode }) => callPanelBuild(mode));
