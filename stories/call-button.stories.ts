import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/elements/call-button/define.js';
import { catalogs } from '../src/elements/call-button/strings.js';
import { elementApi, localeOf } from './support.js';

type Args = {
  href: string;
  text: string;
  size: 's' | 'm' | 'l';
  look: 'light' | 'dark';
  color: string;
  label: string;
  lang: string;
  hours: string;
  tz: string;
  fallback: string;
};
type Story = StoryObj<Args>;

/** Opening hours that exclude the current moment: tomorrow only. */
const closedNow = (): string => `${((new Date().getDay() + 1) % 7) || 7} 09:00-17:00`;

/** Waits for the upgraded button, then checks its link and its text. */
const upgraded =
  (href: string | null, text?: (locale: 'en' | 'pl' | 'fr') => string) =>
  async ({ canvasElement, globals }: { canvasElement: HTMLElement; globals: Record<string, unknown> }) => {
    const locale = localeOf(globals);
    const link = await waitFor(() => {
      const a = canvasElement.querySelector('dk-call-button')?.shadowRoot?.querySelector('[part="button"]');
      if (!a) throw new Error('not upgraded');
      return a;
    });
    await expect(link.getAttribute('href')).toBe(href);
    if (text) await expect(link.textContent?.trim()).toBe(text(locale));
  };
const defaultLabel = (locale: 'en' | 'pl' | 'fr') => (JSON.parse(catalogs[locale]) as { label: string }).label;

/**
 * Not a Lit element: its API is its attributes (documented on the class) and
 * the link it wraps, so the render is written out here. The CSS property and
 * part controls come from the manifest.
 */
const api = elementApi('dk-call-button');

const meta: Meta<Args> = {
  title: 'Public/Call button',
  component: 'dk-call-button',
  args: {
    ...api.args,
    href: 'skype:ewa.kozlowska?call',
    text: 'Call us',
    size: 'm',
    look: 'light',
    color: '',
    label: '',
    lang: '',
    hours: '',
    tz: '',
    fallback: '',
  },
  argTypes: {
    ...api.argTypes,
    href: {
      description: 'The wrapped link: `skype:`, `sip:` or `tel:` with an E.164 number.',
      type: 'string',
      control: 'text',
      table: { category: 'link' },
    },
    text: {
      description: "The wrapped link's own text, shown until the button upgrades it.",
      type: 'string',
      control: 'text',
      table: { category: 'link' },
    },
    size: { control: 'inline-radio', options: ['s', 'm', 'l'] },
    look: { control: 'inline-radio', options: ['light', 'dark'] },
    color: { control: 'color' },
    lang: { control: { type: 'inline-radio', labels: { '': "the page's" } }, options: ['', 'en', 'pl', 'fr'] },
  },
  render: (a) =>
    html`${api.styles(a)}<dk-call-button
      size=${a.size === 'm' ? nothing : a.size}
      look=${a.look === 'light' ? nothing : a.look}
      color=${a.color || nothing}
      label=${a.label || nothing}
      lang=${a.lang || nothing}
      hours=${a.hours || nothing}
      tz=${a.tz || nothing}
      fallback=${a.fallback || nothing}
      ><a href=${a.href}>${a.text}</a></dk-call-button
    >`,
};
export default meta;

export const SkypeAccount: Story = { play: upgraded('skype:ewa.kozlowska?call', defaultLabel) };

export const SkypeVideo: Story = {
  args: { href: 'skype:helene.lefevre?call&video=true' },
  play: upgraded('skype:helene.lefevre?call&video=true', defaultLabel),
};
export const SipAddress: Story = {
  args: { href: 'sip:reception@pbx.warszawa.kd-architectes.eu' },
  play: upgraded('sip:reception@pbx.warszawa.kd-architectes.eu', defaultLabel),
};
export const PhoneNumber: Story = { args: { href: 'tel:+48221234567' }, play: upgraded('tel:+48221234567', defaultLabel) };

/** An invalid target renders nothing clickable (and says why in the console). */
export const InvalidTarget: Story = {
  args: { href: 'tel:0221234567' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('dk-call-button')?.hasAttribute('invalid')).toBe(true));
  },
};

export const Small: Story = { args: { size: 's' }, play: upgraded('skype:ewa.kozlowska?call') };
export const Large: Story = { args: { size: 'l' }, play: upgraded('skype:ewa.kozlowska?call') };
export const Dark: Story = { args: { look: 'dark' }, play: upgraded('skype:ewa.kozlowska?call') };
export const BrandColour: Story = { args: { color: '#b3261e' }, play: upgraded('skype:ewa.kozlowska?call') };
export const CustomLabel: Story = {
  args: { label: 'Porozmawiaj z architektem' },
  play: upgraded('skype:ewa.kozlowska?call', () => 'Porozmawiaj z architektem'),
};

/** Outside opening hours, without a number to fall back on: it says when the line opens. */
export const ClosedHours: Story = {
  args: { hours: closedNow(), tz: Intl.DateTimeFormat().resolvedOptions().timeZone },
  play: async (context) => {
    await upgraded(null)(context);
    const note = context.canvasElement.querySelector('dk-call-button')!.shadowRoot!.querySelector('[part="note"]')!;
    await expect(note.textContent).not.toBe('');
  },
};

/** Outside opening hours, with a phone number: it calls that number. */
export const ClosedHoursWithFallback: Story = {
  args: { hours: closedNow(), tz: Intl.DateTimeFormat().resolvedOptions().timeZone, fallback: '+48221234567' },
  play: upgraded('tel:+48221234567'),
};
