import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/elements/sip-profiles/define.js';
import { createScenario } from '../mocks/scenarios.js';
import { elementApi, inShadow, scenario, stateStories } from './support.js';

type Args = { 'profile-id': string };
type Story = StoryObj<Args>;

const profileId = (name: string) => {
  const s = createScenario('default');
  return s.backend.listSipProfiles().body.find((p) => p.name === name)!.id;
};
const WARSAW = profileId('Centrala Warszawa');

const api = elementApi('dk-sip-profiles');

const meta: Meta<Args> = {
  title: 'Workflows/SIP profiles',
  component: 'dk-sip-profiles',
  args: api.args,
  argTypes: api.argTypes,
  render: api.render,
  beforeEach: scenario('default') as never,
};
export default meta;

export const Profiles: Story = {
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, 'dk-sip-profiles', 'table');
  },
};

const states = stateStories<Args>('dk-sip-profiles', { content: 'table' });
export const Loading: Story = states.Loading;
export const Empty: Story = states.Empty;
export const Failing: Story = states.Failing;

export const ProfileShown: Story = {
  args: { 'profile-id': WARSAW },
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, 'dk-sip-profiles', '[part="profile"]');
  },
};

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
  args: { 'profile-id': WARSAW },
  play: async ({ canvasElement }) => {
    const dialog = await openDialogAndPick(canvasElement);
    await waitFor(() => expect(dialog.querySelector('#consequences')).not.toBeNull());
  },
};

export const InvalidExtension: Story = {
  args: { 'profile-id': WARSAW },
  play: async ({ canvasElement }) => {
    const dialog = await openDialogAndPick(canvasElement);
    await userEvent.type(dialog.querySelector<HTMLInputElement>('#extension')!, '12a');
    await waitFor(() => expect(dialog.querySelector('#extension-error')).not.toBeNull());
  },
};

/** Submits the dialog, then waits for the refusal to show. */
async function submitAndWaitForAlert(dialog: HTMLDialogElement): Promise<void> {
  await userEvent.click(dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!);
  await waitFor(() => expect(dialog.querySelector('.alert')).not.toBeNull(), { timeout: 20_000 });
}

/** Another administrator linked the chosen account elsewhere after the dialog opened. */
export const RefusedAlreadyLinked: Story = {
  args: { 'profile-id': WARSAW },
  play: async ({ canvasElement, parameters }) => {
    const dialog = await openDialogAndPick(canvasElement);
    const s = parameters['scenario'] as ReturnType<typeof createScenario>;
    const memberId = dialog.querySelector<HTMLInputElement>('input[name="account"]:checked')!.value;
    const paris = s.backend.listSipProfiles().body.find((p) => p.name === 'Standard Paris')!;
    s.backend.linkSipAccount(paris.id, { version: paris.version, memberId, extension: null });
    await submitAndWaitForAlert(dialog);
  },
};

/** The chosen account was made an administrator after the dialog opened. */
export const RefusedAdmin: Story = {
  args: { 'profile-id': WARSAW },
  play: async ({ canvasElement, parameters }) => {
    const dialog = await openDialogAndPick(canvasElement);
    const s = parameters['scenario'] as ReturnType<typeof createScenario>;
    const memberId = dialog.querySelector<HTMLInputElement>('input[name="account"]:checked')!.value;
    const member = s.backend.getMember(memberId).body;
    s.backend.updateMember(memberId, { version: member.version, role: 'admin' });
    await submitAndWaitForAlert(dialog);
  },
};

/** The connection dropped: the dialog keeps the choice and offers to try again. */
export const NetworkFailure: Story = {
  args: { 'profile-id': WARSAW },
  play: async ({ canvasElement, parameters }) => {
    const dialog = await openDialogAndPick(canvasElement);
    (parameters['scenario'] as ReturnType<typeof createScenario>).control.offline = true;
    await submitAndWaitForAlert(dialog);
  },
};

