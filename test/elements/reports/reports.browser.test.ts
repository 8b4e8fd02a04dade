import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/elements/reports/define.js';
import type { DkReports } from '../../../src/elements/reports/reports.js';
import { LOCALES, type Locale } from '../../../src/i18n/locales.js';
import { monthRange } from '../../../src/core/period.js';
import { decimal } from '../../../src/elements/reports/csv.js';
import { deepActiveElement, expectNoAxeViolations, find, mount, named, norm, tabTo, textOf, waitForText } from '../../support/dom.js';
import { eventsAtDocument, mockBackend, scenario, t, use } from '../../support/browser.js';

const WAIT = { timeout: 20_000, interval: 25 };

mockBackend({ namespaces: ['reports', 'common', 'errors'] });

/** The blobs handed to `URL.createObjectURL` (the CSV downloads). */
let downloads: Blob[] = [];
beforeEach(() => {
  downloads = [];
  const create = URL.createObjectURL.bind(URL);
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    downloads.push(blob as Blob);
    return create(blob as Blob);
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const today = () => new Date().toISOString().slice(0, 10);
const thisMonth = () => monthRange(today().slice(0, 7), today());

async function mountIn(locale: Locale, attributes = ''): Promise<{ el: DkReports; root: ShadowRoot }> {
  const el = await mount<DkReports>(`<div lang="${locale}"><dk-reports ${attributes}></dk-reports></div>`, 'dk-reports');
  return { el, root: el.shadowRoot! };
}

const recordEvents = () => eventsAtDocument(['dk-report-exported', 'dk-error']);

/** Waits for the report table (or another selector) to be rendered and not loading. */
async function ready(root: ShadowRoot, selector = 'table[part="table"]'): Promise<HTMLElement> {
  const found = await find<HTMLElement>(root, selector, 8000);
  await vi.waitFor(() => expect(root.querySelector('[part="loading"]')).toBeNull(), WAIT);
  return found;
}

async function choose(root: ShadowRoot, name: 'kind' | 'level', value: string): Promise<void> {
  const radio = root.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
  radio.click();
  await vi.waitFor(() => expect(radio.checked).toBe(true), WAIT);
}

const rowNames = (table: Element) => [...table.querySelectorAll('tbody th[scope="row"]')].map((th) => norm(th.textContent ?? ''));

async function downloadedText(): Promise<string> {
  await vi.waitFor(() => expect(downloads.length).toBeGreaterThan(0), WAIT);
  const bytes = new Uint8Array(await downloads.at(-1)!.arrayBuffer());
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** The downloaded file as a spreadsheet reads it (Papa Parse, the delimiter given), after its byte order mark and with CRLF line ends. */
async function downloadedRows(delimiter: ',' | ';'): Promise<string[][]> {
  const text = await downloadedText();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text.endsWith('\r\n')).toBe(true);
  const result = Papa.parse<string[]>(text.slice(1), { delimiter, newline: '\r\n', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('dk-reports', () => {
  for (const locale of LOCALES) {
    describe(`in ${locale}`, () => {
      it('opens on this month’s summary: totals, budgets with runway, both charts with their tables, axe-clean', async () => {
        const { root } = await mountIn(locale);
        await ready(root);
        const range = thisMonth();
        const spend = scenario.backend.getSpendReport({ level: 'department', ...range }).body;
        const text = textOf(root);
        expect(text).toContain(t(locale, 'reports:title'));
        expect(text).toContain(norm(t(locale, 'reports:totals.purchases')));
        const totals = root.querySelector('[part="totals"]')!;
        expect(textOf(totals)).toContain(norm(new Intl.NumberFormat(locale === 'en' ? 'en' : locale, { style: 'currency', currency: 'PLN' }).format(spend.totals.purchases.amountMinor / 100)));
        // Budgets: every department of 3 or more with its runway text.
        const budgets = scenario.backend.getBudgetReport().body;
        const budgetText = textOf(root.querySelector('[part="budgets"]')!);
        for (const row of budgets.rows) expect(budgetText).toContain(norm(row.name));
        // Charts are drawn on canvas (Chart.js loaded on demand), each with a data table.
        await vi.waitFor(() => expect(root.querySelectorAll('canvas').length).toBe(2), WAIT);
        await vi.waitFor(() => expect(root.querySelector<HTMLCanvasElement>('#over-time-canvas')!.width).toBeGreaterThan(0), WAIT);
        const overTime = root.querySelector('#over-time-table table')!;
        expect(overTime.querySelectorAll('tbody tr').length).toBe(spend.series.length);
        expect(root.querySelector('#over-time-canvas')!.closest('[aria-hidden="true"]')).not.toBeNull();
        await expectNoAxeViolations(root.host);
      });

      it('shows each report at each level, with the privacy note, axe-clean', async () => {
        const { root } = await mountIn(locale);
        await ready(root);
        const range = thisMonth();
        for (const kind of ['summary', 'allocations', 'usage'] as const) {
          await choose(root, 'kind', kind);
          for (const level of ['group', 'department', 'employee'] as const) {
            await choose(root, 'level', level);
            const report =
              kind === 'usage'
                ? scenario.backend.getUsageReport({ level, ...range }).body
                : scenario.backend.getSpendReport({ level, ...range }).body;
            await waitForText(root, t(locale, `reports:tables.${kind === 'summary' ? 'spend' : kind}.${level}`), 8000);
            const table = await ready(root);
            const names = rowNames(table);
            expect(names).toHaveLength(report.rows.length);
            const shown = report.rows.find((r) => r.name !== '' && r.id !== 'other');
            if (shown) expect(names).toContain(norm(shown.name));
            if (report.privacy.hiddenMembers > 0) {
              expect(textOf(root)).toContain(norm(t(locale, 'reports:privacy.hidden', { count: report.privacy.hiddenMembers })));
              expect(names).toContain(norm(t(locale, 'reports:rows.private')));
              // Their figures say they are withheld, not zero.
              const row = [...table.querySelectorAll('tbody tr')].find((tr) => textOf(tr.querySelector('th')!) === norm(t(locale, 'reports:rows.private')))!;
              expect(textOf(row.querySelector('td')!)).toBe(norm(t(locale, 'reports:rows.withheld')));
            }
            if (report.privacy.foldedUnits > 0) {
              const key = level === 'group' ? 'reports:privacy.foldedGroups' : 'reports:privacy.foldedDepartments';
              expect(textOf(root)).toContain(norm(t(locale, key, { count: report.privacy.foldedUnits })));
              expect(names).toContain(norm(t(locale, 'reports:rows.other')));
            }
            await expectNoAxeViolations(root.host);
          }
        }
        await choose(root, 'kind', 'purchases');
        await waitForText(root, t(locale, 'reports:purchasesIntro'), 8000);
        const purchases = scenario.backend.listLedger({ kind: 'purchase', ...range }).body;
        if (purchases.total > 0) expect((await ready(root)).querySelectorAll('tbody tr').length).toBe(purchases.total);
        expect(root.querySelector('input[name="level"]')).toBeNull();
        await expectNoAxeViolations(root.host);
      });
    });
  }

  it('drills down by keyboard: department -> its employees -> one employee’s calls, paged, and back', async () => {
    const { root } = await mountIn('pl', 'kind="usage"');
    await ready(root);
    const range = thisMonth();
    const departments = scenario.backend.getUsageReport({ level: 'department', ...range }).body.rows.filter((r) => !r.suppressed);
    const department = departments.find((d) => d.calls > 0)!;
    await tabTo(named(t('pl', 'common:actionOn', { action: t('pl', 'reports:showEmployees'), name: department.name })), 120);
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(deepActiveElement()?.id).toBe('results-title'), WAIT);
    await waitForText(root, t('pl', 'reports:tables.usage.employee'), 8000);
    const employees = scenario.backend.getUsageReport({ level: 'employee', departmentId: department.id, ...range }).body.rows;
    expect(rowNames(await ready(root))).toHaveLength(employees.length);
    expect(textOf(root.querySelector('nav.trail')!)).toContain(norm(department.name));
    await expectNoAxeViolations(root.host);

    // The busiest employee with consent: their calls, per day and destination, newest first.
    const employee = employees.filter((e) => !e.suppressed).sort((a, b) => b.calls - a.calls)[0]!;
    await tabTo(named(t('pl', 'common:actionOn', { action: t('pl', 'reports:showCalls'), name: employee.name })), 120);
    await userEvent.keyboard('{Enter}');
    await waitForText(root, t('pl', 'reports:calls.caption', { name: employee.name }), 8000);
    const page = scenario.backend.getCallReport({ memberId: employee.id, ...range, limit: 50 }).body;
    const table = await ready(root);
    expect(table.querySelectorAll('tbody tr').length).toBe(page.items.length);
    expect(textOf(root)).toContain(norm(t('pl', 'reports:calls.range', { first: '1', last: String(page.items.length), total: String(page.total) })));
    await expectNoAxeViolations(root.host);
    if (page.total > 50) {
      await tabTo(named(t('pl', 'reports:calls.next')), 40);
      await userEvent.keyboard('{Enter}');
      await waitForText(root, t('pl', 'reports:calls.range', { first: '51', last: String(Math.min(100, page.total)), total: String(page.total) }), 8000);
    }
    // Back up the trail.
    const back = [...root.querySelectorAll<HTMLButtonElement>('nav.trail button')].find((b) => textOf(b) === norm(department.name))!;
    back.focus();
    await userEvent.keyboard('{Enter}');
    await waitForText(root, t('pl', 'reports:tables.usage.employee'), 8000);
    const all = root.querySelector<HTMLButtonElement>('nav.trail button')!;
    all.focus();
    await userEvent.keyboard('{Enter}');
    await waitForText(root, t('pl', 'reports:tables.usage.department'), 8000);
    expect(root.querySelector('nav.trail')).toBeNull();
  });

  it('changes report, level and month with the keyboard alone', async () => {
    const { el, root } = await mountIn('en');
    await ready(root);
    await tabTo((e) => (e as HTMLInputElement).name === 'kind');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await vi.waitFor(() => expect(el.kind).toBe('allocations'), WAIT);
    await tabTo((e) => (e as HTMLInputElement).name === 'level');
    await userEvent.keyboard('{ArrowLeft}');
    await vi.waitFor(() => expect(el.level).toBe('group'), WAIT);
    await waitForText(root, t('en', 'reports:tables.allocations.group'), 8000);
    await tabTo((e) => e.id === 'period');
    await userEvent.keyboard('{ArrowDown}');
    const previous = new Date(`${today().slice(0, 7)}-01T00:00:00Z`);
    previous.setUTCMonth(previous.getUTCMonth() - 1);
    const month = previous.toISOString().slice(0, 7);
    await vi.waitFor(() => expect(el.from).toBe(monthRange(month, today()).from), WAIT);
    const spend = scenario.backend.getSpendReport({ level: 'group', ...monthRange(month, today()) }).body;
    await vi.waitFor(() => expect(textOf(root.querySelector('tfoot')!)).toContain(norm(new Intl.NumberFormat('en', { style: 'currency', currency: 'PLN' }).format(spend.totals.allocations.amountMinor / 100))), WAIT);
  });

  it('takes a custom range, refuses a reversed one in place, and says when a period is outside the history', async () => {
    const events = recordEvents();
    const { el, root } = await mountIn('fr');
    await ready(root);
    const select = root.querySelector<HTMLSelectElement>('#period')!;
    select.value = 'custom';
    select.dispatchEvent(new Event('change'));
    const from = await find<HTMLInputElement>(root, '#from');
    const to = root.querySelector<HTMLInputElement>('#to')!;
    from.focus();
    from.value = '';
    from.dispatchEvent(new Event('input'));
    to.value = '';
    to.dispatchEvent(new Event('input'));
    const first = thisMonth().from;
    from.value = today();
    from.dispatchEvent(new Event('input'));
    to.value = first === today() ? first : first;
    to.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('form.custom button[type="submit"]')!.click();
    if (first !== today()) {
      await waitForText(root, t('fr', 'reports:rangeReversed'));
      expect(from.getAttribute('aria-invalid')).toBe('true');
      await expectNoAxeViolations(root.host);
    }
    // A range before the six months held: the backend says so, the filters stay, one click goes back.
    el.from = '2020-01-01';
    el.to = '2020-01-31';
    await waitForText(root, t('fr', 'errors:report_range_unavailable'), 8000);
    expect(root.querySelector<HTMLSelectElement>('#period')!.value).toBe('custom');
    expect(events.some((e) => e.type === 'dk-error' && e.detail.error.code === 'report_range_unavailable')).toBe(true);
    await expectNoAxeViolations(root.host);
    root.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await ready(root);
    expect(el.from).toBe(thisMonth().from);
  });

  it('keeps the filters when a report fails, and retries', async () => {
    const { el, root } = await mountIn('pl', 'kind="usage" level="group"');
    await ready(root);
    scenario.control.failNext = Number.POSITIVE_INFINITY;
    await choose(root, 'level', 'employee');
    await find(root, '[part="error"]', 8000);
    expect(textOf(root)).toContain(norm(t('pl', 'errors:internal')).slice(0, 10));
    expect(el.kind).toBe('usage');
    expect(root.querySelector<HTMLInputElement>('input[name="level"][value="employee"]')!.checked).toBe(true);
    await expectNoAxeViolations(root.host);
    scenario.control.failNext = 0;
    root.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitForText(root, t('pl', 'reports:tables.usage.employee'), 8000);
  });

  it('shows progress while a slow report is built', async () => {
    use('slow');
    const { root } = await mountIn('fr');
    const loading = await find(root, '[part="loading"]');
    expect(textOf(loading)).toContain(norm(t('fr', 'reports:loading')));
    expect(root.querySelector('.results')!.getAttribute('aria-busy')).toBe('true');
    await expectNoAxeViolations(root.host);
    // Nothing is on screen yet, so nothing is exported.
    root.querySelector<HTMLButtonElement>('[part="export-button"]')!.click();
    await waitForText(root.querySelector('[role="status"]')!, t('fr', 'reports:exportNothing'));
    expect(downloads).toHaveLength(0);
    await ready(root);
  });

  it('exports what is on screen as a Polish spreadsheet reads it: semicolons, decimal commas, UTF-8 with a BOM, names with diacritics intact', async () => {
    const events = recordEvents();
    const { root } = await mountIn('pl', 'kind="usage" level="employee"');
    await ready(root);
    const range = thisMonth();
    const report = scenario.backend.getUsageReport({ level: 'employee', ...range }).body;
    expect(root.querySelector<HTMLSelectElement>('#csv-format')!.value).toBe('semicolon');
    await tabTo(named(t('pl', 'reports:export')));
    await userEvent.keyboard('{Enter}');
    const rows = await downloadedRows(';');
    expect(rows.length).toBe(report.rows.length + 2);
    expect(rows[0]).toContain(t('pl', 'reports:columns.name'));
    const named1 = report.rows.find((r) => /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/.test(r.name)) ?? report.rows.find((r) => r.name !== '')!;
    const row = rows.find((r) => r[0] === named1.name)!;
    expect(row).toContain(String(named1.calls));
    expect(row).toContain(decimal(named1.cost.amountMinor, 'PLN', ','));
    expect(rows.at(-1)![0]).toBe(t('pl', 'reports:rows.total'));
    expect(rows.at(-1)).toContain(decimal(report.totals.cost.amountMinor, 'PLN', ','));
    // No private name leaks into the file.
    expect(rows.some((r) => r[0] === t('pl', 'reports:rows.private'))).toBe(true);
    const exported = events.find((e) => e.type === 'dk-report-exported')!;
    expect(exported.detail).toMatchObject({ kind: 'usage', level: 'employee', from: range.from, to: range.to, rows: report.rows.length + 1 });
    expect(exported.detail.filename).toBe(`raport-${t('pl', 'reports:kinds.usage').toLowerCase()}-${range.from}-${range.to}.csv`);
    expect(downloads.at(-1)!.type).toBe('text/csv;charset=utf-8');
  });

  it('offers the plain comma form as a choice, by keyboard, in the reader\'s language', async () => {
    const events = recordEvents();
    const { el, root } = await mountIn('fr', 'kind="usage" level="department"');
    await ready(root);
    const select = root.querySelector<HTMLSelectElement>('#csv-format')!;
    expect([...select.options].map((o) => norm(o.textContent ?? ''))).toEqual([
      t('fr', 'reports:csv.formats.semicolon'),
      t('fr', 'reports:csv.formats.comma'),
    ]);
    expect(select.value).toBe('semicolon');
    await tabTo(named(t('fr', 'reports:csv.format')));
    await userEvent.keyboard('{ArrowDown}');
    await vi.waitFor(() => expect(select.value).toBe('comma'), WAIT);
    await expectNoAxeViolations(el);
    await tabTo(named(t('fr', 'reports:export')));
    await userEvent.keyboard('{Enter}');
    const range = thisMonth();
    const report = scenario.backend.getUsageReport({ level: 'department', ...range }).body;
    const rows = await downloadedRows(',');
    expect(rows.at(-1)![0]).toBe(t('fr', 'reports:rows.total'));
    expect(rows.at(-1)).toContain(decimal(report.totals.cost.amountMinor, 'PLN', '.'));
    const filename = events.find((e) => e.type === 'dk-report-exported')!.detail.filename;
    expect(filename).toBe(`rapport-${t('fr', 'reports:kinds.usage').toLowerCase()}-${range.from}-${range.to}.csv`);
    // The choice stays for the next export; English readers start with the comma form.
    expect(root.querySelector<HTMLSelectElement>('#csv-format')!.value).toBe('comma');
    const english = await mountIn('en', 'kind="usage"');
    await ready(english.root);
    expect(english.root.querySelector<HTMLSelectElement>('#csv-format')!.value).toBe('comma');
  });

  it('exports allocations by group in French: the folded row, and totals equal to the ledger', async () => {
    const { root } = await mountIn('fr', 'kind="allocations" level="group"');
    await ready(root);
    const range = thisMonth();
    const report = scenario.backend.getSpendReport({ level: 'group', ...range }).body;
    const ledger = Math.abs(scenario.backend.listLedger({ kind: 'allocation', ...range, limit: 1 }).body.sum.amountMinor);
    root.querySelector<HTMLButtonElement>('[part="export-button"]')!.click();
    const rows = await downloadedRows(';');
    expect(rows[0]).toEqual(
      [t('fr', 'reports:columns.name'), t('fr', 'reports:columns.allocations'), t('fr', 'reports:columns.reclaims'), t('fr', 'reports:columns.subscriptions'), t('fr', 'reports:columns.numbers'), t('fr', 'reports:columns.currency')],
    );
    const total = rows.at(-1)!;
    expect(total[0]).toBe(t('fr', 'reports:rows.total'));
    expect(total[1]).toBe(decimal(ledger, 'PLN', ','));
    if (report.privacy.foldedUnits > 0) expect(rows.some((r) => r[0] === t('fr', 'reports:rows.other'))).toBe(true);
    for (const row of report.rows.filter((r) => r.name !== '')) expect(rows.some((r) => r[0] === row.name)).toBe(true);
  });

  it('prints with the Print button', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { root } = await mountIn('en');
    await ready(root);
    await tabTo(named(t('en', 'reports:print')));
    await userEvent.keyboard('{Enter}');
    expect(print).toHaveBeenCalledTimes(1);
    expect(textOf(root.querySelector('.print-only')!)).toContain(t('en', 'reports:kinds.summary'));
  });

  it('switches language without a reload', async () => {
    const { root } = await mountIn('en', 'kind="allocations"');
    await ready(root);
    root.host.parentElement!.setAttribute('lang', 'fr');
    await waitForText(root, t('fr', 'reports:tables.allocations.department'), 8000);
  });
});
