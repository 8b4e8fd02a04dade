import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/elements/call-button/define.js';
import '../src/elements/call-button-generator/define.js';
import { type MswContext, inShadow, scenario, withLocale } from './support.js';

type Story = StoryObj;


const TAG = 'dk-call-button-generator';

const meta: Meta = {
  title: 'Workflows/Call buttons',
  component: TAG,
  render: () => html`<dk-call-button-generator script-src="/src/elements/call-button/define.ts"></dk-call-button-generator>`,
  beforeEach: scenario('default') as never,
};
export default meta;


/** Chooses an account in the select, as a change from the user. */
async function chooseAccount(canvas: HTMLElement, linked: boolean): Promise<void> {
  const select = await inShadow<HTMLSelectElement>(canvas, TAG, '#account');
  const group = select.querySelectorAll('optgroup')[linked ? 0 : 1]!;
  await userEvent.selectOptions(select, group.querySelector('option')!.value);
}

export const Loading: Story = {
  beforeEach: (async ({ msw }: MswContext) => {
    msw.use(http.get('*/api/members', () => delay('infinite')));
  }) as never,
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, TAG, '[part="loading"]');
  },
};
export const LoadingPolish = withLocale(Loading, 'pl');
export const LoadingFrench = withLocale(Loading, 'fr');

export const Failing: Story = {
  beforeEach: scenario('failing') as never,
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, TAG, '[part="retry-button"]');
  },
};
export const FailingPolish = withLocale(Failing, 'pl');
export const FailingFrench = withLocale(Failing, 'fr');

/** Nothing chosen yet: the form, and no snippet. */
export const Start: Story = {
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, TAG, '#account');
  },
};
export const StartPolish = withLocale(Start, 'pl');
export const StartFrench = withLocale(Start, 'fr');

/** A company just set up: its one account, not linked. */
export const JustSetUp: Story = {
  beforeEach: scenario('empty') as never,
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, TAG, '#account');
  },
};
export const JustSetUpPolish = withLocale(JustSetUp, 'pl');
export const JustSetUpFrench = withLocale(JustSetUp, 'fr');

/** An account linked to a SIP profile: the preview and the snippet. */
export const LinkedAccount: Story = {
  play: async ({ canvasElement }) => {
    await chooseAccount(canvasElement, true);
    await inShadow(canvasElement, TAG, '#snippet-code');
    const preview = await inShadow(canvasElement, TAG, '.preview dk-call-button');
    await waitFor(() => expect(preview.shadowRoot?.querySelector('[part="button"]')).toBeTruthy());
  },
};
export const LinkedAccountPolish = withLocale(LinkedAccount, 'pl');
export const LinkedAccountFrench = withLocale(LinkedAccount, 'fr');

/** An account not linked: calls ring the account itself, not the PBX. */
export const AccountNotLinked: Story = {
  play: async ({ canvasElement }) => {
    await chooseAccount(canvasElement, false);
    await inShadow(canvasElement, TAG, '.notice.warning');
  },
};
export const AccountNotLinkedPolish = withLocale(AccountNotLinked, 'pl');
export const AccountNotLinkedFrench = withLocale(AccountNotLinked, 'fr');

/** A phone number typed badly: the message, as typed. */
export const InvalidPhone: Story = {
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, TAG, '#account');
    await userEvent.click(await inShadow(canvasElement, TAG, 'input[name="target"][value="phone"]'));
    await userEvent.type(await inShadow<HTMLInputElement>(canvasElement, TAG, '#phone'), '22 12');
    await inShadow(canvasElement, TAG, '#phone[aria-invalid="true"]');
  },
};
export const InvalidPhonePolish = withLocale(InvalidPhone, 'pl');
export const InvalidPhoneFrench = withLocale(InvalidPhone, 'fr');

/** A valid phone number, formatted, with opening hours and a dark look. */
export const PhoneWithHours: Story = {
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, TAG, '#account');
    await userEvent.click(await inShadow(canvasElement, TAG, 'input[name="target"][value="phone"]'));
    await userEvent.type(await inShadow<HTMLInputElement>(canvasElement, TAG, '#phone'), '+48 22 123 45 67');
    await userEvent.click(await inShadow(canvasElement, TAG, 'input[name="look"][value="dark"]'));
    await userEvent.click(await inShadow(canvasElement, TAG, '#hours-on'));
    const code = await inShadow<HTMLTextAreaElement>(canvasElement, TAG, '#snippet-code');
    await waitFor(() => expect(code.value).toContain('hours="1-5 09:00-17:00"'));
  },
};
export const PhoneWithHoursPolish = withLocale(PhoneWithHours, 'pl');
export const PhoneWithHoursFrench = withLocale(PhoneWithHours, 'fr');

/** Opening hours with no day chosen. */
export const HoursWithoutDays: Story = {
  play: async ({ canvasElement }) => {
    await chooseAccount(canvasElement, true);
    await userEvent.click(await inShadow(canvasElement, TAG, '#hours-on'));
    await inShadow(canvasElement, TAG, 'input[type="checkbox"][value="1"]');
    for (const day of [1, 2, 3, 4, 5]) await userEvent.click(await inShadow(canvasElement, TAG, `input[type="checkbox"][value="${day}"]`));
    await inShadow(canvasElement, TAG, '#hours-error');
  },
};
export const HoursWithoutDaysPolish = withLocale(HoursWithoutDays, 'pl');
export const HoursWithoutDaysFrench = withLocale(HoursWithoutDays, 'fr');

/** The link alone, for pages without scripts. */
export const LinkOnly: Story = {
  play: async ({ canvasElement }) => {
    await chooseAccount(canvasElement, true);
    await userEvent.click(await inShadow(canvasElement, TAG, 'input[name="variant"][value="link"]'));
    const code = await inShadow<HTMLTextAreaElement>(canvasElement, TAG, '#snippet-code');
    await waitFor(() => expect(code.value.startsWith('<a href="skype:')).toBe(true));
  },
};
export const LinkOnlyPolish = withLocale(LinkOnly, 'pl');
export const LinkOnlyFrench = withLocale(LinkOnly, 'fr');

/** Copying refused by the browser: the snippet is selected for a manual copy. */
export const CopyRefused: Story = {
  play: async ({ canvasElement }) => {
    await chooseAccount(canvasElement, true);
    const original = navigator.clipboard?.writeText;
    if (navigator.clipboard) navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    try {
      await userEvent.click(await inShadow(canvasElement, TAG, '[part="copy-button"]'));
      await inShadow(canvasElement, TAG, '.copy-row .field-error');
    } finally {
      if (navigator.clipboard && original) navigator.clipboard.writeText = original;
    }
  },
};
export const CopyRefusedPolish = withLocale(CopyRefused, 'pl');
export const CopyRefusedFrench = withLocale(CopyRefused, 'fr');
