import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/elements/setup/define.js';
import { createScenario } from '../mocks/scenarios.js';
import { elementApi, inShadow, scenario, stateStories } from './support.js';

type Args = { editing: boolean };
type Story = StoryObj<Args>;

const api = elementApi('dk-setup');

const meta: Meta<Args> = {
  title: 'Workflows/Set-up',
  component: 'dk-setup',
  args: api.args,
  argTypes: api.argTypes,
  render: api.render,
  beforeEach: scenario('fresh') as never,
};
export default meta;

const field = <T extends HTMLElement>(canvas: HTMLElement, selector: string) => inShadow<T>(canvas, 'dk-setup', selector);
const statusOf = async (canvas: HTMLElement) => (await field(canvas, '#account-status')).textContent ?? '';

/** The first run: nothing typed yet. */
export const FirstRun: Story = {
  play: async ({ canvasElement }) => {
    await field(canvasElement, 'form');
  },
};

/** "Łódź Biuro" suggests admin.lodz-biuro, which the backend finds free. */
export const Suggested: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(await field<HTMLInputElement>(canvasElement, '#company-name'), 'Łódź Biuro');
    const account = await field<HTMLInputElement>(canvasElement, '#account-name');
    await waitFor(() => expect(account.value).toBe('admin.lodz-biuro'));
    await waitFor(async () => expect(await statusOf(canvasElement)).toContain('admin.lodz-biuro'), { timeout: 20_000 });
  },
};

/** "Architectes" suggests admin.architectes, which is taken. */
export const NameTaken: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(await field<HTMLInputElement>(canvasElement, '#company-name'), 'Architectes');
    const account = await field<HTMLInputElement>(canvasElement, '#account-name');
    await waitFor(() => expect(account.getAttribute('aria-invalid')).toBe('true'), { timeout: 20_000 });
  },
};

/** The name breaks the rule as it is typed: the reason shows at once. */
export const NameInvalid: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(await field<HTMLInputElement>(canvasElement, '#account-name'), '1 admin');
    const account = await field<HTMLInputElement>(canvasElement, '#account-name');
    await waitFor(() => expect(account.getAttribute('aria-invalid')).toBe('true'));
  },
};

/** An existing account, found by the backend. */
export const ExistingAccount: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(await field<HTMLInputElement>(canvasElement, '#company-name'), 'Kowalski & Dupont');
    await userEvent.click(await field(canvasElement, '#mode-existing'));
    await userEvent.type(await field<HTMLInputElement>(canvasElement, '#account-name'), 'marie.dupont');
    await waitFor(async () => expect(await statusOf(canvasElement)).toContain('marie.dupont'), { timeout: 20_000 });
  },
};

/** Finishing without a company name. */
export const Incomplete: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(await field(canvasElement, '[part="submit-button"]'));
    await field(canvasElement, '#company-error');
  },
};

/** The service fails while setting up: the input stays, the button offers to try again. */
export const SetUpFails: Story = {
  play: async ({ canvasElement, parameters }) => {
    await userEvent.type(await field<HTMLInputElement>(canvasElement, '#company-name'), 'Łódź Biuro');
    const s = parameters['scenario'] as ReturnType<typeof createScenario>;
    s.control.failPaths = /\/manager$/;
    s.control.failNext = 1;
    await userEvent.click(await field(canvasElement, '[part="submit-button"]'));
    await field(canvasElement, '#save-error');
  },
};

/** Set up: done, and the administrator is signed in. */
export const Done: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(await field<HTMLInputElement>(canvasElement, '#company-name'), 'Łódź Biuro');
    await waitFor(async () => expect(await statusOf(canvasElement)).toContain('admin.lodz-biuro'), { timeout: 20_000 });
    await userEvent.click(await field(canvasElement, '[part="submit-button"]'));
    await field(canvasElement, '[part="details"]');
  },
};

// The failing and slow companies are set up: their content is the account details.
const states = stateStories<Args>('dk-setup', { content: '[part="details"]' });
export const Loading: Story = states.Loading;
/** The slow scenario: the Manager answers after 1.5 s; meanwhile, loading. */
export const Slow: Story = states.Slow;
export const Failing: Story = states.Failing;

/** Already set up (a company just started): the account details. */
export const Details: Story = {
  beforeEach: scenario('empty') as never,
  play: async ({ canvasElement }) => {
    await field(canvasElement, '[part="details"]');
  },
};

export const Editing: Story = {
  args: { editing: true },
  beforeEach: scenario('empty') as never,
  play: async ({ canvasElement }) => {
    await field(canvasElement, '#company-name');
  },
};

/** Another administrator saved first: the input stays, the fresh values are shown. */
export const Conflict: Story = {
  args: { editing: true },
  beforeEach: scenario('empty') as never,
  play: async ({ canvasElement, parameters }) => {
    const company = await field<HTMLInputElement>(canvasElement, '#company-name');
    await userEvent.type(company, 'KD Architectes', { initialSelectionStart: 0, initialSelectionEnd: company.value.length });
    const s = parameters['scenario'] as ReturnType<typeof createScenario>;
    s.backend.updateManager({ version: s.backend.getManager().body.version, country: 'FR' });
    await userEvent.click(await field(canvasElement, '[part="submit-button"]'));
    await field(canvasElement, '#save-error');
    await waitFor(() => expect(company.value).toBe('KD Architectes'));
  },
};

/** The currency cannot change once credit has moved (the seeded company has bought some). */
export const CurrencyLocked: Story = {
  args: { editing: true },
  beforeEach: scenario('default') as never,
  play: async ({ canvasElement }) => {
    const currency = await field<HTMLSelectElement>(canvasElement, '#currency');
    await userEvent.selectOptions(currency, 'EUR');
    await userEvent.click(await field(canvasElement, '[part="submit-button"]'));
    await field(canvasElement, '#currency-error');
  },
};
