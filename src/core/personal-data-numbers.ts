import type { PersonalDataFinding } from './personal-data.js';

/**
 * Identifiers confirmed by their own check: PESEL (checksum and date), the
 * French social security number (its key), IBAN and Polish NRB (mod 97),
 * payment card numbers (Luhn).
 */

const PESEL = /(?<![\d])\d{11}(?![\d])/g;

/** PESEL: weights 1-3-7-9, and its first six digits must be a real date (the month carries the century). */
export function isPesel(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const d = [...digits].map(Number);
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = weights.reduce((acc, w, i) => acc + w * d[i]!, 0);
  if ((10 - (sum % 10)) % 10 !== d[10]) return false;
  const yy = d[0]! * 10 + d[1]!;
  const mm = d[2]! * 10 + d[3]!;
  const dd = d[4]! * 10 + d[5]!;
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(mm / 20)];
  const month = mm % 20;
  if (century === undefined || month < 1 || month > 12 || dd < 1) return false;
  const days = new Date(Date.UTC(century + yy, month, 0)).getUTCDate();
  return dd <= days;
}

/** NIR, grouped or not: sex, year, month, department (2A/2B for Corsica), commune, order, key. */
const NIR = /(?<![\dA-Za-z])([12])\s?(\d{2})\s?(\d{2})\s?(\d{2}|2[AaBb])\s?(\d{3})\s?(\d{3})\s?(\d{2})(?![\dA-Za-z])/g;

/** The French social security number's key: 97 minus the 13 digits modulo 97 (Corsica: 2A -> 19, 2B -> 18). */
export function isNir(value: string): boolean {
  const compact = value.replace(/\s/g, '').toUpperCase();
  if (!/^[12]\d{4}(?:\d{2}|2[AB])\d{6}\d{2}$/.test(compact)) return false;
  const month = Number(compact.slice(3, 5));
  if (!((month >= 1 && month <= 12) || month === 20 || (month >= 30 && month <= 42) || month >= 50)) return false;
  const body = compact.slice(0, 13).replace('2A', '19').replace('2B', '18');
  const key = Number(compact.slice(13));
  return key === 97 - Number(BigInt(body) % 97n);
}

/** Mod 97 of an IBAN (country and check digits moved to the end, letters as 10..35) equals 1. */
export function isIban(value: string): boolean {
  const compact = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  // Only countries that issue IBANs, at their length: an RF creditor reference passes mod 97 too.
  if (compact.length !== IBAN_LENGTHS[compact.slice(0, 2)]) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char >= 'A' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of code) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

const IBAN_LENGTHS: Record<string, number> = {
  PL: 28, FR: 27, DE: 22, GB: 22, ES: 24, IT: 27, BE: 16, NL: 18, CH: 21, AT: 20, LU: 20, IE: 22,
  PT: 25, CZ: 24, SK: 24, LT: 20, LV: 21, EE: 20, SE: 24, DK: 18, FI: 18, NO: 15, MC: 27, UA: 29,
  HU: 28, RO: 24, BG: 22, HR: 21, SI: 19, GR: 27, CY: 28, MT: 31, IS: 26, LI: 21, SM: 27, AD: 24,
  GI: 23, FO: 18, GL: 18, TR: 26, IL: 23, AE: 23, SA: 24, MA: 28, TN: 24, GE: 22, MD: 24, RS: 22,
};

/**
 * IBAN candidates: a country code and check digits, then groups of letters and
 * digits (single spaces allowed between them). The longest run that passes
 * mod 97 wins. A Polish NRB (26 digits, often written without "PL") is tried
 * as a Polish IBAN.
 */
export function ibans(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  const start = /(?<![A-Za-z0-9])(?:[A-Za-z]{2}\d{2}|\d{2})(?=[\s\dA-Za-z])/g;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const from = m.index;
    const positions: number[] = [];
    let compact = '';
    for (let i = from; i < text.length && compact.length < 34; i++) {
      const c = text[i]!;
      if (/[A-Za-z0-9]/.test(c)) {
        compact += c;
        positions.push(i + 1);
      } else if ((c === ' ' || c === '\u00a0') && /[A-Za-z0-9]/.test(text[i + 1] ?? '') && /[A-Za-z0-9]/.test(text[i - 1] ?? '')) {
        continue;
      } else break;
    }
    const national = /^\d/.test(compact);
    for (let len = compact.length; len >= 15; len--) {
      const end = positions[len - 1]!;
      if (/[A-Za-z0-9]/.test(text[end] ?? '')) continue;
      const candidate = national ? `PL${compact.slice(0, len)}` : compact.slice(0, len);
      if (national && len !== 26) continue;
      if (isIban(candidate)) {
        found.push({ kind: 'iban', start: from, end });
        start.lastIndex = end;
        break;
      }
    }
  }
  return found;
}

const CARD = /(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])/g;

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function cards(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const m of text.matchAll(CARD)) {
    const digits = m[0].replace(/[ -]/g, '');
    // Card numbers start with 2-6 (Mastercard, Visa, Amex, Discover, UnionPay...).
    if (digits.length < 13 || digits.length > 19 || !/^[2-6]/.test(digits) || !passesLuhn(digits)) continue;
    if (/^(\d)\1+$/.test(digits)) continue;
    found.push({ kind: 'payment_card', start: m.index, end: m.index + m[0].length });
  }
  return found;
}

export function pesels(text: string): PersonalDataFinding[] {
  return [...text.matchAll(PESEL)]
    .filter((m) => isPesel(m[0]))
    .map((m) => ({ kind: 'pesel' as const, start: m.index, end: m.index + m[0].length }));
}

export function nirs(text: string): PersonalDataFinding[] {
  return [...text.matchAll(NIR)]
    .filter((m) => isNir(m[0]))
    .map((m) => ({ kind: 'nir' as const, start: m.index, end: m.index + m[0].length }));
}
