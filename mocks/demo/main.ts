/**
 * The demo intranet page: starts the mock backend in a service worker, then
 * loads the kit. `?scenario=empty|fresh|slow|failing|offline` picks another
 * mock scenario, `?page=widgets` the page with single widgets; the language
 * switch sets `<html lang>`, which every widget follows.
 */
import { startMockBackend } from '../browser.js';
import { i18n, translate } from '../../src/i18n/i18n.js';
import { toLocale, type Locale } from '../../src/i18n/locales.js';
import { isScenarioName } from '../scenarios.js';

const demoTexts = import.meta.glob<{ default: Record<string, string> }>('../../locales/*/demo.json', { eager: true });
for (const [path, module] of Object.entries(demoTexts)) {
  i18n.addResourceBundle(path.split('/').at(-2)!, 'demo', module.default);
}

const params = new URLSearchParams(location.search);
const scenario = params.get('scenario') ?? 'default';
await startMockBackend({ scenario: isScenarioName(scenario) ? scenario : 'default', quiet: true });
await import('../../src/all.js');

// One page of the intranet at a time; links keep the chosen scenario.
const page = params.get('page') === 'widgets' ? 'widgets' : 'console';
for (const main of document.querySelectorAll<HTMLElement>('[data-page-content]')) {
  main.hidden = main.dataset.pageContent !== page;
}
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-page]')) {
  if (link.dataset.page === page) link.setAttribute('aria-current', 'page');
  if (params.has('scenario')) {
    const url = new URL(link.href);
    url.searchParams.set('scenario', scenario);
    link.href = url.href;
  }
}

const select = document.querySelector<HTMLSelectElement>('#language')!;
const stored = toLocale(params.get('lang') ?? localStorage.getItem('dialkit-demo-lang') ?? navigator.language);

function setLanguage(locale: Locale): void {
  document.documentElement.lang = locale;
  select.value = locale;
  localStorage.setItem('dialkit-demo-lang', locale);
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) {
    el.textContent = translate(locale, `demo:${el.dataset.text}`);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-label]')) {
    el.setAttribute(el.tagName === 'IFRAME' ? 'title' : 'aria-label', translate(locale, `demo:${el.dataset.label}`));
  }
  document.title = translate(locale, 'demo:title');
}

select.addEventListener('change', () => setLanguage(toLocale(select.value) ?? 'en'));
setLanguage(stored ?? 'en');

// A log of the widgets' events, as a host page would listen to them.
const log = document.querySelector<HTMLOListElement>('#event-log')!;
const names = [
  'dk-account-linked', 'dk-account-unlinked', 'dk-number-added', 'dk-number-removed',
  'dk-manager-set-up', 'dk-manager-updated', 'dk-section-changed',
  'dk-member-invited', 'dk-invitation-resent', 'dk-invitation-cancelled', 'dk-member-moved',
  'dk-member-role-changed', 'dk-member-removed', 'dk-features-changed',
  'dk-credit-purchased', 'dk-credit-allocated', 'dk-credit-reclaimed', 'dk-auto-recharge-changed',
  'dk-subscription-purchased', 'dk-subscription-assigned', 'dk-number-purchased', 'dk-number-assigned',
  'dk-report-exported', 'dk-snippet-copied', 'dk-feedback-sent', 'dk-help-show', 'dk-error',
];
for (const name of names) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    item.textContent = `${name} ${JSON.stringify((event as CustomEvent).detail)}`;
    log.prepend(item);
    while (log.children.length > 50) log.lastElementChild!.remove();
  });
}
