import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { PersonalDataFinding } from './personal-data.js';
import { namedBy, nearCue } from './personal-data-context.js';

/**
 * Phone numbers in free text. A run of digits is a phone number when its
 * digits fit a numbering plan (libphonenumber-js) and its shape is one people
 * write phone numbers in:
 * - international: `+44 (0)7700 900321`, `0048 601 234 567` (valid, or of a possible length after `+`);
 * - national with a trunk 0 (France, the United Kingdom, Germany, Belgium, Switzerland, the Netherlands...);
 * - Polish, nine digits without a trunk prefix: `601 234 567`, `(22) 490 11 00`, `509123456`;
 * - North American, grouped 3-3-4: `212-555-0147`, `(646) 555-0199`, `1-212-555-0176`
 *   (ten digits in one block only after a word such as "phone" or "call").
 * A run is not a phone number when the word before it names an identifier
 * ("ticket", "zamówienie", "commande", "SIREN"...), when money follows it, or
 * when its shape is a date, a time, a version or a decimal.
 */

const SPACE = '[ \\u00a0\\u202f]';
const GROUP = '(?:\\(\\d{1,4}\\)|\\d+)';
const FIRST = `(?:\\+${SPACE}?\\d+|\\(\\+\\d{1,3}\\)|${GROUP})`;
const SEPARATOR = `(?:${SPACE}?[-./]${SPACE}?|${SPACE})`;
const RUN = new RegExp(`${FIRST}(?:${SEPARATOR}?${GROUP})*`, 'gu');

/** Countries whose national numbers start with a trunk 0. */
const TRUNK_ZERO: readonly CountryCode[] = ['FR', 'GB', 'DE', 'BE', 'CH', 'NL', 'AT', 'IE'];

/** Words that name an identifier, an amount or a technical number, never a phone number. */
const NOT_A_PHONE =
  /^(?:tickets?|order|orders|invoices?|po|case|cases|build|builds|versions?|v|ref|refs?|reference|references?|référence|réf|serial|vat|tax|company|transaction|transactions|receipt|tracking|batch|lot|sku|siret|siren|nip|regon|krs|tva|cost|centre|center|code|port|ports|ip|extension|extensions|ext|ticketu|zgłoszeni[ae]|zgłoszeniu|zamówieni[ae]|zamówieniu|faktur[aęy]|fakturze|spraw[aęy]|wersj[aęi]|kompilacj[ai]|identyfikator[a]?|transakcj[ai]|paragon[u]?|przesyłk[ai]|parti[ia]|kod[u]?|wewnętrzn[yego]*|wew|kwot[aęy]|saldo|commandes?|factures?|dossiers?|identifiant|colis|postes?|montant|solde|bon|devis|contrat|contract|umow[ay])$/u;

/** Words that say a phone number follows. */
const PHONE_CUE =
  /^(?:tel|tél|phone|phones|mobile|cell|call|ring|text|whatsapp|sms|fax|landline|telefon[u]?|komórk[ai]|komórkowy|zadzwoń|dzwoń|dzwonić|oddzwoń|oddzwońcie|portable|fixe|appelez|rappelez|joindre|joignable|standard|ligne)$/u;

/** Money or a unit right after the number: an amount, not a phone number. */
const UNIT_AFTER = /^\s?(?:zł|zl|pln|eur|euros?|€|usd|\$|gbp|£|chf|%|złotych|dollars?|minut|minutes?|min|sek|s\b|kb|mb|gb)/iu;

function isDateOrVersion(run: string): boolean {
  return (
    /^\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?$/.test(run) || // 12.03.2026, 12/03
    /^\d{4}[./-]\d{1,2}(?:[./-]\d{1,2})?$/.test(run) || // 2026-03-12, 2026-03
    /^[^.]*\.[^.]*$/.test(run) || // one dot: a decimal or a build number (20260312.4)
    (run.includes('.') && run.split(/[.\s]+/).some((g) => g.replace(/\D/g, '').length < 2)) // 10.0.12.5, 124.0.6367.91
  );
}

/** The characters around a run that make it part of something else (INV-000123456, v2.0, 5060udp, 3,5). */
function gluedToSomething(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const before2 = text[start - 2] ?? '';
  const after = text[end] ?? '';
  const after2 = text[end + 1] ?? '';
  if (/[\p{L}\p{N}_#№$€£¥@/\\]/u.test(before)) return true;
  if (/[-.,:]/.test(before) && /[\p{N}]/u.test(before2)) return true;
  if (before === '-' && /\p{L}/u.test(before2)) return true;
  if (/[\p{L}\p{N}_%€£$@]/u.test(after)) return true;
  if (/[.,:/-]/.test(after) && /[\p{L}\p{N}]/u.test(after2)) return true;
  return false;
}

const possible = (digits: string, country?: CountryCode) => {
  const number = country ? parsePhoneNumberFromString(digits, country) : parsePhoneNumberFromString(digits);
  return { valid: Boolean(number?.isValid()), possible: Boolean(number?.isPossible()) };
};

/** Whether one run of digits, as written, is a phone number. */
function isPhone(run: string, text: string, start: number): boolean {
  const groups = run.match(/\d+/g) ?? [];
  const digits = groups.join('');
  const international = /^(?:\+|\(\+)/.test(run) || /^00[1-9]/.test(digits);
  if (international) {
    // "+44 (0)20 …", "+33 (0)1 …": the trunk 0 in brackets is not dialled from abroad.
    const body = run.replace(/\(0\)/, '').replace(/\D/g, '').replace(/^00/, '');
    const plan = possible(`+${body}`);
    return plan.valid || (run.trimStart().startsWith('+') || run.startsWith('(+') ? plan.possible && body.length >= 9 : false);
  }
  if (/\//.test(run) && !/^0\d{1,4}\/\d+$/.test(run.replace(/\s/g, ''))) return false; // 030/12345678 only
  if (/^0[1-9]/.test(digits)) {
    if (digits.length < 9 || digits.length > 12) return false;
    return TRUNK_ZERO.some((country) => {
      const plan = possible(digits, country);
      return plan.valid || (plan.possible && (country === 'GB' || country === 'FR'));
    });
  }
  const shape = groups.map((g) => g.length).join('-');
  if (digits.length === 9) return possible(digits, 'PL').valid;
  const northAmerican = shape === '3-3-4' || shape === '1-3-3-4' || (digits.length === 10 && groups.length === 1 && nearCue(text, start, PHONE_CUE));
  if (northAmerican && /^(?:\(?\d{3}\)?[ .-]?|1[ .-]\(?\d{3}\)?[ .-]?)\d{3}[ .-]\d{4}$|^\d{10}$/.test(run)) {
    return possible(digits.length === 11 ? digits.slice(1) : digits, 'US').valid;
  }
  return false;
}

export function phones(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const m of text.matchAll(RUN)) {
    // A run that ends on a separator or starts inside brackets is trimmed to its digits.
    let run = m[0];
    let start = m.index;
    if (run.startsWith('(') && !/^\(\+?\d+\)/.test(run)) {
      run = run.slice(1);
      start += 1;
    }
    const end = start + run.length;
    const digits = run.replace(/\D/g, '');
    if (digits.length < 9 || digits.length > 15) continue;
    if (gluedToSomething(text, start, end) || isDateOrVersion(run)) continue;
    if (UNIT_AFTER.test(text.slice(end, end + 10)) || /[€$£]\s?$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    if (namedBy(text, start, NOT_A_PHONE)) continue;
    if (isPhone(run, text, start)) found.push({ kind: 'phone', start, end });
  }
  return found;
}
