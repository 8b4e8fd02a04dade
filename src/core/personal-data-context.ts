/**
 * What the words just before a value say it is: "ticket 4829103" and
 * "Zamówienie nr 60412937" name an identifier, "tel. 601 234 567" a phone, "profil SIP
 * Main_Office_2" a profile. Used by the personal-data guard to tell a value
 * from an identifier of the same shape.
 */

/** Words that stand between the naming word and the value: "nr", "number of", "the", "our"... */
const FILLERS = new Set([
  'nr', 'no', 'n°', 'n', 'num', 'number', 'numer', 'numeru', 'numéro', 'numero', '#', 'id', 'the', 'a', 'an', 'our', 'my',
  'your', 'this', 'of', 'is', 'was', 'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'un', 'une', 'mon', 'ma', 'notre',
  'votre', 'nasz', 'nasza', 'nasze', 'naszego', 'naszej', 'mój', 'moja', 'moje', 'mojego', 'mojej', 'to', 'jest', 'est',
  'called', 'named', 'nazwany', 'nazwie', 'o', 'appelé', 'nommé', 'sip', 'voip', 'pbx',
]);

/** The clause that ends at `index` (a sentence ends with . ! ? before a capital, or ; or a new line). */
function clauseBefore(text: string, index: number): string {
  const head = text.slice(Math.max(0, index - 80), index);
  const parts = head.split(/[.!?]\s+(?=\p{Lu})|[;\n]/u);
  return parts[parts.length - 1] ?? '';
}

/** The words before `index` in its clause, nearest first, lowercased. */
export function wordsBefore(text: string, index: number, count = 4): string[] {
  const words = clauseBefore(text, index).match(/[\p{L}\p{N}'’°#_-]+/gu) ?? [];
  return words
    .slice(-count)
    .reverse()
    .flatMap((w) => w.toLowerCase().split(/['’]/).reverse())
    .filter(Boolean);
}

/**
 * True when the first word before `index` that is not a filler ("nr", "the",
 * "SIP"...) matches `cue`. Only the nearest few words count.
 */
export function namedBy(text: string, index: number, cue: RegExp): boolean {
  for (const word of wordsBefore(text, index)) {
    if (FILLERS.has(word)) continue;
    return cue.test(word);
  }
  return false;
}

/** True when one of the nearest `count` words before `index` matches `cue`. */
export function nearCue(text: string, index: number, cue: RegExp, count = 4): boolean {
  return wordsBefore(text, index, count).some((word) => cue.test(word));
}

const FILE_EXTENSIONS =
  /\.(?:pdf|csv|xlsx?|docx?|odt|ods|txt|png|jpe?g|gif|svg|webp|zip|json|xml|html?|js|ts|css|mp3|mp4|wav|log|exe|msi|dmg|apk|ini|cfg|conf|pptx?|yaml|yml|md)$/i;
const DOMAIN = /^(?:[a-z0-9-]+\.)+(?:com|pl|fr|net|org|eu|io|de|uk|info|biz|gov|edu|be|ch|ca|us|app|dev|co|local|lan)$/i;
/** Products and standards that readers name with a number glued on ("Windows11", "Office365", "E.164"). */
const PRODUCT_WORDS =
  /^(?:windows|win|office|iphone|ipad|android|chrome|chromium|firefox|safari|edge|ios|macos|osx|ubuntu|debian|galaxy|pixel|xiaomi|huawei|redmi|excel|outlook|teams|asterisk|freepbx|yealink|polycom|cisco|grandstream|snom|gigaset|panasonic|fritzbox|python|java|html|http|https|utf|unicode|covid|ipv|mpeg|model|version|wersja|build|rfc|iso|win)\d/i;
/**
 * Words in capitals or with a capital initial, or numbers, joined by "_" or
 * "-": the names of SIP profiles, queues, departments and codes
 * (`Main_Office_2`, `Recepcja-Warszawa`, `ERR_SIP_403`, `INV-000123456`).
 */
const LABEL = /^(?:\p{Lu}[\p{Ll}\p{N}]*|\p{Lu}+|\p{N}+)(?:[_-](?:\p{Lu}[\p{Ll}\p{N}]*|\p{Lu}+|\p{N}+))+$/u;
const VERSION = /^(?:v\d+(?:\.\d+)*|[A-Za-z]{1,3}\.\d+(?:\.\d+)*|\d+(?:\.\d+)+)(?:-(?:rc|beta|alpha|dev)[\w.]*)?$/i;

/**
 * True when a token of letters, digits and punctuation names a thing rather
 * than a person or a secret: a file, a domain, a version, a product with its
 * number, or a label such as a SIP profile name.
 */
export function isNameOfSomething(token: string): boolean {
  return FILE_EXTENSIONS.test(token) || DOMAIN.test(token) || PRODUCT_WORDS.test(token) || LABEL.test(token) || VERSION.test(token);
}
