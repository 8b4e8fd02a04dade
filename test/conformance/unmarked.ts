/**
 * Finds text an element shows that did not come from the catalogs: in the
 * pseudo-locale `en-XA` every catalog string is accented ("Šåṽé"), so a plain
 * ASCII letter left in a text node, or in an `aria-label`, `title` or
 * `placeholder`, is a string written into the code, or one the catalogs lack
 * (English by fallback). What is not the kit's to translate is let through:
 * the backend's data (names, e-mails, plans, as the mock sent them) and what
 * Intl writes in English (month and weekday names, relative times, region,
 * currency and language names, "am"/"pm").
 */
import { currencyCodes } from '../../src/core/regions.js';
import { worker } from '../support/browser.js';

/** The text-bearing attributes a reader hears or sees. */
const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt'];

/** Where text is code or data by the page's own word, not prose. */
const NOT_PROSE = 'style, script, template, code, pre, kbd, samp, [translate="no"]';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every string the mock backend sent since `collectBackendData()` was called, in JSON answers. */
const sent = new Set<string>();
let allowed: RegExp | undefined;

/**
 * Starts recording the strings of the backend's answers. Identifiers
 * (`active`, `voicemail`: lower case, no space) are left out: an element
 * showing one untranslated is what the walk must find.
 */
export function collectBackendData(): void {
  worker.events.on('response:mocked', ({ response }) => {
    // A refusal's words (problem+json) are the backend's English: the kit says it in its own.
    const type = response.headers.get('content-type') ?? '';
    if (!type.includes('json') || type.includes('problem')) return;
    void response
      .clone()
      .json()
      .then((body: unknown) => {
        const before = sent.size;
        const walk = (value: unknown): void => {
          if (typeof value === 'string') {
            if (/[A-Za-z]/.test(value) && !/^[a-z][a-z0-9_]*$/.test(value)) sent.add(value);
          } else if (Array.isArray(value)) value.forEach(walk);
          else if (value && typeof value === 'object') Object.values(value).forEach(walk);
        };
        walk(body);
        if (sent.size !== before) allowed = undefined;
      })
      .catch(() => undefined);
  });
}

/** What Intl writes in English for the pseudo-locale (it formats as English does), as patterns. */
function intlPatterns(): string[] {
  const words = new Set<string>();
  const names = (type: 'region' | 'currency' | 'language', codes: readonly string[]) => {
    const display = new Intl.DisplayNames(['en-GB'], { type, fallback: 'none' });
    for (const code of codes) {
      const name = display.of(code);
      if (name) words.add(escape(name));
    }
  };
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  names('region', letters.flatMap((a) => letters.map((b) => a + b)));
  const currencies = Intl.supportedValuesOf('currency');
  names('currency', currencies);
  names('language', ['en', 'pl', 'fr']);
  // The codes of currencies (the setup lists some Intl has no name for).
  for (const code of currencyCodes()) words.add(code);
  for (const code of currencies) {
    words.add(escape(code));
    words.add(escape(new Intl.NumberFormat('en-GB', { style: 'currency', currency: code }).format(0).replace(/[\d.,\s]/g, '')));
  }
  for (let i = 0; i < 12; i++) {
    const day = new Date(Date.UTC(2024, i, 1 + i));
    for (const style of ['long', 'short'] as const) {
      words.add(escape(day.toLocaleString('en-GB', { month: style, timeZone: 'UTC' })));
      words.add(escape(day.toLocaleString('en-GB', { weekday: style, timeZone: 'UTC' })));
    }
  }
  // Relative times, numbers as any number: "in 3 days", "2 months ago", "yesterday".
  const relative = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });
  for (const unit of ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const) {
    for (const n of [-3, -1, 0, 1, 3]) words.add(escape(relative.format(n, unit)).replace(/\d+/g, '\\d[\\d,.]*'));
  }
  // The words of Intl's lists ("a, b and c", "a or b"), between two items.
  for (const type of ['conjunction', 'disjunction'] as const) {
    const list = new Intl.ListFormat('en-GB', { type }).format(['1', '2', '3']);
    for (const word of list.match(/[A-Za-z]+/g) ?? []) words.add(`(?<=\\S\\s)${word}(?=\\s\\S)`);
  }
  // A time with its day period ("2 pm"), a compact number ("1.2K").
  words.add('(?<=\\d\\s?)(?:am|pm|AM|PM|K|M|B|T)');
  return [...words].filter(Boolean);
}

/** One pattern for everything let through, longest first so a name is taken whole. */
function allowedPattern(): RegExp {
  if (!allowed) {
    const all = [...[...sent].map(escape), ...intlPatterns()].sort((a, b) => b.length - a.length);
    allowed = new RegExp(`(?<![A-Za-z])(?:${all.join('|')})(?![A-Za-z])`, 'g');
  }
  return allowed;
}

/** Every shadow root under `host`, its own first. */
function shadowRoots(host: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    roots.push(root);
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return roots;
}

const shown = (el: Element): boolean =>
  el.closest('select, datalist') !== null || el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);

/**
 * The texts in `host`'s shadow roots (nested elements' included) that carry
 * plain letters once data and Intl's words are taken out, each with where it
 * is: empty when every string shown is from the catalogs.
 */
export function unmarkedText(host: Element): string[] {
  const pattern = allowedPattern();
  const found: string[] = [];
  const check = (text: string, where: Element, what: string) => {
    const rest = text.replace(pattern, '');
    if (/[A-Za-z]/.test(rest)) found.push(`<${where.localName}${where.id ? `#${where.id}` : ''}> ${what}: "${text.trim().slice(0, 80)}"`);
  };
  for (const root of shadowRoots(host)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || parent.closest(NOT_PROSE) || !shown(parent)) continue;
      check(node.textContent, parent, 'text');
    }
    for (const el of root.querySelectorAll('*')) {
      if (el.closest(NOT_PROSE) || !shown(el)) continue;
      for (const name of ATTRIBUTES) {
        const value = el.getAttribute(name);
        if (value) check(value, el, name);
      }
    }
  }
  return found;
}
