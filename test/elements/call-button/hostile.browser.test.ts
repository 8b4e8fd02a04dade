// A corpus of hostile values put into every attribute dk-call-button reads
// and into its link's text: nothing is fetched, no script runs, text stays
// text, and the link keeps calling.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import '../../../src/elements/call-button/define.js';
import type { DkCallButton } from '../../../src/elements/call-button/call-button.js';

/** What the page's minute tick and a `lang` change do: every button renders again (through the script's own observer). */
async function renderAll(): Promise<void> {
  const marker = document.body.appendChild(document.createElement('span'));
  marker.lang = 'xx';
  await new Promise((resolve) => setTimeout(resolve));
  marker.remove();
}

declare global {
  interface Window {
    __dkPwned?: unknown;
  }
}

const HREF = 'sip:reception@pbx.example.com';
/** Same-origin URLs: the test server answers them (404), so any request shows in resource timing. */
const PROBE = '/__dk_probe__/';
const probe = (name: string) => `${PROBE}${name}.png`;
const PWN = 'window.__dkPwned=1';

const corpus: string[] = [
  `javascript:${PWN}`,
  `JaVaScRiPt:${PWN}//`,
  `data:text/html,<script>${PWN}</script>`,
  `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${PWN}"/>`,
  `url(${probe('url')})`,
  `url("${probe('url-quoted')}")`,
  `image-set(url(${probe('image-set')}) 1x)`,
  `-webkit-image-set(url(${probe('webkit-image-set')}) 1x)`,
  `cross-fade(url(${probe('cross-fade')}) 50%, red)`,
  `red url(${probe('shorthand')})`,
  `red;background:url(${probe('declaration')})`,
  `red}a{background:url(${probe('rule')})}`,
  `expression(${PWN})`,
  'var(--dk-hostile)',
  `var(--dk-missing, url(${probe('var-fallback')}))`,
  'attr(data-hostile)',
  `attr(data-hostile type(<url>), url(${probe('attr')}))`,
  `env(safe-area-inset-top, url(${probe('env')}))`,
  `" onmouseover="${PWN}`,
  `' onfocus='${PWN}' autofocus='`,
  `"><img src="${probe('img')}" onerror="${PWN}">`,
  `</a><script>${PWN}</script>`,
  `</dk-call-button><iframe src="javascript:${PWN}"></iframe>`,
  `<style>@import url(${probe('style-import')})</style>`,
  '\u202Eenil eht gnillac\u202C \u2066\u2067evil\u2069',
  '\u0000\u0008\r\n\t\u2028 zero\u200Bwidth',
  '{{x}}',
  '{{when}}',
  '$t(x)',
  '{{- x}} $t(callButton.label, {"lng":"pl"})',
  '%c%s%o dk %d',
  '__proto__',
  'constructor',
  'x'.repeat(100_000),
  `${'1-5 09:00-17:00, '.repeat(6000)}x`,
];
const ATTRIBUTES = ['size', 'look', 'color', 'label', 'lang', 'hours', 'tz', 'fallback'] as const;

const requested: string[] = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) requested.push(entry.name);
});
const pageErrors: string[] = [];
const recordError = (event: ErrorEvent) => pageErrors.push(String(event.message));
const warned: string[] = [];
let buttons: DkCallButton[] = [];

beforeAll(async () => {
  observer.observe({ type: 'resource', buffered: true });
  window.addEventListener('error', recordError);
  vi.spyOn(console, 'warn').mockImplementation((message: unknown) => void warned.push(String(message)));
  // A page variable a hostile colour could point at.
  document.body.style.setProperty('--dk-hostile', `url(${probe('page-variable')})`);
  document.body.dataset['hostile'] = probe('data-attribute');
  buttons = corpus.map((value) => {
    // Through the DOM, so the values reach the button as they are (no markup parsing here).
    const button = document.createElement('dk-call-button');
    button.dataset['hostile'] = probe('own-data-attribute');
    for (const name of ATTRIBUTES) button.setAttribute(name, value);
    const link = button.appendChild(document.createElement('a'));
    link.setAttribute('href', HREF);
    link.textContent = value;
    document.body.append(button);
    return button;
  });
  // Every way it renders again, then what a visitor does.
  await renderAll();
  for (const button of buttons) {
    button.render(new Date('2026-11-25T19:00:00Z'));
    button.render();
    for (const type of ['mouseover', 'mouseenter', 'focus', 'pointerdown']) {
      button.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
      button.shadowRoot?.querySelector('a')?.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
    }
  }
  // A positive control: the same kind of request, made on purpose, is seen.
  const control = document.body.appendChild(document.createElement('div'));
  control.style.cssText = 'width:10px;height:10px';
  control.style.backgroundImage = `url(${probe('control')})`;
  await vi.waitFor(() => expect(requested.some((name) => name.endsWith(probe('control')))).toBe(true), {
    timeout: 20_000,
    interval: 50,
  });
  // Time for anything else to load, had anything asked.
  await new Promise((resolve) => setTimeout(resolve, 500));
}, 60_000);

