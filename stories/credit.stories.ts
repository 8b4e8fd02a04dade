import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { delay, http } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/elements/credit/define.js';
import { createLowBalanceScenario, createNoReclaimScenario } from '../mocks/credit.js';
import { createRefusedTopUps } from '../test/elements/credit/refused-top-ups.js';
import { type MswContext, elementApi, inShadow, scenario, scenarioOf, stateStories } from './support.js';

type Story = StoryObj;

const TAG = 'dk-credit';
const api = elementApi(TAG);

const meta: Meta = {
  title: 'Workflows/Credit',
  component: TAG,
  args: api.args,
  argTypes: api.argTypes,
  render: api.render,
  beforeEach: scenario('default') as never,
};
export default meta;

export const Overview: Story = {
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, TAG, '[part="balance"]');
    await inShadow(canvasElement, TAG, 'tbody tr');
  },
};

const states = stateStories(TAG, { content: '[part="balance"]' });
export const Loading: Story = states.Loading;
/** A company just set up: nothing bought yet. */
export const Empty: Story = states.Empty;
export const Failing: Story = states.Failing;

async function openDialog(canvasElement: HTMLElement, button: string, dialog: string): Promise<HTMLDialogElement> {
  await userEvent.click(await inShadow(canvasElement, TAG, `#${button}`));
  return inShadow<HTMLDialogElement>(canvasElement, TAG, `#${dialog}[open]`);
}

async function type(dialog: HTMLDialogElement, selector: string, text: string): Promise<void> {
  await userEvent.type(dialog.querySelector<HTMLInputElement>(selector)!, text);
}

const submit = (dialog: HTMLDialogElement) => userEvent.click(dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!);
const waitForAlert = (dialog: HTMLDialogElement) =>
  waitFor(() => expect(dialog.querySelector('.alert')).not.toBeNull(), { timeout: 20_000 });

export const BuyDialog: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement, 'buy-button', 'buy-dialog');
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('.preset')!);
    await waitFor(() => expect(dialog.querySelector('.summary')).not.toBeNull());
  },
};

/** An amount above the per-purchase limit is explained as typed. */
export const BuyOverLimit: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement, 'buy-button', 'buy-dialog');
    await type(dialog, '#buy-amount', '25000');
    await waitFor(() => expect(dialog.querySelector('#buy-error')).not.toBeNull());
  },
};

/** The purchase on its way: a progress state, and the button does nothing more. */
export const BuyInProgress: Story = {
  beforeEach: (async ({ msw, parameters }: MswContext) => {
    await scenario('default')({ msw, parameters });
    msw.use(http.post('*/api/credit/purchases', () => delay('infinite')));
  }) as never,
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement, 'buy-button', 'buy-dialog');
    await type(dialog, '#buy-amount', '500');
    await submit(dialog);
    await waitFor(() => expect(dialog.querySelector('.progress')).not.toBeNull());
  },
};

/** The connection dropped: the amount is kept, and trying again will not charge twice. */
export const BuyNetworkFailure: Story = {
  play: async ({ canvasElement, parameters }) => {
    const dialog = await openDialog(canvasElement, 'buy-button', 'buy-dialog');
    await type(dialog, '#buy-amount', '500');
    scenarioOf(parameters).control.offline = true;
    await submit(dialog);
    await waitForAlert(dialog);
  },
};

/** Another administrator used up the monthly limit meanwhile: the server refuses and says what is left. */
export const BuyRefusedByLimit: Story = {
  play: async ({ canvasElement, parameters }) => {
    const dialog = await openDialog(canvasElement, 'buy-button', 'buy-dialog');
    await type(dialog, '#buy-amount', '15000');
    const s = scenarioOf(parameters);
    const limit = s.backend.getBalance().body.purchaseLimit;
    let left = limit.monthly.amountMinor - limit.usedThisMonth.amountMinor;
    for (let i = 0; left > 1_000_000; i++) {
      const spend = Math.min(left - 1_000_000, limit.perPurchase.amountMinor);
      s.backend.buyCredit(`story-other-admin-${i}`, { amount: { amountMinor: spend, currency: 'PLN' } });
      left -= spend;
    }
    await submit(dialog);
    await waitForAlert(dialog);
  },
};

/** Picks the first members shown in the allocation dialog. */
async function pickMembers(dialog: HTMLDialogElement, count: number): Promise<void> {
  const boxes = [...dialog.querySelectorAll<HTMLInputElement>('input[name="member"]')].slice(0, count);
  for (const box of boxes) await userEvent.click(box);
}

