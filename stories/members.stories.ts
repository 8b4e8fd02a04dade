import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/elements/members/define.js';
import { createScenario } from '../mocks/scenarios.js';
import { elementApi, inShadow, scenario, stateStories } from './support.js';

type Args = { view: 'members' | 'invitations' };
type Story = StoryObj<Args>;
type Built = ReturnType<typeof createScenario>;

const TAG = 'dk-members';

const api = elementApi(TAG);

const meta: Meta<Args> = {
  title: 'Workflows/Members',
  component: TAG,
  args: api.args,
  argTypes: api.argTypes,
  render: api.render,
  beforeEach: scenario('default') as never,
};
export default meta;

const root = (canvas: HTMLElement): ShadowRoot => canvas.querySelector(TAG)!.shadowRoot!;

/** Waits for the list, with a first row. */
const list = (canvas: HTMLElement) => inShadow(canvas, TAG, '[role="row"][aria-rowindex="2"]');

/** Narrows the list to one member and opens its dialog. */
async function manage(canvas: HTMLElement, search: string): Promise<HTMLDialogElement> {
  await list(canvas);
  const input = await inShadow<HTMLInputElement>(canvas, TAG, '#search');
  await userEvent.type(input, search);
  await waitFor(() => expect(root(canvas).querySelectorAll('[role="row"][data-row]').length).toBe(1), { timeout: 20_000 });
  await userEvent.click(root(canvas).querySelector<HTMLButtonElement>('[data-row="0"] button[data-member]')!);
  return inShadow<HTMLDialogElement>(canvas, TAG, '#member-dialog[open]');
}

export const Members: Story = {
  play: async ({ canvasElement }) => {
    await list(canvasElement);
  },
};

const states = stateStories<Args>(TAG, { content: '[role="row"][aria-rowindex="2"]' });
export const Loading: Story = states.Loading;
/** The company answers after 1.5 s: loading first, then the list. */
export const Slow: Story = states.Slow;
/** A company just set up: the admin alone. */
export const EmptyCompany: Story = states.Empty;
export const Failing: Story = states.Failing;

export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    await list(canvasElement);
    await userEvent.type(await inShadow<HTMLInputElement>(canvasElement, TAG, '#search'), 'zzzz');
    await inShadow(canvasElement, TAG, '.no-match');
  },
};

/** Two members selected, the bar offering feature access for both. */
export const Selection: Story = {
  play: async ({ canvasElement }) => {
    await list(canvasElement);
    const boxes = root(canvasElement).querySelectorAll<HTMLInputElement>('[data-row] input[type="checkbox"]');
    await userEvent.click(boxes[0]!);
    await userEvent.click(boxes[1]!);
    await inShadow(canvasElement, TAG, '#bulk-features');
  },
};

export const BulkFeatures: Story = {
  play: async ({ canvasElement }) => {
    await Selection.play!({ canvasElement } as never);
    await userEvent.click(await inShadow(canvasElement, TAG, '#bulk-features'));
    await inShadow(canvasElement, TAG, '#member-dialog[open] #b-voicemail');
  },
};

/** The invitation box with entries of every kind: valid, wrong, twice, already a member. */
export const InviteChecked: Story = {
  play: async ({ canvasElement }) => {
    await list(canvasElement);
    await userEvent.click(await inShadow(canvasElement, TAG, '#invite-button'));
    const box = await inShadow<HTMLTextAreaElement>(canvasElement, TAG, '#invite-dialog[open] #invitees');
    await userEvent.type(box, 'new.colleague1, bad@, new.colleague1 lukasz.wrobel ola.nowa@example.com');
    await inShadow(canvasElement, TAG, '#invite-dialog .invitees .bad');
  },
};

