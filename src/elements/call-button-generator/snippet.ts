/**
 * The call button's snippet, as text: the HTML a website pastes. Pure
 * functions, no DOM, so the exact output can be proven safe in Node with a
 * real HTML parser.
 *
 * Safety rests on three rules: every attribute value is double-quoted and
 * escaped, text content is escaped, and free text is cleaned first of what an
 * HTML parser would not give back as typed (control characters, line breaks,
 * lone surrogates).
 */

export type ButtonSize = 's' | 'm' | 'l';
export type ButtonLook = 'light' | 'dark';
export type ButtonLang = '' | 'en' | 'pl' | 'fr';

export interface ButtonSpec {
  /** The validated target: `skype:NAME?call[&video=true]` or `tel:+E164`. */
  href: string;
  /** Text of the link, shown before the script runs and where it never does. */
  linkText: string;
  /** The button's label; empty for the default in the button's language. */
  label: string;
  size: ButtonSize;
  look: ButtonLook;
  /** `#rrggbb`, or empty for the default colour. */
  color: string;
  /** Empty: the page's language. */
  lang: ButtonLang;
  /** `1-5 09:00-17:00, 6 10:00-14:00`, or empty: always open. */
  hours: string;
  /** IANA time zone of the hours. */
  tz: string;
  /** E.164 number called outside the hours, or empty. */
  fallback: string;
  /** Absolute URL of `call-button.js`. */
  scriptSrc: string;
}

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

const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' };

/** Escapes a value for a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (c) => ENTITIES[c]!);
}

/** Escapes text content. */
export function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (c) => ENTITIES[c]!);
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

/** Days (1 is Monday) and a daily time range, as the button's `hours` attribute. */
export function hoursAttribute(days: readonly number[], from: string, to: string): string {
  const sorted = [...new Set(days)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? `${sorted[i]} ${from}-${to}` : `${sorted[i]}-${sorted[j]} ${from}-${to}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** The `dk-call-button` attributes the spec needs, in a fixed order, defaults left out. */
export function buttonAttributes(spec: ButtonSpec): Array<[string, string]> {
  const attributes: Array<[string, string]> = [];
  if (spec.size !== 'm') attributes.push(['size', spec.size]);
  if (spec.look !== 'light') attributes.push(['look', spec.look]);
  if (spec.color) attributes.push(['color', spec.color]);
  const label = cleanText(spec.label);
  if (label) attributes.push(['label', label]);
  if (spec.lang) attributes.push(['lang', spec.lang]);
  if (spec.hours) {
    attributes.push(['hours', spec.hours]);
    if (spec.tz) attributes.push(['tz', spec.tz]);
    if (spec.fallback) attributes.push(['fallback', spec.fallback]);
  }
  return attributes;
}

/** The link alone: calls without any script, everywhere. */
export function linkSnippet(spec: ButtonSpec): string {
  const lang = spec.lang ? ` lang="${escapeAttribute(spec.lang)}"` : '';
  return `<a href="${escapeAttribute(spec.href)}"${lang}>${escapeText(cleanText(spec.linkText))}</a>`;
}

/** The script and the button, wrapping the link it upgrades. */
export function buttonSnippet(spec: ButtonSpec): string {
  const attributes = buttonAttributes(spec)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return [
    `<script type="module" src="${escapeAttribute(spec.scriptSrc)}"></script>`,
    `<dk-call-button${attributes}>`,
    `  <a href="${escapeAttribute(spec.href)}">${escapeText(cleanText(spec.linkText))}</a>`,
    `</dk-call-button>`,
  ].join('\n');
}
