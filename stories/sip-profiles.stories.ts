import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/elements/sip-profiles/define.js';
import { createScenario } from '../mocks/scenarios.js';
import { inShadow, scenario, withLocale } from './support.js';

type Args = { profile: string };
type Story = StoryObj<Args>;


const profileId = (name: string) => {
  const s = createScenario('default');
  return s.backend.listSipProfiles().body.find((p) => p.name === name)!.id;
};
const WARSAW = profileId('Centrala Warszawa');

const meta: Meta<Args> = {
  title: 'Workflows/SIP profiles',
  component: 'dk-sip-profiles',
  args: { profile: '' },
  render: ({ profile }) => html`<dk-sip-profiles profile-id=${profile}></dk-sip-profiles>`,
  beforeEach: scenario('default') as never,
};
export default meta;


export const Profiles: Story = {
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, 'dk-sip-profiles', 'table');
  },
};
export const ProfilesPolish = withLocale(Profiles, 'pl');
export const ProfilesFrench = withLocale(Profiles, 'fr');

export const Loading: Story = {
  beforeEach: (async ({ msw }: { msw: { use: (...h: unknown[]) => void } }) => {
    msw.use(http.get('*/api/sip-profiles', () => delay('infinite')));
  }) as never,
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, 'dk-sip-profiles', '[part="loading"]');
  },
};
export const LoadingPolish = withLocale(Loading, 'pl');
export const LoadingFrench = withLocale(Loading, 'fr');

export const Empty: Story = {
  beforeEach: scenario('empty') as never,
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, 'dk-sip-profiles', '[part="empty"]');
  },
};
export const EmptyPolish = withLocale(Empty, 'pl');
export const EmptyFrench = withLocale(Empty, 'fr');

export const Failing: Story = {
  beforeEach: scenario('failing') as never,
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, 'dk-sip-profiles', '[part="retry-button"]');
  },
};
export const FailingPolish = withLocale(Failing, 'pl');
export const FailingFrench = withLocale(Failing, 'fr');

export const ProfileShown: Story = {
  args: { profile: WARSAW },
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, 'dk-sip-profiles', '[part="profile"]');
  },
};
export const ProfileShownPolish = withLocale(ProfileShown, 'pl');
export const ProfileShownFrench = withLocale(ProfileShown, 'fr');

/** Opens "Add number or account" and picks the first account that can be linked. */
async function openDialogAndPick(canvasElement: HTMLElement): Promise<HTMLDialogElement> {
  const add = await inShadow(canvasElement, 'dk-sip-profiles', '#add-button');
  await userEvent.click(add);
  const dialog = await inShadow<HTMLDialogElement>(canvasElement, 'dk-sip-profiles', '#add-dialog[open]');
  const radio = await inShadow<HTMLInputElement>(canvasElement, 'dk-sip-profiles', 'input[name="account"]:not([disabled])');
  await userEvent.click(radio);
  return dialog;
}

export const DialogOpen: Story = {
  args: { profile: WARSAW },
  play: async ({ canvasElement }) => {
    const dialog = await openDialogAndPick(canvasElement);
    await waitFor(() => expect(dialog.querySelector('#consequences')).not.toBeNull());
  },
};
export const DialogOpenPolish = withLocale(DialogOpen, 'pl');
export const DialogOpenFrench = withLocale(DialogOpen, 'fr');

export const InvalidExtension: Story = {
  args: { profile: WARSAW },
  play: async ({ canvasElement }) => {
    const dialog = await openDialogAndPick(canvasElement);
    await userEvent.type(dialog.querySelector<HTMLInputElement>('#extension')!, '12a');
    await waitFor(() => expect(dialog.querySelector('#extension-error')).not.toBeNull());
  },
};
export const InvalidExtensionPolish = withLocale(InvalidExtension, 'pl');
export const InvalidExtensionFrench = withLocale(InvalidExtension, 'fr');

