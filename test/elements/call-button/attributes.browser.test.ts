// What dk-call-button does with each attribute it reads when the value is
// wrong: it ignores that value (the button works as without the attribute),
// says so once in the console, and the link keeps working. And what happens
// when something throws anyway: the visitor still has the link.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import '../../../src/elements/call-button/define.js';
import type { DkCallButton } from '../../../src/elements/call-button/call-button.js';

const SCRIPT = '/src/elements/call-button/define.ts';
const HREF = 'skype:kowalski.dupont?call';
// Wednesday 25 November 2026: 11:00 in Warsaw (open), then 20:00 (closed).
const open = new Date('2026-11-25T10:00:00Z');
const evening = new Date('2026-11-25T19:00:00Z');
const BLUE = 'rgb(11, 87, 208)';

let warn: MockInstance<typeof console.warn>;
let pageErrors: string[];
const recordError = (event: ErrorEvent | PromiseRejectionEvent) =>
  pageErrors.push(String('message' in event ? event.message : event.reason));

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  pageErrors = [];
  window.addEventListener('error', recordError);
  window.addEventListener('unhandledrejection', recordError);
});

afterEach(() => {
  window.removeEventListener('error', recordError);
  window.removeEventListener('unhandledrejection', recordError);
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** A button made through the DOM (no markup parsing), in a container with `lang`. */
function mount(attributes: Record<string, string>, { lang = 'en', href = HREF, text = 'Call us' } = {}): DkCallButton {
  const container = document.body.appendChild(document.createElement('div'));
  container.lang = lang;
  const button = document.createElement('dk-call-button');
  for (const [name, value] of Object.entries(attributes)) button.setAttribute(name, value);
  const link = button.appendChild(document.createElement('a'));
  link.setAttribute('href', href);
  link.textContent = text;
  container.append(button);
  return button;
}
const linkOf = (button: Element) => button.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="button"]')!;
const partOf = (button: Element, part: string) => button.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!;
const warnings = () => warn.mock.calls.map((call) => String(call[0]));

/** The button shows a link that is visible, under the pointer, and calls `href`. */
function expectWorkingLink(button: DkCallButton, href = HREF): void {
  const link = linkOf(button);
  expect(link.getAttribute('href')).toBe(href);
  button.scrollIntoView();
  const box = link.getBoundingClientRect();
  expect(box.width).toBeGreaterThan(0);
  expect(box.height).toBeGreaterThan(0);
  // What a pointer at the link's left part would hit is the link (or its text, inside it).
  const hit = button.shadowRoot!.elementFromPoint(box.left + 12, box.top + box.height / 2);
  expect(hit?.closest('a')).toBe(link);
  // And a click on it is the link's own: nothing stops it.
  let clicked = '';
  const record = (event: MouseEvent) => {
    const anchor = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    clicked = event.defaultPrevented ? 'prevented' : (anchor?.getAttribute('href') ?? '');
    event.preventDefault(); // the test browser has no Skype to hand the call to
  };
  window.addEventListener('click', record, { once: true });
  link.click();
  expect(clicked).toBe(href);
}

/** What the page's minute tick and a `lang` change do: every button renders again (through the script's own observer). */
async function renderAll(): Promise<void> {
  const marker = document.body.appendChild(document.createElement('span'));
  marker.lang = 'xx';
  await new Promise((resolve) => setTimeout(resolve));
  marker.remove();
}

/** Renders again the ways the page does (attribute change, minute tick, explicit), then lets observers run. */
async function renderMore(button: DkCallButton): Promise<void> {
  button.setAttribute('data-unrelated', String(Math.random()));
  await renderAll();
  button.render();
  button.render(evening);
  button.render(open);
  await new Promise((resolve) => setTimeout(resolve, 20));
}

const colourOf = (button: DkCallButton) => getComputedStyle(linkOf(button)).backgroundColor;

describe('dk-call-button with one invalid attribute', () => {
  // Each: the attribute, a value it cannot use, and what the button does instead (as without it).
  const cases: Array<[string, string, (button: DkCallButton) => void]> = [
    ['size', 'xl', (b) => expect(getComputedStyle(b).fontSize).toBe('16px')],
    ['look', 'neon', (b) => expect(colourOf(b)).toBe(BLUE)],
    ['color', 'url(/__dk_probe__/alone.png)', (b) => {
      expect(colourOf(b)).toBe(BLUE);
      expect(getComputedStyle(linkOf(b)).backgroundImage).toBe('none');
    }],
    ['color', 'image-set(url(/__dk_probe__/alone-set.png) 1x)', (b) => expect(colourOf(b)).toBe(BLUE)],
    ['color', 'linear-gradient(red, blue)', (b) => expect(getComputedStyle(linkOf(b)).backgroundImage).toBe('none')],
    ['color', 'red;background:url(/__dk_probe__/alone-decl.png)', (b) => expect(colourOf(b)).toBe(BLUE)],
    ['hours', 'Mo-Fr 9-17', (b) => {
      b.render(evening);
      expect(partOf(b, 'note').textContent).toBe('');
      expect(linkOf(b).getAttribute('href')).toBe(HREF);
    }],
    ['hours', '1-5 09:00-17:00,', () => undefined],
    ['hours', '0-5 09:00-17:00', () => undefined],
    ['hours', '1-5 9:00-17:00', () => undefined],
    ['tz', 'Mars/Olympus', () => undefined],
    ['fallback', '0221234567', () => undefined],
    ['fallback', 'tel:+48221234567', () => undefined],
  ];

  for (const [name, value, asWithout] of cases) {
    it(`ignores ${name}="${value}", says so once, and the link works`, async () => {
      const button = mount({ [name]: value });
      await renderMore(button);
      expect(warnings()).toEqual([`dk-call-button ${name}=${value}`]);
      expect(pageErrors).toEqual([]);
      button.render(open);
      expectWorkingLink(button);
      asWithout(button);
    });
  }

  it('reads opening hours in the visitor’s zone when tz is invalid, as without tz', async () => {
    const hours = '1-5 09:00-17:00';
    const withBadZone = mount({ hours, tz: 'Europe/Warszawa' });
    const withoutZone = mount({ hours });
    for (const now of [open, evening, new Date('2026-11-28T12:00:00Z')]) {
      withBadZone.render(now);
      withoutZone.render(now);
      expect(partOf(withBadZone, 'note').textContent).toBe(partOf(withoutZone, 'note').textContent);
      expect(linkOf(withBadZone).getAttribute('href')).toBe(linkOf(withoutZone).getAttribute('href'));
    }
    expect(warnings()).toEqual(['dk-call-button tz=Europe/Warszawa']);
  });

  it('calls nothing outside opening hours when the fallback is invalid, as without one, and greys the button', async () => {
    const button = mount({ hours: '1-5 09:00-17:00', tz: 'Europe/Warsaw', fallback: '+48 22 123 45 67' });
    button.render(evening);
    expect(linkOf(button).hasAttribute('href')).toBe(false);
    expect(colourOf(button)).toBe('rgb(85, 85, 85)');
    expect(partOf(button, 'note').textContent).not.toBe('');
    button.render(open);
    expectWorkingLink(button);
    expect(warnings()).toEqual(['dk-call-button fallback=+48 22 123 45 67']);
  });

  it('speaks the page’s language when its own lang is one it does not speak (a valid lang: no warning)', async () => {
    const [german, odd, upper] = [mount({ lang: 'de' }, { lang: 'pl' }), mount({ lang: '!!' }, { lang: 'fr' }), mount({ lang: 'PL' }, { lang: 'fr' })];
    await renderMore(german!);
    expect(partOf(german!, 'label').textContent).toBe('Zadzwoń do nas');
    expect(partOf(odd!, 'label').textContent).toBe('Appelez-nous');
    // Language codes in lower case only: `PL` is not read, the page's language is.
    expect(partOf(upper!, 'label').textContent).toBe('Appelez-nous');
    expect(warnings()).toEqual([]);
    for (const button of [german!, odd!, upper!]) expectWorkingLink(button);
  });

  it('accepts every colour form, and nothing it reads can load anything', async () => {
    document.body.style.setProperty('--dk-probe', 'url(/__dk_probe__/var.png)');
    const colours: Array<[string, string | null]> = [
      ['#b3261e', 'rgb(179, 38, 30)'],
      ['rebeccapurple', 'rgb(102, 51, 153)'],
      ['rgb(0 100 0)', 'rgb(0, 100, 0)'],
      ['hsl(120deg 100% 20%)', 'rgb(0, 102, 0)'],
      ['color-mix(in srgb, red 50%, blue)', null],
      // A page variable that holds a url(): accepted as what it claims to be, a colour, and
      // then unusable as a background colour: no image, no request.
      ['var(--dk-probe)', null],
    ];
    const buttons = colours.map(([color]) => mount({ color }));
    for (const [i, [color, rgb]] of colours.entries()) {
      const style = getComputedStyle(linkOf(buttons[i]!));
      if (rgb) expect(style.backgroundColor, color).toBe(rgb);
      expect(style.backgroundImage, color).toBe('none');
      expect(style.borderImageSource, color).toBe('none');
    }
    await renderMore(buttons[0]!);
    expect(warnings()).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(performance.getEntriesByType('resource').filter((e) => e.name.includes('__dk_probe__'))).toEqual([]);
    document.body.style.removeProperty('--dk-probe');
  });

  it('keeps the page’s own --dk-call-button-color when it has no color attribute, through renders', async () => {
    const button = mount({});
    button.style.setProperty('--dk-call-button-color', 'rgb(0, 100, 0)');
    await renderMore(button);
    button.render(open);
    expect(colourOf(button)).toBe('rgb(0, 100, 0)');
  });

  it('says why once a page for one value, however many buttons and renders', async () => {
    const buttons = [mount({ tz: 'Nowhere/City' }), mount({ tz: 'Nowhere/City' }), mount({ tz: 'Other/City' })];
    for (const button of buttons) await renderMore(button);
    expect(warnings()).toEqual(['dk-call-button tz=Nowhere/City', 'dk-call-button tz=Other/City']);
  });
});

describe('dk-call-button with every attribute invalid at once', () => {
  const bad = {
    size: 'huge',
    look: 'glitter',
    color: 'url(/__dk_probe__/all.png)',
    lang: 'xx-invalid',
    hours: '24/7',
    tz: 'Atlantis/Capital',
    fallback: 'call me',
  };

  it('is the default button, calling its link, with one warning per bad attribute and no page error', async () => {
    const button = mount(bad, { lang: 'fr' });
    await renderMore(button);
    button.render(evening);
    expectWorkingLink(button);
    expect(partOf(button, 'label').textContent).toBe('Appelez-nous');
    expect(partOf(button, 'note').textContent).toBe('');
    expect(getComputedStyle(button).fontSize).toBe('16px');
    expect(colourOf(button)).toBe(BLUE);
    expect(warnings().sort()).toEqual(
      ['size', 'look', 'color', 'hours', 'tz', 'fallback'].map((name) => `dk-call-button ${name}=${bad[name as keyof typeof bad]}`).sort(),
    );
    expect(pageErrors).toEqual([]);
  });

  it('fixes itself when the attributes are fixed', async () => {
    const button = mount(bad, { lang: 'en' });
    button.setAttribute('hours', '1-5 09:00-17:00');
    button.setAttribute('tz', 'Europe/Warsaw');
    button.setAttribute('fallback', '+48221234567');
    button.setAttribute('color', '#b3261e');
    await new Promise((resolve) => setTimeout(resolve, 20));
    button.render(evening);
    expect(linkOf(button).getAttribute('href')).toBe('tel:+48221234567');
    expect(colourOf(button)).toBe('rgb(179, 38, 30)');
    expect(partOf(button, 'note').textContent).not.toBe('');
  });
});

/** A page of its own (its errors are its own), with the button script, and `setup` run first. */
async function page(setup: string, body: string, defines = true): Promise<Window & typeof globalThis & { errors: string[] }> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '600px';
  iframe.style.height = '300px';
  // Test fixture only: fixed markup written here. The first script records the page's errors.
  iframe.srcdoc = `<!doctype html><html lang="en"><body>
<script>window.errors = []; addEventListener('error', (e) => { errors.push(String(e.message)); e.preventDefault(); });</script>
<script>${setup}</script>
${body}
<script type="module" src="${SCRIPT}"></script></body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis & { errors: string[] };
  if (defines) await vi.waitFor(() => expect(win.customElements.get('dk-call-button')).toBeTruthy(), { timeout: 20_000, interval: 50 });
  // Module scripts run after load; give the script (or its failure) time to happen.
  await new Promise((resolve) => setTimeout(resolve, defines ? 50 : 1000));
  return win;
}

describe('dk-call-button when something throws anyway', () => {
  // Open all week: the opening hours are read (through the clock) but never close the line.
  const snippet = `<dk-call-button hours="1-7 00:00-24:00" tz="Europe/Warsaw"><a href="${HREF}">Call us</a></dk-call-button>`;

  it('leaves the original link, visible and working, when it throws while upgrading', async () => {
    // Whatever may throw in a render: here the clock of the opening hours.
    const win = await page(`Date.prototype.toLocaleString = () => { throw new Error('clock broken'); };`, snippet);
    const button = win.document.querySelector('dk-call-button')!;
    expect(win.errors.some((e) => e.includes('clock broken'))).toBe(true);
    // No shadow root was made: the page shows the link as it wrote it.
    expect(button.shadowRoot).toBeNull();
    const link = button.querySelector('a')!;
    const box = link.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(0);
    expect(box.height).toBeGreaterThan(0);
    expect(win.document.elementFromPoint(box.left + 5, box.top + box.height / 2)).toBe(link);
    expect(link.getAttribute('href')).toBe(HREF);
    expect(link.textContent).toBe('Call us');
  });

  it('keeps the last button, calling the link, when a later render throws', async () => {
    const win = await page('', snippet);
    const button = win.document.querySelector('dk-call-button')!;
    const link = button.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!;
    expect(link.getAttribute('href')).toBe(HREF);
    win.Date.prototype.toLocaleString = () => {
      throw new Error('clock broken later');
    };
    button.setAttribute('label', 'Zadzwoń');
    await vi.waitFor(() => expect(win.errors.some((e) => e.includes('clock broken later'))).toBe(true), { timeout: 20_000 });
    expect(button.shadowRoot!.querySelector('[part="button"]')).toBe(link);
    expect(link.getAttribute('href')).toBe(HREF);
    const box = link.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(0);
    expect(button.shadowRoot!.elementFromPoint(box.left + 12, box.top + box.height / 2)?.closest('a')).toBe(link);
  });

  it('leaves plain links where constructed stylesheets are missing (the script stops before defining the tag)', async () => {
    const win = await page('window.CSSStyleSheet = undefined;', snippet, false);
    expect(win.errors.length).toBeGreaterThan(0);
    expect(win.customElements.get('dk-call-button')).toBeUndefined();
    const link = win.document.querySelector('dk-call-button a')!;
    expect(link.getBoundingClientRect().width).toBeGreaterThan(0);
    expect(link.getAttribute('href')).toBe(HREF);
  });
});
