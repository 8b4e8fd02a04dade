import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  BudgetReport,
  CallPage,
  LedgerPage,
  ReportLevel,
  ReportPrivacy,
  SpendReport,
  UsageReport,
} from '../../adapter/types.js';
import type { DialkitError } from '../../core/errors.js';
import type { Money } from '../../core/money.js';
import { DialkitElement, Task, TaskStatus, unwrap } from '../shared/base.js';
import type { ChartHandle, ChartSpec } from './chart.js';
import type { CsvCell } from './csv.js';
import { dayOf, heldFrom, isDay, monthOf, monthRange, monthsHeld, type DayRange } from '../../core/period.js';
import { styles } from './reports.styles.js';

export type ReportKind = 'summary' | 'purchases' | 'allocations' | 'usage';

declare module '../shared/events.js' {
  interface DialkitEventMap {
    /** The report on screen was exported as a CSV file. */
    'dk-report-exported': { kind: ReportKind | 'calls'; level: ReportLevel; from: string; to: string; rows: number; filename: string };
  }
}

const KINDS: readonly ReportKind[] = ['summary', 'purchases', 'allocations', 'usage'];
const LEVELS: readonly ReportLevel[] = ['group', 'department', 'employee'];
const DESTINATIONS = ['landline', 'mobile', 'international'] as const;
const FOLDED_ROW_ID = 'other';
const CALLS_PAGE = 50;
const CHART_ROWS = 12;

/** A drill-down from a group or department to its employees. */
interface UnitFilter {
  level: 'group' | 'department';
  id: string;
  name: string;
}

/** A drill-down from an employee to their calls. */
interface MemberFilter {
  id: string;
  name: string;
}

interface ReportData {
  kind: ReportKind;
  spend?: SpendReport;
  usage?: UsageReport;
  purchases?: LedgerPage;
  budgets?: BudgetReport;
}

/** One table on screen, as the CSV export writes it. */
interface Table {
  head: string[];
  rows: CsvCell[][];
}

const isKind = (value: string): value is ReportKind => (KINDS as readonly string[]).includes(value);
const isLevel = (value: string): value is ReportLevel => (LEVELS as readonly string[]).includes(value);

/**
 * Usage and spend reports: a summary (totals, department budgets with their
 * runway, spend over time and by group, department or employee, as charts
 * with their data tables), purchases, allocations (credit, subscriptions,
 * numbers) and usage (calls, minutes and cost by destination type). Any
 * month of the six held, or a custom range; drill-down from a group or
 * department to its employees and from an employee to their calls; CSV
 * export of what is on screen, and a print view. Privacy rules of the
 * backend (members without consent, units of fewer than 3) are said on screen.
 *
 * @summary Usage and spend by group, department and employee.
 *
 * @attr kind - The report: `summary` (default), `purchases`, `allocations` or `usage`.
 * @attr level - `department` (default), `group` or `employee`.
 * @attr from - First day of a custom range (`YYYY-MM-DD`); with `to`. Empty: this month.
 * @attr to - Last day of a custom range (`YYYY-MM-DD`).
 * @attr api-base - Base URL of a REST backend, when no adapter is given.
 *
 * @fires dk-report-exported - The report on screen was downloaded as CSV.
 * @fires dk-error - A failure shown to the user.
 *
 * @csspart filters - The report, level and period controls.
 * @csspart totals - The summary's totals.
 * @csspart chart - Each chart (a figure with its data table).
 * @csspart table - The report's table.
 * @csspart budgets - The department budgets.
 * @csspart privacy - The privacy note.
 * @csspart export-button - The "Export CSV" button.
 * @csspart print-button - The "Print" button.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button of the error state.
 * @csspart empty - Shown when the period holds no data.
 *
 * @cssproperty [--dk-color-chart-2=#a14f00] - Second series of the charts (the first is the brand colour).
 * @cssproperty [--dk-color-warning=#7a4b00] - Budgets near or over their limit.
 */
export class DkReports extends DialkitElement {
  static override styles = [...DialkitElement.styles, styles];
  static override namespaces = ['reports', 'common', 'errors'];
  static override helpArticle = 'reports';

  @property({ reflect: true }) kind: ReportKind = 'summary';
  @property({ reflect: true }) level: ReportLevel = 'department';
  @property() from = '';
  @property() to = '';

  @state() private unit?: UnitFilter;
  @state() private member?: MemberFilter;
  @state() private callsOffset = 0;
  @state() private customOpen = false;
  @state() private draftFrom = '';
  @state() private draftTo = '';
  @state() private rangeProblem = '';
  @state() private tablesShown = new Set<string>();
  @state() private announcement = '';
  @state() private exportError?: DialkitError;

  private readonly charts = new Map<string, ChartHandle>();
  private chartModule?: Promise<typeof import('./chart.js')>;

  /** Today, as the backend's reports count days (UTC). */
  private get today(): string {
    return dayOf(new Date());
  }

  /** The range shown: the `from`/`to` given, else this month so far. */
  private get range(): DayRange {
    if (isDay(this.from) && isDay(this.to)) return { from: this.from, to: this.to };
    return monthRange(this.today.slice(0, 7), this.today);
  }

