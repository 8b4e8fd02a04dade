import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/elements/manager/define.js';
import '../src/elements/sip-profiles/define.js';
import '../src/elements/credit/define.js';
import { createScenario } from '../mocks/scenarios.js';
import { type MswContext, elementApi, inShadow, scenario, stateStories } from './support.js';

type Args = { section: string; width: string };
type Story = StoryObj<Args>;

/**
 * The console. The stories register dk-sip-profiles and dk-credit beside it; the other
 * sections appear in the navigation when their elements are registered (the
 * full kit registers them all).
 */
const api = elementApi('dk-manager');

const meta: Meta<Args> = {
  title: 'Workflows/Manager',
  component: 'dk-manager',
  args: { ...api.args, width: '' },
  argTypes: {
    ...api.argTypes,
    width: {
      description: 'Width of the page around the console (the story\'s, not an attribute).',
      type: 'string',
      control: 'select',
      options: ['', '360px', '1280px'],
      table: { category: 'story' },
    },
  },
  render: (args) =>
    html`<div class=${args.width === '360px' ? 'narrow' : args.width === '1280px' ? 'wide' : ''}>
      <style>
        .narrow { max-width: 360px; }
        .wide { width: 1280px; }
      </style>
      ${api.template(args)}
    </div>`,
  beforeEach: scenario('default') as never,
};
export default meta;

const part = <T extends HTMLElement>(canvas: HTMLElement, selector: string) => inShadow<T>(canvas, 'dk-manager', selector);

/** The overview: the three key tasks and the headline figures. */
export const Overview: Story = {
  play: async ({ canvasElement }) => {
    await part(canvasElement, '[part="tasks"]');
    await part(canvasElement, '[data-figure="spend"] .value:not(.loading)');
  },
};

/** At 360 px the navigation wraps above the section. */
export const Narrow: Story = {
  args: { width: '360px' },
  play: async ({ canvasElement }) => {
    const list = await part(canvasElement, 'nav ul');
    await waitFor(() => expect(getComputedStyle(list).flexDirection).toBe('row'));
  },
};

/** At 1280 px the navigation is a column beside the section. */
export const Wide: Story = {
  args: { width: '1280px' },
  play: async ({ canvasElement }) => {
    const list = await part(canvasElement, 'nav ul');
    await waitFor(() => expect(getComputedStyle(list).flexDirection).toBe('column'));
  },
};

/** A company just set up: the admin alone, nothing bought yet. */
export const EmptyCompany: Story = {
  beforeEach: scenario('empty') as never,
  play: async ({ canvasElement }) => {
    await part(canvasElement, '[data-figure="balance"] .value:not(.loading)');
  },
};

/** Not set up yet: dk-setup comes first. */
export const NotSetUp: Story = {
  beforeEach: scenario('fresh') as never,
  play: async ({ canvasElement }) => {
    const setup = await part(canvasElement, 'dk-setup');
    await waitFor(() => expect(setup.shadowRoot?.querySelector('form')).toBeTruthy(), { timeout: 20_000 });
  },
};

/** Just set up: the console greets the administrator on the three key tasks. */
export const JustSetUp: Story = {
  beforeEach: scenario('fresh') as never,
  play: async ({ canvasElement }) => {
    const setup = await part(canvasElement, 'dk-setup');
    const company = await waitFor(
      () => {
        const found = setup.shadowRoot?.querySelector<HTMLInputElement>('#company-name');
        if (!found) throw new Error('the set-up form is not rendered yet');
        return found;
      },
      { timeout: 20_000 },
    );
    await userEvent.type(company, 'Łódź Biuro');
    await waitFor(() => expect(setup.shadowRoot!.querySelector('#account-status .icon')?.textContent).toBe('✓'), { timeout: 20_000 });
    await userEvent.click(setup.shadowRoot!.querySelector<HTMLElement>('[part="submit-button"]')!);
    await part(canvasElement, '.welcome');
  },
};

/** The SIP profiles section, inside the console and on its backend. */
export const SipProfiles: Story = {
  args: { section: 'sip-profiles' },
  play: async ({ canvasElement }) => {
    const section = await part(canvasElement, 'dk-sip-profiles');
    await waitFor(() => expect(section.shadowRoot?.querySelector('table')).toBeTruthy(), { timeout: 20_000 });
  },
};

