import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import '../../../src/elements/reports/define.js';
import { formatMoney, formatNumber } from '../../../src/i18n/format.js';
import { find, mount, norm, PATIENCE } from '../../support/dom.js';
import { mockBackend, scenario, t } from '../../support/browser.js';

mockBackend({ namespaces: ['reports', 'common', 'errors'], instant: true });

const WAIT = { timeout: PATIENCE, interval: 25 };

/** A budget meter is read as a sentence in the page's language, not as its raw value ("0.1383725"). */
describe('the budget meters', () => {
  for (const locale of ['en', 'pl', 'fr'] as const) {
    it(`say the share used, the spend and the budget in ${locale}`, async () => {
      const el = await mount<HTMLElement>(`<div lang="${locale}"><dk-reports></dk-reports></div>`, 'dk-reports');
      const root = el.shadowRoot!;
      const section = await find<HTMLElement>(root, '[part="budgets"]');
      const rows = scenario.backend.getBudgetReport().body.rows.filter((r) => r.budget && r.budget.amountMinor > 0);
      expect(rows.length).toBeGreaterThan(0);
      await vi.waitFor(() => expect(section.querySelectorAll('meter')).toHaveLength(rows.length), WAIT);
      for (const row of rows) {
        const meter = [...section.querySelectorAll('meter')].find((m) => m.getAttribute('aria-label') === t(locale, 'reports:budgets.usedOf', { name: row.name }))!;
        const share = row.spent.amountMinor / row.budget!.amountMinor;
        const expected = t(locale, 'reports:budgets.usedText', {
          share: formatNumber(locale, share, { style: 'percent', maximumFractionDigits: 0 }),
          spent: formatMoney(locale, row.spent),
          budget: formatMoney(locale, row.budget!),
        });
        expect(norm(meter.getAttribute('aria-valuetext') ?? '')).toBe(norm(expected));
        // The money as the language writes it: "13,84 zł", "13,84 PLN", "PLN 13.84".
        expect(norm(expected)).toContain(norm(formatMoney(locale, row.budget!)));
        expect(norm(expected)).not.toContain(String(meter.value));
      }
      const result = await axe.run(section, { resultTypes: ['violations'] });
      expect(result.violations.map((v) => v.id)).toEqual([]);
    });
  }
});
