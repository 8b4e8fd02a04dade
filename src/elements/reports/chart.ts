/**
 * The charts of dk-reports, on Chart.js (canvas), registered piece by piece
 * so only the bar and line charts are bundled. Loaded with `import()` when a
 * chart is first shown: the rest of the kit never pays for it. Chart.js sizes
 * its canvas through the CSSOM (`canvas.style.width = ...`), never a `style`
 * attribute, so a strict CSP allows it.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

import type { LocalizeController } from '../../i18n/controller.js';
import type { ChartView, DrawnCharts } from './internal/chart-controller.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

export interface ChartSeries {
  label: string;
  values: readonly number[];
  color: string;
}

export interface ChartSpec {
  kind: 'bar' | 'line';
  labels: readonly string[];
  series: readonly ChartSeries[];
  /** Bars along the vertical axis (one per row, names readable). */
  horizontal?: boolean;
  /** Formats a value (ticks and tooltips), in the element's language. Values are whole units (minor units of money). */
  format: (value: number) => string;
  /** A tooltip's text for a series and its formatted value, in the element's language. */
  tooltip: (series: string, value: string) => string;
  /** Colours of text and grid lines, read from the element's theme. */
  text: string;
  grid: string;
}

export interface ChartHandle {
  update(spec: ChartSpec): void;
  destroy(): void;
}

function configOf(spec: ChartSpec): ChartConfiguration<'bar' | 'line'> {
  const reduceMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const valueAxis = spec.horizontal ? 'x' : 'y';
  const categoryAxis = spec.horizontal ? 'y' : 'x';
  // Nothing to scale (every value 0): the axis says 0 once, instead of the
  // 0 to 1 Chart.js would spread, whose fractions round to the same label.
  const allZero = spec.series.every((s) => s.values.every((v) => v === 0));
  return {
    type: spec.kind,
    data: {
      labels: [...spec.labels],
      datasets: spec.series.map((s) => ({
        label: s.label,
        data: [...s.values],
        backgroundColor: s.color,
        borderColor: s.color,
        borderWidth: spec.kind === 'line' ? 2 : 0,
        pointRadius: spec.kind === 'line' ? 2 : 0,
        tension: 0.2,
      })),
    },
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 300 },
      color: spec.text,
      plugins: {
        legend: { display: spec.series.length > 1, labels: { color: spec.text } },
        tooltip: { callbacks: { label: (item) => spec.tooltip(item.dataset.label ?? '', spec.format(Number(item.raw))) } },
      },
      scales: {
        [valueAxis]: {
          beginAtZero: true,
          ...(allZero ? { max: 0 } : {}),
          // Values are whole units (minor units of money): no tick between two, which would repeat a label.
          ticks: { color: spec.text, precision: 0, callback: (value: string | number) => spec.format(Number(value)) },
          grid: { color: spec.grid },
        },
        [categoryAxis]: { ticks: { color: spec.text, autoSkip: true }, grid: { display: false } },
      },
    },
  };
}

/** Draws a chart on `canvas` (sized by its container). */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): ChartHandle {
  const chart = new Chart(canvas, configOf(spec));
  let shown = spec;
  return {
    update(next) {
      const config = configOf(next);
      // The same figures in other words (a language switch, a theme): drawn
      // at once, not animated again from where they already are.
      const sameFigures =
        next.kind === shown.kind &&
        next.series.length === shown.series.length &&
        next.series.every((s, i) => s.values.length === shown.series[i]!.values.length && s.values.every((v, j) => v === shown.series[i]!.values[j]));
      shown = next;
      chart.data = config.data;
      chart.options = config.options ?? {};
      chart.update(sameFigures ? 'none' : undefined);
    },
    destroy() {
      chart.destroy();
    },
  };
}

/**
 * Draws `views` in the canvases of `host` that bear their ids, in the colours
 * of its theme and the words of its language: a chart whose canvas stays is
 * updated in place, one on a new canvas drawn afresh (`drawn` keeps them).
 */
export function drawViews(host: HTMLElement & { renderRoot: ParentNode }, views: readonly ChartView[], drawn: DrawnCharts, i18n: LocalizeController): void {
  const style = getComputedStyle(host);
  const color = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  const palette = { accent: color('--_accent', '#0a5cc2'), second: color('--_chart-2', '#b35900') };
  const text = color('--_text', '#1b1f24');
  const grid = color('--_border', '#c9d0d9');
  for (const view of views) {
    const canvas = host.renderRoot.querySelector<HTMLCanvasElement>(`#${view.id}-canvas`);
    if (!canvas) continue;
    const { currency } = view;
    const spec: ChartSpec = {
      kind: view.kind,
      horizontal: view.horizontal,
      labels: view.labels,
      series: view.series.map((s) => ({ label: s.label, values: s.values, color: palette[s.color] })),
      format: (value) => i18n.money({ amountMinor: Math.round(value), currency }),
      tooltip: (series, value) => i18n.t('chartTooltip', { series, value }),
      text,
      grid,
    };
    const existing = drawn.get(view.id);
    if (existing?.canvas === canvas) existing.handle.update(spec);
    else {
      existing?.handle.destroy();
      drawn.set(view.id, { handle: drawChart(canvas, spec), canvas });
    }
  }
}
