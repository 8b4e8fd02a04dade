import { parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import { codes, parts, version } from 'virtual:dialkit/phone-metadata';
import { reimportable } from '../../core/reimport.js';

export type { CountryCode };
/** `unchecked`: what checking it needs is still loading (the form does not wait for it). */
export type PhoneProblem = 'empty' | 'tooShort' | 'tooLong' | 'invalid' | 'unchecked';
export type PhoneCheck = { ok: true; e164: string; formatted: string } | { ok: false; problem: PhoneProblem };

type Part = Record<string, unknown>;
/**
 * libphonenumber-js's metadata as far as loaded: every calling code and its
 * countries at once, each country's numbering plan with the part of the
 * calling codes that start with the same digit (scripts/phone-metadata.ts).
 */
const metadata = { version, country_calling_codes: codes, countries: {} as Part, nonGeographic: {} as Part };
const plans = metadata as unknown as MetadataJson;

/** Each country's calling code. */
const callingCode = new Map<string, string>();
for (const [code, owners] of Object.entries(codes)) for (const owner of owners) if (owner !== '001') callingCode.set(owner, code);

/** Every country libphonenumber knows, as ISO 3166 codes. */
export const COUNTRIES: readonly CountryCode[] = [...callingCode.keys()] as CountryCode[];

export const isCountry = (code: string | undefined): code is CountryCode => !!code && callingCode.has(code);

/** Each part's import (loaded once; after a failure, again at the next call), and the parts already in the metadata. */
const imports = new Map(Object.entries(parts).map(([digit, get]) => [digit, reimportable(get)]));
const loaded = new Set<string>();

/** Loads the parts named by their digit; a failed one rejects as a network error, and is loaded again next time. */
export async function loadParts(digits: readonly string[]): Promise<void> {
  await Promise.all(
    digits.map(async (digit) => {
      const get = imports.get(digit);
      if (!get || loaded.has(digit)) return;
      const { default: part } = await get();
      Object.assign(metadata.countries, part.countries);
      Object.assign(metadata.nonGeographic, part.nonGeographic);
      loaded.add(digit);
    }),
  );
}

/** Each country's international prefix followed by a digit (the calling code's first), made once its part is in. */
const abroadAfter = new Map<string, RegExp>();

/**
 * The parts of the metadata that checking `texts` for `country` needs: the
 * country's, and for a number dialled abroad (`+33 …`, or after the
 * country's international prefix once its part is in, `0033 …`) the part of
 * the calling code that follows.
 */
export function partsFor(texts: readonly string[], country: CountryCode): string[] {
  const own = callingCode.get(country)?.[0];
  const needed = new Set(own ? [own] : []);
  const plan = metadata.countries[country] as [string, string] | undefined;
  let abroad = abroadAfter.get(country);
  if (!abroad && plan) abroadAfter.set(country, (abroad = new RegExp(`^(?:${plan[1]})(\\d)`)));
  for (const text of texts) {
    const digits = text.replace(/[^\d+＋]/g, '');
    const digit = /^[+＋](\d)/.exec(digits)?.[1] ?? abroad?.exec(digits)?.[1];
    if (digit && imports.has(digit)) needed.add(digit);
  }
  return [...needed];
}

/**
 * A phone number as typed, checked for a country: international (`+48 …`) or
 * national for `country`. Valid: its E.164 form for the link and its
 * international form for people. `unchecked` until the parts of the metadata
 * it needs are loaded (`partsFor`, `loadParts`).
 */
export function checkPhone(text: string, country: CountryCode): PhoneCheck {
  const value = text.trim();
  if (!value) return { ok: false, problem: 'empty' };
  if (partsFor([value], country).some((digit) => !loaded.has(digit))) return { ok: false, problem: 'unchecked' };
  let number;
  try {
    const length = validatePhoneNumberLength(value, country, plans);
    if (length === 'TOO_SHORT') return { ok: false, problem: 'tooShort' };
    if (length === 'TOO_LONG') return { ok: false, problem: 'tooLong' };
    number = parsePhoneNumberFromString(value, country, plans);
  } catch {
    // A calling code whose part is not loaded, dialled some other way: not a number this can read.
  }
  if (!number?.isValid()) return { ok: false, problem: 'invalid' };
  return { ok: true, e164: number.number, formatted: number.formatInternational() };
}
