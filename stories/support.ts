import { createScenario, type Scenario, type ScenarioName } from '../mocks/scenarios.js';
import { waitFor } from 'storybook/test';

/** Waits for `selector` inside the shadow root of the first `tag` in the story. */
export async function inShadow<T extends Element = HTMLElement>(canvas: HTMLElement, tag: string, selector: string): Promise<T> {
  return waitFor(
    () => {
      const found = canvas.querySelector(tag)?.shadowRoot?.querySelector<T>(selector);
      if (!found) throw new Error(`${selector} not rendered yet`);
      return found;
    },
    { timeout: 20_000 },
  );
}

/** What a story's `beforeEach` receives from msw-storybook-addon. */
export type MswContext = { msw: { use: (...handlers: unknown[]) => void }; parameters: Record<string, unknown> };

/**
 * A story's `beforeEach`: a fresh mock company (a named scenario, or one made
 * by `make`), optionally changed by `tweak`, served by MSW for this story
 * only, and kept in `parameters.scenario` for the play function.
 */
export function scenario(make: ScenarioName | (() => Scenario), tweak?: (s: Scenario) => void) {
  return async ({ parameters, msw }: MswContext): Promise<void> => {
    const s = typeof make === 'string' ? createScenario(make) : make();
    tweak?.(s);
    parameters['scenario'] = s;
    msw.use(...s.handlers);
  };
}

/** The scenario `scenario()` made for the running story. */
export const scenarioOf = (parameters: Record<string, unknown>): Scenario => parameters['scenario'] as Scenario;

export type Locale = 'en' | 'pl' | 'fr';

/**
 * The language a story renders in: the locale toolbar's, which the story
 * tests set to each language in turn. Stories are written once, for every
 * language; a play function that types or expects words picks them with
 * this. A story that is only about one language (a plural rule, a
 * typographic case) says so with `globals: { locale: 'pl' }` and the tag
 * `only-pl`; the other languages' test projects leave it out.
 */
export const localeOf = (globals: Record<string, unknown>): Locale => (globals['locale'] as Locale | undefined) ?? 'en';

export { elementApi } from '../.storybook/elements.js';
