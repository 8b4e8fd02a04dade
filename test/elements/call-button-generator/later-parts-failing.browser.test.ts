/**
 * A failed load of the generator's later parts. A file of its own: a page
 * that failed to load a module does not load it again.
 */
import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { userEvent } from 'vitest/browser';
import '../../../src/elements/call-button-generator/define.js';
import type { DkCallButtonGenerator } from '../../../src/elements/call-button-generator/call-button-generator.js';
import { deepActiveElement, expectNoAxeViolations, find, mount, tabTo } from '../../support/dom.js';
import { eventsAtDocument, mockBackend, t, worker } from '../../support/browser.js';

mockBackend({ namespaces: ['callButtons', 'callButton', 'common', 'errors'] });

describe('dk-call-button-generator, its later parts', () => {
  it('shows a failed load above the form, with Retry, says so to the page, and keeps the form usable', async () => {
    worker.use(http.get(/\/call-button-generator\/internal\/details\./, () => HttpResponse.error()));
    const errors = eventsAtDocument(['dk-error'], (e) => {
      const { operation, error } = (e as CustomEvent<{ operation: string; error: { code: string } }>).detail;
      return { operation, code: error.code };
    });
    const el = await mount<DkCallButtonGenerator>(
      '<div lang="en"><dk-call-button-generator script-src="/src/elements/call-button/define.ts"></dk-call-button-generator></div>',
      'dk-call-button-generator',
    );
    const root = el.shadowRoot!;
    await find(root, '#account', 8000);

    await tabTo((e) => e.id === 'hours-on');
    await userEvent.keyboard(' ');
    const alert = await find(root, '[part="error"]', 8000);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain(t('en', 'errors:network'));
    expect(alert.querySelector('[part="retry-button"]')).not.toBeNull();
    expect(errors).toEqual([{ operation: 'formDetails', code: 'network' }]);
    // Above the form, which stays as it was: the switch on, and the focus on it.
    expect(alert.compareDocumentPosition(root.querySelector('form')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(deepActiveElement()?.id).toBe('hours-on');
    expect((root.querySelector('#hours-on') as HTMLInputElement).checked).toBe(true);
    await expectNoAxeViolations(root.host);
  });
});
