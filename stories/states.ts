import type { Args, StoryObj } from '@storybook/web-components-vite';
import { delay, http } from 'msw';
import { expect, waitFor } from 'storybook/test';
import type { ScenarioName } from '../mocks/scenarios.js';
import { type MswContext, inShadow, scenario, scenarioOf } from './support.js';
import { retriedAll } from '../test/support/retry.js';

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
    Object.assign(scenarioOf(parameters).control, { failNext: 0, offline: false });
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
