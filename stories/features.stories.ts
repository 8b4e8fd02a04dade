import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/elements/features/define.js';
import { createLowBalanceScenario } from '../mocks/credit.js';
import { elementApi, inShadow, scenario, scenarioOf, stateStories } from './support.js';

type Story = StoryObj;

const TAG = 'dk-features';
const api = elementApi(TAG);

const meta: Meta = {
  title: 'Workflows/Subscriptions and numbers',
  component: TAG,
  args: api.args,
  argTypes: api.argTypes,
  render: api.render,
  beforeEach: scenario('default') as never,
};
export default meta;

async function showTab(canvasElement: HTMLElement, tab: string): Promise<void> {
  await userEvent.click(await inShadow(canvasElement, TAG, `#tab-${tab}`));
}

const waitForAlert = (dialog: HTMLDialogElement) =>
  waitFor(() => expect(dialog.querySelector('.alert')).not.toBeNull(), { timeout: 20_000 });
const submit = (dialog: HTMLDialogElement) => userEvent.click(dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!);

export const Subscriptions: Story = {
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, TAG, '[part="subscriptions"]');
  },
};

export const Numbers: Story = {
  play: async ({ canvasElement }) => {
    await showTab(canvasElement, 'numbers');
    await inShadow(canvasElement, TAG, '[part="numbers"]');
  },
};

export const MembersAtAGlance: Story = {
  play: async ({ canvasElement }) => {
    await showTab(canvasElement, 'members');
    await inShadow(canvasElement, TAG, '[part="members"]');
  },
};

const states = stateStories(TAG, { content: '[role="tablist"]' });
export const Loading: Story = states.Loading;
/** The company answers slowly: the loading state, then the content. */
export const Slow: Story = states.Slow;
/** A company just set up: the catalogue, and no subscription or number yet. */
export const Empty: Story = states.Empty;
export const Failing: Story = states.Failing;

export const BuySubscription: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(await inShadow(canvasElement, TAG, '[data-plan]'));
    const dialog = await inShadow<HTMLDialogElement>(canvasElement, TAG, '#buy-plan-dialog[open]');
    await userEvent.type(dialog.querySelector<HTMLInputElement>('#quantity')!, '{backspace}3');
    await waitFor(() => expect(dialog.querySelector('.summary')).not.toBeNull());
  },
};

/** The balance does not cover the subscriptions: refused before anything is sent. */
export const BuySubscriptionInsufficient: Story = {
  beforeEach: scenario(createLowBalanceScenario) as never,
  play: async ({ canvasElement }) => {
    await userEvent.click(await inShadow(canvasElement, TAG, '[data-plan]'));
    const dialog = await inShadow<HTMLDialogElement>(canvasElement, TAG, '#buy-plan-dialog[open]');
    await waitFor(() => expect(dialog.querySelector('#short-error')).not.toBeNull());
  },
};

async function openBuyNumber(canvasElement: HTMLElement): Promise<HTMLDialogElement> {
  await showTab(canvasElement, 'numbers');
  await userEvent.click(await inShadow(canvasElement, TAG, '#buy-number-button'));
  const dialog = await inShadow<HTMLDialogElement>(canvasElement, TAG, '#buy-number-dialog[open]');
  await userEvent.click(await inShadow(canvasElement, TAG, '#buy-number-dialog input[name="offer"]'));
  return dialog;
}

export const BuyNumber: Story = {
  play: async ({ canvasElement }) => {
    await openBuyNumber(canvasElement);
  },
};

/** The connection dropped: the choice is kept, and trying again will not pay twice. */
export const BuyNumberNetworkFailure: Story = {
  play: async ({ canvasElement, parameters }) => {
    const dialog = await openBuyNumber(canvasElement);
    scenarioOf(parameters).control.offline = true;
    await submit(dialog);
    await waitForAlert(dialog);
  },
};

async function openAssignNumber(canvasElement: HTMLElement): Promise<HTMLDialogElement> {
  await showTab(canvasElement, 'numbers');
  await userEvent.click(await inShadow(canvasElement, TAG, '[part="numbers"] [data-help-label="features:assign"]'));
  return inShadow<HTMLDialogElement>(canvasElement, TAG, '#assign-dialog[open]');
}

/** Members whose online numbers are off are shown, unavailable, with the reason. */
export const AssignNumber: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openAssignNumber(canvasElement);
    await waitFor(() => expect(dialog.querySelector('input[name="assignee"][disabled]')).not.toBeNull());
  },
};

/** The chosen member's online numbers were switched off after the dialog opened: the server refuses. */
export const AssignNumberRefused: Story = {
  play: async ({ canvasElement, parameters }) => {
    const dialog = await openAssignNumber(canvasElement);
    const radio = dialog.querySelector<HTMLInputElement>('input[name="assignee"]:not([disabled])')!;
    await userEvent.click(radio);
    const s = scenarioOf(parameters);
    const member = s.backend.getMember(radio.value).body;
    s.backend.setMemberFeatures(member.id, { version: member.version, features: { ...member.features, onlineNumber: false } });
    await submit(dialog);
    await waitForAlert(dialog);
  },
};

/** Another administrator assigned the subscription after the dialog opened: conflict, choice kept. */
export const Conflict: Story = {
  play: async ({ canvasElement, parameters }) => {
    const button = await inShadow<HTMLButtonElement>(canvasElement, TAG, '[part="subscriptions"] [data-help-label="features:assign"]');
    const id = button.getAttribute('data-subscription')!;
    await userEvent.click(button);
    const dialog = await inShadow<HTMLDialogElement>(canvasElement, TAG, '#assign-dialog[open]');
    const radios = dialog.querySelectorAll<HTMLInputElement>('input[name="assignee"]');
    await userEvent.click(radios[0]!);
    const s = scenarioOf(parameters);
    const subscription = s.backend.listSubscriptions().body.find((x) => x.id === id)!;
    s.backend.assignSubscription(id, { version: subscription.version, memberId: radios[1]!.value });
    await submit(dialog);
    await waitForAlert(dialog);
  },
};

export const Unassign: Story = {
  play: async ({ canvasElement }) => {
    await showTab(canvasElement, 'numbers');
    await userEvent.click(await inShadow(canvasElement, TAG, '[part="numbers"] [data-help-label="features:unassign"]'));
    await inShadow(canvasElement, TAG, '#unassign-dialog[open]');
  },
};
