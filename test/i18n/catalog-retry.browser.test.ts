// A catalog whose fetch failed loads at the next ask: a browser keeps a failed
// import's failure for its address, and the catalogs are imports. An element
// whose catalogs failed renders once they come, without a reload.
import { afterEach, expect, it } from 'vitest';
import { http, HttpResponse, passthrough } from 'msw';
import { html, type TemplateResult } from 'lit';
import { DialkitElement } from '../../src/elements/shared/base.js';
import { isLoaded, loadCatalogs, translate } from '../../src/i18n/i18n.js';
import { mockBackend, worker } from '../support/browser.js';
// As text: the module the kit imports must not be in the page already.
import plSetupText from '../../locales/pl/setup.json?raw';

mockBackend({ namespaces: [] });
afterEach(() => document.body.replaceChildren());

it('loads a catalog whose first fetch failed when it is asked for again', async () => {
  let fetches = 0;
  worker.use(http.get('*/locales/fr/sip.json', () => (++fetches === 1 ? HttpResponse.error() : passthrough())));
  await expect(loadCatalogs('fr', ['sip'])).rejects.toMatchObject({ code: 'network' });
  expect(isLoaded('fr', ['sip'])).toBe(false);
  await loadCatalogs('fr', ['sip']);
  expect(fetches).toBe(2);
  expect(isLoaded('fr', ['sip'])).toBe(true);
  expect(translate('fr', 'sip:title')).not.toBe(translate('en', 'sip:title'));
});

class Titled extends DialkitElement {
  static override namespaces = ['setup'];
  override render(): TemplateResult {
    return html`<h2>${this.i18n.t('title')}</h2>`;
  }
}
customElements.define('dk-test-titled', Titled);

it('renders an element whose catalogs failed to load once they come, as soon as the browser is back online', async () => {
  let fetches = 0;
  worker.use(http.get('*/locales/pl/setup.json', () => (++fetches <= 2 ? HttpResponse.error() : passthrough())));
  // Not awaited: its first update waits for its catalogs.
  const el = document.body.appendChild(Object.assign(document.createElement('dk-test-titled'), { lang: 'pl' })) as Titled;
  await expect.poll(() => fetches).toBeGreaterThanOrEqual(1);
  // Nothing to show without its texts. Each failure is tried again at once
  // when the browser says it is back online (else a timer, 2 s then 4 s,
  // which a busy machine may reach first: the count says only how many).
  expect(el.shadowRoot!.querySelector('h2')).toBeNull();
  await expect
    .poll(() => {
      window.dispatchEvent(new Event('online'));
      return el.shadowRoot!.querySelector('h2')?.textContent;
    })
    .toBe((JSON.parse(plSetupText) as { title: string }).title);
  expect(fetches).toBe(3);
});
