import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { CallPage, ReportLevel } from '../../adapter/types.js';
import type { DialkitError } from '../../core/errors.js';
import { DialkitElement, Task, TaskStatus, unwrap } from '../shared/base.js';
import { ChartController } from './internal/chart-controller.js';
import { CsvExport, type OnScreen } from './internal/export.js';
import { ReportFilters } from './internal/filters.js';
import { CALLS_PAGE, ReportQuery } from './internal/query.js';
import { isKind, isLevel, type ReportData, type ReportKind } from './internal/types.js';
import { renderReport, reportTable, type ViewContext } from './internal/views.js';
import { reportNavigation } from './internal/navigation.js';
import type { NavigationState } from '../shared/navigation.js';
import { styles } from './reports.styles.js';
import { reimportable } from '../../core/reimport.js';
import { tablesStyles } from '../shared/styles/tables.js';

const loadDetails = reimportable(() => import('./internal/details.js'));

export type { ReportKind };

type DetailViews = typeof import('./internal/details.js');

declare module '../shared/events.js' {
  interface DialkitEventMap {
    /** The report on screen was exported as a CSV file. */
    'dk-report-exported': { kind: ReportKind | 'calls'; level: ReportLevel; from: string; to: string; rows: number; filename: string };
  }
}

/**
 * Usage and spend reports: a summary (totals, department budgets with their
 * runway, spend over time and by group, department or employee, as charts
 * with their data tables), purchases, allocations (credit, subscriptions,
 * numbers) and usage (calls, minutes and cost by destination type). Any
 * month of the six held, or a custom range; drill-down from a group or
 * department to its employees and from an employee to their calls; CSV
 * export of what is on screen (in the reader's spreadsheet convention, or
 * the plain comma form), and a print view. Privacy rules of the
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
 * @fires dk-navigate - The user moved along the drill-down (down to a group, department or employee, or back up): `state` is the new `navigation`.
 * @fires dk-error - A failure shown to the user.
 *
 * @csspart filters - The report, level and period controls.
 * @csspart totals - The summary's totals.
 * @csspart chart - Each chart (a figure with its data table).
 * @csspart table - The report's table.
 * @csspart budgets - The department budgets.
 * @csspart privacy - The privacy note.
 * @csspart csv-format - The choice of CSV form: semicolons and decimal commas (the default where the language writes decimal commas), or commas and decimal points.
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
  static override styles = [...DialkitElement.styles, tablesStyles, styles];
  static override namespaces = ['reports', 'common', 'errors'];
  static override helpArticle = 'reports';
  static override properties: PropertyDeclarations = {
    kind: { reflect: true },
    level: { reflect: true },
    from: {},
    to: {},
    announcement: { state: true },
  };

  kind: ReportKind = 'summary';
  level: ReportLevel = 'department';
  from = '';
  to = '';

  /** What the live region last said (a drill-down, an export). */
  private announcement = '';

  /**
   * What is shown, for the page's history: `kind`, `level`, `from` and `to`
   * where they are not the defaults, and the drill-down by id: `unit`
   * (`department:<id>` or `group:<id>`) and `member` (an employee). Setting
   * it shows that again, the names read from the backend; `dk-navigate` tells
   * each move along the drill-down.
   */
  get navigation(): NavigationState {
    return reportNavigation(this, this.query);
  }

  set navigation(state: NavigationState) {
    void this.restore(state);
  }

  /** Counts the states given: only the last one given is shown. */
  private restored = 0;

  private readonly query = new ReportQuery(this, {
    announce: (text) => (this.announcement = text),
    settled: () => this.shown.taskComplete,
    chosen: () => this.csvExport.dismiss(),
    moved: () => this.emit('dk-navigate', { state: this.navigation }),
    t: this.i18n.t,
  });

  private readonly filters = new ReportFilters(this, this.query, this.i18n, {
    renderTask: (task, views) => this.renderTask(task, views),
    report: (error) => this.reportError('loadElement', error),
  });

  private readonly charts = new ChartController(this, this.i18n, this.services.report);

  private readonly csvExport = new CsvExport(this, {
    ...this.services,
    number: (value) => this.i18n.number(value),
    onScreen: () => this.onScreen(),
    scope: () => ({ level: this.level, range: this.query.range, name: (this.query.member ?? this.query.unit)?.name }),
    announce: (text) => (this.announcement = text),
    exported: (detail) => this.emit('dk-report-exported', detail),
  });

  /** What the views and tables need: the words, the charts, and the drill-downs. */
  private readonly view: ViewContext = {
    i18n: this.i18n,
    charts: this.charts,
    toUnit: (unit) => void this.query.toUnit(unit),
    toMember: (member) => void this.query.toMember(member),
  };

  /**
   * The views of the reports other than the summary and of an employee's
   * calls, loaded with the first data they show (a failed load is a failed
   * read: its error and Retry).
   */
  private async details(): Promise<DetailViews> {
    return (this.view.details = await loadDetails());
  }

  private readonly report = new Task(this, {
    task: async ([backend, kind, level, from, to, unit], { signal }): Promise<ReportData> => {
      const query = {
        level,
        from,
        to,
        ...(unit?.level === 'department' ? { departmentId: unit.id } : {}),
        ...(unit?.level === 'group' ? { groupId: unit.id } : {}),
      };
      // The other reports are read by their views' module, loaded with their first read.
      if (kind !== 'summary') return (await this.details()).readDetail(backend, kind, query, unit, signal);
      const [spend, usage, budgets] = await Promise.all([
        backend.getSpendReport(query, { signal }),
        backend.getUsageReport(query, { signal }),
        backend.getBudgetReport({ signal }),
      ]);
      return { unit, kind, spend: unwrap(spend), usage: unwrap(usage), budgets: unwrap(budgets) };
    },
    // Not the member: the report stays as it was under an employee's calls, for the way back.
    args: () => [this.backend, this.kind, this.level, this.query.range.from, this.query.range.to, this.query.unit, this.dataRevision] as const,
    onError: (error) => this.reportError(`report.${this.kind}`, error),
  });

  private readonly calls = new Task(this, {
    task: async ([backend, member, from, to, offset], { signal }): Promise<CallPage | undefined> => {
      if (!member) return undefined;
      const [page] = await Promise.all([backend.getCallReport({ memberId: member.id, from, to, offset, limit: CALLS_PAGE }, { signal }), this.details()]);
      return unwrap(page);
    },
    args: () => [this.backend, this.query.member, this.query.range.from, this.query.range.to, this.query.callsOffset, this.dataRevision] as const,
    onError: (error) => this.reportError('getCallReport', error),
  });

  /** The task of what is shown: the member's calls, or the report. */
  private get shown(): Task<readonly unknown[], unknown> {
    return this.query.member ? this.calls : this.report;
  }

  private async restore(state: NavigationState): Promise<void> {
    const given = ++this.restored;
    let drillDown: Awaited<ReturnType<DetailViews['readDrillDown']>> = {};
    try {
      if (state['unit'] || state['member']) drillDown = await (await this.details()).readDrillDown(this.backend, state);
    } catch (error) {
      // The views could not be loaded (the network): the state shows without its drill-down, and the page is told.
      this.reportError('loadElement', error);
    }
    if (given !== this.restored) return;
    this.kind = (state['kind'] ?? 'summary') as ReportKind;
    this.level = (drillDown.unit ? 'employee' : (state['level'] ?? 'department')) as ReportLevel;
    this.from = state['from'] ?? '';
    this.to = state['to'] ?? '';
    Object.assign(this.query, { unit: drillDown.unit, member: drillDown.member, callsOffset: 0 });
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('kind') && !isKind(this.kind)) this.kind = 'summary';
    if (changed.has('level') && !isLevel(this.level)) this.level = 'department';
  }

  override render(): TemplateResult {
    const t = this.i18n.t;
    const range = this.query.range;
    const busy = this.shown.status === TaskStatus.PENDING;
    const actions = html`${this.csvExport.render()}
      <button type="button" class="button" part="print-button" data-help-label="reports:print" @click=${this.print}>${t('print')}</button>`;
    return this.renderFrame(
      html`${this.renderHeading(t('title'), { actions, actionsClass: 'no-print' })}
        <p class="print-only period-line">
          ${t('printHeading', {
            report: t(`kinds.${this.kind}`),
            level: t(`levels.${this.level}`),
            from: this.i18n.date(range.from, { dateStyle: 'long', timeZone: 'UTC' }),
            to: this.i18n.date(range.to, { dateStyle: 'long', timeZone: 'UTC' }),
          })}
        </p>
        ${this.filters.render()} ${this.csvExport.renderError()} ${this.query.renderTrail()}
        <div class="results" tabindex="-1" aria-busy=${busy ? 'true' : 'false'}>${this.renderResults()}</div>`,
      this.announcement,
    );
  }

  /**
   * Loading (with what is being built), error (the filters stay; a retry, or
   * for a period outside the history, the way back to this month), content.
   */
  private renderResults(): TemplateResult {
    const t = this.i18n.t;
    const task = this.shown;
    const error = task.status === TaskStatus.ERROR ? (task.error as DialkitError | undefined) : undefined;
    if (error?.code === 'report_range_unavailable') {
      return html`<div class="state error" part="error" role="alert">
        <p>${this.errorText(error)}</p>
        <button class="button" part="retry-button" @click=${() => this.filters.toThisMonth()}>${t('thisMonth')}</button>
      </div>`;
    }
    // A drill-down is another view: the one left is not kept on screen while it loads.
    const loadingLabel = t('loading');
    const { member, unit } = this.query;
    if (member) {
      const turn = (direction: 1 | -1): void => void this.query.pageCalls(direction);
      return this.renderTask(this.calls, {
        loadingLabel,
        current: (page) => page?.memberId === member.id,
        complete: (page) => (page ? this.view.details!.renderCalls(this.view, page, this.query.callsOffset, turn) : nothing),
      });
    }
    return this.renderTask(this.report, { loadingLabel, current: (data) => data.unit === unit, complete: (data) => renderReport(this.view, data) });
  }

  /** The table on screen, for the export: nothing while it loads or after it failed. */
  private onScreen(): OnScreen<unknown> | null {
    if (this.shown.status !== TaskStatus.COMPLETE) return null;
    if (this.query.member) {
      const page = this.calls.value;
      return page ? { kind: 'calls', table: this.view.details!.callsTable(this.view, page) } : null;
    }
    const data = this.report.value;
    return data ? { kind: data.kind, table: reportTable(this.view, data) } : null;
  }

  private readonly print = (): void => {
    window.print();
  };
}
