import { existsSync, readdirSync } from 'node:fs';
import type { UserConfig } from 'vite';
import { contractValidators } from '../contract-validators.js';
import { phoneMetadata } from '../phone-metadata.js';
import { minifyTemplates } from './minify-templates.js';
import { resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

/**
 * Every element folder with a registering file (`define.ts`), but the public
 * call button, which is built alone so that it shares nothing with the kit.
 */
export const elements = readdirSync(resolve(root, 'src/elements')).filter(
  (name) => name !== 'call-button' && existsSync(resolve(root, `src/elements/${name}/define.ts`)),
);

/**
 * The kit's entry points, by output name: the API (`dialkit`), every element
 * (`all`), the autoloader, and one per element (`<element>`, e.g. `members`).
 */
export const entries: Record<string, string> = {
  dialkit: resolve(root, 'src/dialkit.ts'),
  all: resolve(root, 'src/all.ts'),
  autoloader: resolve(root, 'src/autoloader.ts'),
  ...Object.fromEntries(elements.map((e) => [e, resolve(root, `src/elements/${e}/define.ts`)])),
};

/**
 * The runtime libraries a host may already use and should share: they stay
 * `import`s resolved by the host's bundler (and are the package's
 * `dependencies`; openapi-fetch too, since the adapter's types name it). The
 * others (chart.js, papaparse, minisearch,
 * libphonenumber-js) are bundled: they are the kit's own
 * business, loaded lazily, and no host needs to share their instance.
 */
export const shared = ['lit', 'lit-html', '@lit/reactive-element', '@lit/context', '@lit/task', '@lit-labs/virtualizer', 'i18next', 'openapi-fetch'];

export const isShared = (id: string): boolean => shared.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * What the npm and the self-contained builds share: every entry, ES modules,
 * minified (the CSS in templates too), no source maps, and the contract's
 * validators compiled in.
 */
export function libraryBuild(outDir: string, output: NonNullable<NonNullable<UserConfig['build']>['rolldownOptions']>['output'], external?: (id: string) => boolean): UserConfig {
  return {
    root,
    publicDir: false,
    plugins: [minifyTemplates(), contractValidators(), phoneMetadata()],
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: { external, output: { minify: true, ...output } },
    },
  };
}
