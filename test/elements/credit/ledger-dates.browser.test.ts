import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/elements/credit/define.js';
import { formatMoney } from '../../../src/i18n/format.js';
import { LOCALES } from '../../../src/i18n/locales.js';
import { today } from '../../../src/core/period.js';
import { deepActiveElement, expectNoAxeViolations, find, mount, norm, PATIENCE, tabTo, textOf, waitForText } from '../../support/dom.js';
import { mockBackend, scenario, t } from '../../support/browser.js';
import { DAY_FORMAT, noDay, typedDay } from '../../support/dates.js';

mockBackend({ namespaces: ['credit', 'common', 'errors'], instant: true });

const WAIT = { timeout: PATIENCE, interval: 25 };

/** A day with movements on it and before it, so that a start on it changes what the ledger shows. */
function dayBetween(): string {
  const days = [...new Set(scenario.backend.ledgerEntries().map((e) => new Date(e.createdAt).toISOString().slice(0, 10)))].sort();
  return days[Math.floor(days.length / 2)]!;
}

describe('the ledger dates', () => {
  for (const locale of LOCALES) {
    it(`are typed and shown as ${DAY_FORMAT[locale]} in ${locale}; a day that is none is said, and kept as typed`, async () => {
      const el = await mount<HTMLElement>(`<div lang="${locale}"><dk-credit></dk-credit></div>`, 'dk-credit');
      const root = el.shadowRoot!;
      const from = await find<HTMLInputElement>(root, '#f-from');
      const to = root.querySelector<HTMLInputElement>('#f-to')!;
      await find(root, '.ledger tbody tr');
      // The format, in the language's letters, under each field, which it describes.
      expect(textOf(root.querySelector('#f-from-hint')!)).toContain(DAY_FORMAT[locale]);
      expect(from.getAttribute('aria-describedby')).toContain('f-from-hint');
      expect(from.type).toBe('text');

      // A start typed by keyboard as the language writes it filters the ledger.
      const day = dayBetween();
      const page = scenario.backend.listLedger({ from: day, limit: 1 }).body;
      await tabTo((e) => e === from, 60);
      await userEvent.keyboard(typedDay(locale, day));
      await waitForText(root, t(locale, 'credit:ledger.sumFiltered', { count: page.total, sum: formatMoney(locale, page.sum) }));
      expect(from.value).toBe(typedDay(locale, day));
      expect(from.getAttribute('aria-invalid')).toBe('false');

      // The 31st of February: said in the language once typed whole, the text kept, the ledger as it was.
      await tabTo((e) => e === to);
      await userEvent.keyboard(noDay(locale));
      const message = t(locale, 'common:dateField.invalid', { format: DAY_FORMAT[locale], example: typedDay(locale, today()) });
      await waitForText(root, message);
      expect(to.getAttribute('aria-invalid')).toBe('true');
      expect(to.getAttribute('aria-describedby')).toContain('f-to-problem');
      await userEvent.keyboard('{Tab}');
      expect(deepActiveElement()).not.toBe(to);
      expect(to.value).toBe(noDay(locale));
      expect(textOf(root)).toContain(norm(message));
      expect(textOf(root)).toContain(norm(t(locale, 'credit:ledger.sumFiltered', { count: page.total, sum: formatMoney(locale, page.sum) })));
      await expectNoAxeViolations(root.host);

      // Corrected to the same day: the ledger shows that one day.
      to.focus();
      await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
      await userEvent.keyboard(typedDay(locale, day));
      const one = scenario.backend.listLedger({ from: day, to: day, limit: 1 }).body;
      await waitForText(root, t(locale, 'credit:ledger.sumFiltered', { count: one.total, sum: formatMoney(locale, one.sum) }));
      await vi.waitFor(() => expect(root.querySelector('#f-to-problem')).toBeNull(), WAIT);
    });
  }
});
