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

export { absoluteUrl } from './address.js';

export type ButtonSize = 's' | 'm' | 'l';
export type ButtonLook = 'light' | 'dark';
export type ButtonLang = '' | 'en' | 'pl' | 'fr';

export interface ButtonSpec {
  /** The validated target: `skype:NAME?call[&video=true]`, `sip:USER@HOST` ({@link sipAddress}) or `tel:+E164`. */
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
  /** The SIP over WebSocket endpoint the button calls from the browser ({@link wssUrl}), or absent: no web call. */
  ws?: string;
  /** The public API base the callback form posts to ({@link httpsUrl}), or absent: no callback form. */
  callback?: string;
}

/**
 * An absolute URL with `protocol`, as the snippet carries it: printable ASCII
 * only as typed, and none of `" ' < > \` \ { } | ^` (no space, control
 * character, quote, bracket or lookalike letter goes through the URL parser's
 * silent fixes), no user or password, no fragment, serialized by the URL
 * parser. Null otherwise.
 */
function strictUrl(text: string, protocol: 'wss:' | 'https:', search: boolean): string | null {
  const value = text.trim();
  if (!/^[\x21-\x7E]+$/.test(value) || /["'<>`\\{}|^]/.test(value)) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== protocol || !url.hostname || url.username || url.password || value.includes('#')) return null;
    if (!search && value.includes('?')) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** The SIP over WebSocket endpoint, `wss://` only (a website is served over https): serialized, or null. */
export const wssUrl = (text: string): string | null => strictUrl(text, 'wss:', true);

/** The public API base of the callback form, `https://` only, without query: serialized, or null. */
export const httpsUrl = (text: string): string | null => strictUrl(text, 'https:', false);

/**
 * A public SIP address as the button's link carries it: `sip:`, a user of
 * letters, digits, `. _ + -` or `%XX` (at most 64), `@`, a host name of ASCII
 * labels (no port, no parameters). A subset of what the button accepts
 * (`TARGET` in its rules), which the tests check.
 */
export const SIP_ADDRESS =
  /^sip:((?:[A-Za-z0-9._+-]|%[0-9A-Fa-f]{2}){1,64})@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)$/i;

/** A SIP address as typed, checked: `sip:user@host` with the scheme and host in lower case, or null. */
export function sipAddress(text: string): string | null {
  const match = SIP_ADDRESS.exec(text.trim());
  if (!match || match[2]!.length > 253) return null;
  return `sip:${match[1]}@${match[2]!.toLowerCase()}`;
}

/** The address a web call goes to by default: the account (percent-encoded, a `live:` id has a colon) at the SIP server's host. */
export const defaultSipAddress = (accountName: string, host: string): string => `sip:${encodeURIComponent(accountName)}@${host}`;

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
  if (spec.ws) attributes.push(['ws', spec.ws]);
  if (spec.callback) attributes.push(['callback', spec.callback]);
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
