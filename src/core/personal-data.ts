import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';

/**
 * Personal data in free text, found before the text leaves the browser (the
 * feedback box of a help article uses it to refuse to send what a reader
 * should not have typed).
 *
 * Each kind is found by its shape and then confirmed by its own rule, so that
 * ordinary sentences are not flagged: a PESEL by its checksum and date, a
 * French social security number (NIR) by its key, an IBAN by mod 97, a card
 * number by Luhn, a phone number by the numbering plan (libphonenumber-js),
 * an account name by the kit's account-name pattern plus a sign that it is
 * not an ordinary word (a dot, an underscore, digits, a `live:` prefix, or a
 * phrase such as "my login is").
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

const EMAIL = new RegExp(`(?<![${WORD}._%+-])[${WORD}._%+-]+@[${WORD}-]+(?:\\.[${WORD}-]+)+`, 'gu');
/** "jan.kowalski (at) firma (dot) pl", "jan [at] firma.pl", "jan małpa firma kropka pl", "jean arobase site point fr". */
const SPELLED_EMAIL = new RegExp(
  `(?<![${WORD}._-])[${WORD}._+-]+\\s*(?:[\\[({]\\s*(?:at|małpa|arobase)\\s*[\\])}]|\\s(?:małpa|arobase)\\s)\\s*` +
    `[${WORD}-]+(?:(?:\\s*[\\[({]\\s*(?:dot|kropka|point)\\s*[\\])}]\\s*|\\s(?:dot|kropka|point)\\s|\\.)[${WORD}-]+)+`,
  'giu',
);

// ---- phone numbers ----------------------------------------------------------------

const PHONE_COUNTRIES: readonly CountryCode[] = ['PL', 'FR'];
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** Runs of digits long enough to be a phone number, with the separators people type. */
const PHONE_CANDIDATE = /\+?\(?\d[\d\s().\/-]{4,}\d/g;

/**
 * The numbering plans are consulted only around runs of digits, not over the
 * whole text: the same answers, several times faster on long feedback.
 */
function phones(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const candidate of text.matchAll(PHONE_CANDIDATE)) {
    const from = Math.max(0, candidate.index - 1);
    const window = text.slice(from, candidate.index + candidate[0].length + 1);
    for (const country of PHONE_COUNTRIES) {
      for (const match of findPhoneNumbersInText(window, country)) {
        const start = from + match.startsAt;
        const end = from + match.endsAt;
        if (IPV4.test(text.slice(start, end)) || found.some((f) => f.start === start && f.end === end)) continue;
        found.push({ kind: 'phone', start, end });
      }
    }
  }
  return found;
}

// ---- national identifiers, bank accounts, cards ------------------------------------

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
  const length = IBAN_LENGTHS[compact.slice(0, 2)];
  if (length !== undefined && compact.length !== length) return false;
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
};

/**
 * IBAN candidates: a country code and check digits, then groups of letters and
 * digits (single spaces allowed between them). The longest run that passes
 * mod 97 wins. A Polish NRB (26 digits, often written without "PL") is tried
 * as a Polish IBAN.
 */