export const AllocateDialog: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement, 'allocate-button', 'allocate-dialog');
    await pickMembers(dialog, 3);
    await type(dialog, '#alloc-amount', '25');
    await waitFor(() => expect(dialog.querySelector('.summary')).not.toBeNull());
  },
};

/** The balance does not cover the allocation: refused before anything is sent. */
export const AllocateInsufficient: Story = {
  beforeEach: scenario(createLowBalanceScenario) as never,
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement, 'allocate-button', 'allocate-dialog');
    await pickMembers(dialog, 2);
    await type(dialog, '#alloc-amount', '10');
    await waitFor(() => expect(dialog.querySelector('#alloc-amount-error')).not.toBeNull());
  },
};

/** Automatic top-up with a threshold above the amount and a cap below it. */
export const AutoTopUpInvalid: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement, 'allocate-button', 'allocate-dialog');
    await pickMembers(dialog, 1);
    await userEvent.click(dialog.querySelector<HTMLInputElement>('input[name="mode"][value="auto"]')!);
    await type(dialog, '#auto-amount', '100');
    await type(dialog, '#auto-threshold', '150');
    await type(dialog, '#auto-cap', '50');
    await waitFor(() => expect(dialog.querySelector('#auto-cap-error')).not.toBeNull());
  },
};

/** Another administrator changed the member's top-up after the dialog opened: conflict, input kept. */
export const Conflict: Story = {
  play: async ({ canvasElement, parameters }) => {
    const dialog = await openDialog(canvasElement, 'allocate-button', 'allocate-dialog');
    await pickMembers(dialog, 1);
    await userEvent.click(dialog.querySelector<HTMLInputElement>('input[name="mode"][value="auto"]')!);
    await type(dialog, '#auto-amount', '120');
    await type(dialog, '#auto-threshold', '20');
    await type(dialog, '#auto-cap', '400');
    const s = scenarioOf(parameters);
    const memberId = dialog.querySelector<HTMLInputElement>('input[name="member"]:checked')!.value;
    const member = s.backend.getMember(memberId).body;
    const PLN = (z: number) => ({ amountMinor: z * 100, currency: 'PLN' });
    s.backend.setAutoRecharge(memberId, { version: member.version, autoRecharge: { amount: PLN(80), threshold: PLN(10), monthlyCap: PLN(160) } });
    await submit(dialog);
    await waitForAlert(dialog);
  },
};

/** The company answers slowly: the loading state, then the content. */
export const Slow: Story = states.Slow;

export const ReclaimDialog: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement, 'reclaim-button', 'reclaim-dialog');
    await userEvent.click(dialog.querySelector<HTMLInputElement>('input[name="reclaim-member"]')!);
    await type(dialog, '#reclaim-amount', '99999');
    await waitFor(() => expect(dialog.querySelector('#reclaim-error')).not.toBeNull());
  },
};

/** The company's policy forbids taking credit back: no button, and the reason. */
export const ReclaimNotAllowed: Story = {
  beforeEach: scenario(createNoReclaimScenario) as never,
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, TAG, '.policy');
  },
};

/** The ledger filtered to allocations, on its second page. */
export const LedgerFiltered: Story = {
  play: async ({ canvasElement }) => {
    const select = await inShadow<HTMLSelectElement>(canvasElement, TAG, '#f-kind');
    await userEvent.selectOptions(select, 'allocation');
    const next = await inShadow<HTMLButtonElement>(canvasElement, TAG, '.pager button:last-of-type');
    await waitFor(() => expect(next.disabled).toBe(false), { timeout: 20_000 });
    await userEvent.click(next);
    await inShadow(canvasElement, TAG, 'tbody tr');
  },
};

/**
 * Automatic top-ups refused this month, one because the balance was too low,
 * one because the member's monthly cap was reached: the balance card says
 * how many, and its button shows them in the ledger, each saying why.
 */
export const LedgerRefusedTopUps: Story = {
  beforeEach: scenario(() => createRefusedTopUps().scenario) as never,
  play: async ({ canvasElement }) => {
    await userEvent.click(await inShadow(canvasElement, TAG, '#show-refusals'));
    const root = canvasElement.querySelector(TAG)!.shadowRoot!;
    await waitFor(() => expect(root.querySelectorAll('tbody tr .entry .note')).toHaveLength(2), { timeout: 20_000 });
    await waitFor(() => expect(root.querySelectorAll('tbody tr')).toHaveLength(2), { timeout: 20_000 });
  },
};
