import { mswWorker } from '../scripts/msw-worker.js';
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
        plugins: [mswWorker({ emit: true })],
        // Pre-bundle lit with its directive helpers, or the preview ends up with
        // two copies of Lit and directives stop working.
        optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
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