  private readonly report = new Task(this, {
    task: async ([backend, kind, level, from, to, unit, member], { signal }): Promise<ReportData | undefined> => {
      if (member) return undefined;
      const query = {
        level,
        from,
        to,
        ...(unit?.level === 'department' ? { departmentId: unit.id } : {}),
        ...(unit?.level === 'group' ? { groupId: unit.id } : {}),
      };
      switch (kind) {
        case 'summary': {
          const [spend, usage, budgets] = await Promise.all([
            backend.getSpendReport(query, { signal }),
            backend.getUsageReport(query, { signal }),
            backend.getBudgetReport({ signal }),
          ]);
          return { kind, spend: unwrap(spend), usage: unwrap(usage), budgets: unwrap(budgets) };
        }
        case 'purchases': {
          const [spend, purchases] = await Promise.all([
            backend.getSpendReport({ level: 'department', from, to }, { signal }),
            backend.listLedger({ kind: 'purchase', from, to, limit: 500 }, { signal }),
          ]);
          return { kind, spend: unwrap(spend), purchases: unwrap(purchases) };
        }
        case 'allocations':
          return { kind, spend: unwrap(await backend.getSpendReport(query, { signal })) };
        case 'usage':
          return { kind, usage: unwrap(await backend.getUsageReport(query, { signal })) };
      }
    },
    args: () => [this.backend, this.kind, this.level, this.range.from, this.range.to, this.unit, this.member] as const,
    onError: (error) => this.reportError(`report.${this.kind}`, error),
  });

  private readonly calls = new Task(this, {
    task: async ([backend, member, from, to, offset], { signal }): Promise<CallPage | undefined> =>
      member ? unwrap(await backend.getCallReport({ memberId: member.id, from, to, offset, limit: CALLS_PAGE }, { signal })) : undefined,
    args: () => [this.backend, this.member, this.range.from, this.range.to, this.callsOffset] as const,
    onError: (error) => this.reportError('getCallReport', error),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('kind') && !isKind(this.kind)) this.kind = 'summary';
    if (changed.has('level') && !isLevel(this.level)) this.level = 'department';
    if ((changed.has('from') || changed.has('to')) && isDay(this.from) && isDay(this.to)) {
      this.draftFrom = this.from;
      this.draftTo = this.to;
    }
  }

