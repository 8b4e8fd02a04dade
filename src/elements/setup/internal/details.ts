import { html, type TemplateResult } from 'lit';
import type { Manager } from '../../../adapter/types.js';
import type { LocalizeController } from '../../../i18n/controller.js';

export const countryName = (i18n: LocalizeController, code: string): string => i18n.displayName('region', code);

export function currencyName(i18n: LocalizeController, code: string): string {
  const name = i18n.displayName('currency', code);
  return name === code ? code : i18n.t('currencyOption', { name, code });
}

/** The company details in one line: name, country, currency. */
export const describeManager = (i18n: LocalizeController, m: Manager): string =>
  i18n.list([m.companyName, countryName(i18n, m.country), currencyName(i18n, m.currency)], 'unit');

/** The account details once set up, and the button that changes them. */
export function renderDetails(i18n: LocalizeController, m: Manager, edit: () => void): TemplateResult {
  const t = i18n.t;
  return html`
    <dl part="details" class="details">
      <div><dt>${t('companyName')}</dt><dd>${m.companyName}</dd></div>
      <div><dt>${t('adminAccount')}</dt><dd class="account">${m.adminAccountName}</dd></div>
      <div><dt>${t('country')}</dt><dd>${countryName(i18n, m.country)}</dd></div>
      <div><dt>${t('currency')}</dt><dd>${currencyName(i18n, m.currency)}</dd></div>
    </dl>
    <p class="hint">${t('since', { date: i18n.date(m.createdAt, { dateStyle: 'long' }) })}</p>
    <div class="actions">
      <button type="button" class="button" part="edit-button" id="edit-button" data-help-label="setup:editDetails" @click=${edit}>
        ${t('editDetails')}
      </button>
    </div>
  `;
}
