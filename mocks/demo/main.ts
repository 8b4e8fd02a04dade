/**
 * The demo intranet page: starts the mock backend in a service worker, then
 * loads the kit. `?scenario=empty|slow|failing|offline` picks another mock
 * scenario; the language switch sets `<html lang>`, which every widget follows.
 */
import { startMockBackend } from '../browser.js';
import { i18n, translate } from '../../src/i18n/i18n.js';
import { toLocale, type Locale } from '../../src/i18n/locales.js';
import type { ScenarioName } from '../scenarios.js';

const demoTexts = import.meta.glob<{ default: Record<string, string> }>('../../locales/*/demo.json', { eager: true });
for (const [path, module] of Object.entries(demoTexts)) {
  i18n.addResourceBundle(path.split('/').at(-2)!, 'demo', module.default);
}

const params = new URLSearchParams(location.search);
const scenario = (params.get('scenario') ?? 'default') as ScenarioName;
await startMockBackend({ scenario, quiet: true });
await import('../../src/dialkit.js');

const select = document.querySelector<HTMLSelectElement>('#language')!;
const stored = toLocale(params.get('lang') ?? localStorage.getItem('dialkit-demo-lang') ?? navigator.language);

function setLanguage(locale: Locale): void {
  document.documentElement.lang = locale;
  select.value = locale;
  localStorage.setItem('dialkit-demo-lang', locale);
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) {
    el.textContent = translate(locale, `demo:${el.dataset.text}`);
  }
  document.title = translate(locale, 'demo:title');
}

select.addEventListener('change', () => setLanguage(toLocale(select.value) ?? 'en'));
setLanguage(stored ?? 'en');

// A log of the widgets' events, as a host page would listen to them.
const log = document.querySelector<HTMLOListElement>('#event-log')!;
const names = ['dk-account-linked', 'dk-account-unlinked', 'dk-number-added', 'dk-number-removed', 'dk-error'] as const;
for (const name of names) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    item.textContent = `${name} ${JSON.stringify((event as CustomEvent).detail)}`;
    log.prepend(item);
  });
}
