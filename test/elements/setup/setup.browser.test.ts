import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/elements/setup/define.js';
import type { DkSetup } from '../../../src/elements/setup/setup.js';
import { LOCALES, type Locale } from '../../../src/i18n/locales.js';
import { deepActiveElement, expectNoAxeViolations, find, mount, named, tabTo, textOf, waitForText } from '../../support/dom.js';
import { eventsAtDocument, mockBackend, scenario, t, use } from '../../support/browser.js';

mockBackend({ namespaces: ['setup', 'common', 'errors', 'validation'], scenario: 'fresh', instant: true });

const WAIT = { timeout: 20_000, interval: 25 };
const DEFAULT_DEPARTMENT: Record<(typeof LOCALES)[number], string> = { en: 'General', pl: 'Ogólny', fr: 'Général' };

async function mountIn(locale: Locale, attributes = ''): Promise<{ el: DkSetup; root: ShadowRoot }> {
  const el = await mount<DkSetup>(`<div lang="${locale}"><dk-setup ${attributes}></dk-setup></div>`, 'dk-setup');
  return { el, root: el.shadowRoot! };
}

const recordEvents = () => eventsAtDocument(['dk-manager-set-up', 'dk-manager-updated', 'dk-error']);

const statusText = (root: ShadowRoot) => textOf(root.querySelector('#account-status')!);
const byId = (id: string) => (el: Element) => el.id === id;

/** Types into a field reached by Tab, after clearing it with the keyboard. */
async function typeInto(id: string, text: string): Promise<void> {
  if (deepActiveElement()?.id !== id) await tabTo(byId(id));
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  if (text) await userEvent.keyboard(text);
}

