import { accountNames } from './personal-data-accounts.js';
import { cards, ibans, nirs, pesels } from './personal-data-numbers.js';
import { phones } from './personal-data-phones.js';
import { secrets } from './personal-data-secrets.js';

export { isIban, isNir, isPesel, passesLuhn } from './personal-data-numbers.js';

/**
 * Personal data in free text, found before the text leaves the browser (the
 * feedback box of a help article uses it to refuse to send what a reader
 * should not have typed).
 *
 * Each kind is found by its shape and then confirmed by its own rule, so that
 * ordinary sentences are not flagged: a PESEL by its checksum and date, a
 * French social security number (NIR) by its key, an IBAN by mod 97, a card
 * number by Luhn, a phone number by the numbering plan (libphonenumber-js)
 * and the way people write one, an account name by the kit's account-name
 * pattern plus a sign that it is not an ordinary word or the name of a thing,
 * a secret by its cue or its shape. The words just before a value tell an
 * identifier ("ticket 4829103", "profil Main_Office_2") from personal data
 * (`personal-data-context.ts`).
 */
export type PersonalDataKind =
  | 'email'
  | 'phone'
  | 'account_name'
  | 'pesel'
  | 'nir'
  | 'iban'
  | 'payment_card'
  | 'secret';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** Index of the first character, in UTF-16 code units (as `String.prototype.slice`). */
  start: number;
  /** Index after the last character. */
  end: number;
}

/** Every kind, in the order they win when two findings overlap. */
export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = [
  'iban',
  'nir',
  'pesel',
  'payment_card',
  'email',
  'phone',
  'secret',
  'account_name',
];

const WORD = '\\p{L}\\p{N}';

// ---- e-mail -------------------------------------------------------------------------

/** An address; not a SIP address (`sip:204@pbx.firma.local` names an extension). */
const EMAIL = new RegExp(`(?<![${WORD}._%+-]|sips?:)[${WORD}._%+-]+@[${WORD}-]+(?:\\.[${WORD}-]+)+`, 'gu');
/** "jan.kowalski (at) firma (dot) pl", "jan [at] firma.pl", "jan małpa firma kropka pl", "jean arobase site point fr". */
const SPELLED_EMAIL = new RegExp(
  `(?<![${WORD}._-])[${WORD}._+-]+\\s*(?:[\\[({]\\s*(?:at|małpa|arobase)\\s*[\\])}]|\\s(?:małpa|arobase)\\s)\\s*` +
    `[${WORD}-]+(?:(?:\\s*[\\[({]\\s*(?:dot|kropka|point)\\s*[\\])}]\\s*|\\s(?:dot|kropka|point)\\s|\\.)[${WORD}-]+)+`,
  'giu',
);

// ---- everything together -------------------------------------------------------------

function matches(text: string, pattern: RegExp, kind: PersonalDataKind): PersonalDataFinding[] {
  return [...text.matchAll(pattern)].map((m) => ({ kind, start: m.index, end: m.index + m[0].length }));
}

/**
 * Finds personal data in `text`: e-mail addresses, phone numbers (international
 * forms; Polish, French, British, German, North American... national forms),
 * account names of the kit's pattern, PESEL,
 * French social security numbers, IBANs (and Polish account numbers), payment
 * card numbers, and passwords or secrets. Findings do not overlap (the more
 * specific kind wins) and come in text order.
 */
export function detectPersonalData(text: string): PersonalDataFinding[] {
  if (!text.trim()) return [];
  const all: PersonalDataFinding[] = [
    ...ibans(text),
    ...nirs(text),
    ...pesels(text),
    ...cards(text),
    ...matches(text, EMAIL, 'email'),
    ...matches(text, SPELLED_EMAIL, 'email'),
    ...phones(text),
    ...secrets(text),
    ...accountNames(text),
  ];
  const rank = (kind: PersonalDataKind) => PERSONAL_DATA_KINDS.indexOf(kind);
  all.sort((a, b) => rank(a.kind) - rank(b.kind) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PersonalDataFinding[] = [];
  for (const finding of all) {
    if (kept.some((k) => finding.start < k.end && k.start < finding.end)) continue;
    kept.push(finding);
  }
  return kept.sort((a, b) => a.start - b.start);
}
