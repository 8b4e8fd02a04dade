import { html, nothing, type TemplateResult } from 'lit';
import type { ReportLevel } from '../../../adapter/types.js';
import type { DialkitError } from '../../../core/errors.js';
import type { DayRange } from '../../../core/period.js';
import type { ElementServices } from '../../shared/controllers/services.js';
import type { CsvFormat } from '../csv.js';
import type { TableModel } from './table-model.js';
import type { ReportKind } from './types.js';
import type { ElementHost as Host } from '../../shared/controllers/services.js';
import { reimportable } from '../../../core/reimport.js';

/** The CSV writer, loaded with the first export. */
const loadCsv = reimportable(() => import('../csv.js'));


/** The table on screen and what it is, for the export. */
export interface OnScreen<R> {
  kind: ReportKind | 'calls';
  table: TableModel<R>;
}

/**
 * The two forms of CSV spreadsheets read: semicolons between fields with a
 * decimal comma (Excel in Polish or French), or commas with a decimal point.
 */
const FORMATS = {
  semicolon: { delimiter: ';', decimal: ',' },
  comma: { delimiter: ',', decimal: '.' },
} as const satisfies Record<string, CsvFormat>;
export type CsvFormatName = keyof typeof FORMATS;

export interface ExportOptions extends Pick<ElementServices, 'report' | 'describe' | 't'> {
  /** A number in the reader's language (`0,5` or `0.5`): its decimal separator picks the usual format. */
  number: (value: number) => string;
  /** The table on screen (none while loading or after a failure). */
  onScreen: () => OnScreen<unknown> | null;
  /** What the export covers: level, days, and the unit or member drilled into. */
  scope: () => { level: ReportLevel; range: DayRange; name?: string };
  announce: (text: string) => void;
  /** Tells the page the file was made (`dk-report-exported`). */
  exported: (detail: { kind: ReportKind | 'calls'; level: ReportLevel; from: string; to: string; rows: number; filename: string }) => void;
}

/**
 * The CSV export of the table on screen, written from the same description as
 * the screen's table (csv.ts, loaded on first use), and downloaded under a
 * lower-case name that says the report, the unit or member and the days; in
 * the reader's spreadsheet convention unless the other form is chosen.
 */
export class CsvExport {
  /** Why the last export could not start (the CSV module did not load), until the query changes. */
  error?: DialkitError;

  constructor(
    private readonly host: Host,
    private readonly options: ExportOptions,
  ) {}

  /** The form chosen by the reader; until then, the one their language uses. */
  private chosen?: CsvFormatName;

  get format(): CsvFormatName {
    return this.chosen ?? (this.options.number(0.5).includes(',') ? 'semicolon' : 'comma');
  }

  /** The choice of format, then the button that exports. */
  render(): TemplateResult {
    const t = this.options.t;
    const format = this.format;
    return html`<span class="csv-format">
        <label for="csv-format">${t('csv.format')}</label>
        <select id="csv-format" part="csv-format" @change=${this.choose}>
          ${(Object.keys(FORMATS) as CsvFormatName[]).map(
            (name) => html`<option value=${name} ?selected=${name === format}>${t(`csv.formats.${name}`)}</option>`,
          )}
        </select>
      </span>
      <button type="button" class="button" part="export-button" data-help-label="reports:export" @click=${this.run}>${t('export')}</button>`;
  }

  private readonly choose = (event: Event): void => {
    this.chosen = (event.target as HTMLSelectElement).value as CsvFormatName;
    this.host.requestUpdate();
  };

  dismiss(): void {
    this.error = undefined;
  }

  renderError(): TemplateResult | typeof nothing {
    return this.error ? html`<p class="alert" role="alert">${this.options.describe(this.error)}</p>` : nothing;
  }

  readonly run = async (): Promise<void> => {
    this.error = undefined;
    this.host.requestUpdate();
    let csv: typeof import('../csv.js');
    try {
      csv = await loadCsv();
    } catch (error) {
      this.error = this.options.report('exportCsv', error as DialkitError);
      this.host.requestUpdate();
      return;
    }
    csv.exportOnScreen(this.options, FORMATS[this.format], this.host.renderRoot);
  };
}
