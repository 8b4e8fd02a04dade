import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, spyOn, userEvent, waitFor } from 'storybook/test';
import '../src/elements/reports/define.js';
import { elementApi, inShadow, localeOf, scenario, stateStories } from './support.js';

type Args = { kind: string; level: string; from: string; to: string };
type Story = StoryObj<Args>;

const root = (canvas: HTMLElement) => canvas.querySelector('dk-reports')!.shadowRoot!;

/** Waits until the report's table is shown and nothing is loading. */
async function shown(canvas: HTMLElement, selector = 'table[part="table"]'): Promise<void> {
  await inShadow(canvas, 'dk-reports', selector);
  await waitFor(() => expect(root(canvas).querySelector('[part="loading"]')).toBeNull(), { timeout: 20_000 });
}

const api = elementApi('dk-reports');

const meta: Meta<Args> = {
  title: 'Workflows/Reports',
  component: 'dk-reports',
  args: api.args,
  argTypes: api.argTypes,
  render: api.render,
  beforeEach: scenario('default') as never,
};
export default meta;

/** This month's summary: totals, budgets, both charts, spend by department. */
export const Summary: Story = {
  play: async ({ canvasElement }) => {
    await shown(canvasElement);
    await waitFor(() => expect(root(canvasElement).querySelectorAll('canvas').length).toBe(2), { timeout: 20_000 });
  },
};

/** The chart's data table shown for sighted keyboard users too. */
export const ChartTable: Story = {
  play: async ({ canvasElement }) => {
    await shown(canvasElement);
    const toggle = await inShadow<HTMLButtonElement>(canvasElement, 'dk-reports', 'button[aria-controls="over-time-table"]');
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
  },
};

export const SummaryByGroup: Story = {
  args: { level: 'group' },
  play: async ({ canvasElement }) => shown(canvasElement),
};

export const Purchases: Story = {
  args: { kind: 'purchases', from: '', to: '' },
  play: async ({ canvasElement }) => shown(canvasElement, '[part="totals"]'),
};

export const Allocations: Story = {
  args: { kind: 'allocations' },
  play: async ({ canvasElement }) => shown(canvasElement),
};

/** Usage by employee: members without consent listed without details, with the privacy note. */
export const UsageByEmployee: Story = {
  args: { kind: 'usage', level: 'employee' },
  play: async ({ canvasElement }) => {
    await shown(canvasElement);
    await inShadow(canvasElement, 'dk-reports', '[part="privacy"]');
  },
};

/** Usage by group: groups of fewer than 3 folded into "Other". */
export const UsageByGroup: Story = {
  args: { kind: 'usage', level: 'group' },
  play: async ({ canvasElement }) => shown(canvasElement),
};

/** Drill-down: a department's employees, then one employee's calls. */
export const EmployeeCalls: Story = {
  args: { kind: 'usage', level: 'department' },
  play: async ({ canvasElement }) => {
    await shown(canvasElement);
    const drill = await inShadow<HTMLButtonElement>(canvasElement, 'dk-reports', 'tbody button');
    await userEvent.click(drill);
    await waitFor(() => expect(root(canvasElement).querySelector('nav.trail')).not.toBeNull(), { timeout: 20_000 });
    await shown(canvasElement, 'tbody button');
    await userEvent.click(root(canvasElement).querySelector<HTMLButtonElement>('tbody button')!);
    await shown(canvasElement, 'nav.pager');
  },
};

/**
 * The CSV export in the reader's spreadsheet form (semicolons and decimal
 * commas in Polish and French, commas and decimal points in English), the
 * other form chosen beside the button, and a lower-case file name.
 */
export const ExportFormats: Story = {
  args: { kind: 'usage' },
  play: async ({ canvasElement, globals }) => {
    await shown(canvasElement);
    const usual = localeOf(globals) === 'en' ? 'comma' : 'semicolon';
    const other = usual === 'comma' ? 'semicolon' : 'comma';
    const select = await inShadow<HTMLSelectElement>(canvasElement, 'dk-reports', '#csv-format');
    await expect(select.value).toBe(usual);
    await userEvent.selectOptions(select, other);
    await waitFor(() => expect(select.value).toBe(other));
    // The file is made, not saved: the download link is not followed.
    const click = spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const exported = new Promise<string>((resolve) =>
      canvasElement.addEventListener('dk-report-exported', (e) => resolve((e as CustomEvent<{ filename: string }>).detail.filename), { once: true }),
    );
    try {
      await userEvent.click(root(canvasElement).querySelector<HTMLButtonElement>('[part="export-button"]')!);
      const filename = await exported;
      await expect(filename).toBe(filename.toLowerCase());
    } finally {
      click.mockRestore();
    }
  },
};

/** A custom range with its last day before its first: refused in place. */
export const ReversedRange: Story = {
  play: async ({ canvasElement }) => {
    await shown(canvasElement);
    const select = root(canvasElement).querySelector<HTMLSelectElement>('#period')!;
    await userEvent.selectOptions(select, 'custom');
    const from = await inShadow<HTMLInputElement>(canvasElement, 'dk-reports', '#from');
    const to = root(canvasElement).querySelector<HTMLInputElement>('#to')!;
    const day = new Date().toISOString().slice(0, 10);
    const earlier = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
    from.value = day;
    from.dispatchEvent(new Event('input'));
    to.value = earlier;
    to.dispatchEvent(new Event('input'));
    await userEvent.click(root(canvasElement).querySelector<HTMLButtonElement>('form.custom button[type="submit"]')!);
    await inShadow(canvasElement, 'dk-reports', '#range-problem');
  },
};

/** A period outside the six months held: the message, and the way back to this month. */
export const RangeUnavailable: Story = {
  args: { kind: 'usage', from: '2020-01-01', to: '2020-01-31' },
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, 'dk-reports', '[part="error"]');
  },
};

const states = stateStories<Args>('dk-reports', {
  content: 'table[part="table"]',
  args: { Empty: { kind: 'purchases' }, Failing: { kind: 'allocations' }, Offline: { kind: 'usage' } },
});
export const Loading: Story = states.Loading;
/** A company just set up: no calls, no purchases yet. */
export const Empty: Story = states.Empty;
export const Failing: Story = states.Failing;
export const Offline: Story = states.Offline;
