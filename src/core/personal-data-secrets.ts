import type { PersonalDataFinding } from './personal-data.js';
import { isNameOfSomething, nearCue } from './personal-data-context.js';

/**
 * Passwords, PINs, keys and tokens. Three ways to find one:
 * - after a cue ("password", "hasło", "mot de passe", "PIN", "API key", "token"...),
 *   past the words that say whose it is ("temporary", "SIP", "do Wi-Fi"...), the
 *   value: anything after ":" or "=" or in brackets or quotes, something that is
 *   not a plain word after "is", "to", "jest", "est", "c'est", "na", "en", or right
 *   after the cue; or, further on in the same sentence, a token mixing three of
 *   lower case, capitals, digits and symbols ("The password I set was Kx9#mPq2");
 * - the shapes of well-known keys (`sk_live_`, `ghp_`, `xoxb-`, `AKIA`, `AIza`, JSON web tokens);
 * - long tokens of high entropy, the shape of generated keys.
 */

/** Cues; the weak ones ("pass", "key", "klucz", "clé") only right before ":" or "=". */
const SECRET_CUE =
  /(?<![\p{L}\p{N}_])(?:(passwords?|passwd|pwd|pass ?phrase|passcode|has(?:ł|l)(?:o|a|em|e)|mots? de passe|mdp|pin|api[ -]?keys?|klucz(?:a|em)? api|cl(?:é|e)s? (?:api|secr(?:è|e)tes?|d['’]api)|secrets?|sekret(?:u|em)?|tokens?|jetons?|bearer|access code|kod(?:u|em)? dostępu|code d['’]accès|code secret)|(pass|key|klucz|clé|cle))(?![\p{L}\p{N}_]|-\p{L})/giu;

/** Words between the cue and its value that say whose secret it is or what it opens. */
const FILLER = new Set([
  'my', 'our', 'your', 'the', 'a', 'an', 'for', 'of', 'admin', 'administrator', 'account', 'user', 'code', 'sip', 'voip',
  'wi-fi', 'wifi', 'temporary', 'new', 'old', 'current', 'initial', 'default', 'one-time', 'voicemail', 'manager',
  'mój', 'moje', 'nasze', 'twoje', 'do', 'dla', 'od', 'administratora', 'konta', 'użytkownika', 'kod', 'tymczasowe',
  'tymczasowy', 'nowe', 'stare', 'obecne', 'domyślne', 'początkowe', 'jednorazowe', 'poczty', 'głosowej', 'managera',
  'mon', 'ma', 'notre', 'votre', 'du', 'de', 'la', 'le', 'compte', "l'administrateur", 'l’administrateur', 'admina',
  'provisoire', 'temporaire', 'nouveau', 'nouvel', 'ancien', 'actuel', 'initial', 'messagerie', 'utilisateur',
]);
/** Words that link the cue to the value: "is", "to", "jest", "est", "c'est", "changed to" ("na", "en"). */
const BRIDGE = new Set(['is', 'was', 'to', 'into', 'jest', 'był', 'było', 'brzmi', 'wynosi', 'na', 'est', 'était', "c'est", 'c’est', 'en', 'par']);
/** Ordinary words that follow "password" in a sentence, never the password itself. */
const NOT_A_SECRET = new Set(
  [
    'reset', 'resets', 'field', 'page', 'link', 'change', 'changes', 'changed', 'rules', 'rule', 'policy', 'manager',
    'expired', 'expires', 'again', 'does', 'doesn', 'did', 'didn', 'was', 'were', 'the', 'and', 'but', 'for', 'with',
    'without', 'box', 'form', 'screen', 'step', 'request', 'requirements', 'strength', 'length', 'hint', 'too', 'not',
    'has', 'have', 'had', 'should', 'must', 'can', 'cannot', 'will', 'would', 'that', 'this', 'input', 'recovery',
    'prompt', 'dialog', 'email', 'e-mail', 'sent', 'works', 'work', 'there', 'here', 'when', 'then', 'which', 'you',
    'they', 'are', 'anymore', 'wrong', 'incorrect', 'invalid', 'correct', 'required', 'empty', 'hidden', 'masked',
    'none', 'missing', 'shown', 'visible', 'same', 'different', 'still', 'never', 'always', 'only', 'just', 'also',
    'jest', 'było', 'nie', 'się', 'przy', 'oraz', 'ani', 'jak', 'bez', 'dla', 'pole', 'polu', 'zmiana', 'zmiany',
    'zmienić', 'wygasło', 'wygasa', 'musi', 'może', 'powinno', 'jeszcze', 'znowu', 'ponownie', 'administratora',
    'konta', 'użytkownika', 'tymczasowe', 'zapomniane', 'też', 'także', 'wymaga', 'wymagania', 'brak', 'błędne',
    'nieprawidłowe', 'poprawne', 'wymagane', 'puste', 'ukryte', 'ukryty', 'przyszło', 'działa', 'które', 'który',
    'est', 'était', 'oublié', 'oubliée', 'pour', 'avec', 'sans', 'dans', 'champ', 'lien', 'changement', 'doit', 'peut',
    'pas', 'encore', 'réinitialisation', 'réinitialiser', 'temporaire', 'expiré', 'administrateur', 'compte', 'qui',
    'que', 'mais', 'aussi', 'trop', 'les', 'des', 'une', 'ne', 'il', 'faux', 'vide', 'masqué', 'obligatoire', 'aucun',
    'politique', 'ne', 'n', 'marche', 'fonctionne',
  ],
);

const OPEN_CLOSE: Record<string, string> = {
  '(': ')', '[': ']', '{': '}', '"': '"', "'": "'", '“': '”', '„': '”', '«': '»', '‘': '’', '`': '`',
};
const TRAILING = /[.,;:)\]}»”"'’]+$/u;

