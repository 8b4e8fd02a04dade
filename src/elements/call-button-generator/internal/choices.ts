import type { CountryCode, PhoneCheck } from '../phone.js';
import { hoursAttribute, type ButtonLang, type ButtonLook, type ButtonSize, type ButtonSpec } from '../snippet.js';

export type TargetKind = 'account' | 'phone';
export type Preset = 'default' | 'callUs' | 'callSales' | 'callSupport' | 'freeCall' | 'custom';
export type Variant = 'button' | 'link';

export const PRESETS: readonly Preset[] = ['default', 'callUs', 'callSales', 'callSupport', 'freeCall', 'custom'];
export const SIZES: readonly ButtonSize[] = ['s', 'm', 'l'];
export const LOOKS: readonly ButtonLook[] = ['light', 'dark'];
export const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const DEFAULT_COLOR = '#0b57d0';

/** What the admin chose; kept as typed, whatever its state. */
export interface Choices {
  targetKind: TargetKind;
  memberId: string;
  video: boolean;
  phone: string;
  /** Empty: the manager's country, else the console language's. */
  country: CountryCode | '';
  preset: Preset;
  customLabel: string;
  size: ButtonSize;
  look: ButtonLook;
  color: string;
  lang: ButtonLang;
  hoursOn: boolean;
  days: number[];
  from: string;
  to: string;
  tz: string;
  fallback: string;
  variant: Variant;
  /** Calls from the browser (the button's `ws`), when the chosen account's profile takes them. */
  webCall: boolean;
  /** The endpoint as typed; null: the chosen profile's. */
  ws: string | null;
  /** The SIP address as typed; null: the chosen account at the profile's host. */
  sipAddress: string | null;
  /** The callback request form (the button's `callback`). */
  callbackOn: boolean;
  /** The public API base as typed; null: the element's backend. */
  callbackUrl: string | null;
}

/** The fields whose problems the form shows (see `FormController`). */
export type Field = 'phone' | 'customLabel' | 'hours' | 'fallback' | 'ws' | 'sipAddress' | 'callbackUrl';

export const initialChoices = (): Choices => ({
  targetKind: 'account',
  memberId: '',
  video: false,
  phone: '',
  country: '',
  preset: 'default',
  customLabel: '',
  size: 'm',
  look: 'light',
  color: DEFAULT_COLOR,
  lang: '',
  hoursOn: false,
  days: [1, 2, 3, 4, 5],
  from: '09:00',
  to: '17:00',
  tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
  fallback: '',
  variant: 'button',
  webCall: false,
  ws: null,
  sipAddress: null,
  callbackOn: false,
  callbackUrl: null,
});

/** What a part of the form needs to render: the choices, the element's words, and a way to change them. */
export interface ChoicesView {
  readonly choices: Choices;
  readonly t: (key: string, options?: Record<string, unknown>) => string;
  /** Applies a change; a function reads the choices as they are when the event comes (several may come before a render). */
  readonly set: (change: Partial<Choices> | ((now: Choices) => Partial<Choices>)) => void;
}

/** What is wrong with the opening hours, if they are on. */
export function hoursProblem(c: Choices): 'noDays' | 'order' | null {
  if (!c.hoursOn) return null;
  if (c.days.length === 0) return 'noDays';
  if (!c.from || !c.to || c.to <= c.from) return 'order';
  return null;
}

/** What the choices need from outside to make a button: the checked target and the texts in the button's language. */
export interface SpecInputs {
  /** The chosen account's name, when the button calls an account that is known. */
  accountName?: string;
  phone: PhoneCheck;
  /** The number called outside opening hours, checked; null when none is typed. */
  fallback: PhoneCheck | null;
  /** The label in the button's language (empty: the button's default). */
  label: string;
  /** The button's default label in its language, the link's text when no label is chosen. */
  defaultLabel: string;
  scriptSrc: string;
  /**
   * The web-calling attributes, checked (`web-calling.ts`): a `sip:` link and
   * `ws` for calls from the browser, `callback` for the callback form; null
   * while one that is on is wrong.
   */
  web: { href?: string; ws?: string; callback?: string } | null;
}

/** The button as specified, or null while something is missing or wrong. */
export function buttonSpec(c: Choices, inputs: SpecInputs): ButtonSpec | null {
  let href: string;
  const web = inputs.web;
  if (!web) return null;
  if (c.targetKind === 'account') {
    if (!inputs.accountName) return null;
    href = web.href ?? `skype:${inputs.accountName}?call${c.video ? '&video=true' : ''}`;
  } else {
    if (!inputs.phone.ok) return null;
    href = `tel:${inputs.phone.e164}`;
  }
  if (c.preset === 'custom' && !inputs.label) return null;
  if (hoursProblem(c)) return null;
  const fallback = inputs.fallback;
  if (fallback && !fallback.ok) return null;
  const color = c.color.toLowerCase();
  return {
    href,
    label: inputs.label,
    linkText: inputs.label || inputs.defaultLabel,
    size: c.size,
    look: c.look,
    color: color === DEFAULT_COLOR ? '' : color,
    lang: c.lang,
    hours: c.hoursOn ? hoursAttribute(c.days, c.from, c.to) : '',
    tz: c.hoursOn ? c.tz : '',
    fallback: c.hoursOn && fallback?.ok ? fallback.e164 : '',
    scriptSrc: inputs.scriptSrc,
    ...(web.ws ? { ws: web.ws } : {}),
    ...(web.callback ? { callback: web.callback } : {}),
  };
}

