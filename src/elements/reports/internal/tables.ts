import { html, nothing, type TemplateResult } from 'lit';
import type { ReportLevel, SpendReport, SpendRow } from '../../../adapter/types.js';
import { spendTotal } from '../../../core/money.js';
import type { LocalizeController } from '../../../i18n/controller.js';
import type { Column, TableModel } from './table-model.js';
import type { MemberFilter, UnitFilter } from './types.js';

/** The row the backend folds units of fewer than 3 members into. */
export const FOLDED_ROW_ID = 'other';

/** A row of a report by unit (group, department or employee). */
interface UnitRow {
  id: string;
  name: string;
  suppressed?: boolean;
}

/** What the tables need of the element: its words, and the drill-downs their rows offer. */
export interface TableContext {
  i18n: Pick<LocalizeController, 't' | 'money' | 'number' | 'date'>;
  toUnit: (unit: UnitFilter) => void;
  toMember: (member: MemberFilter) => void;
}

/** Whether a row's figures are withheld (a member without consent); the folded row keeps its sums. */
export function withheld(row: UnitRow): boolean {
  return row.id !== FOLDED_ROW_ID && (row.suppressed === true || row.name === '');
}

/** The name shown for a row: its own, or what the privacy rules put in its place. */
export function rowName(row: UnitRow, t: TableContext['i18n']['t']): string {
  if (row.id === FOLDED_ROW_ID) return t('rows.other');
  if (withheld(row)) return t('rows.private');
  return row.name;
}

/** The drill-down button of a row, if it has one: to an employee's calls, or to a unit's employees. */
function drill(row: UnitRow, level: ReportLevel, ctx: TableContext): TemplateResult | typeof nothing {
  const t = ctx.i18n.t;
  if (row.id === FOLDED_ROW_ID || withheld(row)) return nothing;
  const action = level === 'employee' ? t('showCalls') : t('showEmployees');
  const go = (): void => (level === 'employee' ? ctx.toMember({ id: row.id, name: row.name }) : ctx.toUnit({ level, id: row.id, name: row.name }));
  return html`<button type="button" class="button small no-print" aria-label=${t('common:actionOn', { action, name: row.name })} @click=${go}>
    ${action}
  </button>`;
}

/**
 * A table by unit: the name first, the figures, the report's currency in the
 * file, and a totals row; withheld rows say so, the drill-down last.
 */
export function unitTable<R extends UnitRow>(
  ctx: TableContext,
  report: { level: ReportLevel; rows: readonly R[] },
  caption: string,
  currency: string,
  figures: Column<R>[],
): TableModel<R> {
  const t = ctx.i18n.t;
  return {
    caption,
    rows: report.rows,
    columns: [
      { head: t('columns.name'), cell: (row) => rowName(row, t) },
      ...figures.map((column) => ({ numeric: true, ...column })),
      { head: t('columns.currency'), cell: () => currency, total: currency, only: 'file' },
    ],
    withheld,
    muted: (row) => row.suppressed === true || withheld(row),
    totals: true,
    action: (row) => drill(row, report.level, ctx),
    empty: t('empty.rows'),
  };
}

/** Spend by unit, on the summary: calls, subscriptions, numbers and their sum. */
export function spendTable(ctx: TableContext, spend: SpendReport, currency: string): TableModel<SpendRow> {
  const t = ctx.i18n.t;
  const s = spend.totals;
  return unitTable(ctx, spend, t(`tables.spend.${spend.level}`), currency, [
    { head: t('columns.calls'), cell: (row) => row.calls, total: s.calls },
    { head: t('columns.subscriptions'), cell: (row) => row.subscriptions, total: s.subscriptions },
    { head: t('columns.numbers'), cell: (row) => row.numbers, total: s.numbers },
    { head: t('columns.spend'), cell: (row) => spendTotal(row), total: spendTotal(s) },
  ]);
}
