import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/elements/credit/define.js';
import type { DkCredit } from '../../../src/elements/credit/credit.js';
import { createNoReclaimScenario } from '../../../mocks/credit.js';
import type { Money } from '../../../src/core/money.js';
import { monthToDate, today } from '../../../src/core/period.js';
import { formatMoney } from '../../../src/i18n/format.js';
import { LOCALES, type Locale } from '../../../src/i18n/locales.js';
import { deepActiveElement, expectNoAxeViolations, find, mount, named, norm, tabTo, textOf, waitForText } from '../../support/dom.js';
import { mockBackend, scenario, t, use } from '../../support/browser.js';
import { createRefusedTopUps } from './refused-top-ups.js';
import { typedDay } from '../../support/dates.js';

mockBackend({ namespaces: ['credit', 'common', 'errors'], instant: true });

const pln = (zloty: number): Money => ({ amountMinor: zloty * 100, currency: 'PLN' });

async function mountIn(locale: Locale): Promise<ShadowRoot> {
  const el = await mount<DkCredit>(`<div lang="${locale}"><dk-credit></dk-credit></div>`, 'dk-credit');
  const root = el.shadowRoot!;
  await find(root, 'tbody tr');
  return root;
}

/** The ledger's row of the entry the backend holds at `index` (newest first). */
const rowOf = (root: ShadowRoot, index: number): string => textOf(root.querySelectorAll('tbody tr')[index]!);

describe('dk-credit: automatic top-ups', () => {
  for (const locale of LOCALES) {
    describe(`in ${locale}`, () => {
      it('marks automatic top-ups, says why one was refused, and tells the balance card how many, with the way to them', async () => {
        const { scenario: company, capped, short } = createRefusedTopUps();
        use(company);
        const root = await mountIn(locale);
        const money = (m: Money) => formatMoney(locale, m);
        const entries = scenario.backend.listLedger({ limit: 20 }).body.items;
        const at = (pick: (e: (typeof entries)[number]) => boolean) => entries.findIndex(pick);

        // The refused ones: what was asked, for whom, and why; the shortfall shows with the balance it met.
        await waitForText(root, t(locale, 'credit:ledger.refused.insufficient_balance', { amount: money(pln(50)), name: short.displayName, balance: money(pln(0)) }));
        const capRow = rowOf(root, at((e) => e.kind === 'auto_recharge_refused' && e.reason === 'monthly_cap_reached'));
        expect(capRow).toContain(norm(t(locale, 'credit:ledger.refused.monthly_cap_reached', { amount: money(pln(5)), name: capped.displayName })));

        // The top-up that went through is an allocation marked as automatic, by the rule of the administrator who set it.
        const automatic = at((e) => e.kind === 'allocation' && e.automatic === true);
        const topUp = rowOf(root, automatic);
        expect(topUp).toContain(norm(t(locale, 'credit:ledger.kinds.allocation')));
        expect(topUp).toContain(norm(t(locale, 'credit:ledger.automatic')));
        expect(topUp).toContain(norm(t(locale, 'credit:ledger.ruleBy', { actor: entries[automatic]!.actorAccountName })));
        // One an administrator made has no such mark.
        expect(rowOf(root, at((e) => e.kind === 'allocation' && !e.automatic))).not.toContain(norm(t(locale, 'credit:ledger.automatic')));

        // Beside the balance: how many this month, and a button that shows them in the ledger.
        const card = await find(root, '[part="balance"]');
        await waitForText(card, t(locale, 'credit:refusals.count', { count: 2 }));
        await expectNoAxeViolations(root.host);
        await tabTo(named(t(locale, 'credit:refusals.show')));
        await userEvent.keyboard('{Enter}');
        await waitForText(root, t(locale, 'credit:ledger.sumFiltered', { count: 2, sum: money(pln(0)) }));
        expect(root.querySelectorAll('tbody tr')).toHaveLength(2);
        // The focus is on the filter, which says what the ledger shows now.
        expect(deepActiveElement()?.id).toBe('f-kind');
        expect(root.querySelector<HTMLSelectElement>('#f-kind')!.value).toBe('auto_recharge_refused');
        // The start of the month, as the language writes a day.
        expect(root.querySelector<HTMLInputElement>('#f-from')!.value).toBe(typedDay(locale, monthToDate(today()).from));
      });

      it('says nothing of refusals when there were none', async () => {
        use(createNoReclaimScenario());
        const root = await mountIn(locale);
        await vi.waitFor(() => expect(textOf(root)).toContain(norm(t(locale, 'credit:ledger.kinds.purchase'))));
        expect(root.querySelector('#show-refusals')).toBeNull();
        expect(textOf(root.querySelector('tbody')!)).not.toContain(norm(t(locale, 'credit:ledger.automatic')));
      });
    });
  }
});
