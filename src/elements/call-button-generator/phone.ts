import {
  getCountries,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
} from 'libphonenumber-js';

export type { CountryCode };
/** `unchecked`: a number typed before these checks loaded (the form does not wait for them). */
export type PhoneProblem = 'empty' | 'tooShort' | 'tooLong' | 'invalid' | 'unchecked';
export type PhoneCheck = { ok: true; e164: string; formatted: string } | { ok: false; problem: PhoneProblem };

/** Every country libphonenumber knows, as ISO 3166 codes. */
export const COUNTRIES: readonly CountryCode[] = getCountries();

export const isCountry = (code: string | undefined): code is CountryCode =>
  !!code && (COUNTRIES as readonly string[]).includes(code);

/**
 * A phone number as typed, checked for a country: international (`+48 …`) or
 * national for `country`. Valid: its E.164 form for the link and its
 * international form for people.
 */
export function checkPhone(text: string, country: CountryCode): PhoneCheck {
  const value = text.trim();
  if (!value) return { ok: false, problem: 'empty' };
  const length = validatePhoneNumberLength(value, country);
  if (length === 'TOO_SHORT') return { ok: false, problem: 'tooShort' };
  if (length === 'TOO_LONG') return { ok: false, problem: 'tooLong' };
  const number = parsePhoneNumberFromString(value, country);
  if (!number?.isValid()) return { ok: false, problem: 'invalid' };
  return { ok: true, e164: number.number, formatted: number.formatInternational() };
}
