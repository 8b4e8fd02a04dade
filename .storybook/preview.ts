import { html } from 'lit';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import type { Decorator, Preview } from '@storybook/web-components-vite';

/**
 * Stories render inside an element carrying the toolbar's language, so every
 * dk-* element resolves it the way it would on a host page: from the nearest
 * ancestor's `lang`.
 */
const withLocale: Decorator = (story, { globals }) =>
  html`<div lang=${globals['locale'] ?? 'en'}>${story()}</div>`;

const preview: Preview = {
  // msw-storybook-addon 3: the loader is a factory taking the worker's setup.
  // Stories add their handlers with `beforeEach({ msw }) { msw.use(...) }`;
  // the loader resets them between stories. Requests without a handler (the
  // preview's own modules, fonts) go to the network untouched.
  loaders: [
    mswLoader(async () => {
      const worker = setupWorker();
      await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
      return worker;
    }),
  ],
  decorators: [withLocale],
  globalTypes: {
    locale: {
      description: 'Language the kit renders in',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'pl', title: 'Polski' },
          { value: 'fr', title: 'Français' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  parameters: {
    layout: 'padded',
    // Accessibility violations fail the story's test, in Vitest and in the UI.
    a11y: { test: 'error' },
  },
};

export default preview;
