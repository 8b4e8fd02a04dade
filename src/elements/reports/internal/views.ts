import { html, nothing, type TemplateResult } from 'lit';
import type { ReportLevel, ReportPrivacy, SpendPoint, SpendReport } from '../../../adapter/types.js';
import { spendTotal } from '../../../core/money.js';
import type { LocalizeController } from '../../../i18n/controller.js';
import { renderBudgets } from './budgets.js';
import type { ChartController } from './chart-controller.js';
import { renderTable } from './table-view.js';
import { FOLDED_ROW_ID, spendTable, type TableContext } from './tables.js';
import type { TableModel } from './table-model.js';
import type { ReportData } from './types.js';

/** Units in the chart of the highest spend. */
const CHART_ROWS = 12;

/** What the views of the reports need of the element. */
export interface ViewContext extends TableContext {
  i18n: LocalizeController;
  charts: ChartController;
  /** The reports other than the summary, and an employee's calls: loaded with the first data they show. */
  details?: typeof import('./details.js');
}

/** The results' heading, focused after a drill-down: what is shown, and for which days. */
export function resultsHeading(i18n: LocalizeController, report: string, from: string, to: string): TemplateResult {
  return html`<h3 id="results-title" tabindex="-1">
    ${i18n.t('resultsHeading', {
      report,
      from: i18n.date(from, { dateStyle: 'medium', timeZone: 'UTC' }),
      to: i18n.date(to, { dateStyle: 'medium', timeZone: 'UTC' }),
    })}
  </h3>`;
}

/** Figures in a row of terms (`[catalog key, formatted value]`). */
export function renderTotals(i18n: LocalizeController, figures: readonly (readonly [string, string])[]): TemplateResult {
  return html`<dl class="totals" part="totals">
    ${figures.map(([key, value]) => html`<div><dt>${i18n.t(key)}</dt><dd>${value}</dd></div>`)}
  </dl>`;
}

/** What the privacy rules of the backend left out of the report, said in words. */
export function renderPrivacy(i18n: LocalizeController, privacy: ReportPrivacy, level: ReportLevel): TemplateResult | typeof nothing {
  const t = i18n.t;
  const notes: string[] = [];
  if (privacy.hiddenMembers > 0) notes.push(t('privacy.hidden', { count: privacy.hiddenMembers }));
  if (privacy.foldedUnits > 0) notes.push(t(level === 'group' ? 'privacy.foldedGroups' : 'privacy.foldedDepartments', { count: privacy.foldedUnits }));
  if (notes.length === 0) return nothing;
  return html`<div class="notice privacy" part="privacy">
    <h4>${t('privacy.title')}</h4>
    ${notes.map((note) => html`<p>${note}</p>`)}
  </div>`;
}

/** The report the data was built for. */
export function renderReport(ctx: ViewContext, data: ReportData): TemplateResult {
  const { i18n } = ctx;
  const t = i18n.t;
  switch (data.kind) {
    case 'summary':
      return renderSummary(ctx, data);
    default:
      // Loaded with the report's data (see `DkReports`).
      return ctx.details!.renderDetail(ctx, data);
  }
}

/** Totals, the budgets, spend over time and by unit (charts with their data), and spend by unit. */
function renderSummary(ctx: ViewContext, { spend, usage, budgets }: Extract<ReportData, { kind: 'summary' }>): TemplateResult {
  const { i18n } = ctx;
  const t = i18n.t;
  const s = spend.totals;
  const currency = usage.currency;
  return html`
    ${resultsHeading(i18n, t('kinds.summary'), spend.from, spend.to)}
    ${renderTotals(i18n, [
      ['totals.purchases', i18n.money(s.purchases)],
      ['totals.allocations', i18n.money(s.allocations)],
      ['totals.reclaims', i18n.money(s.reclaims)],
      ['totals.subscriptions', i18n.money(s.subscriptions)],
      ['totals.numbers', i18n.money(s.numbers)],
      ['totals.callCost', i18n.money(s.calls)],
      ['totals.calls', i18n.number(usage.totals.calls)],
      ['totals.minutes', i18n.number(usage.totals.minutes)],
    ])}
    ${renderPrivacy(i18n, spend.privacy, spend.level)} ${renderBudgets(budgets, i18n)} ${renderOverTime(ctx, spend, currency)}
    ${renderTopUnits(ctx, spend, currency)} ${renderTable(spendTable(ctx, spend, currency), i18n)}
  `;
}

/** The cost of calls per day, or per month over a long range. */
function renderOverTime(ctx: ViewContext, spend: SpendReport, currency: string): TemplateResult {
  const { i18n } = ctx;
  const t = i18n.t;
  const byMonth = (p: SpendPoint): boolean => p.from !== p.to;
  return ctx.charts.render({
    id: 'over-time',
    title: t('charts.overTime'),
    // Days as a line; months (long ranges) as bars.
    kind: spend.series.some(byMonth) ? 'bar' : 'line',
    labels: spend.series.map((p) =>
      byMonth(p)
        ? i18n.date(p.from, { month: 'short', year: 'numeric', timeZone: 'UTC' })
        : i18n.date(p.from, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
    ),
    series: [{ label: t('columns.calls'), values: spend.series.map((p) => p.calls.amountMinor), color: 'accent' }],
    currency,
    table: {
      rows: spend.series,
      columns: [
        {
          head: t('columns.period'),
          cell: (p: SpendPoint) =>
            byMonth(p) ? i18n.date(p.from, { month: 'long', year: 'numeric', timeZone: 'UTC' }) : { day: p.from },
        },
        { head: t('columns.calls'), cell: (p: SpendPoint) => p.calls, numeric: true },
      ],
    },
  });
}

/** The units that spent most (named ones only: the privacy rules' rows are not ranked). */
function renderTopUnits(ctx: ViewContext, spend: SpendReport, currency: string): TemplateResult | typeof nothing {
  const t = ctx.i18n.t;
  const top = spend.rows
    .map((row) => ({ row, total: spendTotal(row).amountMinor }))
    .filter((r) => r.total > 0 && r.row.id !== FOLDED_ROW_ID && r.row.name !== '')
    .sort((a, b) => b.total - a.total)
    .slice(0, CHART_ROWS);
  if (top.length === 0) return nothing;
  return ctx.charts.render({
    id: 'by-unit',
    title: t(`charts.byUnit.${spend.level}`, { count: top.length }),
    kind: 'bar',
    horizontal: true,
    labels: top.map((r) => r.row.name),
    series: [{ label: t('columns.spend'), values: top.map((r) => r.total), color: 'accent' }],
    currency,
  });
}

/** The table of a report: what its screen shows last, and what its export writes. */
export function reportTable(ctx: ViewContext, data: ReportData): TableModel<never> {
  return (data.kind === 'summary' ? spendTable(ctx, data.spend, data.usage.currency) : ctx.details!.detailTable(ctx, data)) as TableModel<never>;
}