function ibans(text: string): PersonalDataFinding[] {
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

function cards(text: string): PersonalDataFinding[] {
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

// ---- passwords and secrets ---------------------------------------------------------

/** A word that says a secret follows: "password", "hasło", "mot de passe", "token", "PIN"... */
const SECRET_CUE =
  /(?<![\p{L}])(?:passwords?|passwd|pwd|pass ?phrase|passcode|has(?:ł|l)(?:o|a|em|e)|mot de passe|mdp|code pin|pin(?: code)?|kod pin|api[ -]?key|klucz(?: api)?|cl(?:é|e) (?:api|secr(?:è|e)te)|secret|sekret|token|code secret)(?![\p{L}])/giu;
/** What may stand between the cue and the value: "is", "to", "jest", "est", ":", "=", "my"... */
const SECRET_BRIDGE =
  /^(?:\s*(?:[:=–—-]|is|was|to|jest|było|brzmi|est|était|c'est|c’est|:)\s*|\s+)(?:(?:is|to|jest|est|was)\s+)?(["'“”„«»‘’]?)\s*([^\s"'“”„«»‘’]{3,64})/iu;
/** Ordinary words that follow "password" in a sentence, never the password itself. */
const NOT_A_SECRET = new Set(
  [
    // en
    'reset', 'field', 'page', 'link', 'change', 'changes', 'changed', 'rules', 'policy', 'manager', 'expired', 'expires',
    'again', 'does', 'doesn', 'did', 'didn', 'was', 'were', 'the', 'and', 'but', 'for', 'with', 'without', 'box', 'form',
    'screen', 'step', 'request', 'requirements', 'strength', 'hint', 'too', 'not', 'has', 'have', 'had', 'should',
    'must', 'can', 'cannot', 'will', 'would', 'that', 'this', 'input', 'recovery', 'prompt', 'dialog', 'email', 'e-mail',
    'sent', 'works', 'work', 'there', 'here', 'when', 'then', 'which', 'you', 'they', 'are', 'again.', 'anymore',
    // pl
    'jest', 'było', 'nie', 'się', 'przy', 'oraz', 'ani', 'jak', 'bez', 'dla', 'pole', 'polu', 'zmiana', 'zmiany',
    'zmienić', 'reset', 'wygasło', 'wygasa', 'musi', 'może', 'powinno', 'jeszcze', 'znowu', 'ponownie', 'link',
    'administratora', 'konta', 'użytkownika', 'tymczasowe', 'zapomniane', 'też', 'także', 'wymaga', 'wymagania',
    // fr
    'est', 'était', 'oublié', 'oubliée', 'pour', 'avec', 'sans', 'dans', 'champ', 'lien', 'changement', 'doit',
    'peut', 'pas', 'encore', 'réinitialisation', 'réinitialiser', 'temporaire', 'expiré', 'administrateur', 'compte',
    'qui', 'que', 'mais', 'aussi', 'trop', 'les', 'des', 'une', 'ne', 'il',
  ].map((w) => w.toLowerCase()),
);

const TRAILING = /[.,;:)]+$/u;

function looksLikeValue(value: string, separated: boolean, quoted: boolean): boolean {
  const word = value.replace(TRAILING, '');
  if (word.length < 3) return false;
  if (NOT_A_SECRET.has(word.toLowerCase())) return false;
  if (quoted || separated) return true;
  // Without ":" or quotes, only something that is plainly not a word of a sentence.
  return /\d/.test(word) || /[^\p{L}\p{N}]/u.test(word) || (/\p{Lu}/u.test(word.slice(1)) && /\p{Ll}/u.test(word));
}

/** Words that say whose secret it is ("the admin password ..."), skipped before the value. */
const SECRET_OWNER = new Set(
  ['my', 'our', 'the', 'admin', 'administrator', 'account', 'mój', 'moje', 'nasze', 'administratora', 'konta', 'do', 'dla',
    'mon', 'notre', 'du', 'de', 'compte', "l'administrateur", 'l’administrateur', 'admina',
    // "the temporary password ...", "le mot de passe provisoire ...", "hasło tymczasowe ..."
    'temporary', 'new', 'old', 'current', 'initial', 'default', 'provisoire', 'temporaire', 'nouveau', 'ancien',
    'actuel', 'tymczasowe', 'nowe', 'stare', 'obecne', 'domyślne', 'początkowe'],
);

function secrets(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const cue of text.matchAll(SECRET_CUE)) {
    let after = cue.index + cue[0].length;
    for (let skipped = 0; skipped <= 2; skipped++) {
      const bridge = SECRET_BRIDGE.exec(text.slice(after));
      if (!bridge) break;
      const value = bridge[2] ?? '';
      const valueEnd = after + bridge[0].length;
      const separated = /[:=–—-]/.test(bridge[0].slice(0, bridge[0].length - value.length));
      if (!separated && SECRET_OWNER.has(value.toLowerCase())) {
        after = valueEnd;
        continue;
      }
      if (looksLikeValue(value, separated, Boolean(bridge[1]))) {
        const trimmed = value.replace(TRAILING, '');
        found.push({ kind: 'secret', start: valueEnd - value.length, end: valueEnd - value.length + trimmed.length });
      }
      break;
    }
  }
  // Long tokens of mixed characters, the shape of generated keys and passwords.
  for (const m of text.matchAll(/(?<![^\s"'“”„«»(])[A-Za-z0-9_\-+/=.!@#$%^&*~]{16,}(?=[\s"'“”„«»),;]|[.!?](?:\s|$)|$)/g)) {
    const token = m[0];
    if (!isHighEntropy(token)) continue;
    found.push({ kind: 'secret', start: m.index, end: m.index + token.length });
  }
  return found;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isHighEntropy(token: string): boolean {
  if (UUID.test(token) || /^https?:|^www\./i.test(token) || token.includes('@')) return false;
  if (/^[\d\s.,:/-]+$/.test(token)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(token)).length;
  if (classes < 3 && !(classes === 2 && /\d/.test(token) && token.length >= 24)) return false;
  // Words joined by dashes, dots or underscores (a file name, a path, an account name) are not keys.
  if (/^(?:[A-Za-z]{2,}[-_./])+[A-Za-z]{2,}\d{0,4}$/.test(token)) return false;
  const counts = new Map<string, number>();
  for (const c of token) counts.set(c, (counts.get(c) ?? 0) + 1);
  let entropy = 0;
  for (const n of counts.values()) entropy -= (n / token.length) * Math.log2(n / token.length);
  return entropy >= 3.5;
}

// ---- account names ----------------------------------------------------------------

/** A word of the account-name pattern (6 to 32, starting with a letter), standing alone. */
const ACCOUNT_TOKEN = new RegExp(
  `(?<![${WORD}._:@/-])(?:live:\\.?[A-Za-z0-9][A-Za-z0-9._-]{0,63}|[A-Za-z][A-Za-z0-9._-]{5,31})(?![${WORD}_@-]|[.:][${WORD}])`,
  'gu',
);
/** "my login is", "nazwa konta:", "mon pseudo est"... followed by the name. */
const ACCOUNT_CUE =
  /(?<![\p{L}])(?:account name|user ?name|login|log-in|sign-in name|skype name|nick(?:name)?|handle|nazw(?:a|ę|y) (?:konta|użytkownika)|nazwa skype|mój login|moja nazwa|pseudo|identifiant|nom d['’]utilisateur|nom de compte)(?![\p{L}])\s*(?:[:=–-]|is|to|jest|est|c['’]est)?\s*(?:(?:is|to|jest|est)\s+)?["'“„«]?\s*$/iu;
const FILE_EXTENSIONS =
  /\.(?:pdf|csv|xlsx?|docx?|odt|ods|txt|png|jpe?g|gif|svg|webp|zip|json|xml|html?|js|ts|css|mp3|mp4|wav|log|exe|msi|dmg|apk|ini|cfg|conf|pptx?)$/i;
const TLDS = /\.(?:com|pl|fr|net|org|eu|io|de|uk|info|biz|gov|edu|be|ch|ca|us|app|dev|co|local|lan)$/i;
/** Products that readers name with a number glued on ("Windows11", "Office365"): not account names. */
const PRODUCT_WORDS =
  /^(?:windows|win|office|iphone|ipad|android|chrome|chromium|firefox|safari|edge|ios|macos|osx|ubuntu|debian|galaxy|pixel|xiaomi|huawei|redmi|excel|outlook|teams|asterisk|freepbx|yealink|polycom|cisco|grandstream|snom|gigaset|panasonic|fritzbox|python|java|html|http|https|utf|unicode|covid|ipv|mpeg|model|version|wersja|build|rfc|iso|win)\d/i;

function accountNames(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const m of text.matchAll(ACCOUNT_TOKEN)) {
    const token = m[0];
    const start = m.index;
    const end = start + token.length;
    if (token.toLowerCase().startsWith('live:')) {
      found.push({ kind: 'account_name', start, end });
      continue;
    }
    const cued = ACCOUNT_CUE.test(text.slice(Math.max(0, start - 40), start));
    if (cued && /[a-z]/.test(token) && !/^[A-Z][a-z]+$/.test(token)) {
      found.push({ kind: 'account_name', start, end });
      continue;
    }
    if (FILE_EXTENSIONS.test(token) || TLDS.test(token) || PRODUCT_WORDS.test(token)) continue;
    if (/^[A-Za-z]\d+(?:[.-]\d+)*$/.test(token)) continue; // v1.2.3, a version
    if (/^[A-Za-z]+-[A-Za-z-]+$/.test(token)) continue; // click-to-call: hyphenated words
    const lower = token.toLowerCase();
    const joined = /[a-z][._][a-z0-9]/.test(lower); // jan.kowalski, anna_nowak
    const numbered = /^[a-z._-]{3,}\d{2,}$/.test(lower) || /^[a-z]{2,}\d+[a-z]+/.test(lower); // piotr1985, kasia22x
    if (joined || numbered) found.push({ kind: 'account_name', start, end });
  }
  return found;
}

// ---- everything together -------------------------------------------------------------

function matches(text: string, pattern: RegExp, kind: PersonalDataKind): PersonalDataFinding[] {
  return [...text.matchAll(pattern)].map((m) => ({ kind, start: m.index, end: m.index + m[0].length }));
}

/**
 * Finds personal data in `text`: e-mail addresses, phone numbers (Polish,
 * French and international forms), account names of the kit's pattern, PESEL,
 * French social security numbers, IBANs (and Polish account numbers), payment
 * card numbers, and passwords or secrets. Findings do not overlap (the more
 * specific kind wins) and come in text order.
 */
export function detectPersonalData(text: string): PersonalDataFinding[] {
  if (!text.trim()) return [];
  const all: PersonalDataFinding[] = [
    ...ibans(text),
    ...matches(text, NIR, 'nir').filter((f) => isNir(text.slice(f.start, f.end))),
    ...matches(text, PESEL, 'pesel').filter((f) => isPesel(text.slice(f.start, f.end))),
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
