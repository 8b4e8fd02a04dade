import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../../i18n/controller.js';
import { columnsOf, type Cell, type Column, type TableModel } from './table-model.js';

type Words = Pick<LocalizeController, 't' | 'money' | 'number' | 'date'>;

/** The cell as the screen shows it, in the element's language. */
export function screenText(cell: Cell, i18n: Words): string {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return i18n.number(cell);
  if ('day' in cell) return i18n.date(cell.day, { dateStyle: 'medium', timeZone: 'UTC' });
  if ('at' in cell) return i18n.date(cell.at, { dateStyle: 'medium', timeStyle: 'short' });
  return i18n.money(cell);
}

const alignOf = (column: Column<unknown>): string => (column.numeric ? 'num' : '');

/** The header, body and totals of a table, for the screen. */
function tableBody<R>(table: TableModel<R>, i18n: Words): TemplateResult {
  const columns = columnsOf(table, 'screen');
  const [first, ...rest] = columns as [Column<R>, ...Column<R>[]];
  const withheld = i18n.t('rows.withheld');
  const action = table.action?.bind(table);
  return html`<thead>
      <tr>
        ${columns.map((column) => html`<th scope="col" class=${alignOf(column)}>${column.head}</th>`)}
        ${action ? html`<th scope="col" class="no-print"><span class="visually-hidden">${i18n.t('columns.actions')}</span></th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${table.rows.map((row) => {
        const hidden = table.withheld?.(row) ?? false;
        return html`<tr class=${table.muted?.(row) ? 'suppressed' : nothing}>
          <th scope="row">${screenText(first.cell(row), i18n)}</th>
          ${rest.map((column) =>
            hidden && !column.open
              ? html`<td class="${alignOf(column)} withheld">${withheld}</td>`
              : html`<td class=${alignOf(column)}>${screenText(column.cell(row), i18n)}</td>`,
          )}
          ${action ? html`<td class="no-print">${action(row)}</td>` : nothing}
        </tr>`;
      })}
    </tbody>
    ${table.totals
      ? html`<tfoot>
          <tr>
            <th scope="row">${i18n.t('rows.total')}</th>
            ${rest.map((column) => html`<td class=${alignOf(column)}>${column.total === undefined ? '' : screenText(column.total, i18n)}</td>`)}
            ${action ? html`<td class="no-print"></td>` : nothing}
          </tr>
        </tfoot>`
      : nothing}`;
}

/** A report's table on screen, in a scrollable region named by its caption; or what an empty one says. */
export function renderTable<R>(table: TableModel<R>, i18n: Words): TemplateResult {
  if (table.rows.length === 0) return html`<div class="state empty" part="empty"><p>${table.empty}</p></div>`;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${table.caption}>
    <table part="table">
      <caption>${table.caption}</caption>
      ${tableBody(table, i18n)}
    </table>
  </div>`;
}

/** The data table of a chart (inside the chart's figure, not the report's table part). */
export function renderChartTable<R>(table: TableModel<R>, i18n: Words): TemplateResult {
  return html`<table>
    <caption>${table.caption}</caption>
    ${tableBody(table, i18n)}
  </table>`;
}
