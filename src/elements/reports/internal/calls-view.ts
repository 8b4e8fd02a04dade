import { html, nothing, type TemplateResult } from 'lit';
import type { CallPage } from '../../../adapter/types.js';
import { renderTable } from './table-view.js';
import { callsTable } from './tables.js';
import { renderTotals, resultsHeading, type ViewContext } from './views.js';

/**
 * The drill-down to one employee: their calls of the period per day and
 * destination, a page at a time (`offset` is the page's first call day),
 * with the period's totals.
 */
export function renderCalls(ctx: ViewContext, page: CallPage, offset: number, turn: (direction: 1 | -1) => void): TemplateResult {
  const { i18n } = ctx;
  const t = i18n.t;
  const first = page.total === 0 ? 0 : offset + 1;
  const last = offset + page.items.length;
  return html`
    ${resultsHeading(i18n, t('calls.title', { name: page.name }), page.from, page.to)}
    ${renderTotals(i18n, [
      ['totals.calls', i18n.number(page.totals.calls)],
      ['totals.minutes', i18n.number(page.totals.minutes)],
      ['totals.callCost', i18n.money(page.totals.cost)],
    ])}
    ${renderTable(callsTable(ctx, page), i18n)}
    ${page.items.length === 0
      ? nothing
      : html`<nav class="pager no-print" aria-label=${t('calls.pages')}>
          <button type="button" class="button" ?disabled=${offset === 0} @click=${() => turn(-1)}>${t('calls.previous')}</button>
          <span>${t('calls.range', { first: i18n.number(first), last: i18n.number(last), total: i18n.number(page.total) })}</span>
          <button type="button" class="button" ?disabled=${last >= page.total} @click=${() => turn(1)}>${t('calls.next')}</button>
        </nav>`}
  `;
}
