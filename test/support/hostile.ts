/**
 * Hostile inputs: what an attacker, a broken backend or an unlucky
 * integrator may send. Every payload that would execute sets
 * `window.__dkPwned`; every one that would load something asks `evil.test`.
 */
export const PWNED = '__dkPwned';
export const EVIL_HOST = 'evil.test';

export const hostileStrings: readonly string[] = [
  // Script and event handlers
  `<script>window.${PWNED}=1</script>`,
  `<img src=x onerror="window.${PWNED}=1">`,
  `"><img src=x onerror=window.${PWNED}=1>`,
  `' onmouseover='window.${PWNED}=1' x='`,
  `" autofocus onfocus="window.${PWNED}=1`,
  `<svg onload=window.${PWNED}=1>`,
  `<iframe srcdoc="<script>parent.${PWNED}=1</script>"></iframe>`,
  // URL schemes
  `javascript:window.${PWNED}=1`,
  `JaVaScRiPt:window.${PWNED}=1`,
  `data:text/html,<script>parent.${PWNED}=1</script>`,
  `vbscript:msgbox(1)`,
  `//${EVIL_HOST}/x.js`,
  `https://${EVIL_HOST}/x.js`,
  // CSS functions and breaking out of style
  `url(https://${EVIL_HOST}/p.png)`,
  `image-set("https://${EVIL_HOST}/p.png" 1x)`,
  `red;background:url(https://${EVIL_HOST}/p.png)`,
  `</style><img src=x onerror=window.${PWNED}=1>`,
  `expression(window.${PWNED}=1)`,
  // Mutation XSS
  `<svg><style><img src=x onerror=window.${PWNED}=1></style></svg>`,
  `<noscript><p title="</noscript><img src=x onerror=window.${PWNED}=1>">`,
  `<math><mtext><table><mglyph><style><img src=x onerror=window.${PWNED}=1>`,
  // Template and translation syntax
  `{{constructor.constructor('window.${PWNED}=1')()}}`,
  `$t(common:retry)`,
  `{{profileName}} {{- html}}`,
  '${window.__dkPwned=1}',
  // Text that must stay text
  '\u202eevil.exe\u202c',
  '\u0000\u0008\u001b[31m',
  'Zażółć gęślą jaźń — «crème brûlée»',
  'x'.repeat(100_000),
];

/** Values of the wrong JSON type, where the contract has a string. */
export const wrongTypes: readonly unknown[] = [
  { toString: null, length: 3 },
  ['a', 'b'],
  42,
  true,
  null,
  { __proto__: { polluted: true } },
];

/** Where any payload would show itself: execution, a load, or markup it created. */
export function traces(): string[] {
  const found: string[] = [];
  if ((window as unknown as Record<string, unknown>)[PWNED]) found.push('a payload executed');
  for (const entry of performance.getEntriesByType('resource')) {
    // A request to the page's own backend may carry a payload, encoded, in its path or query.
    if (new URL(entry.name, location.href).hostname === EVIL_HOST) found.push(`loaded ${entry.name}`);
  }
  const walk = (root: Document | ShadowRoot | Element): void => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      if (el instanceof HTMLScriptElement && root !== document) found.push('a <script> inside an element');
      if (el.localName === 'iframe' || (el.localName === 'svg' && el.querySelector('style'))) found.push(`a <${el.localName}> made from data`);
      for (const attribute of el.getAttributeNames()) {
        if (/^on/i.test(attribute)) found.push(`an ${attribute} attribute on <${el.localName}>`);
        const value = el.getAttribute(attribute) ?? '';
        if (/^(href|src|action|formaction)$/i.test(attribute) && /^\s*(javascript|vbscript|data):/i.test(value)) {
          found.push(`${attribute}="${value.slice(0, 40)}" on <${el.localName}>`);
        }
      }
      if (el instanceof HTMLElement && /url\(|image-set/i.test(el.style.cssText)) found.push(`a URL in the style of <${el.localName}>`);
    }
  };
  walk(document);
  return found;
}

export function resetTraces(): void {
  delete (window as unknown as Record<string, unknown>)[PWNED];
  performance.clearResourceTimings();
}
