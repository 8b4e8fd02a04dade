import type { PersonalDataFinding } from './personal-data.js';
import { isNameOfSomething, namedBy } from './personal-data-context.js';

/**
 * Account names: the kit's pattern (6 to 32 letters, digits, dots, dashes,
 * underscores, starting with a letter) is also every long ordinary word, so a
 * token counts only with a sign that it names a person's account: a `live:`
 * prefix, a cue before it ("my login is", "nazwa konta", "pseudo"), or a
 * dot or underscore between lower-case words (`jan.kowalski`, `anna_nowak`), or
 * digits after letters (`piotr1985`). Not account names: words in capitals or
 * with capital initials joined by `_` or `-` (SIP profiles, queues, codes:
 * `Main_Office_2`, `ERR_SIP_403`), tokens without a lower-case letter, files,
 * domains, versions, products, identifiers made only of technical words
 * (`auto_topup_enabled`, `chan_sip`) or ending in a long hexadecimal number
 * (`req_8f3a2b1c9d7e`), and tokens that the word before names as
 * something else ("profile", "file", "setting", "queue", "dział", "champ"...).
 */

const WORD = '\\p{L}\\p{N}';

const ACCOUNT_TOKEN = new RegExp(
  `(?<![${WORD}._:@/-])(?:live:\\.?[A-Za-z0-9][A-Za-z0-9._-]{0,63}|[A-Za-z][A-Za-z0-9._-]{5,31})(?![${WORD}_@-]|[.:][${WORD}])`,
  'gu',
);
/** "my login is", "nazwa konta:", "mon pseudo est"... followed by the name. */
const ACCOUNT_CUE =
  /(?<![\p{L}])(?:account name|user ?name|login(?: name)?|nazwa logowania|nom de connexion|log-in|sign-in name|skype name|skype|nick(?:name)?|handle|nazw(?:a|ę|y) (?:konta|użytkownika)|nazwa skype|mój login|moja nazwa|pseudo|identifiant|nom d['’]utilisateur|nom de compte|signed in as|logged in as|zalogowany jako|zalogowana jako|connecté en tant que|connectée en tant que)(?![\p{L}])\s*(?:[:=–-]|is|to|jest|est|c['’]est)?\s*(?:(?:is|to|jest|est)\s+)?["'“„«]?\s*$/iu;
/** Words that name what follows as something other than an account. */
const NAMED_OTHERWISE =
  /^(?:profiles?|profil[ue]?|profilu|profils|file|files|fichiers?|plik[ui]?|settings?|ustawieni[ea]|paramètres?|parameters?|fields?|pol[ea]|champs?|queues?|kolejk[aię]|department|dział[u]?|services?|trunk|trunks?|variables?|zmienn[aą]|columns?|kolumn[aęy]|colonnes?|groups?|grup[aęy]|groupes?|templates?|szablon[u]?|modèles?|flags?|events?|zdarzeni[ea]|événements?|tags?|branch|tables?|tabel[aię]|attributes?|atrybut[u]?|attributs?|options?|opcj[aię]|bookmark|modules?|moduł[u]?|plugins?|drivers?|codecs?|kodek|coupon|promo|rabatowy|site|sites|team|zespół|équipe|device|urządzeni[ea]|appareil)$/u;
/** Words of settings, code and files: an identifier made only of them is not an account name. */
const TECHNICAL = new Set(
  ('account accounts admin console config settings setting enabled disabled enable disable max min monthly daily weekly ' +
    'cap limit auto topup top up id type status sip chan pjsip iax trunk queue error err code log logs debug test tmp ' +
    'temp translation translations locale lang en pl fr de import export file data name number count total amount date ' +
    'time api url http https json csv xml default main backup button widget feature features flag mode level report ' +
    'reports field value key token password user users member members group groups click call dial callback voicemail ' +
    'v new old draft copy final list view page dev prod staging').split(' '),
);

function isTechnical(token: string): boolean {
  // A run of 8 or more hexadecimal digits mixing letters and digits: a machine identifier (req_8f3a2b1c9d7e).
  if (token.split(/[._-]/).some((part) => part.length >= 8 && /^[0-9a-f]+$/i.test(part) && /\d/.test(part) && /[a-f]/i.test(part))) return true;
  const words = token.toLowerCase().split(/[._-]+|\d+/).filter(Boolean);
  return words.length > 1 && words.every((w) => TECHNICAL.has(w));
}

export function accountNames(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const m of text.matchAll(ACCOUNT_TOKEN)) {
    const token = m[0].replace(/[._-]+$/, '');
    const start = m.index;
    const end = start + token.length;
    if (token.toLowerCase().startsWith('live:')) {
      found.push({ kind: 'account_name', start, end });
      continue;
    }
    if (token.length < 6) continue;
    const cued = ACCOUNT_CUE.test(text.slice(Math.max(0, start - 40), start));
    if (cued && /[a-z]/.test(token) && !/^[A-Z][a-z]+$/.test(token)) {
      found.push({ kind: 'account_name', start, end });
      continue;
    }
    const lower = token.toLowerCase();
    const joined = /[a-z][._][a-z0-9]/.test(lower); // jan.kowalski, anna_nowak
    const numbered = /^[a-z._-]{3,}\d{2,}$/.test(lower) || /^[a-z]{2,}\d+[a-z]+/.test(lower); // piotr1985, kasia22x
    if (!joined && !numbered) continue;
    if (!/[a-z]/.test(token) || isNameOfSomething(token) || isTechnical(token)) continue;
    if (/^[A-Za-z]+-[A-Za-z-]+$/.test(token)) continue; // click-to-call: hyphenated words
    if (namedBy(text, start, NAMED_OTHERWISE)) continue;
    found.push({ kind: 'account_name', start, end });
  }
  return found;
}
