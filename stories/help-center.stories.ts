import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/elements/help-center/define.js';
import { createScenario } from '../mocks/scenarios.js';
import { inShadow, withLocale } from './support.js';

type Args = { article: string };
type Story = StoryObj<Args>;

const meta: Meta<Args> = {
  title: 'Help/Help center',
  component: 'dk-help-center',
  args: { article: '' },
  render: ({ article }) => html`<dk-help-center article=${article}></dk-help-center>`,
  beforeEach: (async ({ msw }: { msw: { use: (...h: unknown[]) => void } }) => {
    msw.use(...createScenario('default').handlers);
  }) as never,
};
export default meta;


/** Types `query` in the search box and waits for the list to follow. */
const searching = (query: string, expected: string | null): Story => ({
  play: async ({ canvasElement }) => {
    const input = await inShadow<HTMLInputElement>(canvasElement, 'dk-help-center', '#search');
    await userEvent.type(input, query);
    await waitFor(
      () => {
        const root = canvasElement.querySelector('dk-help-center')!.shadowRoot!;
        if (expected) expect(root.querySelector(`[data-article="${expected}"]`)).not.toBeNull();
        else expect(root.querySelector('.none')).not.toBeNull();
      },
      { timeout: 5000 },
    );
  },
});

/** Every article, in the reader's language. */
export const AllArticles: Story = {
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, 'dk-help-center', '.articles');
  },
};
export const AllArticlesPolish = withLocale(AllArticles, 'pl');
export const AllArticlesFrench = withLocale(AllArticles, 'fr');

/** "credit" finds "crédit"; "rozmow" finds "rozmów". */
export const Searching: Story = searching('credit', 'buy-credit');
export const SearchingPolish: Story = { ...searching('rozmow', 'link-sip-account'), globals: { locale: 'pl' } };
export const SearchingFrench: Story = { ...searching('credit', 'buy-credit'), globals: { locale: 'fr' } };

/** Capitals and accents typed, found all the same. */
export const SearchingWithDiacritics: Story = searching('CRÉDIT', 'buy-credit');
export const SearchingWithDiacriticsPolish: Story = { ...searching('Rozmów', 'link-sip-account'), globals: { locale: 'pl' } };
export const SearchingWithDiacriticsFrench: Story = { ...searching('Crédit', 'buy-credit'), globals: { locale: 'fr' } };

export const NoResults: Story = searching('zzqx', null);
export const NoResultsPolish = withLocale(NoResults, 'pl');
export const NoResultsFrench = withLocale(NoResults, 'fr');

/** An article opened from the list, with "All articles" to come back. */
export const ArticleOpen: Story = {
  args: { article: 'allocate-credit' },
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, 'dk-help-center', '.back');
    const article = await inShadow(canvasElement, 'dk-help-center', 'dk-help-article');
    await waitFor(() => expect(article.shadowRoot?.querySelector('#title')).not.toBeNull(), { timeout: 5000 });
  },
};
export const ArticleOpenPolish = withLocale(ArticleOpen, 'pl');
export const ArticleOpenFrench = withLocale(ArticleOpen, 'fr');