/** Another administrator changed the profile: the profile reloads, the choice stays. */
export const Conflict: Story = {
  args: { 'profile-id': WARSAW },
  play: async ({ canvasElement, parameters }) => {
    const dialog = await openDialogAndPick(canvasElement);
    const s = parameters['scenario'] as ReturnType<typeof createScenario>;
    const profile = s.backend.getSipProfile(WARSAW).body;
    s.backend.unlinkSipAccount(WARSAW, profile.accounts[0]!.memberId, profile.version);
    await submitAndWaitForAlert(dialog);
  },
};

export const RemoveAccount: Story = {
  args: { 'profile-id': WARSAW },
  play: async ({ canvasElement }) => {
    const name = await inShadow(canvasElement, 'dk-sip-profiles', '.account-name');
    await userEvent.click(name);
    const panel = await inShadow(canvasElement, 'dk-sip-profiles', '.account-panel:not([hidden]) .button.danger');
    await userEvent.click(panel);
    await inShadow(canvasElement, 'dk-sip-profiles', '#remove-dialog[open]');
  },
};

const PARIS = profileId('Standard Paris');

/** Opens "PBX configuration" and, when given, selects a format's tab; returns the dialog once its files show. */
async function openPbx(canvasElement: HTMLElement, format?: 'freeswitch' | 'kamailio'): Promise<HTMLDialogElement> {
  await userEvent.click(await inShadow(canvasElement, 'dk-sip-profiles', '#pbx-button'));
  const dialog = await inShadow<HTMLDialogElement>(canvasElement, 'dk-sip-profiles', '#pbx-dialog[open]');
  await inShadow(canvasElement, 'dk-sip-profiles', '#pbx-dialog .pbx-code');
  if (format) {
    await userEvent.click(dialog.querySelector<HTMLElement>(`#tab-${format}`)!);
    await waitFor(() => expect(dialog.querySelector(`#tab-${format}`)?.getAttribute('aria-selected')).toBe('true'));
  }
  return dialog;
}

/** Asterisk (PJSIP): the trunk registered with a password, masked until asked for. */
export const PbxAsterisk: Story = {
  args: { 'profile-id': WARSAW },
  play: async ({ canvasElement }) => {
    const dialog = await openPbx(canvasElement);
    await waitFor(() => expect(dialog.querySelector('.pbx-code')?.textContent).toContain('password=********'));
  },
};

/** FreeSWITCH: the gateway and its dialplan. */
export const PbxFreeSwitch: Story = {
  args: { 'profile-id': WARSAW },
  play: async ({ canvasElement }) => {
    const dialog = await openPbx(canvasElement, 'freeswitch');
    await waitFor(() => expect(dialog.querySelectorAll('.pbx-code')).toHaveLength(2));
  },
};

/** Kamailio, with the password shown after "Show secrets". */
export const PbxKamailioSecretShown: Story = {
  args: { 'profile-id': WARSAW },
  play: async ({ canvasElement }) => {
    const dialog = await openPbx(canvasElement, 'kamailio');
    await userEvent.click(dialog.querySelector<HTMLElement>('#pbx-reveal')!);
    await waitFor(() => expect(dialog.querySelector('#pbx-reveal')?.getAttribute('aria-pressed')).toBe('true'));
    await waitFor(() => expect(dialog.querySelector('.pbx-code')?.textContent).not.toContain('"********"'));
  },
};

/** The password could not be fetched: it stays masked, and the failure is said. */
export const PbxSecretFailing: Story = {
  args: { 'profile-id': WARSAW },
  play: async ({ canvasElement, parameters }) => {
    const dialog = await openPbx(canvasElement);
    (parameters['scenario'] as ReturnType<typeof createScenario>).control.offline = true;
    await userEvent.click(dialog.querySelector<HTMLElement>('#pbx-reveal')!);
    await waitFor(() => expect(dialog.querySelector('.pbx-secret [role="alert"]')).not.toBeNull(), { timeout: 20_000 });
  },
};

/** A profile that trusts the PBX by its address: no password at all. */
export const PbxIpAllowlist: Story = {
  args: { 'profile-id': PARIS },
  play: async ({ canvasElement }) => {
    const dialog = await openPbx(canvasElement);
    await waitFor(() => expect(dialog.querySelector('#pbx-reveal')).toBeNull());
  },
};