/** Submits the dialog, then waits for the refusal to show. */
async function submitAndWaitForAlert(dialog: HTMLDialogElement): Promise<void> {
  await userEvent.click(dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!);
  await waitFor(() => expect(dialog.querySelector('.alert')).not.toBeNull(), { timeout: 5000 });
}

/** Another administrator linked the chosen account elsewhere after the dialog opened. */
export const RefusedAlreadyLinked: Story = {
  args: { profile: WARSAW },
  play: async ({ canvasElement, parameters }) => {
    const dialog = await openDialogAndPick(canvasElement);
    const s = parameters['scenario'] as ReturnType<typeof createScenario>;
    const memberId = dialog.querySelector<HTMLInputElement>('input[name="account"]:checked')!.value;
    const paris = s.backend.listSipProfiles().body.find((p) => p.name === 'Standard Paris')!;
    s.backend.linkAccount(paris.id, { version: paris.version, memberId, extension: null });
    await submitAndWaitForAlert(dialog);
  },
};
export const RefusedAlreadyLinkedPolish = withLocale(RefusedAlreadyLinked, 'pl');
export const RefusedAlreadyLinkedFrench = withLocale(RefusedAlreadyLinked, 'fr');

/** The chosen account was made an administrator after the dialog opened. */
export const RefusedAdmin: Story = {
  args: { profile: WARSAW },
  play: async ({ canvasElement, parameters }) => {
    const dialog = await openDialogAndPick(canvasElement);
    const s = parameters['scenario'] as ReturnType<typeof createScenario>;
    const memberId = dialog.querySelector<HTMLInputElement>('input[name="account"]:checked')!.value;
    const member = s.backend.getMember(memberId).body;
    s.backend.updateMember(memberId, { version: member.version, role: 'admin' });
    await submitAndWaitForAlert(dialog);
  },
};
export const RefusedAdminPolish = withLocale(RefusedAdmin, 'pl');
export const RefusedAdminFrench = withLocale(RefusedAdmin, 'fr');

/** The connection dropped: the dialog keeps the choice and offers to try again. */
export const NetworkFailure: Story = {
  args: { profile: WARSAW },
  play: async ({ canvasElement, parameters }) => {
    const dialog = await openDialogAndPick(canvasElement);
    (parameters['scenario'] as ReturnType<typeof createScenario>).control.offline = true;
    await submitAndWaitForAlert(dialog);
  },
};
export const NetworkFailurePolish = withLocale(NetworkFailure, 'pl');
export const NetworkFailureFrench = withLocale(NetworkFailure, 'fr');

/** Another administrator changed the profile: the profile reloads, the choice stays. */
export const Conflict: Story = {
  args: { profile: WARSAW },
  play: async ({ canvasElement, parameters }) => {
    const dialog = await openDialogAndPick(canvasElement);
    const s = parameters['scenario'] as ReturnType<typeof createScenario>;
    const profile = s.backend.getSipProfile(WARSAW).body;
    s.backend.unlinkAccount(WARSAW, profile.accounts[0]!.memberId, profile.version);
    await submitAndWaitForAlert(dialog);
  },
};
export const ConflictPolish = withLocale(Conflict, 'pl');
export const ConflictFrench = withLocale(Conflict, 'fr');

export const RemoveAccount: Story = {
  args: { profile: WARSAW },
  play: async ({ canvasElement }) => {
    const name = await inShadow(canvasElement, 'dk-sip-profiles', '.account-name');
    await userEvent.click(name);
    const panel = await inShadow(canvasElement, 'dk-sip-profiles', '.account-panel:not([hidden]) .button.danger');
    await userEvent.click(panel);
    await inShadow(canvasElement, 'dk-sip-profiles', '#remove-dialog[open]');
  },
};
export const RemoveAccountPolish = withLocale(RemoveAccount, 'pl');
export const RemoveAccountFrench = withLocale(RemoveAccount, 'fr');
