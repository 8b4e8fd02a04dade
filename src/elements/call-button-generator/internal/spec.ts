/**
 * The button the choices make, once the form's later parts are loaded
 * (`details.ts`): nothing can be made before an account or a number is chosen.
 */
import { translate } from '../../../i18n/i18n.js';
import type { Locale } from '../../../i18n/locales.js';
import type { PhoneCheck } from '../phone.js';
import { cleanText, hoursAttribute, type ButtonSpec } from '../snippet.js';
import { DEFAULT_COLOR, type Choices } from './choices.js';

export const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The label the button carries in its language: the preset's, the admin's own text, or empty for the default. */
export function labelText(choices: Choices, textLocale: Locale): string {
  if (choices.preset === 'custom') return cleanText(choices.customLabel);
  if (choices.preset === 'default') return '';
  return translate(textLocale, `callButtons:labels.${choices.preset}`);
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

