import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/elements/help-article/define.js';
import '../src/elements/sip-profiles/define.js';
import { createScenario } from '../mocks/scenarios.js';
import { type MswContext, elementApi, inShadow, scenario } from './support.js';

type Args = { article: string };
type Story = StoryObj<Args>;

const api = elementApi('dk-help-article');

const meta: Meta<Args> = {
  title: 'Help/Article',
  component: 'dk-help-article',
  args: { ...api.args, article: 'link-sip-account' },
  argTypes: api.argTypes,
  render: api.render,
  beforeEach: scenario('default') as never,
};
export default meta;

const article = (id: string): Story => ({
  args: { article: id },
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, 'dk-help-article', '#title');
    await inShadow(canvasElement, 'dk-help-article', '[data-answer="yes"]');
  },
});

/** Answers "No" and types `text` in the why box. */
async function answerNo(canvas: HTMLElement, text: string): Promise<HTMLTextAreaElement> {
  (await inShadow(canvas, 'dk-help-article', '[data-answer="no"]')).click();
  const box = await inShadow<HTMLTextAreaElement>(canvas, 'dk-help-article', '#comment');
  if (text) await userEvent.type(box, text);
  return box;
}
const send = async (canvas: HTMLElement) => (await inShadow(canvas, 'dk-help-article', '[part="send-button"]')).click();

// One story per article (the story tests show each in every language).

export const Overview: Story = article('overview');

export const SetUp: Story = article('set-up');

export const InviteMembers: Story = article('invite-members');

export const FeatureAccess: Story = article('feature-access');

export const BuyCredit: Story = article('buy-credit');

export const AllocateCredit: Story = article('allocate-credit');

export const Reports: Story = article('reports');

export const LinkSipAccount: Story = article('link-sip-account');

export const RemoveSipAccount: Story = article('remove-sip-account');

export const CallButtons: Story = article('call-buttons');

// The feedback at the end of an article, in each of its states.

/** Asked: "Was this article helpful?" Yes / No. */
export const FeedbackAsked: Story = article('buy-credit');

/** "Yes": the reader is thanked. */
export const FeedbackYes: Story = {
  args: { article: 'buy-credit' },
  play: async ({ canvasElement }) => {
    (await inShadow(canvasElement, 'dk-help-article', '[data-answer="yes"]')).click();
    await inShadow(canvasElement, 'dk-help-article', '.thanks');
  },
};

/** "No": the box asking why, with the warning about personal information. */
export const FeedbackNo: Story = {
  args: { article: 'buy-credit' },
  play: async ({ canvasElement }) => {
    await answerNo(canvasElement, '');
    await inShadow(canvasElement, 'dk-help-article', '#privacy');
  },
};

/** Personal data found as it is typed: what was found, by kind, each with "Remove". */
export const FeedbackPersonalDataFound: Story = {
  args: { article: 'buy-credit' },
  play: async ({ canvasElement }) => {
    await answerNo(canvasElement, 'Write to jan.kowalski@firma.pl or call 601 234 567, my PESEL is 85031512344');
    const findings = await inShadow(canvasElement, 'dk-help-article', '#findings');
    await waitFor(() => expect(findings.querySelectorAll('li').length).toBe(3));
  },
};

/** Send refused: nothing leaves the page while personal data remains. */
export const FeedbackPersonalDataBlocked: Story = {
  args: { article: 'buy-credit' },
  play: async ({ canvasElement, parameters }) => {
    await answerNo(canvasElement, 'hasło: Kotek123!');
    await send(canvasElement);
    await inShadow(canvasElement, 'dk-help-article', '#findings [role="alert"]');
    const s = parameters['scenario'] as ReturnType<typeof createScenario>;
    await expect(s.backend.feedback()).toEqual([]);
  },
};

/** Sending: the backend has not answered yet. */
export const FeedbackSending: Story = {
  args: { article: 'buy-credit' },
  beforeEach: (async ({ msw }: MswContext) => {
    msw.use(http.post('*/api/help/feedback', () => delay('infinite')));
  }) as never,
  play: async ({ canvasElement }) => {
    await answerNo(canvasElement, 'The amount limit is not explained');
    await send(canvasElement);
    await inShadow(canvasElement, 'dk-help-article', '[part="send-button"][aria-busy="true"]');
  },
};

/** Failed: the text is kept, and the button offers a retry. */
export const FeedbackFailed: Story = {
  args: { article: 'buy-credit' },
  beforeEach: scenario('failing') as never,
  play: async ({ canvasElement }) => {
    const box = await answerNo(canvasElement, 'The amount limit is not explained');
    await send(canvasElement);
    await inShadow(canvasElement, 'dk-help-article', '.alert[role="alert"]');
    await expect(box.value).toBe('The amount limit is not explained');
  },
};

/** Sent: the reader is thanked, and the backend has the answer. */
export const FeedbackSent: Story = {
  args: { article: 'buy-credit' },
  play: async ({ canvasElement, parameters }) => {
    await answerNo(canvasElement, 'The amount limit is not explained');
    await send(canvasElement);
    await inShadow(canvasElement, 'dk-help-article', '.thanks');
    const s = parameters['scenario'] as ReturnType<typeof createScenario>;
    await waitFor(() => expect(s.backend.feedback()).toHaveLength(1));
  },
};

/** Contextual help: the SIP profiles' help button opens their article beside them, with "Show me". */
export const ContextualHelp: Story = {
  render: () => html`<dk-sip-profiles></dk-sip-profiles>`,
  play: async ({ canvasElement }) => {
    (await inShadow(canvasElement, 'dk-sip-profiles', 'table'));
    (await inShadow(canvasElement, 'dk-sip-profiles', '.help-button')).click();
    const article = await inShadow(canvasElement, 'dk-sip-profiles', '#help-panel dk-help-article');
    await waitFor(() => {
      if (!article.shadowRoot?.querySelector('.show-me')) throw new Error('no Show me yet');
    }, { timeout: 20_000 });
  },
};
