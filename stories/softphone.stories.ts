import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/elements/softphone/define.js';
import type { DkSoftphone } from '../src/elements/softphone/softphone.js';
import { fakePhones, type FakeOptions, type FakePhone } from '../test/elements/softphone/fake-phone.js';
import { elementApi, inShadow, scenario, stateStories } from './support.js';

type Args = { member: string; 'choose-line': boolean };
type Story = StoryObj<Args>;

const TAG = 'dk-softphone';
const api = elementApi(TAG);
/** A member linked to the seed's profile that takes web calls (Centrala Warszawa). */
const LINKED = 'mem_020';

const meta: Meta<Args> = {
  title: 'Workflows/Softphone',
  component: TAG,
  args: { ...api.args, member: LINKED },
  argTypes: api.argTypes,
  render: api.render,
  beforeEach: scenario('default') as never,
};
export default meta;

/**
 * The softphone goes online with a fake phone of the kit's phone's shape (no
 * SIP server in the stories): the story plays the caller's part.
 */
async function online(canvasElement: HTMLElement, fake: FakeOptions = {}): Promise<{ phone: () => FakePhone }> {
  const button = await inShadow<HTMLButtonElement>(canvasElement, TAG, '[part="online-button"]');
  const el = canvasElement.querySelector<DkSoftphone>(TAG)!;
  const made = fakePhones(fake);
  el.phoneFactory = made.factory;
  await userEvent.click(button);
  return { phone: () => made.phones[0]! };
}

const ring = (phone: () => FakePhone) =>
  phone().ring({ user: '+48221234567', displayName: 'Jan Nowak', pageUrl: 'https://shop.example.com/pricing' });

/** Offline: nothing asked of the browser until Go online; the day's callback requests. */
export const Offline: Story = {
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, TAG, '[part="callbacks"]');
  },
};

export const Online: Story = {
  play: async ({ canvasElement }) => {
    await online(canvasElement);
    await inShadow(canvasElement, TAG, '.status.online');
  },
};

/** A call rings: who calls, and the website page the call button was on. */
export const Ringing: Story = {
  play: async ({ canvasElement }) => {
    const { phone } = await online(canvasElement);
    await inShadow(canvasElement, TAG, '.status.online');
    ring(phone);
    await inShadow(canvasElement, TAG, '[part="answer-button"]');
  },
};

/** Answered: the time, Mute, Hold, the keypad, and the tones the caller pressed. */
export const InCall: Story = {
  play: async ({ canvasElement }) => {
    const { phone } = await online(canvasElement);
    await inShadow(canvasElement, TAG, '.status.online');
    const call = ring(phone);
    await userEvent.click(await inShadow(canvasElement, TAG, '[part="answer-button"]'));
    call.press('42#');
    await userEvent.click(await inShadow(canvasElement, TAG, '[part="keypad-button"]'));
    await userEvent.click(await inShadow(canvasElement, TAG, '[data-key="1"]'));
    await inShadow(canvasElement, TAG, '[part="tones-received"]');
    await waitFor(() => expect(call.sent).toEqual(['1']));
  },
};

export const OnHold: Story = {
  play: async ({ canvasElement }) => {
    const { phone } = await online(canvasElement);
    await inShadow(canvasElement, TAG, '.status.online');
    ring(phone);
    await userEvent.click(await inShadow(canvasElement, TAG, '[part="answer-button"]'));
    await userEvent.click(await inShadow(canvasElement, TAG, '[part="mute-button"]'));
    await userEvent.click(await inShadow(canvasElement, TAG, '[part="hold-button"]'));
    await inShadow(canvasElement, TAG, '[part="hold-button"][aria-pressed="true"]');
  },
};

/** The day's calls: one answered, one missed, one declined. */
export const DayOfCalls: Story = {
  play: async ({ canvasElement }) => {
    const { phone } = await online(canvasElement);
    await inShadow(canvasElement, TAG, '.status.online');
    const answered = ring(phone);
    await userEvent.click(await inShadow(canvasElement, TAG, '[part="answer-button"]'));
    answered.remoteHangup();
    phone().ring({ user: '+33142000000' }).remoteHangup();
    phone().ring({ user: 'anonymous' });
    await userEvent.click(await inShadow(canvasElement, TAG, '[part="decline-button"]'));
    await inShadow(canvasElement, TAG, '[part="calls"] tr[data-outcome="declined"]');
  },
};

export const RegistrationRefused: Story = {
  play: async ({ canvasElement }) => {
    await online(canvasElement, { registration: 'rejected' });
    await inShadow(canvasElement, TAG, '[part="failure"]');
  },
};

export const MicrophoneRefused: Story = {
  play: async ({ canvasElement }) => {
    await online(canvasElement, { microphone: 'refused' });
    await inShadow(canvasElement, TAG, '[part="failure"]');
  },
};

/** The user chooses the line this browser answers, among the linked members. */
export const ChooseLine: Story = {
  args: { member: '', 'choose-line': true },
  play: async ({ canvasElement }) => {
    const select = await inShadow<HTMLSelectElement>(canvasElement, TAG, '#line-choice');
    await userEvent.selectOptions(select, LINKED);
    await waitFor(() => expect(canvasElement.querySelector<DkSoftphone>(TAG)!.member).toBe(LINKED));
  },
};

const states = stateStories<Args>(TAG, { content: '[part="callbacks"] :is(table, .empty)' });
export const Loading: Story = states.Loading;
/** The backend answers slowly: the loading state of the day's callback requests, then the list. */
export const Slow: Story = states.Slow;
export const Failing: Story = states.Failing;
export const BackendOffline: Story = states.Offline;