interface Candidate {
  start: number;
  end: number;
  /** After ":" or "=", or in quotes or brackets. */
  marked: boolean;
  /** After "is", "to", "jest"... */
  bridged: boolean;
}

/** The first value after a cue, past fillers and bridges; null when a sentence goes on instead. */
function valueAfter(text: string, from: number): Candidate | null {
  let i = from;
  let marked = false;
  let bridged = false;
  for (let step = 0; step < 7; step++) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    const c = text[i];
    if (c === undefined) return null;
    if (c === ':' || c === '=' || (/[-–—]/.test(c) && /\s/.test(text[i + 1] ?? ''))) {
      marked = true;
      i++;
      continue;
    }
    const close = OPEN_CLOSE[c];
    if (close) {
      const j = text.indexOf(close, i + 1);
      if (j < 0) return null;
      const inside = text.slice(i + 1, j);
      if (inside.trim() && !/\s/.test(inside.trim()) && inside.length <= 66) {
        const start = i + 1 + (inside.length - inside.trimStart().length);
        return { start, end: start + inside.trim().length, marked: true, bridged };
      }
      i = j + 1; // "(the one from the e-mail)": a remark, not the value
      continue;
    }
    const token = /^\S+/.exec(text.slice(i, i + 80))![0];
    const word = token.replace(TRAILING, '');
    const lower = word.toLowerCase();
    if (token.endsWith(':') && /^[\p{L}-]+$/u.test(word)) {
      // "Hasło tymczasowe: X", "password for admin: X"; "Password reset: didn't work" stops.
      if (NOT_A_SECRET.has(lower)) return null;
      marked = true;
      i += token.length;
      continue;
    }
    if (BRIDGE.has(lower) && word === token) {
      bridged = true;
      i += token.length;
      continue;
    }
    if (FILLER.has(lower) && word === token) {
      i += token.length;
      continue;
    }
    return { start: i, end: i + word.length, marked, bridged };
  }
  return null;
}