  protected override updated(): void {
    void this.drawCharts();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const chart of this.charts.values()) chart.destroy();
    this.charts.clear();
  }

  override render(): TemplateResult {
    const t = this.i18n.t;
    const range = this.range;
    return html`
      <div class="layout ${this.helpOpen ? 'has-help' : ''}">
        <section aria-labelledby="title">
          <div class="status visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
          <header class="head">
            <h2 id="title">${t('title')}</h2>
            <div class="head-actions no-print">
              <button type="button" class="button" part="export-button" data-help-label="reports:export" @click=${this.exportCsv}>${t('export')}</button>
              <button type="button" class="button" part="print-button" data-help-label="reports:print" @click=${this.print}>${t('print')}</button>
              ${this.renderHelpButton()}
            </div>
          </header>
          <p class="print-only period-line">
            ${t('printHeading', {
              report: t(`kinds.${this.kind}`),
              level: t(`levels.${this.level}`),
              from: this.i18n.date(range.from, { dateStyle: 'long', timeZone: 'UTC' }),
              to: this.i18n.date(range.to, { dateStyle: 'long', timeZone: 'UTC' }),
            })}
          </p>
          ${this.renderFilters()} ${this.exportError ? html`<p class="alert" role="alert">${this.errorText(this.exportError)}</p>` : nothing}
          ${this.renderTrail()}
          <div class="results" tabindex="-1" aria-busy=${this.busy ? 'true' : 'false'}>${this.member ? this.renderCalls() : this.renderReport()}</div>
        </section>
        ${this.renderHelpPanel()}
      </div>
    `;
  }

  private get busy(): boolean {
    const task = this.member ? this.calls : this.report;
    return task.status === TaskStatus.PENDING;
  }

  // Filters

  private renderFilters(): TemplateResult {
    const t = this.i18n.t;
    const range = this.range;
    const month = this.customOpen ? null : monthOf(range, this.today);
    return html`<div class="filters no-print" part="filters">
      <fieldset class="segmented">
        <legend>${t('kindLabel')}</legend>
        ${KINDS.map(
          (kind) => html`<label class="segment">
            <input type="radio" name="kind" value=${kind} data-help-label="reports:kinds.${kind}" .checked=${this.kind === kind} @change=${() => this.choose({ kind })} />
            <span>${t(`kinds.${kind}`)}</span>
          </label>`,
        )}
      </fieldset>
      ${this.kind === 'purchases'
        ? nothing
        : html`<fieldset class="segmented">
            <legend>${t('levelLabel')}</legend>
            ${LEVELS.map(
              (level) => html`<label class="segment">
                <input type="radio" name="level" value=${level} data-help-label="reports:levels.${level}" .checked=${this.level === level} @change=${() => this.choose({ level })} />
                <span>${t(`levels.${level}`)}</span>
              </label>`,
            )}
          </fieldset>`}
      <div class="field period">
        <label for="period">${t('periodLabel')}</label>
        <select id="period" @change=${this.onPeriodChange}>
          ${monthsHeld(this.today).map(
            (m) => html`<option value=${m} ?selected=${month === m}>
              ${this.i18n.date(`${m}-01`, { month: 'long', year: 'numeric', timeZone: 'UTC' })}
            </option>`,
          )}
          <option value="custom" ?selected=${month === null}>${t('customRange')}</option>
        </select>
      </div>
      ${month === null ? this.renderCustomRange() : nothing}
    </div>`;
  }

  private renderCustomRange(): TemplateResult {
    const t = this.i18n.t;
    const min = heldFrom(this.today);
    return html`<form class="custom" @submit=${this.applyCustom} novalidate>
      <div class="field">
        <label for="from">${t('from')}</label>
        <input
          id="from"
          type="date"
          min=${min}
          max=${this.today}
          .value=${this.draftFrom}
          aria-invalid=${this.rangeProblem ? 'true' : 'false'}
          aria-describedby="range-hint ${this.rangeProblem ? 'range-problem' : ''}"
          @input=${(e: Event) => (this.draftFrom = (e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for="to">${t('to')}</label>
        <input
          id="to"
          type="date"
          min=${min}
          max=${this.today}
          .value=${this.draftTo}
          aria-invalid=${this.rangeProblem ? 'true' : 'false'}
          aria-describedby="range-hint ${this.rangeProblem ? 'range-problem' : ''}"
          @input=${(e: Event) => (this.draftTo = (e.target as HTMLInputElement).value)}
        />
      </div>
      <button type="submit" class="button primary">${t('apply')}</button>
      <p id="range-hint" class="hint">
        ${t('rangeHint', {
          from: this.i18n.date(min, { dateStyle: 'long', timeZone: 'UTC' }),
          to: this.i18n.date(this.today, { dateStyle: 'long', timeZone: 'UTC' }),
        })}
      </p>
      ${this.rangeProblem ? html`<p id="range-problem" class="field-error" role="alert">${this.rangeProblem}</p>` : nothing}
    </form>`;
  }

  private readonly onPeriodChange = (e: Event): void => {
    const value = (e.target as HTMLSelectElement).value;
    this.rangeProblem = '';
    if (value === 'custom') {
      const range = this.range;
      this.draftFrom = range.from;
      this.draftTo = range.to;
      this.customOpen = true;
      return;
    }
    this.customOpen = false;
    const range = monthRange(value, this.today);
    this.choose({ from: range.from, to: range.to });
  };

  private readonly applyCustom = (e: Event): void => {
    e.preventDefault();
    const t = this.i18n.t;
    if (!isDay(this.draftFrom) || !isDay(this.draftTo)) this.rangeProblem = t('rangeIncomplete');
    else if (this.draftFrom > this.draftTo) this.rangeProblem = t('rangeReversed');
    else {
      this.rangeProblem = '';
      this.choose({ from: this.draftFrom, to: this.draftTo });
    }
  };

  /** Changes what is shown; a drill-down to a member's calls ends, the unit filter stays unless the level moves above it. */
  private choose(change: { kind?: ReportKind; level?: ReportLevel; from?: string; to?: string }): void {
    if (change.kind) {
      this.kind = change.kind;
      // Purchases belong to the company as a whole: no drill-down applies.
      if (change.kind === 'purchases') this.unit = undefined;
    }
    if (change.level) {
      this.level = change.level;
      if (this.unit && change.level !== 'employee') this.unit = undefined;
    }
    if (change.from !== undefined) this.from = change.from;
    if (change.to !== undefined) this.to = change.to;
    this.member = undefined;
    this.callsOffset = 0;
    this.exportError = undefined;
  }

  /** Where the drill-down is, with a way back up. */
  private renderTrail(): TemplateResult | typeof nothing {
    const t = this.i18n.t;
    if (!this.unit && !this.member) return nothing;
    const crumbs: TemplateResult[] = [
      html`<li><button type="button" class="button link" @click=${this.toTop}>${t('trail.all')}</button></li>`,
    ];
    if (this.unit) {
      crumbs.push(
        this.member
          ? html`<li><button type="button" class="button link" @click=${this.toUnit}>${this.unit.name}</button></li>`
          : html`<li aria-current="page">${this.unit.name}</li>`,
      );
    }
    if (this.member) crumbs.push(html`<li aria-current="page">${this.member.name}</li>`);
    return html`<nav class="trail no-print" aria-label=${t('trail.label')}><ol>${crumbs}</ol></nav>`;
  }

  private readonly toTop = async (): Promise<void> => {
    const level = this.unit?.level ?? this.level;
    this.unit = undefined;
    this.member = undefined;
    this.level = level;
    await this.focusResults();
  };

  private readonly toUnit = async (): Promise<void> => {
    this.member = undefined;
    await this.focusResults();
  };

  private async drillToUnit(unit: UnitFilter): Promise<void> {
    this.unit = unit;
    this.level = 'employee';
    this.member = undefined;
    this.announcement = this.i18n.t('drilledTo', { name: unit.name });
    await this.focusResults();
  }

  private async drillToMember(member: MemberFilter): Promise<void> {
    this.member = member;
    this.callsOffset = 0;
    this.announcement = this.i18n.t('drilledTo', { name: member.name });
    await this.focusResults();
  }

  /** Moves the focus to the results (their heading once loaded, else the error's button). */
  private async focusResults(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.results')?.focus();
    const task = this.member ? this.calls : this.report;
    await task.taskComplete.catch(() => undefined);
    await this.updateComplete;
    (this.renderRoot.querySelector<HTMLElement>('#results-title') ?? this.renderRoot.querySelector<HTMLElement>('[part="retry-button"]'))?.focus();
  }

  // Reports

  private renderReport(): TemplateResult | typeof nothing {
    return this.renderState(this.report, (data) => {
      if (!data) return nothing;
      switch (data.kind) {
        case 'summary':
          return this.renderSummary(data.spend!, data.usage!, data.budgets!);
        case 'purchases':
          return this.renderPurchases(data.spend!, data.purchases!);
        case 'allocations':
          return this.renderAllocations(data.spend!);
        case 'usage':
          return this.renderUsage(data.usage!);
      }
    });
  }

  /**
   * Loading (with what is being built), error (the filters stay; a retry, or
   * for a period outside the history, the way back to this month), content.
   */
  private renderState<T>(task: Task<readonly unknown[], T>, complete: (data: T) => TemplateResult | typeof nothing): TemplateResult | typeof nothing {
    const t = this.i18n.t;
    if (task.status === TaskStatus.ERROR) {
      const error = task.error as DialkitError;
      if (error?.code === 'report_range_unavailable') {
        return html`<div class="state error" part="error" role="alert">
          <p>${this.errorText(error)}</p>
          <button class="button" part="retry-button" @click=${this.toThisMonth}>${t('thisMonth')}</button>
        </div>`;
      }
    }
    return this.renderTask(task, { complete, loadingLabel: t('loading') });
  }

  private readonly toThisMonth = (): void => {
    this.customOpen = false;
    this.rangeProblem = '';
    const range = monthRange(this.today.slice(0, 7), this.today);
    this.choose({ from: range.from, to: range.to });
  };

  private resultsHeading(kind: ReportKind | 'calls', from: string, to: string): TemplateResult {
    const t = this.i18n.t;
    return html`<h3 id="results-title" tabindex="-1">
      ${t('resultsHeading', {
        report: kind === 'calls' ? t('calls.title', { name: this.member?.name ?? '' }) : t(`kinds.${kind}`),
        from: this.i18n.date(from, { dateStyle: 'medium', timeZone: 'UTC' }),
        to: this.i18n.date(to, { dateStyle: 'medium', timeZone: 'UTC' }),
      })}
    </h3>`;
  }

  private renderPrivacy(privacy: ReportPrivacy, level: ReportLevel): TemplateResult | typeof nothing {
    const t = this.i18n.t;
    const notes: string[] = [];
    if (privacy.hiddenMembers > 0) notes.push(t('privacy.hidden', { count: privacy.hiddenMembers }));
    if (privacy.foldedUnits > 0) notes.push(t(level === 'group' ? 'privacy.foldedGroups' : 'privacy.foldedDepartments', { count: privacy.foldedUnits }));
    if (notes.length === 0) return nothing;
    return html`<div class="notice privacy" part="privacy">
      <h4>${t('privacy.title')}</h4>
      ${notes.map((note) => html`<p>${note}</p>`)}
    </div>`;
  }

  /** Whether a row's figures are withheld (a member without consent); the folded row keeps its sums. */
  private withheld(row: { id: string; name: string; suppressed?: boolean }): boolean {
    return row.id !== FOLDED_ROW_ID && (row.suppressed === true || row.name === '');
  }

  /** The name shown for a row: its own, or what the privacy rules put in its place. */
  private rowName(row: { id: string; name: string; suppressed?: boolean }): string {
    const t = this.i18n.t;
    if (row.id === FOLDED_ROW_ID) return t('rows.other');
    if (row.suppressed || row.name === '') return t('rows.private');
    return row.name;
  }

  /** The drill-down button of a row, if it has one. */
  private renderDrill(row: { id: string; name: string; suppressed?: boolean }, level: ReportLevel): TemplateResult | typeof nothing {
    const t = this.i18n.t;
    if (row.id === FOLDED_ROW_ID || row.suppressed || row.name === '') return nothing;
    if (level === 'employee') {
      return html`<button
        type="button"
        class="button small no-print"
        aria-label=${t('common:actionOn', { action: t('showCalls'), name: row.name })}
        @click=${() => this.drillToMember({ id: row.id, name: row.name })}
      >
        ${t('showCalls')}
      </button>`;
    }
    return html`<button
      type="button"
      class="button small no-print"
      aria-label=${t('common:actionOn', { action: t('showEmployees'), name: row.name })}
      @click=${() => this.drillToUnit({ level, id: row.id, name: row.name })}
    >
      ${t('showEmployees')}
    </button>`;
  }

  private money = (m: Money): string => this.i18n.money(m);

  // Summary

  private renderSummary(spend: SpendReport, usage: UsageReport, budgets: BudgetReport): TemplateResult {
    const t = this.i18n.t;
    const s = spend.totals;
    const currency = usage.currency;
    const spendRows = spend.rows.map((row) => ({
      row,
      total: row.calls.amountMinor + row.subscriptions.amountMinor + row.numbers.amountMinor,
    }));
    const charted = spendRows.filter((r) => r.total > 0 && r.row.id !== FOLDED_ROW_ID && r.row.name !== '');
    charted.sort((a, b) => b.total - a.total);
    const top = charted.slice(0, CHART_ROWS);
    const seriesLabel = (p: SpendReport['series'][number]) =>
      p.from === p.to
        ? this.i18n.date(p.from, { day: 'numeric', month: 'short', timeZone: 'UTC' })
        : this.i18n.date(p.from, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    return html`
      ${this.resultsHeading('summary', spend.from, spend.to)}
      <dl class="totals" part="totals">
        ${[
          ['totals.purchases', this.money(s.purchases)],
          ['totals.allocations', this.money(s.allocations)],
          ['totals.reclaims', this.money(s.reclaims)],
          ['totals.subscriptions', this.money(s.subscriptions)],
          ['totals.numbers', this.money(s.numbers)],
          ['totals.callCost', this.money(s.calls)],
          ['totals.calls', this.i18n.number(usage.totals.calls)],
          ['totals.minutes', this.i18n.number(usage.totals.minutes)],
        ].map(([key, value]) => html`<div><dt>${t(key!)}</dt><dd>${value}</dd></div>`)}
      </dl>
      ${this.renderPrivacy(spend.privacy, spend.level)} ${this.renderBudgets(budgets)}
      ${this.renderChart({
        id: 'over-time',
        title: t('charts.overTime'),
        // Days as a line; months (long ranges) as bars.
        kind: spend.series.some((p) => p.from !== p.to) ? 'bar' : 'line',
        labels: spend.series.map(seriesLabel),
        series: [{ label: t('columns.calls'), values: spend.series.map((p) => p.calls.amountMinor), color: 'accent' }],
        currency,
        table: {
          head: [t('columns.period'), t('columns.calls')],
          rows: spend.series.map((p) => [
            p.from === p.to
              ? this.i18n.date(p.from, { dateStyle: 'medium', timeZone: 'UTC' })
              : this.i18n.date(p.from, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
            this.money(p.calls),
          ]),
        },
      })}
      ${top.length > 0
        ? this.renderChart({
            id: 'by-unit',
            title: t(`charts.byUnit.${spend.level}`, { count: top.length }),
            kind: 'bar',
            horizontal: true,
            labels: top.map((r) => r.row.name),
            series: [{ label: t('columns.spend'), values: top.map((r) => r.total), color: 'accent' }],
            currency,
            table: null,
          })
        : nothing}
      ${this.renderTable(
        t(`tables.spend.${spend.level}`),
        [t('columns.name'), t('columns.calls'), t('columns.subscriptions'), t('columns.numbers'), t('columns.spend')],
        spend.rows.map((row) => ({
          row,
          cells: [
            this.money(row.calls),
            this.money(row.subscriptions),
            this.money(row.numbers),
            this.money({ amountMinor: row.calls.amountMinor + row.subscriptions.amountMinor + row.numbers.amountMinor, currency }),
          ],
        })),
        [this.money(s.calls), this.money(s.subscriptions), this.money(s.numbers), this.money({ amountMinor: s.calls.amountMinor + s.subscriptions.amountMinor + s.numbers.amountMinor, currency })],
        spend.level,
      )}
    `;
  }

  private renderBudgets(budgets: BudgetReport): TemplateResult {
    const t = this.i18n.t;
    const date = (day: string) => this.i18n.date(day, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    return html`<section class="budgets" part="budgets" aria-labelledby="budgets-title">
      <h4 id="budgets-title">
        ${t('budgets.title', { month: this.i18n.date(budgets.from, { month: 'long', year: 'numeric', timeZone: 'UTC' }) })}
      </h4>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${t('budgets.caption')}>
        <table>
          <caption class="visually-hidden">${t('budgets.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">${t('columns.department')}</th>
              <th scope="col" class="num">${t('budgets.budget')}</th>
              <th scope="col" class="num">${t('budgets.spent')}</th>
              <th scope="col">${t('budgets.used')}</th>
              <th scope="col" class="num">${t('budgets.projected')}</th>
              <th scope="col">${t('budgets.runway')}</th>
            </tr>
          </thead>
          <tbody>
            ${budgets.rows.map((row) => {
              const share = row.budget && row.budget.amountMinor > 0 ? row.spent.amountMinor / row.budget.amountMinor : null;
              const runway = !row.budget
                ? t('budgets.noBudget')
                : row.runsOutOn === null
                  ? t('budgets.lastsMonth')
                  : row.runsOutOn <= budgets.today
                    ? t('budgets.spentOn', { date: date(row.runsOutOn) })
                    : t('budgets.runsOutOn', { date: date(row.runsOutOn) });
              const warn = row.budget !== null && row.runsOutOn !== null;
              return html`<tr>
                <th scope="row">${row.name}</th>
                <td class="num">${row.budget ? this.money(row.budget) : t('budgets.none')}</td>
                <td class="num">${this.money(row.spent)}</td>
                <td>
                  ${share === null
                    ? nothing
                    : html`<meter min="0" max="1" low="0.75" high="0.9" optimum="0" .value=${Math.min(share, 1)} aria-label=${t('budgets.usedOf', { name: row.name })}></meter>
                        <span class="share">${this.i18n.number(share, { style: 'percent', maximumFractionDigits: 0 })}</span>`}
                </td>
                <td class="num">${this.money(row.projected)}</td>
                <td><span class=${warn ? 'badge warn' : 'badge'}>${runway}</span></td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <p class="hint">${t('budgets.method')}</p>
      ${budgets.foldedDepartments > 0 ? html`<p class="hint">${t('budgets.folded', { count: budgets.foldedDepartments })}</p>` : nothing}
    </section>`;
  }

  // Purchases

  private renderPurchases(spend: SpendReport, purchases: LedgerPage): TemplateResult {
    const t = this.i18n.t;
    return html`
      ${this.resultsHeading('purchases', spend.from, spend.to)}
      <p class="intro">${t('purchasesIntro')}</p>
      <dl class="totals" part="totals">
        <div><dt>${t('totals.purchases')}</dt><dd>${this.money(spend.totals.purchases)}</dd></div>
        <div><dt>${t('totals.purchaseCount')}</dt><dd>${this.i18n.number(purchases.total)}</dd></div>
      </dl>
      ${purchases.items.length === 0
        ? html`<div class="state empty" part="empty"><p>${t('empty.purchases')}</p></div>`
        : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t('tables.purchases')}>
            <table part="table">
              <caption>${t('tables.purchases')}</caption>
              <thead>
                <tr>
                  <th scope="col">${t('columns.date')}</th>
                  <th scope="col">${t('columns.by')}</th>
                  <th scope="col" class="num">${t('columns.amount')}</th>
                  <th scope="col" class="num">${t('columns.balanceAfter')}</th>
                </tr>
              </thead>
              <tbody>
                ${purchases.items.map(
                  (p) => html`<tr>
                    <th scope="row">${this.i18n.date(p.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</th>
                    <td>${p.actorAccountName}</td>
                    <td class="num">${this.money(p.amount)}</td>
                    <td class="num">${this.money(p.balanceAfter)}</td>
                  </tr>`,
                )}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">${t('rows.total')}</th>
                  <td></td>
                  <td class="num">${this.money(spend.totals.purchases)}</td>
                  <td></td>
                </tr>
              </tfoot>
            </table>
          </div>`}
    `;
  }

  // Allocations

  private renderAllocations(spend: SpendReport): TemplateResult {
    const t = this.i18n.t;
    const s = spend.totals;
    return html`
      ${this.resultsHeading('allocations', spend.from, spend.to)}
      <p class="intro">${t('allocationsIntro')}</p>
      ${this.renderPrivacy(spend.privacy, spend.level)}
      ${this.renderTable(
        t(`tables.allocations.${spend.level}`),
        [t('columns.name'), t('columns.allocations'), t('columns.reclaims'), t('columns.subscriptions'), t('columns.numbers')],
        spend.rows.map((row) => ({
          row,
          cells: [this.money(row.allocations), this.money(row.reclaims), this.money(row.subscriptions), this.money(row.numbers)],
        })),
        [this.money(s.allocations), this.money(s.reclaims), this.money(s.subscriptions), this.money(s.numbers)],
        spend.level,
      )}
    `;
  }

  // Usage

  private renderUsage(usage: UsageReport): TemplateResult {
    const t = this.i18n.t;
    return html`
      ${this.resultsHeading('usage', usage.from, usage.to)} ${this.renderPrivacy(usage.privacy, usage.level)}
      ${this.renderTable(
        t(`tables.usage.${usage.level}`),
        [
          t('columns.name'),
          t('columns.callCount'),
          t('columns.minutes'),
          ...DESTINATIONS.map((d) => t(`destinations.${d}`)),
          t('columns.cost'),
        ],
        usage.rows.map((row) => ({
          row,
          cells: [
            this.i18n.number(row.calls),
            this.i18n.number(row.minutes),
            ...DESTINATIONS.map((d) =>
              t('destinationFigures', { calls: this.i18n.number(row.byDestination[d].calls), cost: this.money(row.byDestination[d].cost) }),
            ),
            this.money(row.cost),
          ],
        })),
        [this.i18n.number(usage.totals.calls), this.i18n.number(usage.totals.minutes), '', '', '', this.money(usage.totals.cost)],
        usage.level,
      )}
    `;
  }

  /** A report table: one row per unit (name, figures, drill-down), and the totals. */
  private renderTable(
    caption: string,
    head: string[],
    rows: { row: { id: string; name: string; suppressed?: boolean }; cells: string[] }[],
    totals: string[],
    level: ReportLevel,
  ): TemplateResult {
    const t = this.i18n.t;
    if (rows.length === 0) return html`<div class="state empty" part="empty"><p>${t('empty.rows')}</p></div>`;
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${caption}>
      <table part="table" class="report-table">
        <caption>${caption}</caption>
        <thead>
          <tr>
            ${head.map((h, i) => html`<th scope="col" class=${i === 0 ? '' : 'num'}>${h}</th>`)}
            <th scope="col" class="no-print"><span class="visually-hidden">${t('columns.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ({ row, cells }) => html`<tr class=${row.suppressed || this.withheld(row) ? 'suppressed' : ''}>
              <th scope="row">${this.rowName(row)}</th>
              ${this.withheld(row)
                ? cells.map(() => html`<td class="num withheld">${t('rows.withheld')}</td>`)
                : cells.map((cell) => html`<td class="num">${cell}</td>`)}
              <td class="no-print">${this.renderDrill(row, level)}</td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${t('rows.total')}</th>
            ${totals.map((cell) => html`<td class="num">${cell}</td>`)}
            <td class="no-print"></td>
          </tr>
        </tfoot>
      </table>
    </div>`;
  }

  // Calls of one employee

  private renderCalls(): TemplateResult | typeof nothing {
    const t = this.i18n.t;
    return this.renderState(this.calls, (page) => {
      if (!page) return nothing;
      const first = page.total === 0 ? 0 : this.callsOffset + 1;
      const last = this.callsOffset + page.items.length;
      return html`
        ${this.resultsHeading('calls', page.from, page.to)}
        <dl class="totals" part="totals">
          <div><dt>${t('totals.calls')}</dt><dd>${this.i18n.number(page.totals.calls)}</dd></div>
          <div><dt>${t('totals.minutes')}</dt><dd>${this.i18n.number(page.totals.minutes)}</dd></div>
          <div><dt>${t('totals.callCost')}</dt><dd>${this.money(page.totals.cost)}</dd></div>
        </dl>
        ${page.items.length === 0
          ? html`<div class="state empty" part="empty"><p>${t('empty.calls')}</p></div>`
          : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t('calls.caption', { name: page.name })}>
                <table part="table">
                  <caption>${t('calls.caption', { name: page.name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">${t('columns.date')}</th>
                      <th scope="col">${t('columns.destination')}</th>
                      <th scope="col" class="num">${t('columns.callCount')}</th>
                      <th scope="col" class="num">${t('columns.minutes')}</th>
                      <th scope="col" class="num">${t('columns.cost')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${page.items.map(
                      (d) => html`<tr>
                        <th scope="row">${this.i18n.date(d.day, { dateStyle: 'medium', timeZone: 'UTC' })}</th>
                        <td>${t(`destinations.${d.destination}`)}</td>
                        <td class="num">${this.i18n.number(d.calls)}</td>
                        <td class="num">${this.i18n.number(d.minutes)}</td>
                        <td class="num">${this.money(d.cost)}</td>
                      </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              <nav class="pager no-print" aria-label=${t('calls.pages')}>
                <button type="button" class="button" ?disabled=${this.callsOffset === 0} @click=${() => this.pageCalls(-1)}>
                  ${t('calls.previous')}
                </button>
                <span>${t('calls.range', { first: this.i18n.number(first), last: this.i18n.number(last), total: this.i18n.number(page.total) })}</span>
                <button type="button" class="button" ?disabled=${last >= page.total} @click=${() => this.pageCalls(1)}>
                  ${t('calls.next')}
                </button>
              </nav>`}
      `;
    });
  }

  private async pageCalls(direction: 1 | -1): Promise<void> {
    this.callsOffset = Math.max(0, this.callsOffset + direction * CALLS_PAGE);
    await this.calls.taskComplete.catch(() => undefined);
    await this.focusResults();
  }

  // Charts

  private renderChart(chart: {
    id: string;
    title: string;
    kind: 'bar' | 'line';
    horizontal?: boolean;
    labels: string[];
    series: { label: string; values: number[]; color: 'accent' | 'second' }[];
    currency: string;
    table: Table | null;
  }): TemplateResult {
    const t = this.i18n.t;
    const shown = this.tablesShown.has(chart.id);
    const table: Table = chart.table ?? {
      head: [t('columns.name'), ...chart.series.map((s) => s.label)],
      rows: chart.labels.map((label, i) => [label, ...chart.series.map((s) => this.money({ amountMinor: s.values[i] ?? 0, currency: chart.currency }))]),
    };
    this.pendingCharts.set(chart.id, chart);
    return html`<figure class="chart" part="chart" aria-labelledby="${chart.id}-title">
      <figcaption id="${chart.id}-title">${chart.title}</figcaption>
      <div class="chart-box ${chart.horizontal ? 'tall' : ''}" aria-hidden="true">
        <canvas id="${chart.id}-canvas"></canvas>
      </div>
      <button
        type="button"
        class="button link no-print"
        aria-expanded=${shown ? 'true' : 'false'}
        aria-controls="${chart.id}-table"
        @click=${() => this.toggleTable(chart.id)}
      >
        ${shown ? t('charts.hideTable') : t('charts.showTable')}
      </button>
      <div
        id="${chart.id}-table"
        class=${shown ? 'table-wrap' : 'visually-hidden'}
        tabindex=${shown ? '0' : nothing}
        role=${shown ? 'region' : nothing}
        aria-label=${shown ? t('charts.tableCaption', { title: chart.title }) : nothing}
      >
        <table>
          <caption>${t('charts.tableCaption', { title: chart.title })}</caption>
          <thead>
            <tr>
              ${table.head.map((h, i) => html`<th scope="col" class=${i === 0 ? '' : 'num'}>${h}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${table.rows.map(
              ([first, ...rest]) => html`<tr>
                <th scope="row">${first}</th>
                ${rest.map((cell) => html`<td class="num">${cell}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </figure>`;
  }

  private readonly pendingCharts = new Map<string, Parameters<DkReports['renderChart']>[0]>();

  private toggleTable(id: string): void {
    const next = new Set(this.tablesShown);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.tablesShown = next;
  }

  /** Draws (or updates) the charts rendered by the last update, loading Chart.js on first use. */
  private async drawCharts(): Promise<void> {
    const specs = [...this.pendingCharts.values()];
    this.pendingCharts.clear();
    for (const [id, chart] of this.charts) {
      if (!this.renderRoot.querySelector(`#${id}-canvas`)) {
        chart.destroy();
        this.charts.delete(id);
      }
    }
    if (specs.length === 0) return;
    this.chartModule ??= import('./chart.js');
    let module: typeof import('./chart.js');
    try {
      module = await this.chartModule;
    } catch (error) {
      this.chartModule = undefined;
      this.reportError('loadChart', { code: 'network', message: String(error) });
      return;
    }
    const style = getComputedStyle(this);
    const color = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    const palette = { accent: color('--_accent', '#0a5cc2'), second: color('--_chart-2', '#b35900') };
    const text = color('--_text', '#1b1f24');
    const grid = color('--_border', '#c9d0d9');
    for (const spec of specs) {
      const canvas = this.renderRoot.querySelector<HTMLCanvasElement>(`#${spec.id}-canvas`);
      if (!canvas) continue;
      const currency = spec.currency;
      const full: ChartSpec = {
        kind: spec.kind,
        horizontal: spec.horizontal,
        labels: spec.labels,
        series: spec.series.map((s) => ({ label: s.label, values: s.values, color: palette[s.color] })),
        format: (value) => this.i18n.money({ amountMinor: Math.round(value), currency }),
        tooltip: (series, value) => this.i18n.t('chartTooltip', { series, value }),
        text,
        grid,
      };
      const existing = this.charts.get(spec.id);
      if (existing && (existing as ChartHandle & { canvas?: HTMLCanvasElement }).canvas === canvas) existing.update(full);
      else {
        existing?.destroy();
        const handle = module.drawChart(canvas, full) as ChartHandle & { canvas?: HTMLCanvasElement };
        handle.canvas = canvas;
        this.charts.set(spec.id, handle);
      }
    }
  }

  // Export and print

  /** The table on screen as rows of cells: plain numbers, money as decimals with its currency. */
  private async tableOnScreen(csv: typeof import('./csv.js')): Promise<{ table: Table; kind: ReportKind | 'calls' } | null> {
    const t = this.i18n.t;
    const d = csv.decimal;
    // Only what is on screen: nothing while a report loads or after it failed.
    const task = this.member ? this.calls : this.report;
    if (task.status !== TaskStatus.COMPLETE) return null;
    if (this.member) {
      const page = this.calls.value;
      if (!page) return null;
      return {
        kind: 'calls',
        table: {
          head: [t('columns.date'), t('columns.destination'), t('columns.callCount'), t('columns.minutes'), t('columns.cost'), t('columns.currency')],
          rows: page.items.map((i) => [i.day, t(`destinations.${i.destination}`), i.calls, i.minutes, d(i.cost.amountMinor, i.cost.currency), i.cost.currency]),
        },
      };
    }
    const data = this.report.value;
    if (!data) return null;
    const total = t('rows.total');
    switch (data.kind) {
      case 'summary': {
        const s = data.spend!;
        const c = data.usage!.currency;
        const sum = (f: { calls: Money; subscriptions: Money; numbers: Money }) => f.calls.amountMinor + f.subscriptions.amountMinor + f.numbers.amountMinor;
        return {
          kind: 'summary',
          table: {
            head: [t('columns.name'), t('columns.calls'), t('columns.subscriptions'), t('columns.numbers'), t('columns.spend'), t('columns.currency')],
            rows: [
              ...s.rows.map((r) =>
                this.withheld(r) ? [this.rowName(r), '', '', '', '', ''] : [this.rowName(r), d(r.calls.amountMinor, c), d(r.subscriptions.amountMinor, c), d(r.numbers.amountMinor, c), d(sum(r), c), c],
              ),
              [total, d(s.totals.calls.amountMinor, c), d(s.totals.subscriptions.amountMinor, c), d(s.totals.numbers.amountMinor, c), d(sum(s.totals), c), c],
            ],
          },
        };
      }
      case 'purchases': {
        const p = data.purchases!;
        const c = data.spend!.totals.purchases.currency;
        return {
          kind: 'purchases',
          table: {
            head: [t('columns.date'), t('columns.by'), t('columns.amount'), t('columns.balanceAfter'), t('columns.currency')],
            rows: [
              ...p.items.map((e) => [e.createdAt, e.actorAccountName, d(e.amount.amountMinor, c), d(e.balanceAfter.amountMinor, c), c]),
              [total, '', d(data.spend!.totals.purchases.amountMinor, c), '', c],
            ],
          },
        };
      }
      case 'allocations': {
        const s = data.spend!;
        const c = s.totals.allocations.currency;
        return {
          kind: 'allocations',
          table: {
            head: [t('columns.name'), t('columns.allocations'), t('columns.reclaims'), t('columns.subscriptions'), t('columns.numbers'), t('columns.currency')],
            rows: [
              ...s.rows.map((r) =>
                this.withheld(r)
                  ? [this.rowName(r), '', '', '', '', '']
                  : [this.rowName(r), d(r.allocations.amountMinor, c), d(r.reclaims.amountMinor, c), d(r.subscriptions.amountMinor, c), d(r.numbers.amountMinor, c), c],
              ),
              [total, d(s.totals.allocations.amountMinor, c), d(s.totals.reclaims.amountMinor, c), d(s.totals.subscriptions.amountMinor, c), d(s.totals.numbers.amountMinor, c), c],
            ],
          },
        };
      }
      case 'usage': {
        const u = data.usage!;
        const c = u.currency;
        const byDestinationHead = DESTINATIONS.flatMap((dest) => [
          t('csv.calls', { destination: t(`destinations.${dest}`) }),
          t('csv.minutes', { destination: t(`destinations.${dest}`) }),
          t('csv.cost', { destination: t(`destinations.${dest}`) }),
        ]);
        return {
          kind: 'usage',
          table: {
            head: [t('columns.name'), t('columns.members'), t('columns.callCount'), t('columns.minutes'), t('columns.cost'), ...byDestinationHead, t('columns.currency')],
            rows: [
              ...u.rows.map((r) =>
                this.withheld(r)
                  ? [this.rowName(r), r.memberCount, ...Array.from({ length: 4 + DESTINATIONS.length * 3 }, () => '')]
                  : [
                this.rowName(r),
                r.memberCount,
                r.calls,
                r.minutes,
                d(r.cost.amountMinor, c),
                ...DESTINATIONS.flatMap((dest) => [r.byDestination[dest].calls, r.byDestination[dest].minutes, d(r.byDestination[dest].cost.amountMinor, c)]),
                c,
                    ],
              ),
              [total, '', u.totals.calls, u.totals.minutes, d(u.totals.cost.amountMinor, c), ...DESTINATIONS.flatMap(() => ['', '', '']), c],
            ],
          },
        };
      }
    }
  }

  private readonly exportCsv = async (): Promise<void> => {
    this.exportError = undefined;
    let csv: typeof import('./csv.js');
    try {
      csv = await import('./csv.js');
    } catch (error) {
      this.exportError = this.reportError('exportCsv', { code: 'network', message: String(error) });
      return;
    }
    const onScreen = await this.tableOnScreen(csv);
    const t = this.i18n.t;
    if (!onScreen) {
      this.announcement = t('exportNothing');
      return;
    }
    const range = this.range;
    const scope = this.member ? `-${this.member.name}` : this.unit ? `-${this.unit.name}` : '';
    const filename = `${t('csv.filename', { report: t(onScreen.kind === 'calls' ? 'csv.callsName' : `kinds.${onScreen.kind}`) })}${scope}-${range.from}-${range.to}.csv`
      .replace(/[\\/:*?"<>|]+/g, '')
      .replace(/\s+/g, '-');
    const text = csv.toCsv([onScreen.table.head, ...onScreen.table.rows]);
    const url = URL.createObjectURL(csv.csvBlob(text));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    this.announcement = t('exported', { filename });
    this.emit('dk-report-exported', {
      kind: onScreen.kind,
      level: this.level,
      from: range.from,
      to: range.to,
      rows: onScreen.table.rows.length,
      filename,
    });
  };

  private readonly print = (): void => {
    window.print();
  };
}
