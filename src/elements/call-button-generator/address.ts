// The one rule of the snippet the form needs at its first paint, as the
// preview loads the button from the address the snippet gives (`snippet.ts`
// holds the rest, loaded with the form's later parts).

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