describe('dk-setup', () => {
  for (const locale of LOCALES) {
    describe(`in ${locale}`, () => {
      it('suggests the dedicated account from the company, checks it, and sets up the Manager by keyboard', async () => {
        const events = recordEvents();
        const { el, root } = await mountIn(locale);
        await find(root, 'form');
        expect(textOf(root)).toContain(t(locale, 'setup:title'));
        await expectNoAxeViolations(el);

        await typeInto('company-name', 'Łódź Biuro');
        const account = root.querySelector<HTMLInputElement>('#account-name')!;
        expect(account.value).toBe('admin.lodz-biuro');
        await vi.waitFor(() => expect(statusText(root)).toContain(t(locale, 'setup:available', { name: 'admin.lodz-biuro' })), WAIT);
        expect(account.getAttribute('aria-invalid')).toBe('false');
        await expectNoAxeViolations(el);

        // Country and currency: the currency follows the country until chosen.
        const country = root.querySelector<HTMLSelectElement>('#country')!;
        const currency = root.querySelector<HTMLSelectElement>('#currency')!;
        // A closed select takes typed letters: the country's name, as this language writes it.
        const polandName = new Intl.DisplayNames([locale], { type: 'region' }).of('PL')!;
        await tabTo(byId('country'));
        await userEvent.keyboard(polandName);
        await vi.waitFor(() => expect(country.value).toBe('PL'), WAIT);
        await el.updateComplete;
        expect(currency.value).toBe('PLN');
        expect(country.selectedOptions[0]!.textContent!.trim()).toBe(polandName);

        await tabTo(named(t(locale, 'setup:finish')));
        await userEvent.keyboard('{Enter}');
        await waitForText(root, t(locale, 'setup:detailsTitle'), 8000);
        const manager = scenario.backend.getManager().body;
        expect(manager).toMatchObject({ companyName: 'Łódź Biuro', country: 'PL', currency: 'PLN', adminAccountName: 'admin.lodz-biuro' });
        // The department everyone joins is named in the language the Manager was set up in.
        expect(scenario.backend.listDepartments().body.map((d) => d.name)).toEqual([DEFAULT_DEPARTMENT[locale]]);
        expect(events.filter((e) => e.type === 'dk-manager-set-up').map((e) => e.detail.manager.adminAccountName)).toEqual(['admin.lodz-biuro']);
        expect(textOf(root)).toContain(t(locale, 'setup:done', { account: 'admin.lodz-biuro' }));
        expect(deepActiveElement()?.id).toBe('title');
        await expectNoAxeViolations(el);
      });

      it('gives the reason as the account name is typed, and refuses a taken name', async () => {
        const { el, root } = await mountIn(locale);
        await find(root, 'form');
        await typeInto('company-name', 'Architectes');
        expect(root.querySelector<HTMLInputElement>('#account-name')!.value).toBe('admin.architectes');
        await vi.waitFor(() => expect(statusText(root)).toContain(t(locale, 'errors:account_name_taken')), WAIT);
        await expectNoAxeViolations(el);

        await typeInto('account-name', '1admin');
        expect(statusText(root)).toContain(t(locale, 'validation:accountName.must_start_with_letter'));
        await typeInto('account-name', 'adm');
        expect(statusText(root)).toContain(t(locale, 'validation:accountName.too_short'));
        await typeInto('account-name', 'admin biuro');
        expect(statusText(root)).toContain(t(locale, 'validation:accountName.invalid_characters'));
        expect(root.querySelector('#account-name')!.getAttribute('aria-invalid')).toBe('true');
        await expectNoAxeViolations(el);

        // Finishing with a refused name keeps the form and takes the focus to the name.
        await tabTo(named(t(locale, 'setup:finish')));
        await userEvent.keyboard('{Enter}');
        await vi.waitFor(() => expect(deepActiveElement()?.id).toBe('account-name'), WAIT);
        expect(() => scenario.backend.getManager()).toThrow();
        expect(root.querySelector<HTMLInputElement>('#company-name')!.value).toBe('Architectes');

        await typeInto('account-name', 'admin.kd-architectes');
        await vi.waitFor(() => expect(statusText(root)).toContain(t(locale, 'setup:available', { name: 'admin.kd-architectes' })), WAIT);
      });

      it('uses an existing account: found, or not found with the way out', async () => {
        const events = recordEvents();
        const { root } = await mountIn(locale);
        await find(root, 'form');
        await typeInto('company-name', 'Kowalski & Dupont');
        // The mode is a radio group: arrows move to "Use an existing account".
        await tabTo((e) => (e as HTMLInputElement).name === 'mode');
        await userEvent.keyboard('{ArrowDown}');
        expect(root.querySelector<HTMLInputElement>('#mode-existing')!.checked).toBe(true);
        expect(root.querySelector<HTMLInputElement>('#account-name')!.value).toBe('');

        await typeInto('account-name', 'nobody.here');
        await vi.waitFor(() => expect(statusText(root)).toContain(t(locale, 'setup:notFound', { name: 'nobody.here' })), WAIT);
        await typeInto('account-name', 'marie.dupont');
        await vi.waitFor(() => expect(statusText(root)).toContain(t(locale, 'setup:found', { name: 'marie.dupont' })), WAIT);
        await expectNoAxeViolations(root.host);

        await tabTo(named(t(locale, 'setup:finish')));
        await userEvent.keyboard('{Enter}');
        await waitForText(root, t(locale, 'setup:detailsTitle'), 8000);
        expect(scenario.backend.getManager().body.adminAccountName).toBe('marie.dupont');
        expect(events.find((e) => e.type === 'dk-manager-set-up')?.detail.manager.adminAccountName).toBe('marie.dupont');
      });

      it('asks for the company name, and keeps what was typed when the service fails, then retries', async () => {
        const events = recordEvents();
        const { root } = await mountIn(locale);
        await find(root, 'form');
        await tabTo(named(t(locale, 'setup:finish')));
        await userEvent.keyboard('{Enter}');
        await waitForText(root, t(locale, 'setup:companyRequired'));
        expect(deepActiveElement()?.id).toBe('company-name');
        await expectNoAxeViolations(root.host);

        await typeInto('company-name', 'Biuro Łódź');
        await vi.waitFor(() => expect(statusText(root)).toContain(t(locale, 'setup:available', { name: 'admin.biuro-lodz' })), WAIT);
        scenario.control.failPaths = /\/manager$/;
        scenario.control.failNext = 1;
        await tabTo(named(t(locale, 'setup:finish')));
        await userEvent.keyboard('{Enter}');
        await waitForText(root, t(locale, 'errors:internal'), 8000);
        expect(textOf(root)).toContain(t(locale, 'common:keptInput'));
        expect(root.querySelector<HTMLInputElement>('#company-name')!.value).toBe('Biuro Łódź');
        expect(root.querySelector<HTMLInputElement>('#account-name')!.value).toBe('admin.biuro-lodz');
        expect(events.some((e) => e.type === 'dk-error' && e.detail.operation === 'setUpManager')).toBe(true);
        await expectNoAxeViolations(root.host);

        await tabTo(named(t(locale, 'common:retry')));
        await userEvent.keyboard('{Enter}');
        await waitForText(root, t(locale, 'setup:detailsTitle'), 8000);
        expect(scenario.backend.getManager().body.companyName).toBe('Biuro Łódź');
      });

      it('changes the account details later, and keeps the input through a conflict', async () => {
        use('empty');
        const events = recordEvents();
        const { root } = await mountIn(locale);
        await waitForText(root, t(locale, 'setup:detailsTitle'), 8000);
        expect(textOf(root)).toContain('Kowalski & Dupont Architectes');
        await expectNoAxeViolations(root.host);

        await tabTo(named(t(locale, 'setup:editDetails')));
        await userEvent.keyboard('{Enter}');
        await find(root, 'form');
        expect(deepActiveElement()?.id).toBe('company-name');
        await typeInto('company-name', 'KD Architectes Sp. z o.o.');
        await expectNoAxeViolations(root.host);

        // Another administrator saves first.
        const before = scenario.backend.getManager().body;
        scenario.backend.updateManager({ version: before.version, country: 'FR' });
        await tabTo(named(t(locale, 'common:save')));
        await userEvent.keyboard('{Enter}');
        await waitForText(root, t(locale, 'errors:conflict'), 8000);
        expect(root.querySelector<HTMLInputElement>('#company-name')!.value).toBe('KD Architectes Sp. z o.o.');
        const france = new Intl.DisplayNames([locale], { type: 'region' }).of('FR')!;
        expect(textOf(root.querySelector('.alert')!)).toContain(france);
        // The field the user did not touch now shows the fresh value.
        expect(root.querySelector<HTMLSelectElement>('#country')!.value).toBe('FR');
        await expectNoAxeViolations(root.host);

        // Saving again applies to the fresh version: the other change stays, ours is added.
        await tabTo(named(t(locale, 'common:save')));
        await userEvent.keyboard('{Enter}');
        await waitForText(root, t(locale, 'setup:detailsTitle'), 8000);
        const after = scenario.backend.getManager().body;
        expect(after.companyName).toBe('KD Architectes Sp. z o.o.');
        expect(after.country).toBe('FR');
        expect(events.filter((e) => e.type === 'dk-manager-updated').map((e) => e.detail.changed)).toEqual([['companyName']]);
        expect(deepActiveElement()?.id).toBe('edit-button');
      });

      it('says why the currency cannot change once credit has moved', async () => {
        use('default');
        const { el, root } = await mountIn(locale, 'editing');
        const currency = await find<HTMLSelectElement>(root, '#currency', 8000);
        expect(currency.value).toBe('PLN');
        const euro = t(locale, 'setup:currencyOption', { name: new Intl.DisplayNames([locale], { type: 'currency' }).of('EUR'), code: 'EUR' });
        await tabTo(byId('currency'));
        await userEvent.keyboard(euro.slice(0, 8));
        await vi.waitFor(() => expect(currency.value).toBe('EUR'), WAIT);
        await el.updateComplete;
        await tabTo(named(t(locale, 'common:save')));
        await userEvent.keyboard('{Enter}');
        await waitForText(root, t(locale, 'setup:currencyLocked'), 8000);
        expect(currency.getAttribute('aria-invalid')).toBe('true');
        expect(deepActiveElement()?.id).toBe('currency');
        expect(scenario.backend.getManager().body.currency).toBe('PLN');
        await expectNoAxeViolations(el);
      });

      it('shows a failure to load with a retry', async () => {
        use('failing');
        const { root } = await mountIn(locale);
        const retry = await find<HTMLButtonElement>(root, '[part="retry-button"]', 8000);
        expect(textOf(root)).toContain(t(locale, 'errors:internal'));
        await expectNoAxeViolations(root.host);
        scenario.control.failNext = 0;
        retry.focus();
        await userEvent.keyboard('{Enter}');
        await waitForText(root, t(locale, 'setup:detailsTitle'), 8000);
      });
    });
  }
});
