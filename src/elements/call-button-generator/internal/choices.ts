import type { CountryCode } from '../phone.js';
import type { ButtonLang, ButtonLook, ButtonSize } from '../snippet.js';

export type TargetKind = 'account' | 'phone';
export type Preset = 'default' | 'callUs' | 'callSales' | 'callSupport' | 'freeCall' | 'custom';
export type Variant = 'button' | 'link';

export const PRESETS: readonly Preset[] = ['default', 'callUs', 'callSales', 'callSupport', 'freeCall', 'custom'];
export const SIZES: readonly ButtonSize[] = ['s', 'm', 'l'];
export const LOOKS: readonly ButtonLook[] = ['light', 'dark'];
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
