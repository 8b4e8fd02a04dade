// The demo intranet page (index.html with mocks/demo/), driven with its own
// markup: the language switch, the pseudo-locale, and the page shown.
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../index.html?raw';
import { showSipNotice, startDemo } from '../../mocks/demo/page.js';
import { find } from '../support/dom.js';
import { eventsAtDocument, mockBackend, t } from '../support/browser.js';

mockBackend({ namespaces: ['manager', 'setup', 'common', 'errors', 'validation'], scenario: 'fresh', instant: true });

const WAIT = { timeout: 20_000, interval: 20 };
const WIDGETS = 'dk-sip-profiles, dk-members, dk-reports, dk-call-button-generator, dk-help-center';

/** The demo page's body, without its script (the test runs the page's code itself). */
function layPage(): void {
  const page = new DOMParser().parseFromString(indexHtml, 'text/html');
  document.body.replaceChildren(...[...page.body.children].map((child) => document.importNode(child, true)));
}

/** A storage that forgets, standing in for localStorage. */
function memoryStorage(initial: Record<string, string> = {}): Pick<Storage, 'getItem' | 'setItem'> & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (key) => data[key] ?? null, setItem: (key, value) => void (data[key] = value) };
}

const select = () => document.querySelector<HTMLSelectElement>('#language')!;
function choose(value: string): void {
  select().value = value;
  select().dispatchEvent(new Event('change', { bubbles: true }));
}

afterEach(() => {
  document.documentElement.lang = 'en';
  document.body.replaceChildren();
});

describe('the demo page', () => {
  it('keeps a language chosen while the page loads', async () => {
    layPage();
    const storage = memoryStorage({ 'dialkit-demo-lang': 'pl' });
    let loaded!: () => void;
    const running = startDemo(document, { params: new URLSearchParams(), storage, start: () => new Promise<void>((resolve) => (loaded = resolve)) });
    // Before the backend and the kit are in: the stored language shows, and the switch already works.
    expect(document.documentElement.lang).toBe('pl');
    choose('fr');
    expect(document.documentElement.lang).toBe('fr');
    loaded();
    await running;
    expect(document.documentElement.lang).toBe('fr');
    expect(select().value).toBe('fr');
    expect(storage.data['dialkit-demo-lang']).toBe('fr');
    expect(document.querySelector('#console h1')!.textContent).toBe(t('fr', 'demo:heading'));
  });

  it('offers the pseudo-locale in the language switch', async () => {
    layPage();
    await startDemo(document, { params: new URLSearchParams(), storage: memoryStorage(), preferred: 'en-GB', start: async () => {} });
    const option = select().querySelector<HTMLOptionElement>('option[value="en-XA"]');
    expect(option?.textContent).toBe(t('en', 'demo:pseudoLocale'));
    choose('fr');
    expect(option?.textContent).toBe(t('fr', 'demo:pseudoLocale'));
    choose('en-XA');
    expect(document.documentElement.lang).toBe('en-XA');
    expect(select().value).toBe('en-XA');
  });

  it('makes no widget of the hidden page on the console page: under ?scenario=fresh nothing fails unseen', async () => {
    layPage();
    const errors = eventsAtDocument(['dk-error']);
    await startDemo(document, {
      params: new URLSearchParams('scenario=fresh'),
      storage: memoryStorage(),
      start: async () => void (await import('../../src/all.js')),
    });
    expect(document.querySelector<HTMLElement>('#widgets')!.hidden).toBe(true);
    expect(document.querySelectorAll(WIDGETS)).toHaveLength(0);
    const manager = document.querySelector('dk-manager')!;
    const setup = await find(manager.shadowRoot!, 'dk-setup', 8000);
    await find(setup.shadowRoot!, 'form', 8000);
    expect(errors).toEqual([]);
  });

  it('makes the widgets when their page is shown, in the language chosen', async () => {
    layPage();
    await startDemo(document, {
      params: new URLSearchParams('page=widgets&scenario=fresh'),
      storage: memoryStorage({ 'dialkit-demo-lang': 'pl' }),
      start: async () => void (await import('../../src/all.js')),
    });
    expect(document.querySelector<HTMLElement>('#widgets')!.hidden).toBe(false);
    expect(document.querySelector<HTMLElement>('#console')!.hidden).toBe(true);
    expect(document.querySelectorAll(WIDGETS)).toHaveLength(5);
    expect(document.querySelector('#widgets h1')!.textContent).toBe(t('pl', 'demo:widgetsHeading'));
    expect(document.querySelector('[data-page="widgets"]')!.getAttribute('aria-current')).toBe('page');
    await vi.waitFor(() => expect(document.querySelector('dk-sip-profiles')!.shadowRoot).not.toBeNull(), WAIT);
  });

  it('without a SIP server, says what to install where calls are made and answered, in the language chosen; with one, says nothing', async () => {
    layPage();
    await startDemo(document, {
      params: new URLSearchParams('page=widgets&scenario=fresh'),
      storage: memoryStorage({ 'dialkit-demo-lang': 'fr' }),
      start: async () => undefined,
    });
    const install = 'sudo apt-get install kamailio kamailio-websocket-modules';
    showSipNotice(document, install);
    const notices = [...document.querySelectorAll<HTMLElement>('[data-sip-missing]')];
    // One on each page: beside the console, and beside the softphone among the widgets.
    expect(notices).toHaveLength(2);
    const shown = document.querySelector<HTMLElement>('#widgets [data-sip-missing]')!;
    expect(shown.hidden).toBe(false);
    expect(shown.querySelector('[data-text]')!.textContent).toBe(t('fr', 'demo:sipMissing'));
    expect(shown.querySelector('code')!.textContent).toBe(install);
    showSipNotice(document, null);
    expect(notices.every((notice) => notice.hidden)).toBe(true);
  });
});
