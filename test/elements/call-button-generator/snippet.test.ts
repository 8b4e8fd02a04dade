import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import {
  absoluteUrl,
  buttonAttributes,
  buttonSnippet,
  cleanText,
  defaultSipAddress,
  escapeAttribute,
  escapeText,
  hoursAttribute,
  httpsUrl,
  linkSnippet,
  sipAddress,
  wssUrl,
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
/** What an admin might type in an address field: plausible addresses, and hostile ones. */
const hostileAddress = fc.constantFrom(
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)//wss://x',
  'data:text/html,<script>alert(1)</script>',
  'wss://sip.example.com/ws" onmouseover="alert(1)',
  "wss://sip.example.com/'><script>alert(1)</script>",
  'wss://sip.example.com/ws\n<script>alert(1)</script>',
  'wss://sip.example.com/w s',
  'wss://\u0455ip.example.com/ws', // a Cyrillic letter that looks Latin
  'wss://sip.example.com\u2028/ws',
  'wss://user:secret@sip.example.com/ws',
  'wss://sip.example.com/ws#<img src=x onerror=alert(1)>',
  'ws://sip.example.com/ws',
  'https://api.example.com/api?x="><script>',
  'https://api.example.com/`backtick`/<b>',
  'http://api.example.com/api',
  'sip:"><script>alert(1)</script>@example.com',
  'sip:sales@example.com;transport=ws',
  'sip:sales@example.com:5060',
  'sip:sa les@example.com',
  'sip:\u0455ales@example.com',
  'sips:sales@example.com',
  'sip:sales@exa\u006dple.com\n',
  '\u0000\r\n\t',
);
const anyAddress = fc.oneof(
  hostileAddress,
  anyText,
  fc.webUrl({ withQueryParameters: true, withFragments: true }).map((u) => u.replace(/^https?/, 'wss')),
  fc.webUrl({ withQueryParameters: true }).map((u) => u.replace(/^https?/, 'wss')),
  fc.webUrl().map((u) => u.replace(/^http:/, 'https:')),
  fc.webUrl({ withQueryParameters: true, withFragments: true }).map((u) => u.replace(/^http:/, 'https:')),
  fc.tuple(anyText, fc.domain()).map(([user, host]) => `sip:${user}@${host}`),
  fc.tuple(accountName, fc.domain()).map(([name, host]) => defaultSipAddress(name, host)),
);
/** A value the check accepts, or undefined. */
const checked = (check: (text: string) => string | null) => anyAddress.map((text) => check(text) ?? undefined);

const href = fc.oneof(
  fc.tuple(accountName, fc.boolean()).map(([name, video]) => `skype:${name}?call${video ? '&video=true' : ''}`),
  fc.stringMatching(/^\+[1-9][0-9]{6,14}$/).map((n) => `tel:${n}`),
  fc.tuple(accountName, fc.domain()).map(([name, host]) => sipAddress(defaultSipAddress(name, host))!),
  checked(sipAddress).map((a) => a ?? 'sip:sales@sip.example.com'),
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
  ws: checked(wssUrl),
  callback: checked(httpsUrl),
});

