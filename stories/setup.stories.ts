import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/elements/setup/define.js';
import { createScenario } from '../mocks/scenarios.js';
import { type MswContext, inShadow, scenario, withLocale } from './support.js';

type Args = { editing: boolean };
type Story = StoryObj<Args>;


const meta: Meta<Args> = {
  title: 'Workflows/Set-up',
  component: 'dk-setup',
  args: { editing: false },
  render: ({ editing }) => html`<dk-setup ?editing=${editing}></dk-setup>`,
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
export const FirstRunPolish = withLocale(FirstRun, 'pl');
export const FirstRunFrench = withLocale(FirstRun, 'fr');

/** "Łódź Biuro" suggests admin.lodz-biuro, which the backend finds free. */
export const Suggested: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(await field<HTMLInputElement>(canvasElement, '#company-name'), 'Łódź Biuro');
    const account = await field<HTMLInputElement>(canvasElement, '#account-name');
    await waitFor(() => expect(account.value).toBe('admin.lodz-biuro'));
    await waitFor(async () => expect(await statusOf(canvasElement)).toContain('admin.lodz-biuro'), { timeout: 5000 });
  },
};
export const SuggestedPolish = withLocale(Suggested, 'pl');
export const SuggestedFrench = withLocale(Suggested, 'fr');

/** "Architectes" suggests admin.architectes, which is taken. */
export const NameTaken: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(await field<HTMLInputElement>(canvasElement, '#company-name'), 'Architectes');
    const account = await field<HTMLInputElement>(canvasElement, '#account-name');
    await waitFor(() => expect(account.getAttribute('aria-invalid')).toBe('true'), { timeout: 5000 });
  },
};
export const NameTakenPolish = withLocale(NameTaken, 'pl');
export const NameTakenFrench = withLocale(NameTaken, 'fr');

/** The name breaks the rule as it is typed: the reason shows at once. */
export const NameInvalid: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(await field<HTMLInputElement>(canvasElement, '#account-name'), '1 admin');
    const account = await field<HTMLInputElement>(canvasElement, '#account-name');
    await waitFor(() => expect(account.getAttribute('aria-invalid')).toBe('true'));
  },
};
export const NameInvalidPolish = withLocale(NameInvalid, 'pl');
export const NameInvalidFrench = withLocale(NameInvalid, 'fr');

/** An existing account, found by the backend. */
export const ExistingAccount: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(await field<HTMLInputElement>(canvasElement, '#company-name'), 'Kowalski & Dupont');
    await userEvent.click(await field(canvasElement, '#mode-existing'));
    await userEvent.type(await field<HTMLInputElement>(canvasElement, '#account-name'), 'marie.dupont');
    await waitFor(async () => expect(await statusOf(canvasElement)).toContain('marie.dupont'), { timeout: 5000 });
  },
};
export const ExistingAccountPolish = withLocale(ExistingAccount, 'pl');
export const ExistingAccountFrench = withLocale(ExistingAccount, 'fr');

/** Finishing without a company name. */
export const Incomplete: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(await field(canvasElement, '[part="submit-button"]'));
    await field(canvasElement, '#company-error');
  },
};
export const IncompletePolish = withLocale(Incomplete, 'pl');
export const IncompleteFrench = withLocale(Incomplete, 'fr');

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
export const SetUpFailsPolish = withLocale(SetUpFails, 'pl');
export const SetUpFailsFrench = withLocale(SetUpFails, 'fr');

/** Set up: done, and the administrator is signed in. */
export const Done: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(await field<HTMLInputElement>(canvasElement, '#company-name'), 'Łódź Biuro');
    await waitFor(async () => expect(await statusOf(canvasElement)).toContain('admin.lodz-biuro'), { timeout: 5000 });
    await userEvent.click(await field(canvasElement, '[part="submit-button"]'));
    await field(canvasElement, '[part="details"]');
  },
};
export const DonePolish = withLocale(Done, 'pl');
export const DoneFrench = withLocale(Done, 'fr');

export const Loading: Story = {
  beforeEach: (async ({ msw }: MswContext) => {
    msw.use(http.get('*/api/manager', () => delay('infinite')));
  }) as never,
  play: async ({ canvasElement }) => {
    await field(canvasElement, '[part="loading"]');
  },
};
export const LoadingPolish = withLocale(Loading, 'pl');
export const LoadingFrench = withLocale(Loading, 'fr');

/** The slow scenario: the Manager answers after 1.5 s; meanwhile, loading. */
export const Slow: Story = {
  beforeEach: scenario('slow') as never,
  play: async ({ canvasElement }) => {
    await field(canvasElement, '[part="loading"]');
  },
};
export const SlowPolish = withLocale(Slow, 'pl');
export const SlowFrench = withLocale(Slow, 'fr');

export const Failing: Story = {
  beforeEach: scenario('failing') as never,
  play: async ({ canvasElement }) => {
    await field(canvasElement, '[part="retry-button"]');
  },
};
export const FailingPolish = withLocale(Failing, 'pl');
export const FailingFrench = withLocale(Failing, 'fr');

/** Already set up (a company just started): the account details. */
export const Details: Story = {
  beforeEach: scenario('empty') as never,
  play: async ({ canvasElement }) => {
    await field(canvasElement, '[part="details"]');
  },
};
export const DetailsPolish = withLocale(Details, 'pl');
export const DetailsFrench = withLocale(Details, 'fr');

export const Editing: Story = {
  args: { editing: true },
  beforeEach: scenario('empty') as never,
  play: async ({ canvasElement }) => {
    await field(canvasElement, '#company-name');
  },
};
export const EditingPolish = withLocale(Editing, 'pl');
export const EditingFrench = withLocale(Editing, 'fr');

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
export const ConflictPolish = withLocale(Conflict, 'pl');
export const ConflictFrench = withLocale(Conflict, 'fr');

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
export const CurrencyLockedPolish = withLocale(CurrencyLocked, 'pl');
export const CurrencyLockedFrench = withLocale(CurrencyLocked, 'fr');