afterAll(() => {
  observer.disconnect();
  window.removeEventListener('error', recordError);
  vi.restoreAllMocks();
  document.body.replaceChildren();
  document.body.removeAttribute('style');
});

const linkOf = (button: Element) => button.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="button"]')!;
const partOf = (button: Element, part: string) => button.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!;

describe('dk-call-button fed hostile values', () => {
  it('fetches nothing: no request to any URL of the corpus, no image painted', () => {
    const hostile = requested.filter((name) => name.includes(PROBE) && !name.endsWith(probe('control')));
    expect(hostile).toEqual([]);
    for (const button of buttons) {
      const style = getComputedStyle(linkOf(button));
      expect(style.backgroundImage).toBe('none');
      expect(style.borderImageSource).toBe('none');
      expect(getComputedStyle(button).backgroundImage).toBe('none');
    }
  });

  it('runs no script', () => {
    expect(window.__dkPwned).toBeUndefined();
    // Nothing but the parts it always makes, and the link as the page wrote it.
    for (const button of buttons) {
      expect([...button.shadowRoot!.querySelectorAll('*')].map((e) => e.localName)).toEqual(['a', 'i', 'span', 'span']);
      expect([...button.querySelectorAll('*')].map((e) => e.localName)).toEqual(['a']);
    }
    expect(document.body.querySelectorAll('script, iframe, img, style')).toHaveLength(0);
  });

  it('renders text as text: the label and the link’s own text', () => {
    corpus.forEach((value, i) => {
      const button = buttons[i]!;
      const label = partOf(button, 'label');
      expect(label.childElementCount).toBe(0);
      // An empty-looking label is still the label as given (the attribute is set, so it wins).
      expect(label.textContent, value.slice(0, 40)).toBe(value);
      const link = button.querySelector('a')!;
      expect(link.childElementCount).toBe(0);
      expect(link.textContent).toBe(value);
    });
  });

  it('keeps the link calling, visible and clickable, in the page’s language', () => {
    for (const button of buttons) {
      button.render(new Date('2026-11-25T10:00:00Z'));
      const link = linkOf(button);
      expect(link.getAttribute('href')).toBe(HREF);
      expect(button.querySelector('a')!.getAttribute('href')).toBe(HREF);
      const box = link.getBoundingClientRect();
      expect(box.width).toBeGreaterThan(0);
      expect(box.height).toBeGreaterThan(0);
      let clicked = '';
      const record = (event: MouseEvent) => {
        const anchor = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
        clicked = event.defaultPrevented ? 'prevented' : (anchor?.getAttribute('href') ?? '');
        event.preventDefault();
      };
      window.addEventListener('click', record, { once: true });
      link.click();
      expect(clicked).toBe(HREF);
      expect(partOf(button, 'note').textContent).toBe('');
      expect(getComputedStyle(button).fontSize).toBe('16px');
    }
  });

  it('raises no page error, and names each value it ignores once, however often it renders', () => {
    expect(pageErrors).toEqual([]);
    const counts = new Map<string, number>();
    for (const message of warned) counts.set(message, (counts.get(message) ?? 0) + 1);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    for (const value of corpus) {
      // None of the corpus is a size, a look, opening hours, a time zone or a phone number.
      for (const name of ['size', 'look', 'hours', 'tz', 'fallback']) {
        expect(counts.get(`dk-call-button ${name}=${value}`), `${name}=${value.slice(0, 40)}`).toBe(1);
      }
      // A colour is what CSS calls one (a var() or an attr() included: the CSS only ever uses
      // it as a background or border colour, so it cannot load anything, as checked above).
      expect(counts.get(`dk-call-button color=${value}`) ?? 0, `color=${value.slice(0, 40)}`).toBe(CSS.supports('color', value) ? 0 : 1);
    }
  });

  it('ignores a hostile target: nothing to click, nothing shown, no script', async () => {
    for (const href of [`javascript:${PWN}`, `data:text/html,<script>${PWN}</script>`, `vbscript:${PWN}`, ` javascript:${PWN}`]) {
      const button = document.createElement('dk-call-button');
      const link = button.appendChild(document.createElement('a'));
      link.setAttribute('href', href);
      link.textContent = 'Call us';
      document.body.append(button);
      expect(button.hasAttribute('invalid')).toBe(true);
      expect(linkOf(button).hasAttribute('href')).toBe(false);
      expect(button.getClientRects()).toHaveLength(0);
      linkOf(button).click();
      expect(link.getAttribute('href')).toBe(href);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(window.__dkPwned).toBeUndefined();
  });
});
