import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/elements/reports/define.js';
import type { DkReports } from '../../../src/elements/reports/reports.js';
import { heldFrom, today } from '../../../src/core/period.js';
import { formatDate } from '../../../src/i18n/format.js';
import { LOCALES } from '../../../src/i18n/locales.js';
import { expectNoAxeViolations, find, mount, norm, PATIENCE, tabTo, textOf, waitForText } from '../../support/dom.js';
import { mockBackend, t } from '../../support/browser.js';
import { DAY_FORMAT, noDay, typedDay } from '../../support/dates.js';

mockBackend({ namespaces: ['reports', 'common', 'errors'], instant: true });

const WAIT = { timeout: PATIENCE, interval: 25 };

/** The first and last day of last month: a range the backend holds, other than the report's own. */
function lastMonth(): { from: string; to: string } {
  const now = new Date(`${today()}T00:00:00Z`);
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

describe('the report range', () => {
  for (const locale of LOCALES) {
    it(`is typed as ${DAY_FORMAT[locale]} in ${locale}; a day that is none or out of the history is said, kept, and not applied`, async () => {
      const el = await mount<DkReports>(`<div lang="${locale}"><dk-reports></dk-reports></div>`, 'dk-reports');
      const root = el.shadowRoot!;
      await find(root, 'table[part="table"]');
      const period = root.querySelector<HTMLSelectElement>('#period')!;
      period.value = 'custom';
      period.dispatchEvent(new Event('change'));
      const from = await find<HTMLInputElement>(root, '#from');
      const to = root.querySelector<HTMLInputElement>('#to')!;
      expect(textOf(root.querySelector('#from-hint')!)).toContain(DAY_FORMAT[locale]);
      const before = { from: el.from, to: el.to };

      // A day that is none: said, kept as typed, and the range not applied.
      await tabTo((e) => e === from);
      await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
      await userEvent.keyboard(noDay(locale));
      const example = typedDay(locale, today());
      await waitForText(root, t(locale, 'common:dateField.invalid', { format: DAY_FORMAT[locale], example }));
      await userEvent.keyboard('{Enter}');
      expect(from.value).toBe(noDay(locale));
      expect(from.getAttribute('aria-invalid')).toBe('true');
      expect({ from: el.from, to: el.to }).toEqual(before);
      await expectNoAxeViolations(root.host);

      // A day before the six months held: the range allowed, in words.
      await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
      await userEvent.keyboard(typedDay(locale, '2020-01-15'));
      const long = (day: string) => formatDate(locale, day, { dateStyle: 'long', timeZone: 'UTC' });
      await waitForText(root, t(locale, 'common:dateField.between', { min: long(heldFrom(today())), max: long(today()) }));
      expect(from.value).toBe(typedDay(locale, '2020-01-15'));

      // Last month, typed as the language writes it, and Enter: the report shows it.
      const range = lastMonth();
      await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
      await userEvent.keyboard(typedDay(locale, range.from));
      await tabTo((e) => e === to);
      await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
      await userEvent.keyboard(typedDay(locale, range.to));
      await userEvent.keyboard('{Enter}');
      await vi.waitFor(() => expect({ from: el.from, to: el.to }).toEqual(range), WAIT);
      expect(root.querySelector('.date-field .field-error')).toBeNull();
      expect(norm(to.value)).toBe(typedDay(locale, range.to));
    });
  }
});
