import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/elements/help-article/define.js';
import '../src/elements/sip-profiles/define.js';
import { createScenario } from '../mocks/scenarios.js';
import { type MswContext, inShadow, scenario, withLocale } from './support.js';

type Args = { article: string };
type Story = StoryObj<Args>;


const meta: Meta<Args> = {
  title: 'Help/Article',
  component: 'dk-help-article',
  args: { article: 'link-sip-account' },
  render: ({ article }) => html`<dk-help-article article=${article}></dk-help-article>`,
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

// One story per article and language.

export const Overview: Story = article('overview');
export const OverviewPolish = withLocale(Overview, 'pl');
export const OverviewFrench = withLocale(Overview, 'fr');

export const SetUp: Story = article('set-up');
export const SetUpPolish = withLocale(SetUp, 'pl');
export const SetUpFrench = withLocale(SetUp, 'fr');

export const InviteMembers: Story = article('invite-members');
export const InviteMembersPolish = withLocale(InviteMembers, 'pl');
export const InviteMembersFrench = withLocale(InviteMembers, 'fr');

export const FeatureAccess: Story = article('feature-access');
export const FeatureAccessPolish = withLocale(FeatureAccess, 'pl');
export const FeatureAccessFrench = withLocale(FeatureAccess, 'fr');

export const BuyCredit: Story = article('buy-credit');
export const BuyCreditPolish = withLocale(BuyCredit, 'pl');
export const BuyCreditFrench = withLocale(BuyCredit, 'fr');

export const AllocateCredit: Story = article('allocate-credit');
export const AllocateCreditPolish = withLocale(AllocateCredit, 'pl');
export const AllocateCreditFrench = withLocale(AllocateCredit, 'fr');

export const Reports: Story = article('reports');
export const ReportsPolish = withLocale(Reports, 'pl');
export const ReportsFrench = withLocale(Reports, 'fr');

export const LinkSipAccount: Story = article('link-sip-account');
export const LinkSipAccountPolish = withLocale(LinkSipAccount, 'pl');
export const LinkSipAccountFrench = withLocale(LinkSipAccount, 'fr');

export const RemoveSipAccount: Story = article('remove-sip-account');
export const RemoveSipAccountPolish = withLocale(RemoveSipAccount, 'pl');
export const RemoveSipAccountFrench = withLocale(RemoveSipAccount, 'fr');

export const CallButtons: Story = article('call-buttons');
export const CallButtonsPolish = withLocale(CallButtons, 'pl');
export const CallButtonsFrench = withLocale(CallButtons, 'fr');


// The feedback at the end of an article, in each of its states.

/** Asked: "Was this article helpful?" Yes / No. */
export const FeedbackAsked: Story = article('buy-credit');
export const FeedbackAskedPolish = withLocale(FeedbackAsked, 'pl');
export const FeedbackAskedFrench = withLocale(FeedbackAsked, 'fr');

/** "Yes": the reader is thanked. */
export const FeedbackYes: Story = {
  args: { article: 'buy-credit' },
  play: async ({ canvasElement }) => {
    (await inShadow(canvasElement, 'dk-help-article', '[data-answer="yes"]')).click();
    await inShadow(canvasElement, 'dk-help-article', '.thanks');
  },
};
export const FeedbackYesPolish = withLocale(FeedbackYes, 'pl');
export const FeedbackYesFrench = withLocale(FeedbackYes, 'fr');

/** "No": the box asking why, with the warning about personal information. */
export const FeedbackNo: Story = {
  args: { article: 'buy-credit' },
  play: async ({ canvasElement }) => {
    await answerNo(canvasElement, '');
    await inShadow(canvasElement, 'dk-help-article', '#privacy');
  },
};
export const FeedbackNoPolish = withLocale(FeedbackNo, 'pl');
export const FeedbackNoFrench = withLocale(FeedbackNo, 'fr');

/** Personal data found as it is typed: what was found, by kind, each with "Remove". */
export const FeedbackPersonalDataFound: Story = {
  args: { article: 'buy-credit' },
  play: async ({ canvasElement }) => {
    await answerNo(canvasElement, 'Write to jan.kowalski@firma.pl or call 601 234 567, my PESEL is 85031512344');
    const findings = await inShadow(canvasElement, 'dk-help-article', '#findings');
    await waitFor(() => expect(findings.querySelectorAll('li').length).toBe(3));
  },
};
export const FeedbackPersonalDataFoundPolish = withLocale(FeedbackPersonalDataFound, 'pl');
export const FeedbackPersonalDataFoundFrench = withLocale(FeedbackPersonalDataFound, 'fr');

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
export const FeedbackPersonalDataBlockedPolish = withLocale(FeedbackPersonalDataBlocked, 'pl');
export const FeedbackPersonalDataBlockedFrench = withLocale(FeedbackPersonalDataBlocked, 'fr');

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
export const FeedbackSendingPolish = withLocale(FeedbackSending, 'pl');
export const FeedbackSendingFrench = withLocale(FeedbackSending, 'fr');

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
export const FeedbackFailedPolish = withLocale(FeedbackFailed, 'pl');
export const FeedbackFailedFrench = withLocale(FeedbackFailed, 'fr');

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
export const FeedbackSentPolish = withLocale(FeedbackSent, 'pl');
export const FeedbackSentFrench = withLocale(FeedbackSent, 'fr');

/** Contextual help: the SIP profiles' help button opens their article beside them, with "Show me". */
export const ContextualHelp: Story = {
  render: () => html`<dk-sip-profiles></dk-sip-profiles>`,
  play: async ({ canvasElement }) => {
    (await inShadow(canvasElement, 'dk-sip-profiles', 'table'));
    (await inShadow(canvasElement, 'dk-sip-profiles', '.help-button')).click();
    const article = await inShadow(canvasElement, 'dk-sip-profiles', '#help-panel dk-help-article');
    await waitFor(() => {
      if (!article.shadowRoot?.querySelector('.show-me')) throw new Error('no Show me yet');
    }, { timeout: 5000 });
  },
};
export const ContextualHelpPolish = withLocale(ContextualHelp, 'pl');
export const ContextualHelpFrench = withLocale(ContextualHelp, 'fr');
