/**
 * The demo intranet page: starts the mock backend in a service worker, then
 * loads the kit. `?scenario=empty|fresh|slow|failing|offline` picks another
 * mock scenario, `?page=widgets` the page with single widgets; the language
 * switch sets `<html lang>`, which every widget follows (`page.ts`). With
 * `npm start`, the company's web calls go to the demo's SIP server when
 * Kamailio is installed (scripts/demo-sip.ts); else the page says what to install.
 */
import { startMockBackend } from '../browser.js';
import { isScenarioName } from '../scenarios.js';
import sip from 'virtual:dialkit-demo-sip';
import { showSipNotice, startDemo } from './page.js';

// A log of the widgets' events, as a host page would listen to them.
const log = document.querySelector<HTMLOListElement>('#event-log')!;
const names = [
  'dk-account-linked', 'dk-account-unlinked', 'dk-number-added', 'dk-number-removed',
  'dk-manager-set-up', 'dk-manager-updated', 'dk-section-changed', 'dk-navigate',
  'dk-member-invited', 'dk-invitation-resent', 'dk-invitation-cancelled', 'dk-member-moved',
  'dk-member-role-changed', 'dk-member-removed', 'dk-features-changed',
  'dk-credit-purchased', 'dk-credit-allocated', 'dk-credit-reclaimed', 'dk-auto-recharge-changed',
  'dk-subscription-purchased', 'dk-subscription-assigned', 'dk-number-purchased', 'dk-number-assigned',
  'dk-report-exported', 'dk-snippet-copied', 'dk-feedback-sent', 'dk-help-show',
  'dk-softphone-state', 'dk-softphone-call', 'dk-softphone-line', 'dk-error',
];
for (const name of names) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    item.textContent = `${name} ${JSON.stringify((event as CustomEvent).detail)}`;
    log.prepend(item);
    while (log.children.length > 50) log.lastElementChild!.remove();
  });
}

const params = new URLSearchParams(location.search);
const scenario = params.get('scenario') ?? 'default';
await startDemo(document, {
  params,
  storage: localStorage,
  preferred: navigator.language,
  start: async () => {
    await startMockBackend({
      scenario: isScenarioName(scenario) ? scenario : 'default',
      quiet: true,
      webCalling: sip.state === 'running' ? { websocketUrl: sip.url, secret: sip.secret } : undefined,
    });
    await import('../../src/all.js');
  },
});
showSipNotice(document, sip.state === 'missing' ? sip.install : null);
