import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../../i18n/controller.js';
import type { ChartHandle } from '../chart.js';
import type { DialkitError } from '../../../core/errors.js';
import type { Table, TableModel } from './table-model.js';
import { renderChartTable } from './table-view.js';
import { reimportable } from '../../../core/reimport.js';
import type { ElementHost as Host } from '../../shared/controllers/services.js';

/** Chart.js and the kit's charts, loaded when a chart is first drawn. */
const loadChart = reimportable(() => import('../chart.js'));


/** The charts drawn, by id, with the canvas each is drawn on. */
export type DrawnCharts = Map<string, { handle: ChartHandle; canvas: HTMLCanvasElement }>;

/** A chart of a report, in money of `currency`, with the table of its data. */
export interface ChartView {
  /** Unique in the element: the ids of its title, canvas and table derive from it. */
  id: string;
  title: string;
  kind: 'bar' | 'line';
  /** Bars along the vertical axis, one per row. */
  horizontal?: boolean;
  labels: string[];
  series: { label: string; values: number[]; color: 'accent' | 'second' }[];
  currency: string;
  /** The data table, when the labels alone do not say enough (dates); default: a name and each series per label. */
  table?: Omit<Table, 'caption' | 'empty'>;
}

/**
 * The charts of the element: a figure per chart with its data table (hidden
 * until asked for, for sighted keyboard users; always there for screen
 * readers, the canvas being hidden from them). Chart.js is loaded on the first
 * chart and each chart is drawn after the render that put its canvas there,
 * updated in place while its canvas stays, destroyed when it goes.
 */
export class ChartController implements ReactiveController {
  private readonly drawn: DrawnCharts = new Map();
  /** The charts rendered by the last update, to draw once it is done. */
  private readonly rendered = new Map<string, ChartView>();
  private frame = 0;
  private readonly tablesShown = new Set<string>();

  constructor(
    private readonly host: Host,
    private readonly i18n: LocalizeController,
    private readonly report: (operation: string, error: unknown) => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    // Drawn in the next frame, not at once: drawing reads the theme's colours
    // and the canvas's size, which forces style and layout; at once, that ran
    // in the middle of the other widgets' updates (a language switch updates
    // every widget of the page), and the page was laid out twice.
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      void this.draw();
    });
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    for (const { handle } of this.drawn.values()) handle.destroy();
    this.drawn.clear();
  }

  /** The chart's figure: its title, the canvas (hidden from screen readers) and its data table with the toggle. */
  render(chart: ChartView): TemplateResult {
    const t = this.i18n.t;
    const shown = this.tablesShown.has(chart.id);
    const caption = t('charts.tableCaption', { title: chart.title });
    this.rendered.set(chart.id, chart);
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
        aria-label=${shown ? caption : nothing}
      >
        ${renderChartTable({ ...(chart.table ?? this.seriesTable(chart)), caption, empty: '' }, this.i18n)}
      </div>
    </figure>`;
  }

  /** The data of a chart by name: a row per label, a column per series. */
  private seriesTable(chart: ChartView): Omit<TableModel<number>, 'caption' | 'empty'> {
    const { currency } = chart;
    return {
      rows: chart.labels.map((_, i) => i),
      columns: [
        { head: this.i18n.t('columns.name'), cell: (i) => chart.labels[i] ?? '' },
        ...chart.series.map((s) => ({ head: s.label, cell: (i: number) => ({ amountMinor: s.values[i] ?? 0, currency }), numeric: true })),
      ],
    };
  }

  private toggleTable(id: string): void {
    if (!this.tablesShown.delete(id)) this.tablesShown.add(id);
    this.host.requestUpdate();
  }

  /** Draws (or updates) the charts rendered by the last update, loading Chart.js on first use. */
  private async draw(): Promise<void> {
    const views = [...this.rendered.values()];
    this.rendered.clear();
    const root = this.host.renderRoot;
    for (const [id, { handle }] of this.drawn) {
      if (!root.querySelector(`#${id}-canvas`)) {
        handle.destroy();
        this.drawn.delete(id);
      }
    }
    if (views.length === 0) return;
    let module: typeof import('../chart.js');
    try {
      module = await loadChart();
    } catch (error) {
      this.report('loadChart', error as DialkitError);
      return;
    }
    module.drawViews(this.host, views, this.drawn, this.i18n);
  }
}
