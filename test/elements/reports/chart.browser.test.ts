import { afterEach, describe, expect, it } from 'vitest';
import { Chart } from 'chart.js';
import { drawChart, type ChartHandle, type ChartSpec } from '../../../src/elements/reports/chart.js';
import { formatMoney } from '../../../src/i18n/format.js';

let handle: ChartHandle | undefined;

afterEach(() => {
  handle?.destroy();
  handle = undefined;
  document.body.replaceChildren();
});

/** Draws a chart of amounts in minor units of PLN, formatted in Polish, and gives the labels of its value axis. */
function valueAxisLabels(values: number[], horizontal = false): string[] {
  const box = document.createElement('div');
  box.style.setProperty('width', '480px');
  box.style.setProperty('height', '320px');
  const canvas = document.createElement('canvas');
  box.append(canvas);
  document.body.append(box);
  const spec: ChartSpec = {
    kind: 'bar',
    horizontal,
    labels: values.map((_, i) => `Dział ${i + 1}`),
    series: [{ label: 'Wydatki', values, color: '#0a5cc2' }],
    format: (value) => formatMoney('pl', { amountMinor: Math.round(value), currency: 'EUR' }),
    tooltip: (series, value) => `${series}: ${value}`,
    text: '#1b1f24',
    grid: '#c9d0d9',
  };
  handle = drawChart(canvas, spec);
  const chart = Chart.getChart(canvas)!;
  return chart.scales[horizontal ? 'x' : 'y']!.ticks.map((tick) => String(tick.label));
}

describe('the charts of dk-reports', () => {
  it('show 0 alone on the value axis when every value is zero, not one rounded label repeated', () => {
    for (const horizontal of [false, true]) {
      const labels = valueAxisLabels([0, 0, 0], horizontal);
      expect(labels).toEqual([formatMoney('pl', { amountMinor: 0, currency: 'EUR' })]);
    }
  });

  it('never repeat a label for small amounts: ticks fall on whole minor units', () => {
    const labels = valueAxisLabels([0, 2, 3]);
    expect(labels.length).toBeGreaterThan(1);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('keep a readable axis for ordinary amounts', () => {
    const labels = valueAxisLabels([120_000, 45_000, 310_000]);
    expect(labels[0]).toBe(formatMoney('pl', { amountMinor: 0, currency: 'EUR' }));
    expect(labels.length).toBeGreaterThan(2);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