/** The focused element, inside shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** "Buy credit" on the overview opens the purchase in the credit section, the focus in the amount. */
export const BuyCreditTask: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(await part(canvasElement, '[data-task="buy"]'));
    const credit = await part(canvasElement, 'dk-credit');
    await waitFor(() => expect(credit.shadowRoot?.querySelector('#buy-dialog[open]')).toBeTruthy(), { timeout: 20_000 });
    await waitFor(() => expect(focused()?.id).toBe('buy-amount'), { timeout: 20_000 });
  },
};

/** "Allocate credit and assign features" opens the allocation, the focus in its member search. */
export const AllocateTask: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(await part(canvasElement, '[data-task="allocate"]'));
    const credit = await part(canvasElement, 'dk-credit');
    await waitFor(() => expect(credit.shadowRoot?.querySelector('#allocate-dialog[open]')).toBeTruthy(), { timeout: 20_000 });
    await waitFor(() => expect(focused()?.id).toBe('alloc-search'), { timeout: 20_000 });
  },
};

/** A profile opened in the SIP profiles section: the console's `navigation` (and its `dk-navigate`) carries it. */
export const ProfileOpen: Story = {
  args: { section: 'sip-profiles' },
  play: async ({ canvasElement }) => {
    const section = await part(canvasElement, 'dk-sip-profiles');
    const open = await waitFor(
      () => {
        const found = section.shadowRoot?.querySelector<HTMLElement>('button[data-profile]');
        if (!found) throw new Error('the profiles are not listed yet');
        return found;
      },
      { timeout: 20_000 },
    );
    await userEvent.click(open);
    const manager = canvasElement.querySelector('dk-manager') as HTMLElement & { navigation: Record<string, string> };
    await waitFor(() => expect(manager.navigation).toEqual({ section: 'sip-profiles', profile: open.dataset['profile'] }), { timeout: 20_000 });
  },
};

/** Changing the account details, from the overview. */
export const AccountDetails: Story = {
  args: { section: 'account' },
  play: async ({ canvasElement }) => {
    const setup = await part(canvasElement, 'dk-setup');
    await waitFor(() => expect(setup.shadowRoot?.querySelector('#company-name')).toBeTruthy(), { timeout: 20_000 });
  },
};

const states = stateStories<Args>('dk-manager', { content: '[part="nav"]' });
export const Loading: Story = states.Loading;
/** The slow scenario: the console, then the figures, arrive one by one. */
export const Slow: Story = states.Slow;
export const Failing: Story = states.Failing;

/** One figure fails: it says so and offers a retry; the rest of the overview works. */
export const FigureFails: Story = {
  beforeEach: (async (context: MswContext) => {
    await scenario('default')(context);
    const s = context.parameters['scenario'] as ReturnType<typeof createScenario>;
    s.control.failPaths = /\/credit$/;
    s.control.failNext = Number.POSITIVE_INFINITY;
  }) as never,
  play: async ({ canvasElement }) => {
    await part(canvasElement, '[data-figure="balance"] .unavailable');
  },
};

/** Changing the account details while another administrator saved first: the input stays. */
export const AccountConflict: Story = {
  args: { section: 'account' },
  play: async ({ canvasElement, parameters }) => {
    const setup = await part(canvasElement, 'dk-setup');
    const company = await waitFor(
      () => {
        const found = setup.shadowRoot?.querySelector<HTMLInputElement>('#company-name');
        if (!found) throw new Error('the edit form is not rendered yet');
        return found;
      },
      { timeout: 20_000 },
    );
    await userEvent.type(company, 'KD Architectes', { initialSelectionStart: 0, initialSelectionEnd: company.value.length });
    const s = parameters['scenario'] as ReturnType<typeof createScenario>;
    s.backend.updateManager({ version: s.backend.getManager().body.version, country: 'FR' });
    await userEvent.click(setup.shadowRoot!.querySelector<HTMLElement>('[part="submit-button"]')!);
    await waitFor(() => expect(setup.shadowRoot!.querySelector('#save-error')).toBeTruthy(), { timeout: 20_000 });
    await waitFor(() => expect(company.value).toBe('KD Architectes'));
  },
};
