/**
 * The snippet's rules that the form needs at its first paint: the label as it
 * will appear, and the script's address as the snippet carries it (`snippet.ts`
 * holds the rest, loaded with the form's later parts). Pure functions, no DOM.
 */

/**
 * The script's address as the snippet carries it: absolute (the snippet runs
 * on another site) and serialized by the URL parser, which leaves no control
 * character, space, quote or bracket unencoded. Null when it is not a URL.
 */
export function absoluteUrl(src: string, base: string): string | null {
  try {
    const url = new URL(src, base);
    // A script websites load and the preview imports: http(s) only, never
    // `javascript:`, `data:` or `blob:`.
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Longest label, in code points: a button, not a paragraph. */
export const LABEL_MAX = 60;

/**
 * Free text as it will appear: one line, no control characters, no lone
 * surrogates, runs of spaces collapsed and trimmed, at most {@link LABEL_MAX} code
 * points. Everything else (quotes, brackets, any script or emoji) is kept.
 */
export function cleanText(value: string): string {
  const wellFormed = value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  const line = wellFormed.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ');
  // Only plain spaces are trimmed: a no-break space is typography ("Appelez-nous !").
  return [...line.replace(/^ +/, '')].slice(0, LABEL_MAX).join('').replace(/ +$/, '');
}