/** A word of a sentence, elided ones included ("d'un", "didn't"); not one with a capital inside. */
const isPlainWord = (word: string) =>
  /^\p{L}+(?:['’]\p{L}+)*$/u.test(word) && !(/\p{Lu}/u.test(word.slice(1)) && /\p{Ll}/u.test(word));

function isValue(value: string, { marked, bridged }: Candidate): boolean {
  const word = value.replace(/^(?:d|l|qu|n|s|j|c)['’](?=\p{L})/iu, ''); // "d'API", "l'article": elided words
  const lower = word.toLowerCase();
  if (word.length < 3 || !/[\p{L}\p{N}]/u.test(word) || /^[xX*•]+$/.test(word)) return false; // "********" is masked
  if (NOT_A_SECRET.has(lower) || NOT_A_SECRET.has(lower.split(/['’]/)[0]!)) return false;
  if (/^https?:|^www\.|@/.test(lower)) return false;
  if (marked) return true;
  if (isPlainWord(word) || isNameOfSomething(word)) return false;
  if (/^\d+$/.test(word)) return word.length >= 4;
  return bridged || /[\d\p{P}\p{S}]/u.test(word) || /\p{Lu}/u.test(word.slice(1));
}

/** Three of: lower case, capitals, digits, symbols, in 6 to 64 characters: the shape of a chosen password. */
function isStrong(word: string): boolean {
  if (word.length < 6 || word.length > 64 || isNameOfSomething(word) || /^https?:|^www\.|@/.test(word)) return false;
  return [/\p{Ll}/u, /\p{Lu}/u, /\d/, /[^\p{L}\p{N}]/u].filter((r) => r.test(word)).length >= 3;
}

/**
 * Past a cue whose value was not found at once, later in the same sentence:
 * a strong token, or a value right after "is" or ":" ("The PIN we use is 5512").
 */
function strongLater(text: string, from: number): PersonalDataFinding | null {
  const rest = text.slice(from, from + 240).split(/[.!?](?:\s|$)/)[0]!;
  let seen = 0;
  let bridge: Candidate | null = null;
  for (const m of rest.matchAll(/\S+/g)) {
    if (++seen > 8) break;
    const word = m[0].replace(TRAILING, '').replace(/^[("'“„«‘[]+/u, '');
    const start = from + m.index + m[0].indexOf(word);
    if (isStrong(word) || (bridge && isValue(word, bridge))) return { kind: 'secret', start, end: start + word.length };
    const lower = m[0].toLowerCase();
    bridge = BRIDGE.has(lower) ? { start, end: start, marked: false, bridged: true } : /:$/.test(m[0]) ? { start, end: start, marked: true, bridged: false } : null;
  }
  return null;
}

/** Prefixes and shapes of keys and tokens issued by well-known services. */
const KNOWN_KEYS =
  /(?<![\w-])(?:(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{10,}|gh[pousr]_[A-Za-z0-9]{20,}|xox[abpr]-[A-Za-z0-9-]{10,}|AKIA[A-Z0-9]{12,}|AIza[A-Za-z0-9_-]{30,}|glpat-[A-Za-z0-9_-]{20,}|eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)/g;
/** Words that say a long token is an identifier, not a key. */
const ID_CUE = /^(?:id|ids|trace|request|req|identyfikator|identyfikatora|żądania|identifiant|requête|ref|reference|uuid|hash|commit|sha|correlation|transaction|transakcji)$/u;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isHighEntropy(token: string): boolean {
  if (UUID.test(token) || /^https?:|^www\./i.test(token) || token.includes('@') || isNameOfSomething(token)) return false;
  if (/^[\d\s.,:/-]+$/.test(token)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(token)).length;
  const capitals = /[A-Z]/.test(token) && /[a-z]/.test(token);
  if (!(classes >= 3 && capitals) && !(classes >= 2 && /\d/.test(token) && token.length >= 24)) return false;
  const counts = new Map<string, number>();
  for (const c of token) counts.set(c, (counts.get(c) ?? 0) + 1);
  let entropy = 0;
  for (const n of counts.values()) entropy -= (n / token.length) * Math.log2(n / token.length);
  return entropy >= 3.5;
}

export function secrets(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const cue of text.matchAll(SECRET_CUE)) {
    const after = cue.index + cue[0].length;
    if (cue[2] && !/^\s*[:=]/.test(text.slice(after, after + 8))) continue;
    const candidate = valueAfter(text, after);
    const word = candidate ? text.slice(candidate.start, candidate.end) : '';
    if (candidate && isValue(word, candidate)) {
      found.push({ kind: 'secret', start: candidate.start, end: candidate.end });
      continue;
    }
    const later = strongLater(text, after);
    if (later) found.push(later);
  }
  for (const m of text.matchAll(KNOWN_KEYS)) found.push({ kind: 'secret', start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(/(?<![^\s"'“”„«»(])[A-Za-z0-9_\-+/=.!@#$%^&*~]{16,}(?=[\s"'“”„«»),;]|[.!?](?:\s|$)|$)/g)) {
    if (!isHighEntropy(m[0]) || nearCue(text, m.index, ID_CUE, 2)) continue;
    found.push({ kind: 'secret', start: m.index, end: m.index + m[0].length });
  }
  return found;
}
