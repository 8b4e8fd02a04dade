import { html } from 'lit';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { configure } from 'storybook/test';
import { ElementDocsPage } from './docs-page.js';
// Also sets the custom-elements manifest: component descriptions, Controls.
import { declarationOf, elementApi } from './elements.js';

// `waitFor` and `findBy…` in play functions wait up to 20 s (the default is
// 1 s): an upper bound for a machine shared with another run, never the
// expected time.
configure({ asyncUtilTimeout: 20_000 });

/**
 * Stories render inside an element carrying the toolbar's language, so every
 * dk-* element resolves it the way it would on a host page: from the nearest
 * ancestor's `lang`. The language is a global, not a story: the toolbar
 * switches it, and the story tests run every story once per language (the
 * storybook-en, -pl and -fr projects in vite.config.ts set it with
 * `initialGlobals`). The toolbar also offers the pseudo-locale `en-XA`, to
 * look at by hand; test/conformance/walk.browser.test.ts walks every
 * element in it.
 */
const withLocale: Decorator = (story, { globals }) =>
  html`<div lang=${globals['locale'] ?? 'en'}>${story()}</div>`;

const preview: Preview = {
  // A documentation page for every element, made from its manifest entry.
  tags: ['autodocs'],
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
          // The pseudo-locale (accented, longer, between markers): a string
          // not from the catalogs, or a layout that cannot take longer words, shows.
          { value: 'en-XA', title: 'Pseudo (en-XA)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  parameters: {
    layout: 'padded',
    docs: {
      page: ElementDocsPage,
      // The API table of a `component: 'dk-…'`, from the manifest, sections
      // in a fixed order (the renderer's own extraction lists private
      // members and leaves no way to order the sections).
      extractArgTypes: (component: unknown) =>
        typeof component === 'string' && declarationOf(component) ? elementApi(component).argTypes : null,
    },
    // Descriptions from the JSDoc shown beside each control.
    controls: { expanded: true },
    // Accessibility violations fail the story's test, in Vitest and in the UI.
    a11y: { test: 'error' },
  },
};

export default preview;
