import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import {
  absoluteUrl,
  buttonAttributes,
  buttonSnippet,
  cleanText,
  escapeAttribute,
  escapeText,
  hoursAttribute,
  linkSnippet,
  type ButtonSpec,
} from '../../../src/elements/call-button-generator/snippet.js';
import { TARGET } from '../../../src/elements/call-button/rules.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (n: Node): n is Element => 'tagName' in n;
const elementsOf = (nodes: Node[]): Element[] => nodes.filter(isElement);
/** Every element in the tree, depth first. */
function allElements(nodes: Node[]): Element[] {
  return elementsOf(nodes).flatMap((e) => [e, ...allElements(e.childNodes)]);
}
const attrs = (e: Element) => Object.fromEntries(e.attrs.map((a) => [a.name, a.value]));
const textOf = (e: Element): string =>
  e.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : isElement(n) ? textOf(n) : '')).join('');

const base: ButtonSpec = {
  href: 'skype:kowalski.dupont?call',
  linkText: 'Call us',
  label: '',
  size: 'm',
  look: 'light',
  color: '',
  lang: '',
  hours: '',
  tz: '',
  fallback: '',
  scriptSrc: 'https://cdn.example.com/dialkit/call-button.js',
};

/** Text an admin might type: anything at all, with the nasty cases well represented. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '"><script>alert(1)</script>',
    "' onmouseover='alert(1)",
    '</a><img src=x onerror=alert(1)>',
    '</dk-call-button><script>alert(1)</script>',
    '&amp; &lt; &#x3c; &quot;',
    '<!-- comment -->',
    ']]><![CDATA[',
    '\u0000\r\n\t\u2028 Zadzwoń\u00a0!',
    'Appelez-nous\u00a0!',
    '\uD800 lone \uDFFF',
    '☎️ 👩🏽‍💼 עברית العربية',
  ),
);
const accountName = fc.oneof(
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9._-]{5,31}$/),
  fc.stringMatching(/^live:[A-Za-z0-9._-]{1,64}$/),
);
const href = fc.oneof(
  fc.tuple(accountName, fc.boolean()).map(([name, video]) => `skype:${name}?call${video ? '&video=true' : ''}`),
  fc.stringMatching(/^\+[1-9][0-9]{6,14}$/).map((n) => `tel:${n}`),
);
const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
const spec: fc.Arbitrary<ButtonSpec> = fc.record({
  href,
  linkText: anyText,
  label: anyText,
  size: fc.constantFrom('s', 'm', 'l'),
  look: fc.constantFrom('light', 'dark'),
  color: fc.oneof(fc.constant(''), hex),
  lang: fc.constantFrom('', 'en', 'pl', 'fr'),
  hours: fc.oneof(
    fc.constant(''),
    fc
      .tuple(fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1 }), fc.integer({ min: 0, max: 22 }))
      .map(([days, h]) => hoursAttribute(days, `${String(h).padStart(2, '0')}:00`, `${String(h + 1).padStart(2, '0')}:30`)),
  ),
  tz: fc.constantFrom('', 'Europe/Warsaw', 'Europe/Paris', 'America/New_York'),
  fallback: fc.oneof(fc.constant(''), fc.stringMatching(/^\+[1-9][0-9]{6,14}$/)),
  scriptSrc: fc
    .oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), anyText)
    .map((src) => absoluteUrl(src, 'https://console.example.com/admin/') ?? 'https://console.example.com/call-button.js'),
});

describe('call button snippet', () => {
  it('parses into exactly the script, the button with its attributes, and the link, for any input', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const tree = parseFragment(buttonSnippet(s));
        const top = elementsOf(tree.childNodes);
        expect(top.map((e) => e.tagName)).toEqual(['script', 'dk-call-button']);
        const [script, button] = top as [Element, Element];
        expect(attrs(script)).toEqual({ type: 'module', src: s.scriptSrc });
        expect(script.childNodes).toEqual([]);
        expect(button.attrs).toEqual(buttonAttributes(s).map(([name, value]) => ({ name, value })));
        const inner = elementsOf(button.childNodes);
        expect(inner.map((e) => e.tagName)).toEqual(['a']);
        expect(attrs(inner[0]!)).toEqual({ href: s.href });
        expect(textOf(inner[0]!)).toBe(cleanText(s.linkText));
        // Nothing else anywhere: no extra element, no handler attribute.
        expect(allElements(tree.childNodes)).toHaveLength(3);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the button the label exactly as it will be shown', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const button = elementsOf(parseFragment(buttonSnippet(s)).childNodes)[1]!;
        const label = cleanText(s.label);
        expect(attrs(button)['label']).toBe(label || undefined);
      }),
      { numRuns: 200 },
    );
  });

  it('makes the no-script variant exactly one link', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const tree = parseFragment(linkSnippet(s));
        const all = allElements(tree.childNodes);
        expect(all.map((e) => e.tagName)).toEqual(['a']);
        expect(attrs(all[0]!)).toEqual(s.lang ? { href: s.href, lang: s.lang } : { href: s.href });
        expect(textOf(all[0]!)).toBe(cleanText(s.linkText));
      }),
      { numRuns: 300 },
    );
  });

  it('only ever links to a target the button accepts', () => {
    fc.assert(
      fc.property(href, (h) => {
        expect(TARGET.test(h), h).toBe(true);
      }),
    );
  });

  it('escapes what a parser would read as markup', () => {
    expect(escapeAttribute(`a"b'c<d>e&f`)).toBe('a&quot;b&#39;c&lt;d&gt;e&amp;f');
    expect(escapeText('<b>&</b>')).toBe('&lt;b&gt;&amp;&lt;/b&gt;');
  });

  it('cleans free text to one line, keeping no-break spaces and everything printable', () => {
    expect(cleanText('  Call\r\n\tus  now ')).toBe('Call us now');
    expect(cleanText('Appelez-nous\u00a0!')).toBe('Appelez-nous\u00a0!');
    expect(cleanText('a\uD800b')).toBe('a\uFFFDb');
    expect(cleanText('👩🏽‍💼'.repeat(40))).toHaveLength([...'👩🏽‍💼'.repeat(40)].slice(0, 60).join('').length);
  });

  it('writes opening days as ranges', () => {
    expect(hoursAttribute([1, 2, 3, 4, 5], '09:00', '17:00')).toBe('1-5 09:00-17:00');
    expect(hoursAttribute([6, 1, 3, 2, 7], '10:00', '14:00')).toBe('1-3 10:00-14:00, 6-7 10:00-14:00');
    expect(hoursAttribute([4], '08:30', '12:00')).toBe('4 08:30-12:00');
  });

  it('leaves defaults out of the snippet', () => {
    expect(buttonSnippet(base)).toBe(
      [
        '<script type="module" src="https://cdn.example.com/dialkit/call-button.js"></script>',
        '<dk-call-button>',
        '  <a href="skype:kowalski.dupont?call">Call us</a>',
        '</dk-call-button>',
      ].join('\n'),
    );
  });
});
