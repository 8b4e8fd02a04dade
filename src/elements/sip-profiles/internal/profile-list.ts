import { html, type TemplateResult } from 'lit';
import type { SipProfile } from '../../../adapter/types.js';
import type { LocalizeController } from '../../../i18n/controller.js';
import { renderTableHead } from '../../shared/templates.js';

/** The table of the company's profiles, each with the button that shows it. */
export function renderProfileList(i18n: LocalizeController, list: readonly SipProfile[], open: (id: string) => void): TemplateResult {
  const t = i18n.t;
  return html`<div class="table-wrap">
    <table part="list" class="stack">
      <caption class="visually-hidden">${t('listCaption')}</caption>
      ${renderTableHead(t, ['columns.name', 'columns.status', { key: 'columns.channels', num: true }, 'columns.auth', 'columns.linked'], true)}
      <tbody>
        ${list.map(
          (p) => html`<tr>
            <th scope="row">${p.name}</th>
            <td data-label=${t('columns.status')}>
              <span class="badge ${p.status === 'active' ? 'ok' : ''}">${t(`status.${p.status}`)}</span>
            </td>
            <td class="num" data-label=${t('columns.channels')}>${t('channels_count', { count: p.channels })}</td>
            <td data-label=${t('columns.auth')}>${t(`auth.${p.authMode}`)}</td>
            <td data-label=${t('columns.linked')}>
              ${i18n.list([t('accounts_count', { count: p.linkedAccountCount }), t('numbers_count', { count: p.numberCount })], 'unit')}
            </td>
            <td>
              <button
                class="button"
                data-profile=${p.id}
                data-help-label="sip:showProfile"
                aria-label=${t('common:actionOn', { action: t('showProfile'), name: p.name })}
                @click=${() => open(p.id)}
              >
                ${t('showProfile')}
              </button>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