/** The connection dropped while sending: everything typed is kept, "Try again" offered. */
export const InviteOffline: Story = {
  play: async ({ canvasElement, parameters }) => {
    await list(canvasElement);
    await userEvent.click(await inShadow(canvasElement, TAG, '#invite-button'));
    const box = await inShadow<HTMLTextAreaElement>(canvasElement, TAG, '#invite-dialog[open] #invitees');
    await userEvent.type(box, 'new.colleague1');
    (parameters['scenario'] as Built).control.offline = true;
    await userEvent.click(root(canvasElement).querySelector<HTMLButtonElement>('#invite-dialog button[type="submit"]')!);
    await inShadow(canvasElement, TAG, '#invite-error');
  },
};

export const Invitations: Story = {
  args: { view: 'invitations' },
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, TAG, 'table[part="invitations"]');
  },
};

export const NoInvitations: Story = {
  args: { view: 'invitations' },
  beforeEach: scenario('empty') as never,
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, TAG, '[part="empty"]');
  },
};

export const MemberDialog: Story = {
  play: async ({ canvasElement }) => {
    await manage(canvasElement, 'zofia');
  },
};

/** The only administrator: demoting and removing are disabled, with the reason. */
export const LastAdmin: Story = {
  beforeEach: scenario('empty') as never,
  play: async ({ canvasElement }) => {
    const dialog = await manage(canvasElement, 'admin');
    await waitFor(() => expect(dialog.querySelector('#action-role')?.getAttribute('aria-disabled')).toBe('true'));
    expect(dialog.querySelector('#role-reason')).not.toBeNull();
  },
};

export const Move: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await manage(canvasElement, 'zofia');
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('#action-move')!);
    await inShadow(canvasElement, TAG, '#member-dialog #move-department');
  },
};

/** Another administrator changed the member meanwhile: the fresh member is shown, the choice kept. */
export const Conflict: Story = {
  play: async ({ canvasElement, parameters }) => {
    const dialog = await manage(canvasElement, 'zofia');
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('#action-move')!);
    await inShadow(canvasElement, TAG, '#member-dialog #move-department');
    const s = parameters['scenario'] as Built;
    const zofia = s.backend.listMembers({ query: 'zofia' }).body.items[0]!;
    s.backend.updateMember(zofia.id, { version: zofia.version, groupIds: [] });
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!);
    await inShadow(canvasElement, TAG, '#member-dialog .alert');
  },
};

export const Features: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await manage(canvasElement, 'zofia');
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('#action-features')!);
    await inShadow(canvasElement, TAG, '#member-dialog #f-voicemail');
  },
};

/** Opens the removal step of a member's dialog, once what goes with them is read: each subscription and number by name. */
async function removal(canvas: HTMLElement, search: string): Promise<HTMLDialogElement> {
  const dialog = await manage(canvas, search);
  await userEvent.click(dialog.querySelector<HTMLButtonElement>('#action-remove')!);
  await waitFor(() => expect(dialog.querySelector('#confirm-remove')?.getAttribute('aria-disabled')).toBe('false'), { timeout: 20_000 });
  return dialog;
}

/** Before removing: the member's credit, each paid subscription and each number that go with them. */
export const Remove: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await removal(canvasElement, 'kozlowska');
    // Her subscription and her number, each named.
    expect(dialog.querySelectorAll('#remove-body li li')).toHaveLength(2);
  },
};

/**
 * A subscription was assigned to the member after the confirmation opened:
 * the removal is refused, the list shows it, and the removal asks again.
 */
export const RemoveAfterChange: Story = {
  play: async ({ canvasElement, parameters }) => {
    const dialog = await removal(canvasElement, 'kozlowska');
    const s = parameters['scenario'] as Built;
    const ewa = s.backend.listMembers({ query: 'kozlowska' }).body.items[0]!;
    const spare = s.backend.listSubscriptions().body.find((x) => x.memberId === null)!;
    s.backend.assignSubscription(spare.id, { version: spare.version, memberId: ewa.id });
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('#confirm-remove')!);
    await inShadow(canvasElement, TAG, '#member-dialog .write-error');
    await waitFor(() => expect(dialog.querySelectorAll('#remove-body li li')).toHaveLength(3), { timeout: 20_000 });
  },
};