/** The values each attribute may hold: nothing else may reach the page. */
const SAFE_URL = /^[\x21-\x7E]+$/;
const UNSAFE = /["'<>`\\{}|^]/;
const ALLOWED: Record<string, (value: string) => boolean> = {
  size: (v) => /^[sl]$/.test(v),
  look: (v) => v === 'dark',
  color: (v) => /^#[0-9a-f]{6}$/.test(v),
  label: (v) => v === cleanText(v) && v !== '',
  lang: (v) => /^(en|pl|fr)$/.test(v),
  hours: (v) => /^[1-7](-[1-7])? \d\d:\d\d-\d\d:\d\d(, [1-7](-[1-7])? \d\d:\d\d-\d\d:\d\d)*$/.test(v),
  tz: (v) => /^[A-Za-z_/]+$/.test(v),
  fallback: (v) => /^\+[1-9]\d{6,14}$/.test(v),
  ws: (v) => v.startsWith('wss://') && SAFE_URL.test(v) && !UNSAFE.test(v) && !v.includes('#') && !/^wss:\/\/[^/]*@/.test(v),
  callback: (v) => v.startsWith('https://') && SAFE_URL.test(v) && !UNSAFE.test(v) && !/[?#]/.test(v) && !/^https:\/\/[^/]*@/.test(v),
};

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
        // Each attribute one the button knows, with a value of its kind.
        for (const { name, value } of button.attrs) expect(ALLOWED[name]?.(value), `${name}="${value}"`).toBe(true);
        expect(TARGET.test(attrs(inner[0]!)['href']!)).toBe(true);
        expect(attrs(button)['ws']).toBe(s.ws);
        expect(attrs(button)['callback']).toBe(s.callback);
      }),
      { numRuns: 400 },
    );
  });

  it('accepts as endpoint only a wss: URL, serialized, whatever was typed', () => {
    fc.assert(
      fc.property(anyAddress, (text) => {
        const ws = wssUrl(text);
        if (ws === null) return;
        expect(ALLOWED['ws']!(ws), ws).toBe(true);
        expect(new URL(ws).protocol).toBe('wss:');
        // What the snippet carries is what the check gives back for it.
        expect(wssUrl(ws)).toBe(ws);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts as public API only an https: URL without query or fragment, serialized, whatever was typed', () => {
    fc.assert(
      fc.property(anyAddress, (text) => {
        const url = httpsUrl(text);
        if (url === null) return;
        expect(ALLOWED['callback']!(url), url).toBe(true);
        expect(httpsUrl(url)).toBe(url);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts only SIP addresses the button calls, whatever was typed', () => {
    fc.assert(
      fc.property(anyAddress, (text) => {
        const address = sipAddress(text);
        if (address === null) return;
        expect(TARGET.test(address), address).toBe(true);
        expect(SAFE_URL.test(address) && !UNSAFE.test(address)).toBe(true);
        expect(sipAddress(address)).toBe(address);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses hostile addresses, and reads good ones', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,x', 'ws://sip.example.com/ws', 'https://sip.example.com/ws', 'wss://sip.example.com/w s',
      'wss://sip.exa\nmple.com/ws', 'wss://\u0455ip.example.com/ws', 'wss://u:p@sip.example.com/ws', 'wss://sip.example.com/ws#x', 'wss://', ''])
      expect(wssUrl(text), text).toBeNull();
    expect(wssUrl(' wss://SIP.example.com/ws ')).toBe('wss://sip.example.com/ws');
    expect(wssUrl('wss://sip.example.com/ws"><script>')).toBeNull();
    expect(wssUrl("wss://sip.example.com/ws'")).toBeNull();
    for (const text of ['http://api.example.com/api', 'javascript:alert(1)', 'data:,x', 'https://api.example.com/api?x=1', 'https://api.example.com/#x',
      'https://u@api.example.com/', 'https://\u0430pi.example.com/'])
      expect(httpsUrl(text), text).toBeNull();
    expect(httpsUrl('https://api.example.com/api')).toBe('https://api.example.com/api');
    for (const text of ['sip:"><script>alert(1)</script>@example.com', 'sip:sales@example.com;transport=ws', 'sip:sales@example.com:5060', 'sips:sales@example.com',
      'sip:sa les@example.com', 'sip:\u0455ales@example.com', 'sip:sales@\u0435xample.com', 'sip:@example.com', 'sip:sales@', 'javascript:alert(1)//@x.y', 'sip:a\n@x.y'])
      expect(sipAddress(text), text).toBeNull();
    expect(sipAddress('SIP:Sales@SIP.Example.COM')).toBe('sip:Sales@sip.example.com');
    expect(sipAddress(defaultSipAddress('live:kasia.nowak', 'sip.example.com'))).toBe('sip:live%3Akasia.nowak@sip.example.com');
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

  it('writes the web-calling attributes last, and the sip: link', () => {
    expect(buttonSnippet({ ...base, href: 'sip:sales@sip.example.com', ws: 'wss://sip.example.com/ws', callback: 'https://api.example.com/api' })).toBe(
      [
        '<script type="module" src="https://cdn.example.com/dialkit/call-button.js"></script>',
        '<dk-call-button ws="wss://sip.example.com/ws" callback="https://api.example.com/api">',
        '  <a href="sip:sales@sip.example.com">Call us</a>',
        '</dk-call-button>',
      ].join('\n'),
    );
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
