// The reports other than the summary (purchases, allocations, usage) and the
// drill-down to an employee's calls, with their tables: loaded with the first
// data they show, not at the element's first paint.
import { html, nothing, type TemplateResult } from 'lit';
import type { DialkitAdapter } from '../../../adapter/adapter.js';
import type { ReportQuery } from '../../../adapter/types.js';
import { unwrap } from '../../shared/base.js';
import type { CallDay, CallPage, LedgerEntry, SpendReport, SpendRow, UsageReport, UsageRow } from '../../../adapter/types.js';
import type { Column, TableModel } from './table-model.js';
import { renderTable } from './table-view.js';
import { unitTable, type TableContext } from './tables.js';
import type { NavigationState } from '../../shared/navigation.js';
import { DESTINATIONS, type MemberFilter, type ReportData, type UnitFilter } from './types.js';
import { renderPrivacy, renderTotals, resultsHeading, type ViewContext } from './views.js';

type Detail = Exclude<ReportData, { kind: 'summary' }>;

/** Reads a report other than the summary, for `query` (its level, days and unit). */
export async function readDetail(
  backend: DialkitAdapter,
  kind: Detail['kind'],
  query: ReportQuery,
  unit: UnitFilter | undefined,
  signal: AbortSignal,
): Promise<Detail> {
  const { from, to } = query;
  switch (kind) {
    case 'purchases': {
      // Purchases belong to the company as a whole: by department, never a unit.
      const [spend, purchases] = await Promise.all([
        backend.getSpendReport({ level: 'department', from, to }, { signal }),
        backend.listLedger({ kind: 'purchase', from, to, limit: 500 }, { signal }),
      ]);
      return { unit, kind, spend: unwrap(spend), purchases: unwrap(purchases) };
    }
    case 'allocations':
      return { unit, kind, spend: unwrap(await backend.getSpendReport(query, { signal })) };
    case 'usage':
      return { unit, kind, usage: unwrap(await backend.getUsageReport(query, { signal })) };
  }
}

/** A report other than the summary. */
export function renderDetail(ctx: ViewContext, data: Detail): TemplateResult {
  const { i18n } = ctx;
  const t = i18n.t;
  switch (data.kind) {
    case 'purchases': {
      const { spend, purchases } = data;
      return html`
        ${resultsHeading(i18n, t('kinds.purchases'), spend.from, spend.to)}
        <p class="intro">${t('purchasesIntro')}</p>
        ${renderTotals(i18n, [
          ['totals.purchases', i18n.money(spend.totals.purchases)],
          ['totals.purchaseCount', i18n.number(purchases.total)],
        ])}
        ${renderTable(purchasesTable(ctx, purchases.items, spend.totals.purchases), i18n)}
      `;
    }
    case 'allocations': {
      const { spend } = data;
      return html`
        ${resultsHeading(i18n, t('kinds.allocations'), spend.from, spend.to)}
        <p class="intro">${t('allocationsIntro')}</p>
        ${renderPrivacy(i18n, spend.privacy, spend.level)} ${renderTable(allocationsTable(ctx, spend), i18n)}
      `;
    }
    case 'usage': {
      const { usage } = data;
      return html`
        ${resultsHeading(i18n, t('kinds.usage'), usage.from, usage.to)} ${renderPrivacy(i18n, usage.privacy, usage.level)}
        ${renderTable(usageTable(ctx, usage), i18n)}
      `;
    }
  }
}

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

/** The table of a report other than the summary. */
export function detailTable(ctx: TableContext, data: Detail): TableModel<SpendRow> | TableModel<UsageRow> | TableModel<LedgerEntry> {
  switch (data.kind) {
    case 'purchases':
      return purchasesTable(ctx, data.purchases.items, data.spend.totals.purchases);
    case 'allocations':
      return allocationsTable(ctx, data.spend);
    case 'usage':
      return usageTable(ctx, data.usage);
  }
}

/** The drill-down a state names (a link, a reload), with the names read from the backend; a unit or an employee it no longer has is left out. */
export async function readDrillDown(backend: DialkitAdapter, state: NavigationState): Promise<{ unit?: UnitFilter; member?: MemberFilter }> {
  const [level, id] = (state['unit'] ?? '').split(':');
  const memberId = state['member'];
  const [units, member] = await Promise.all([
    level === 'department' ? backend.listDepartments() : level === 'group' ? backend.listGroups() : undefined,
    memberId ? backend.getMember(memberId) : undefined,
  ]);
  const found = units?.ok ? units.data.find((u) => u.id === id) : undefined;
  return {
    unit: found ? { level: level as UnitFilter['level'], id: found.id, name: found.name } : undefined,
    member: member?.ok ? { id: member.data.id, name: member.data.displayName } : undefined,
  };
}
