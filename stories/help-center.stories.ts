import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/elements/help-center/define.js';
import { createScenario } from '../mocks/scenarios.js';
import { type Locale, elementApi, inShadow, localeOf } from './support.js';

type Args = { article: string };
type Story = StoryObj<Args>;

const api = elementApi('dk-help-center');

const meta: Meta<Args> = {
  title: 'Help/Help center',
  component: 'dk-help-center',
  args: { ...api.args, article: '' },
  argTypes: api.argTypes,
  render: api.render,
  beforeEach: (async ({ msw }: { msw: { use: (...h: unknown[]) => void } }) => {
    msw.use(...createScenario('default').handlers);
  }) as never,
};
export default meta;

/** What is typed in each language, and the article it must find (none: null). */
type Search = [query: string, expected: string | null];

/** Types the language's query in the search box and waits for the list to follow. */
const searching = (searches: Record<Locale, Search>): Story => ({
  play: async ({ canvasElement, globals }) => {
    const [query, expected] = searches[localeOf(globals)];
    const input = await inShadow<HTMLInputElement>(canvasElement, 'dk-help-center', '#search');
    await userEvent.type(input, query);
    await waitFor(
      () => {
        const root = canvasElement.querySelector('dk-help-center')!.shadowRoot!;
        if (expected) expect(root.querySelector(`[data-article="${expected}"]`)).not.toBeNull();
        else expect(root.querySelector('.none')).not.toBeNull();
      },
      { timeout: 20_000 },
    );
  },
});

/** Every article, in the reader's language. */
export const AllArticles: Story = {
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, 'dk-help-center', '.articles');
  },
};

/** Words typed without their accents: "credit" finds "crédit"; "rozmow" finds "rozmów". */
export const Searching: Story = searching({
  en: ['credit', 'buy-credit'],
  pl: ['rozmow', 'link-sip-account'],
  fr: ['credit', 'buy-credit'],
});

/** Capitals and accents typed, found all the same. */
export const SearchingWithDiacritics: Story = searching({
  en: ['CRÉDIT', 'buy-credit'],
  pl: ['Rozmów', 'link-sip-account'],
  fr: ['Crédit', 'buy-credit'],
});

export const NoResults: Story = searching({ en: ['zzqx', null], pl: ['zzqx', null], fr: ['zzqx', null] });

/** An article opened from the list, with "All articles" to come back. */
export const ArticleOpen: Story = {
  args: { article: 'allocate-credit' },
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, 'dk-help-center', '.back');
    const article = await inShadow(canvasElement, 'dk-help-center', 'dk-help-article');
    await waitFor(() => expect(article.shadowRoot?.querySelector('#title')).not.toBeNull(), { timeout: 20_000 });
  },
};
