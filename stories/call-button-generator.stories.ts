import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/elements/call-button/define.js';
import '../src/elements/call-button-generator/define.js';
import { elementApi, inShadow, scenario, stateStories } from './support.js';

type Story = StoryObj;

const TAG = 'dk-call-button-generator';
const api = elementApi(TAG);

const meta: Meta = {
  title: 'Workflows/Call buttons',
  component: TAG,
  // The snippet and the preview load the button from the sources here.
  args: { ...api.args, 'script-src': '/src/elements/call-button/define.ts' },
  argTypes: api.argTypes,
  render: api.render,
  beforeEach: scenario('default') as never,
};
export default meta;

/** Chooses an account in the select, as a change from the user. */
async function chooseAccount(canvas: HTMLElement, linked: boolean): Promise<void> {
  const select = await inShadow<HTMLSelectElement>(canvas, TAG, '#account');
  const group = select.querySelectorAll('optgroup')[linked ? 0 : 1]!;
  await userEvent.selectOptions(select, group.querySelector('option')!.value);
}

/** Chooses the first account whose option names `name`. */
async function chooseNamed(canvas: HTMLElement, name: string): Promise<void> {
  const select = await inShadow<HTMLSelectElement>(canvas, TAG, '#account');
  await waitFor(() => expect([...select.options].some((o) => o.text.includes(name))).toBe(true));
  await userEvent.selectOptions(select, [...select.options].find((o) => o.text.includes(name))!.value);
}

/** Types `text` over what a field holds, as a user who selects it all first. */
async function replaceText(input: HTMLInputElement, text: string): Promise<void> {
  await userEvent.type(input, text, { initialSelectionStart: 0, initialSelectionEnd: input.value.length });
}

/** An account of the seed's Centrala Warszawa, whose SIP profile takes calls from browsers. */
const WEB_ACCOUNT = 'Ewa Kozłowska';

/** Nothing chosen yet: the form, and no snippet. */
export const Start: Story = {
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, TAG, '#account');
  },
};

const states = stateStories(TAG, { content: '#account' });
export const Loading: Story = states.Loading;
export const Failing: Story = states.Failing;

/** A company just set up: its one account, not linked. */
export const JustSetUp: Story = {
  beforeEach: scenario('empty') as never,
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, TAG, '#account');
  },
};

/** An account linked to a SIP profile: the preview and the snippet. */
export const LinkedAccount: Story = {
  play: async ({ canvasElement }) => {
    await chooseAccount(canvasElement, true);
    await inShadow(canvasElement, TAG, '#snippet-code');
    const preview = await inShadow(canvasElement, TAG, '.preview dk-call-button');
    await waitFor(() => expect(preview.shadowRoot?.querySelector('[part="button"]')).toBeTruthy());
  },
};

/** An account not linked: calls ring the account itself, not the PBX. */
export const AccountNotLinked: Story = {
  play: async ({ canvasElement }) => {
    await chooseAccount(canvasElement, false);
    await inShadow(canvasElement, TAG, '.notice.warning');
  },
};

/** A phone number typed badly: the message, as typed. */
export const InvalidPhone: Story = {
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, TAG, '#account');
    await userEvent.click(await inShadow(canvasElement, TAG, 'input[name="target"][value="phone"]'));
    await userEvent.type(await inShadow<HTMLInputElement>(canvasElement, TAG, '#phone'), '22 12');
    await inShadow(canvasElement, TAG, '#phone[aria-invalid="true"]');
  },
};

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

/** The link alone, for pages without scripts. */
export const LinkOnly: Story = {
  play: async ({ canvasElement }) => {
    await chooseAccount(canvasElement, true);
    await userEvent.click(await inShadow(canvasElement, TAG, 'input[name="variant"][value="link"]'));
    const code = await inShadow<HTMLTextAreaElement>(canvasElement, TAG, '#snippet-code');
    await waitFor(() => expect(code.value.startsWith('<a href="skype:')).toBe(true));
  },
};

/** Web calling for an account whose SIP profile takes calls from browsers: the endpoint, the SIP address and the callback form in the snippet and the live button. */
export const WebCalling: Story = {
  play: async ({ canvasElement }) => {
    await chooseNamed(canvasElement, WEB_ACCOUNT);
    const webCall = await inShadow<HTMLInputElement>(canvasElement, TAG, '#web-call');
    await waitFor(() => expect(webCall.disabled).toBe(false));
    await userEvent.click(webCall);
    await userEvent.click(await inShadow(canvasElement, TAG, '#callback-on'));
    const callback = await inShadow<HTMLInputElement>(canvasElement, TAG, '#callbackUrl');
    await replaceText(callback, 'https://api.example.com/api');
    const code = await inShadow<HTMLTextAreaElement>(canvasElement, TAG, '#snippet-code');
    await waitFor(() => expect(code.value).toContain('ws="wss://sip.example.com/ws" callback="https://api.example.com/api"'));
    await waitFor(() => expect(code.value).toMatch(/<a href="sip:[^"]+@sip\.example\.com">/));
  },
};

/** Web calling refused: an endpoint that is not wss://, kept as typed with its message. */
export const WebCallingInvalid: Story = {
  play: async ({ canvasElement }) => {
    await chooseNamed(canvasElement, WEB_ACCOUNT);
    const webCall = await inShadow<HTMLInputElement>(canvasElement, TAG, '#web-call');
    await waitFor(() => expect(webCall.disabled).toBe(false));
    await userEvent.click(webCall);
    const ws = await inShadow<HTMLInputElement>(canvasElement, TAG, '#ws');
    await replaceText(ws, 'ws://sip.example.com/ws');
    await inShadow(canvasElement, TAG, '#ws-error');
  },
};

/** An account not linked: web calling is off, and says why. */
export const WebCallingUnavailable: Story = {
  play: async ({ canvasElement }) => {
    await chooseAccount(canvasElement, false);
    const webCall = await inShadow<HTMLInputElement>(canvasElement, TAG, '#web-call');
    await waitFor(() => expect(webCall.disabled).toBe(true));
    await inShadow(canvasElement, TAG, '#web-call-hint.notice');
  },
};

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
