/**
 * Folds text for matching what a person types: case and diacritics are
 * ignored, so "lodz" finds "Łódź" and "helene" finds "Hélène".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLocaleLowerCase('en');
}

/** True when every word of `query` appears in one of `fields` (folded). An empty query matches. */
export function matchesQuery(query: string, ...fields: Array<string | null | undefined>): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldForSearch(fields.filter(Boolean).join(' '));
  return words.every((word) => haystack.includes(word));
}
