/**
 * The pseudo-locale `en-XA`: English made to look foreign, for development and
 * tests. Every letter accented ("Save" -> "Šåṽé"), the text about 40% longer,
 * and markers at both ends ("⟦…⟧"), so that a page in `en-XA` shows at once a
 * string that is not from the catalogs (plain letters), one cut short (a
 * missing end marker) and a layout that cannot take longer words.
 *
 * Made from the English catalogs as they load: there are no `en-XA` files to
 * keep. What i18next reads is kept as it is: placeholders (`{{name}}`,
 * `{{count, number}}`), nesting (`$t(key)`); keys are not touched, so plural
 * suffixes and nested objects stay. This module is imported only when a page
 * asks for `en-XA`.
 */

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!,
  ]),
);

export const PSEUDO_START = '⟦';
export const PSEUDO_END = '⟧';

/** What i18next reads in a value: `{{…}}` placeholders and `$t(…)` nesting (one level of parentheses inside). */
const KEPT = /(\{\{[^}]*\}\}|\$t\((?:[^()]|\([^()]*\))*\))/;

/** Words appended to lengthen a text, accented like the rest. */
const PADDING = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen'.split(' ');

const accent = (text: string): string => text.replace(/[A-Za-z]/g, (c) => ACCENTED[c]!);

/** One value of a catalog in the pseudo-locale; an empty value stays empty. */
export function pseudoText(text: string): string {
  if (!text) return text;
  const parts = text.split(KEPT);
  // Odd parts are what i18next reads: kept as they are.
  const body = parts.map((part, i) => (i % 2 ? part : accent(part))).join('');
  const visible = parts.filter((_, i) => i % 2 === 0).join('').length;
  const padding: string[] = [];
  for (let added = 0, i = 0; added < Math.ceil(visible * 0.4); i++) {
    const word = PADDING[i % PADDING.length]!;
    padding.push(word);
    added += word.length + 1;
  }
  return `${PSEUDO_START}${body} ${accent(padding.join(' '))}${PSEUDO_END}`;
}

/**
 * A whole catalog in the pseudo-locale. Values under a `related` key are
 * identifiers (the ids of related help articles), not text, and are kept.
 */
export function pseudoCatalog(catalog: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown, key: string): unknown => {
    if (key === 'related') return value;
    if (typeof value === 'string') return pseudoText(value);
    if (Array.isArray(value)) return value.map((v) => convert(v, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, k)]));
    }
    return value;
  };
  return convert(catalog, '') as Record<string, unknown>;
}
