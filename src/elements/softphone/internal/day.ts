/**
 * The line's day: the calls this browser rang with today, and the callback
 * requests the website's visitors left today for the line's SIP profile.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CallbackRequest } from '../../../adapter/types.js';
import { renderTableHead } from '../../shared/templates.js';
import { clock, type LoggedCall } from './calls.js';
import { renderPage } from './call-panel.js';

export interface DayView {
  t: (key: string, values?: Record<string, unknown>) => string;
  time: (date: Date | string) => string;
}

export function renderCalls(v: DayView, calls: readonly LoggedCall[]): TemplateResult {
  const { t } = v;
  return html`<section class="day" part="calls" aria-labelledby="calls-title">
    <h3 id="calls-title">${t('day.calls')}</h3>
    ${calls.length
      ? html`<p class="hint">${t('day.callsCount', { count: calls.length })}</p>
          <div class="table-wrap">
            <table class="stack">
              ${renderTableHead(t, ['columns.time', 'columns.caller', 'columns.page', { key: 'columns.duration', num: true }, 'columns.outcome'])}
              <tbody>
                ${calls.map(
                  (c) => html`<tr data-outcome=${c.outcome}>
                    <td data-label=${t('columns.time')}>${v.time(c.at)}</td>
                    <th scope="row" data-label=${t('columns.caller')}>${c.callerName ?? (c.caller === 'anonymous' ? t('anonymous') : c.caller)}</th>
                    <td data-label=${t('columns.page')}>${renderPage(c.pageUrl)}</td>
                    <td class="num" data-label=${t('columns.duration')}>${c.outcome === 'answered' ? clock(c.seconds) : nothing}</td>
                    <td data-label=${t('columns.outcome')}>
                      <span class="badge ${c.outcome === 'answered' ? 'ok' : c.outcome}">${t(`outcome.${c.outcome}`)}</span>
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
      : html`<p class="empty hint">${t('day.noCalls')}</p>`}
  </section>`;
}

export function renderCallbacks(v: DayView, requests: readonly CallbackRequest[]): TemplateResult {
  const { t } = v;
  return html`<div class="table-wrap">
    <table class="stack">
      ${renderTableHead(t, ['columns.received', 'columns.phone', 'columns.preferred', 'columns.page'])}
      <tbody>
        ${requests.map(
          (r) => html`<tr>
            <td data-label=${t('columns.received')}>${v.time(r.receivedAt)}</td>
            <th scope="row" data-label=${t('columns.phone')}><a href="tel:${r.phoneNumber}">${r.phoneNumber}</a></th>
            <td data-label=${t('columns.preferred')}>${r.preferredTime ? v.time(r.preferredTime) : t('day.asap')}</td>
            <td data-label=${t('columns.page')}>${renderPage(r.pageUrl)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
