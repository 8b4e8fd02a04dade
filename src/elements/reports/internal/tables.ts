import { html, nothing, type TemplateResult } from 'lit';
import type { CallPage, LedgerEntry, ReportLevel, SpendReport, SpendRow, UsageReport, UsageRow, CallDay } from '../../../adapter/types.js';
import { spendTotal } from '../../../core/money.js';
import type { LocalizeController } from '../../../i18n/controller.js';
import type { Column, TableModel } from './table-model.js';
import { DESTINATIONS, type MemberFilter, type ReportData, type UnitFilter } from './types.js';

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
function unitTable<R extends UnitRow>(
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

/** Credit allocated and taken back by unit, with the subscriptions and numbers assigned. */
export function allocationsTable(ctx: TableContext, spend: SpendReport): TableModel<SpendRow> {
  const t = ctx.i18n.t;
  const s = spend.totals;
  return unitTable(ctx, spend, t(`tables.allocations.${spend.level}`), s.allocations.currency, [
    { head: t('columns.allocations'), cell: (row) => row.allocations, total: s.allocations },
    { head: t('columns.reclaims'), cell: (row) => row.reclaims, total: s.reclaims },
    { head: t('columns.subscriptions'), cell: (row) => row.subscriptions, total: s.subscriptions },
    { head: t('columns.numbers'), cell: (row) => row.numbers, total: s.numbers },
  ]);
}

/**
 * Calls by unit: the member count (in the file, not personal), calls, minutes
 * and cost, then each destination: calls and cost together on screen, its
 * calls, minutes and cost apart in the file.
 */
export function usageTable(ctx: TableContext, usage: UsageReport): TableModel<UsageRow> {
  const { t, money, number } = ctx.i18n;
  return unitTable(ctx, usage, t(`tables.usage.${usage.level}`), usage.currency, [
    { head: t('columns.members'), cell: (row) => row.memberCount, only: 'file', open: true },
    { head: t('columns.callCount'), cell: (row) => row.calls, total: usage.totals.calls },
    { head: t('columns.minutes'), cell: (row) => row.minutes, total: usage.totals.minutes },
    { head: t('columns.cost'), cell: (row) => row.cost, total: usage.totals.cost },
    ...DESTINATIONS.map((d): Column<UsageRow> => {
      const destination = t(`destinations.${d}`);
      return {
        head: destination,
        cell: (row) => t('destinationFigures', { calls: number(row.byDestination[d].calls), cost: money(row.byDestination[d].cost) }),
        file: [
          { head: t('csv.calls', { destination }), cell: (row) => row.byDestination[d].calls },
          { head: t('csv.minutes', { destination }), cell: (row) => row.byDestination[d].minutes },
          { head: t('csv.cost', { destination }), cell: (row) => row.byDestination[d].cost },
        ],
      };
    }),
  ]);
}

/** The company's credit purchases of the period, and what they add up to. */
export function purchasesTable(ctx: TableContext, purchases: readonly LedgerEntry[], total: SpendReport['totals']['purchases']): TableModel<LedgerEntry> {
  const t = ctx.i18n.t;
  return {
    caption: t('tables.purchases'),
    rows: purchases,
    columns: [
      { head: t('columns.date'), cell: (entry) => ({ at: entry.createdAt }) },
      { head: t('columns.by'), cell: (entry) => entry.actorAccountName },
      { head: t('columns.amount'), cell: (entry) => entry.amount, total, numeric: true },
      { head: t('columns.balanceAfter'), cell: (entry) => entry.balanceAfter, numeric: true },
      { head: t('columns.currency'), cell: () => total.currency, total: total.currency, only: 'file' },
    ],
    totals: true,
    empty: t('empty.purchases'),
  };
}

/** One page of an employee's calls, per day and destination. */
export function callsTable(ctx: TableContext, page: CallPage): TableModel<CallDay> {
  const t = ctx.i18n.t;
  return {
    caption: t('calls.caption', { name: page.name }),
    rows: page.items,
    columns: [
      { head: t('columns.date'), cell: (call) => ({ day: call.day }) },
      { head: t('columns.destination'), cell: (call) => t(`destinations.${call.destination}`) },
      { head: t('columns.callCount'), cell: (call) => call.calls, numeric: true },
      { head: t('columns.minutes'), cell: (call) => call.minutes, numeric: true },
      { head: t('columns.cost'), cell: (call) => call.cost, numeric: true },
      { head: t('columns.currency'), cell: (call) => call.cost.currency, only: 'file' },
    ],
    empty: t('empty.calls'),
  };
}

/** The table of a report: what its screen shows last, and what its export writes. */
export function reportTable(ctx: TableContext, data: ReportData): TableModel<SpendRow> | TableModel<UsageRow> | TableModel<LedgerEntry> {
  switch (data.kind) {
    case 'summary':
      return spendTable(ctx, data.spend, data.usage.currency);
    case 'purchases':
      return purchasesTable(ctx, data.purchases.items, data.spend.totals.purchases);
    case 'allocations':
      return allocationsTable(ctx, data.spend);
    case 'usage':
      return usageTable(ctx, data.usage);
  }
}
