import { mswWorker } from '../scripts/msw-worker.js';
import { dialkitManifest } from './manifest.js';
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: {
    // The machines this runs on have no way out; phoning home only adds delays.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(viteConfig, { configType }) {
    const { mergeConfig } = await import('vite');
    // Storybook merges vite.config.ts, whose own worker plugin only serves; drop
    // it so exactly one plugin handles the worker (and emits it on build).
    const plugins = (viteConfig.plugins ?? []).flat().filter(
      (p) => !(p && typeof p === 'object' && 'name' in p && p.name === 'dialkit:msw-worker'),
    );
    return mergeConfig(
      { ...viteConfig, plugins },
      {
        // The custom-elements manifest as `virtual:dialkit-manifest`: docs
        // pages, Controls and Actions. viteFinal also shapes the story tests
        // (@storybook/addon-vitest applies it), so they get it too.
        plugins: [mswWorker({ emit: true }), await dialkitManifest()],
        // Pre-bundle lit with its directive helpers, or the preview ends up with
        // two copies of Lit and directives stop working. The story helpers
        // use Lit too, so they go in the same pre-bundle; found later, they
        // would make Vite re-optimise and reload the page mid test run.
        optimizeDeps: {
          include: [
            'lit',
            'lit/directive-helpers.js',
            'lit/static-html.js',
            'lit/directives/unsafe-html.js',
            '@wc-toolkit/storybook-helpers',
          ],
        },
        // Storybook's own manager and axe chunks are big by nature; the warning
        // about them is noise in every build.
        build: { chunkSizeWarningLimit: 2048 },
        // `storybook build --quiet` still lets Vite list every chunk; keep
        // builds to warnings and errors so test logs stay readable.
        ...(configType === 'PRODUCTION' ? { logLevel: 'warn' as const } : {}),
      },
    );
  },
};

export default config;
