import { afterEach } from 'vitest';
import { mount } from '../../../support/dom.js';
import { loadCatalogs } from '../../../../src/i18n/i18n.js';
import type { DialkitAdapter } from '../../../../src/adapter/adapter.js';
import { membersBackend, type ControllerHost } from './host.js';

afterEach(() => document.body.replaceChildren());

/** The test element, in English, on `fake` (default: a company with no members). */
export async function host(fake: DialkitAdapter = membersBackend([])): Promise<{ el: ControllerHost; root: ShadowRoot }> {
  await loadCatalogs('en', ['common', 'errors']);
  const el = document.createElement('dk-test-controllers') as ControllerHost;
  el.fake = fake;
  const mounted = await mount<ControllerHost>('<div lang="en"></div>', 'div');
  mounted.append(el);
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
}
