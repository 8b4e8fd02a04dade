// A catalog whose fetch failed loads at the next ask: a browser keeps a failed
// import's failure for its address, and the catalogs are imports.
import { expect, it } from 'vitest';
import { http, HttpResponse, passthrough } from 'msw';
import { isLoaded, loadCatalogs, translate } from '../../src/i18n/i18n.js';
import { mockBackend, worker } from '../support/browser.js';

mockBackend({ namespaces: [] });

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
