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
    { timeout: 5000 },
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

/** The same story in another language of the locale toolbar. */
export const withLocale = <S extends object>(story: S, locale: 'pl' | 'fr'): S => ({ ...story, globals: { locale } });
