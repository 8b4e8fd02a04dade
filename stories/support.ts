import type { Args, StoryObj } from '@storybook/web-components-vite';
import { delay, http } from 'msw';
import { expect, waitFor } from 'storybook/test';
import { createScenario, type Scenario, type ScenarioName } from '../mocks/scenarios.js';
import { restAdapterFor } from '../src/adapter/changes.js';
import { intentsOf } from '../src/adapter/intents.js';
import { retriedAll } from '../test/support/retry.js';

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
    // Another company on the same address: what the elements left unsettled with the last one never reached this one.
    intentsOf(restAdapterFor()).clear();
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

/** The states of remote data every element that loads shares, one story each. */
export type StateName = 'Loading' | 'Slow' | 'Empty' | 'Failing' | 'Offline';

type Play = (context: { canvasElement: HTMLElement; parameters: Record<string, unknown> }) => Promise<void>;

export interface StateOptions<A> {
  /** A selector in the element's shadow root that is there once its data is in. */
  content: string;
  /** A story's own args, where its state needs them (the report kind that has an empty state). */
  args?: Partial<Record<StateName, Partial<A>>>;
}

/**
 * The loading, slow, empty and failing stories of the element `tag`, with
 * play functions that check the state: `Loading` holds every backend answer
 * forever; `Slow` shows loading, then the content; `Empty` is a company just
 * set up; `Failing` (503s) and `Offline` (network errors) show the error, and
 * their retry brings the content once the backend works again. A story file
 * exports the ones its element has, under these names (the story ids).
 */
export function stateStories<A = Args>(tag: string, { content, args = {} }: StateOptions<A>): Record<StateName, StoryObj<A>> {
  const shows = (selector: string): Play => async ({ canvasElement }) => {
    await inShadow(canvasElement, tag, selector);
  };
  const failsThenRetries: Play = async ({ canvasElement, parameters }) => {
    await inShadow(canvasElement, tag, '[part="error"]');
    await inShadow(canvasElement, tag, '[part="retry-button"]');
    Object.assign(scenarioOf(parameters).control, { failNext: 0, loseAnswers: 0, offline: false });
    const root = canvasElement.querySelector(tag)!.shadowRoot!;
    const pressed = new WeakSet<Element>();
    await waitFor(() => expect(retriedAll(root, content, pressed)).toBe(true), { timeout: 20_000, interval: 50 });
  };
  // Cast once here: the play functions read only what every story's context has.
  const story = (name: StateName, company: ScenarioName | undefined, play: Play): StoryObj<A> =>
    ({
      ...(args[name] ? { args: args[name] } : {}),
      ...(company ? { beforeEach: scenario(company) as never } : {}),
      play,
    }) as StoryObj<A>;
  return {
    Loading: {
      ...story('Loading', undefined, shows('[part="loading"]')),
      beforeEach: (async ({ msw }: MswContext) => {
        msw.use(http.all('*/api/*', () => delay('infinite')));
      }) as never,
    },
    Slow: story('Slow', 'slow', async (context) => {
      await shows('[part="loading"]')(context);
      await shows(content)(context);
    }),
    Empty: story('Empty', 'empty', shows('[part="empty"]')),
    Failing: story('Failing', 'failing', failsThenRetries),
    Offline: story('Offline', 'offline', failsThenRetries),
  };
}

export { elementApi } from '../.storybook/elements.js';
