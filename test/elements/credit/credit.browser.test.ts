import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/credit/define.js';
import type { DkCredit } from '../../../src/elements/credit/credit.js';
import type { Member } from '../../../src/adapter/types.js';
import { createScenario } from '../../../mocks/scenarios.js';
import { createNoReclaimScenario } from '../../../mocks/credit.js';
import { formatMoney } from '../../../src/i18n/format.js';
import { LOCALES, type Locale } from '../../../src/i18n/locales.js';
import type { Money } from '../../../src/core/money.js';
import { deepActiveElement, expectNoAxeViolations, find, mount, named, norm, tabTo, textOf, waitForText } from '../../support/dom.js';
import { eventsAtDocument, mockBackend, recordHeader, scenario, t, use, worker } from '../../support/browser.js';

mockBackend({ namespaces: ['credit', 'common', 'errors'] });

/** The Idempotency-Key of every money-moving request that left the page. */
const keys = recordHeader('Idempotency-Key');

const pln = (zloty: number): Money => ({ amountMinor: zloty * 100, currency: 'PLN' });
const balanceMinor = () => scenario.backend.getBalance().body.balance.amountMinor;
const entries = (kind: string) => scenario.backend.ledgerEntries().filter((e) => e.kind === kind);
const allMembers = (): Member[] => scenario.backend.listMembers({ limit: 500 }).body.items;
const memberNamed = (name: string): Member => {
  const found = allMembers().find((m) => m.displayName === name);
  if (!found) throw new Error(`no member ${name}`);
  return found;
};

async function mountIn(locale: Locale): Promise<{ el: DkCredit; root: ShadowRoot }> {
  const el = await mount<DkCredit>(`<div lang="${locale}"><dk-credit></dk-credit></div>`, 'dk-credit');
  const root = el.shadowRoot!;
  await find(root, '[part="balance"]', 8000);
  return { el, root };
}

const recordEvents = () => eventsAtDocument(['dk-credit-purchased', 'dk-credit-allocated', 'dk-credit-reclaimed', 'dk-auto-recharge-changed', 'dk-error']);

const status = (root: ShadowRoot) => root.querySelector<HTMLElement>('[role="status"]')!;

/** Opens a dialog from its button, by keyboard. */
async function openByKeyboard(root: ShadowRoot, locale: Locale, labelKey: string, dialogId: string): Promise<HTMLDialogElement> {
  await tabTo(named(t(locale, labelKey)));
  await userEvent.keyboard('{Enter}');
  return find<HTMLDialogElement>(root, `#${dialogId}[open]`);
}

/** Checks a member in the allocation picker by keyboard: search, Tab to the box, Space. */
async function pickMember(dialog: HTMLDialogElement, member: Member, kind: 'checkbox' | 'radio' = 'checkbox'): Promise<void> {
  const search = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
  // The dialog opens with the search field focused; from a member, Shift+Tab goes back to it.
  if (deepActiveElement() !== search) await tabTo((e) => e === search, 80, true);
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  await userEvent.keyboard(member.displayName.split(' ')[1]!);
  const box = await find<HTMLInputElement>(dialog, `input[value="${member.id}"]`);
  if (kind === 'checkbox') {
    await tabTo((e) => e === box);
    await userEvent.keyboard(' ');
  } else {
    // Tab enters the radio group once; arrow keys move within it.
    await tabTo((e) => (e as HTMLInputElement).name === box.name);
    for (let i = 0; i < 20 && !box.checked; i++) await userEvent.keyboard(deepActiveElement() === box ? ' ' : '{ArrowDown}');
  }
  await vi.waitFor(() => expect(box.checked).toBe(true));
}

describe('dk-credit', () => {
  for (const locale of LOCALES) {
    describe(`in ${locale}`, () => {
      it('shows the balance in the manager’s currency, the limits, and a ledger that adds up to it', async () => {
        const { root } = await mountIn(locale);
        const balance = scenario.backend.getBalance().body;
        expect(textOf(root.querySelector('.balance-amount')!)).toBe(norm(formatMoney(locale, balance.balance)));
        expect(textOf(root)).toContain(norm(t(locale, 'credit:limits.perPurchase', { max: formatMoney(locale, balance.purchaseLimit.perPurchase) })));
        await waitForText(root, t(locale, 'credit:ledger.sumMatches', { sum: formatMoney(locale, balance.balance) }), 8000);
        expect(root.querySelectorAll('tbody tr').length).toBe(20);
        await expectNoAxeViolations(root.host);
      });

      it('buys credit by keyboard alone, with a progress state, and says so', async () => {
        const events = recordEvents();
        const { root } = await mountIn(locale);
        const before = balanceMinor();
        const dialog = await openByKeyboard(root, locale, 'credit:buyButton', 'buy-dialog');
        await expectNoAxeViolations(dialog);
        await tabTo((e) => e.id === 'buy-amount');
        await userEvent.keyboard('250,50');
        await waitForText(dialog, t(locale, 'credit:buy.summary', { amount: formatMoney(locale, { amountMinor: 25050, currency: 'PLN' }) }));
        // The answer waits until the progress state has been seen, however busy the machine.
        let answer!: () => void;
        scenario.control.hold = new Promise<void>((resolve) => (answer = resolve));
        await tabTo(named(t(locale, 'credit:buy.confirm')));
        await userEvent.keyboard('{Enter}');
        await waitForText(dialog, t(locale, 'credit:buy.buying'));
        await expectNoAxeViolations(dialog);
        answer();
        const after = { amountMinor: before + 25050, currency: 'PLN' };
        await waitForText(status(root), t(locale, 'credit:buy.done', { amount: formatMoney(locale, { amountMinor: 25050, currency: 'PLN' }), balance: formatMoney(locale, after) }), 8000);
        expect(dialog.open).toBe(false);
        expect(balanceMinor()).toBe(after.amountMinor);
        expect(textOf(root.querySelector('.balance-amount')!)).toBe(norm(formatMoney(locale, after)));
        expect(events).toContainEqual({
          type: 'dk-credit-purchased',
          detail: expect.objectContaining({ amount: { amountMinor: 25050, currency: 'PLN' }, balance: after }),
        });
        // Focus returns to the button that opened the dialog.
        expect(deepActiveElement()?.id).toBe('buy-button');
      });

      it('shows the purchase limit as typed and never sends a purchase above it', async () => {
        const { root } = await mountIn(locale);
        const limit = scenario.backend.getBalance().body.purchaseLimit.perPurchase;
        const dialog = await openByKeyboard(root, locale, 'credit:buyButton', 'buy-dialog');
        await tabTo((e) => e.id === 'buy-amount');
        await userEvent.keyboard(String(limit.amountMinor / 100 + 1));
        await waitForText(dialog, t(locale, 'credit:buy.overPerPurchase', { max: formatMoney(locale, limit) }));
        expect(dialog.querySelector('#buy-amount')!.getAttribute('aria-invalid')).toBe('true');
        await expectNoAxeViolations(dialog);
        await tabTo(named(t(locale, 'credit:buy.confirm')));
        await userEvent.keyboard('{Enter}');
        expect(keys['/api/credit/purchases']).toBeUndefined();
        // Not an amount at all: explained with an example in the user's language.
        await tabTo((e) => e.id === 'buy-amount', 40, true);
        await userEvent.keyboard('{Control>}a{/Control}12a');
        await waitForText(dialog, t(locale, 'credit:amount.format', { example: locale === 'en' ? '12.50' : '12,50' }));
      });

      it('allocates one-off credit to a selection of members, by keyboard', async () => {
        const events = recordEvents();
        const { root } = await mountIn(locale);
        const [a, b] = [memberNamed('Zofia Żak'), memberNamed('Hélène Lefèvre')];
        const before = balanceMinor();
        const dialog = await openByKeyboard(root, locale, 'credit:allocateButton', 'allocate-dialog');
        await pickMember(dialog, a);
        await pickMember(dialog, b);
        await waitForText(dialog, t(locale, 'credit:picker.selected', { count: 2 }));
        await tabTo((e) => (e as HTMLInputElement).name === 'mode');
        expect((deepActiveElement() as HTMLInputElement).value).toBe('oneOff');
        await tabTo((e) => e.id === 'alloc-amount');
        await userEvent.keyboard('40');
        await waitForText(dialog, t(locale, 'credit:allocate.total', { count: 2, total: formatMoney(locale, pln(80)) }));
        await expectNoAxeViolations(dialog);
        await tabTo(named(t(locale, 'credit:allocate.confirm')));
        await userEvent.keyboard('{Enter}');
        const balance = { amountMinor: before - 8000, currency: 'PLN' };
        await waitForText(status(root), t(locale, 'credit:allocate.done', { count: 2, amount: formatMoney(locale, pln(40)), balance: formatMoney(locale, balance) }), 8000);
        expect(scenario.backend.getMember(a.id).body.credit.amountMinor).toBe(a.credit.amountMinor + 4000);
        expect(scenario.backend.getMember(b.id).body.credit.amountMinor).toBe(b.credit.amountMinor + 4000);
        expect(events).toContainEqual({
          type: 'dk-credit-allocated',
          detail: { memberIds: [a.id, b.id], amount: pln(40), total: pln(80), balance },
        });
      });

      it('refuses an allocation the balance does not cover, before and after sending', async () => {
        const events = recordEvents();
        const { root } = await mountIn(locale);
        const member = memberNamed('Zofia Żak');
        const balance = scenario.backend.getBalance().body.balance;
        const dialog = await openByKeyboard(root, locale, 'credit:allocateButton', 'allocate-dialog');
        await pickMember(dialog, member);
        await tabTo((e) => e.id === 'alloc-amount');
        await userEvent.keyboard(String(balance.amountMinor / 100 + 10));
        await waitForText(dialog, t(locale, 'credit:allocate.insufficient', {
          required: formatMoney(locale, { amountMinor: balance.amountMinor + 1000, currency: 'PLN' }),
          available: formatMoney(locale, balance),
        }));
        await expectNoAxeViolations(dialog);

        // Within the balance shown, but another administrator spends it meanwhile.
        const amount = dialog.querySelector<HTMLInputElement>('#alloc-amount')!;
        await userEvent.keyboard('{Control>}a{/Control}100');
        const others = allMembers().filter((m) => m.id !== member.id).map((m) => m.id);
        const drain = Math.floor(scenario.backend.getBalance().body.balance.amountMinor / others.length) - 100;
        scenario.backend.allocateCredit('other-admin-0001', { memberIds: others, amount: { amountMinor: drain, currency: 'PLN' } });
        const left = scenario.backend.getBalance().body.balance;
        await tabTo(named(t(locale, 'credit:allocate.confirm')));
        await userEvent.keyboard('{Enter}');
        await waitForText(dialog, t(locale, 'credit:allocate.insufficient', { required: formatMoney(locale, pln(100)), available: formatMoney(locale, left) }), 8000);
        expect(amount.value).toBe('100');
        expect((dialog.querySelector<HTMLInputElement>(`input[value="${member.id}"]`))!.checked).toBe(true);
        expect(events.find((e) => e.type === 'dk-error')?.detail).toMatchObject({ error: { code: 'insufficient_balance' } });
        // The balance shown is the fresh one.
        await vi.waitFor(() => expect(textOf(root.querySelector('.balance-amount')!)).toBe(norm(formatMoney(locale, left))), { timeout: 20_000 });
        expect(scenario.backend.getMember(member.id).body.credit).toEqual(member.credit);
      });

      it('sets an automatic top-up, explaining each rule as typed', async () => {
        const events = recordEvents();
        const { root } = await mountIn(locale);
        const member = memberNamed('Zofia Żak');
        const dialog = await openByKeyboard(root, locale, 'credit:allocateButton', 'allocate-dialog');
        await pickMember(dialog, member);
        await tabTo((e) => (e as HTMLInputElement).name === 'mode');
        await userEvent.keyboard('{ArrowRight}');
        await find(dialog, '#auto-amount');
        await tabTo((e) => e.id === 'auto-amount');
        await userEvent.keyboard('100');
        await tabTo((e) => e.id === 'auto-threshold');
        await userEvent.keyboard('150');
        await waitForText(dialog, t(locale, 'credit:auto.thresholdTooHigh'));
        await userEvent.keyboard('{Control>}a{/Control}20');
        await tabTo((e) => e.id === 'auto-cap');
        await userEvent.keyboard('50');
        await waitForText(dialog, t(locale, 'credit:auto.capTooLow'));
        await expectNoAxeViolations(dialog);
        await userEvent.keyboard('{Control>}a{/Control}300');
        await tabTo(named(t(locale, 'credit:allocate.confirm')));
        await userEvent.keyboard('{Enter}');
        const rule = { amount: pln(100), threshold: pln(20), monthlyCap: pln(300) };
        await vi.waitFor(() => expect(dialog.open).toBe(false), { timeout: 20_000 });
        expect(scenario.backend.getMember(member.id).body.autoRecharge).toEqual(rule);
        expect(events).toContainEqual({ type: 'dk-auto-recharge-changed', detail: { memberId: member.id, autoRecharge: rule } });
      });

      it('keeps the input when another administrator changed the member, and applies on the second confirmation', async () => {
        const events = recordEvents();
        const { root } = await mountIn(locale);
        const member = memberNamed('Céline Mercier');
        const dialog = await openByKeyboard(root, locale, 'credit:allocateButton', 'allocate-dialog');
        await pickMember(dialog, member);
        (dialog.querySelector<HTMLInputElement>('input[name="mode"][value="auto"]'))!.click();
        // Her current settings fill the form; change the amount.
        const amount = await find<HTMLInputElement>(dialog, '#auto-amount');
        await vi.waitFor(() => expect(amount.value).not.toBe(''));
        amount.focus();
        await userEvent.keyboard('{Control>}a{/Control}250');

        // Another administrator changes her top-up in the meantime.
        const fresh = scenario.backend.getMember(member.id).body;
        scenario.backend.setAutoRecharge(member.id, { version: fresh.version, autoRecharge: { amount: pln(150), threshold: pln(30), monthlyCap: pln(450) } });

        await tabTo(named(t(locale, 'credit:allocate.confirm')));
        await userEvent.keyboard('{Enter}');
        await waitForText(dialog, t(locale, 'credit:auto.conflict'), 8000);
        expect(amount.value).toBe('250');
        expect(dialog.querySelector<HTMLInputElement>(`input[value="${member.id}"]`)!.checked).toBe(true);
        // The fresh settings of the other administrator are shown beside her name.
        expect(textOf(dialog)).toContain(norm(formatMoney(locale, pln(450))));
        expect(events.find((e) => e.type === 'dk-error')?.detail).toMatchObject({ error: { code: 'conflict' } });
        await expectNoAxeViolations(dialog);

        await tabTo(named(t(locale, 'credit:allocate.confirm')));
        await userEvent.keyboard('{Enter}');
        await vi.waitFor(() => expect(dialog.open).toBe(false), { timeout: 20_000 });
        expect(scenario.backend.getMember(member.id).body.autoRecharge?.amount).toEqual(pln(250));
      });

      it('takes back unused credit from a member, by keyboard', async () => {
        const events = recordEvents();
        const { root } = await mountIn(locale);
        const member = allMembers().find((m) => m.credit.amountMinor >= 1000)!;
        const before = balanceMinor();
        const dialog = await openByKeyboard(root, locale, 'credit:reclaimButton', 'reclaim-dialog');
        await pickMember(dialog, member, 'radio');
        await tabTo(named(norm(t(locale, 'credit:reclaim.all', { credit: formatMoney(locale, member.credit) }))));
        await userEvent.keyboard('{Enter}');
        await vi.waitFor(() => expect(dialog.querySelector<HTMLInputElement>('#reclaim-amount')!.value).not.toBe(''));
        await expectNoAxeViolations(dialog);
        await tabTo(named(t(locale, 'credit:reclaim.confirm')));
        await userEvent.keyboard('{Enter}');
        const balance = { amountMinor: before + member.credit.amountMinor, currency: 'PLN' };
        await waitForText(status(root), t(locale, 'credit:reclaim.done', { amount: formatMoney(locale, member.credit), name: member.displayName, balance: formatMoney(locale, balance) }), 8000);
        expect(scenario.backend.getMember(member.id).body.credit.amountMinor).toBe(0);
        expect(events).toContainEqual({ type: 'dk-credit-reclaimed', detail: { memberId: member.id, amount: member.credit, balance } });
      });

      it('filters the ledger by movement, member and dates, pages it, and sums what matches, by keyboard', async () => {
        const { root } = await mountIn(locale);
        await find(root, 'tbody tr', 8000);
        const allocations = entries('allocation');
        const money = (minor: number) => formatMoney(locale, { amountMinor: minor, currency: 'PLN' });
        // Closed selects change with the arrow keys: all, purchase, allocation.
        await tabTo((e) => e.id === 'f-kind');
        await userEvent.keyboard('{ArrowDown}{ArrowDown}');
        const sum = allocations.reduce((s, e) => s + e.amount.amountMinor, 0);
        await waitForText(root, t(locale, 'credit:ledger.sumFiltered', { count: allocations.length, sum: money(sum) }), 8000);
        await waitForText(root, t(locale, 'credit:ledger.range', { from: '1', to: '20', count: allocations.length }));

        await tabTo(named(t(locale, 'credit:ledger.next')));
        await userEvent.keyboard('{Enter}');
        await waitForText(root, t(locale, 'credit:ledger.range', { from: '21', to: '40', count: allocations.length }), 8000);

        // The member filter takes the first letter of a name: one key, since a
        // select forgets what was typed after a pause, which a loaded machine makes.
        const member = memberNamed('Zofia Żak');
        await tabTo((e) => e.id === 'f-member', 40, true);
        await userEvent.keyboard('Z');
        const hers = allocations.filter((e) => e.memberId === member.id);
        await waitForText(root, t(locale, 'credit:ledger.sumFiltered', { count: hers.length, sum: money(hers.reduce((s, e) => s + e.amount.amountMinor, 0)) }), 8000);
        for (const cell of root.querySelectorAll('tbody tr td:nth-child(3)')) expect(textOf(cell)).toBe(member.displayName);

        // A start after the end is explained, not sent.
        const from = root.querySelector<HTMLInputElement>('#f-from')!;
        const to = root.querySelector<HTMLInputElement>('#f-to')!;
        from.value = '2026-11-20';
        from.dispatchEvent(new Event('change'));
        to.value = '2026-11-01';
        to.dispatchEvent(new Event('change'));
        await waitForText(root, t(locale, 'credit:ledger.badRange'));
        expect(from.getAttribute('aria-invalid')).toBe('true');
        await expectNoAxeViolations(root.host);

        await tabTo(named(t(locale, 'credit:ledger.clear')));
        await userEvent.keyboard('{Enter}');
        const balance = scenario.backend.getBalance().body.balance;
        await waitForText(root, t(locale, 'credit:ledger.sumMatches', { sum: formatMoney(locale, balance) }), 8000);
        expect(deepActiveElement()?.id).toBe('f-kind');
      });

      it('shows the error state with a retry that recovers', async () => {
        use(createScenario('failing'));
        const el = await mount<DkCredit>(`<div lang="${locale}"><dk-credit></dk-credit></div>`, 'dk-credit');
        const root = el.shadowRoot!;
        await waitForText(root, t(locale, 'errors:internal'), 8000);
        await expectNoAxeViolations(root.host);
        scenario.control.failNext = 0;
        await tabTo(named(t(locale, 'common:retry')));
        await userEvent.keyboard('{Enter}');
        await find(root, '[part="balance"]', 8000);
      });

      it('shows the empty state of a company just set up', async () => {
        use(createScenario('empty'));
        const { root } = await mountIn(locale);
        await find(root, '[part="empty"]', 8000);
        expect(textOf(root)).toContain(norm(t(locale, 'credit:empty.title')));
        expect(textOf(root.querySelector('.balance-amount')!)).toBe(norm(formatMoney(locale, pln(0))));
        await expectNoAxeViolations(root.host);
      });
    });
  }

  it('a double click sends one purchase with one key, and charges once', async () => {
    const events = recordEvents();
    const { root } = await mountIn('en');
    const before = entries('purchase').length;
    (await find(root, '#buy-button')).click();
    const dialog = await find<HTMLDialogElement>(root, '#buy-dialog[open]');
    await userEvent.type(await find(dialog, '#buy-amount'), '300');
    scenario.control.latencyMs = 400;
    const submit = dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    await userEvent.dblClick(submit);
    submit.click();
    await vi.waitFor(() => expect(dialog.open).toBe(false), { timeout: 20_000 });
    expect(new Set(keys['/api/credit/purchases']).size).toBe(1);
    expect(entries('purchase').length).toBe(before + 1);
    expect(events.filter((e) => e.type === 'dk-credit-purchased')).toHaveLength(1);
  });

  it('a retry after a network error reuses the key: the backend charges once', async () => {
    const { root } = await mountIn('pl');
    const before = entries('purchase').length;
    const balanceBefore = balanceMinor();
    (await find(root, '#buy-button')).click();
    const dialog = await find<HTMLDialogElement>(root, '#buy-dialog[open]');
    await userEvent.type(await find(dialog, '#buy-amount'), '120');

    // The purchase reaches the service, but the answer is lost on the way back.
    worker.use(
      http.post('*/api/credit/purchases', async ({ request }) => {
        const body = (await request.json()) as { amount: Money };
        scenario.backend.buyCredit(request.headers.get('Idempotency-Key'), body);
        return HttpResponse.error();
      }, { once: true }),
    );
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitForText(dialog, t('pl', 'errors:network'), 8000);
    await waitForText(dialog, t('pl', 'credit:notChargedTwice'));
    expect(dialog.querySelector<HTMLInputElement>('#buy-amount')!.value).toBe('120');
    await expectNoAxeViolations(dialog);

    // Then the connection drops altogether: the retry fails too, with the same key.
    scenario.control.offline = true;
    const retry = dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(textOf(retry)).toBe(t('pl', 'common:retry'));
    retry.click();
    await vi.waitFor(() => expect(keys['/api/credit/purchases']).toHaveLength(2));
    await waitForText(dialog, t('pl', 'errors:network'), 8000);

    // Closing and reopening keeps the purchase whose outcome is unknown.
    dialog.close();
    (await find(root, '#buy-button')).click();
    await waitForText(dialog, t('pl', 'credit:buy.uncertain'));
    scenario.control.offline = false;
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await vi.waitFor(() => expect(dialog.open).toBe(false), { timeout: 20_000 });

    expect(new Set(keys['/api/credit/purchases']).size).toBe(1);
    expect(keys['/api/credit/purchases']).toHaveLength(3);
    expect(entries('purchase').length).toBe(before + 1);
    expect(balanceMinor()).toBe(balanceBefore + 12000);

    // A new purchase is a new intent with a new key.
    (await find(root, '#buy-button')).click();
    await find(root, '#buy-dialog[open]');
    expect(dialog.querySelector<HTMLInputElement>('#buy-amount')!.value).toBe('');
    await userEvent.type(dialog.querySelector<HTMLInputElement>('#buy-amount')!, '10');
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await vi.waitFor(() => expect(dialog.open).toBe(false), { timeout: 20_000 });
    expect(new Set(keys['/api/credit/purchases']).size).toBe(2);
    expect(entries('purchase').length).toBe(before + 2);
  });

  it('a changed amount after a failure is a new request with a new key', async () => {
    const { root } = await mountIn('fr');
    (await find(root, '#buy-button')).click();
    const dialog = await find<HTMLDialogElement>(root, '#buy-dialog[open]');
    const input = await find<HTMLInputElement>(dialog, '#buy-amount');
    await userEvent.type(input, '50');
    scenario.control.offline = true;
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitForText(dialog, t('fr', 'errors:network'), 8000);
    scenario.control.offline = false;
    await userEvent.clear(input);
    await userEvent.type(input, '60');
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await vi.waitFor(() => expect(dialog.open).toBe(false), { timeout: 20_000 });
    const sent = keys['/api/credit/purchases']!;
    expect(sent).toHaveLength(2);
    expect(sent[0]).not.toBe(sent[1]);
  });

  it('refuses on the server side when the monthly limit was used meanwhile, and says how much is left', async () => {
    const { root } = await mountIn('en');
    (await find(root, '#buy-button')).click();
    const dialog = await find<HTMLDialogElement>(root, '#buy-dialog[open]');
    await userEvent.type(await find(dialog, '#buy-amount'), '15000');
    // Another administrator buys in the meantime.
    const limit = scenario.backend.getBalance().body.purchaseLimit;
    let left = limit.monthly.amountMinor - limit.usedThisMonth.amountMinor;
    for (let i = 0; left > 1_000_000; i++) {
      const spend = Math.min(left - 1_000_000, limit.perPurchase.amountMinor);
      scenario.backend.buyCredit(`other-admin-000${i}`, { amount: { amountMinor: spend, currency: 'PLN' } });
      left -= spend;
    }
    const stillLeft = { amountMinor: left, currency: 'PLN' };
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitForText(dialog, t('en', 'credit:buy.overMonthly', { left: formatMoney('en', stillLeft) }), 8000);
    expect(dialog.querySelector<HTMLInputElement>('#buy-amount')!.value).toBe('15000');
    await expectNoAxeViolations(dialog);
  });

  it('refuses taking back more than is left when another administrator took some meanwhile', async () => {
    const events = recordEvents();
    const { root } = await mountIn('fr');
    const member = allMembers().find((m) => m.credit.amountMinor >= 2000)!;
    (await find(root, '#reclaim-button')).click();
    const dialog = await find<HTMLDialogElement>(root, '#reclaim-dialog[open]');
    (await find<HTMLInputElement>(dialog, `#r-${member.id}`)).click();
    const amount = await find<HTMLInputElement>(dialog, '#reclaim-amount');
    await userEvent.type(amount, String(member.credit.amountMinor / 100));
    scenario.backend.reclaimCredit('other-admin-reclaim', { memberId: member.id, amount: { amountMinor: 1000, currency: 'PLN' } });
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitForText(dialog, t('fr', 'errors:insufficient_member_credit'), 8000);
    expect(amount.value).toBe(String(member.credit.amountMinor / 100));
    expect(events.find((e) => e.type === 'dk-error')?.detail).toMatchObject({ error: { code: 'insufficient_member_credit' } });
    // The fresh credit is shown, and the amount is now explained as too much.
    const left = { amountMinor: member.credit.amountMinor - 1000, currency: 'PLN' };
    await waitForText(dialog, t('fr', 'credit:reclaim.unused', { credit: formatMoney('fr', left) }), 8000);
    await expectNoAxeViolations(dialog);
    await userEvent.clear(amount);
    await userEvent.type(amount, String(left.amountMinor / 100));
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await vi.waitFor(() => expect(dialog.open).toBe(false), { timeout: 20_000 });
    expect(scenario.backend.getMember(member.id).body.credit.amountMinor).toBe(0);
  });

  it('offers no take-back where the policy forbids it, and says why', async () => {
    use(createNoReclaimScenario());
    const { root } = await mountIn('fr');
    expect(root.querySelector('#reclaim-button')).toBeNull();
    expect(textOf(root)).toContain(norm(t('fr', 'credit:reclaim.policyNever')));
    await expectNoAxeViolations(root.host);
  });

  it('in a company too large to load at once, finds members on the server as the name is typed', async () => {
    // The server hands out 5 members a page unless asked for a name.
    worker.use(
      http.get('*/api/members', ({ request }) => {
        const url = new URL(request.url);
        const query = url.searchParams.get('query') ?? undefined;
        return HttpResponse.json(scenario.backend.listMembers({ query, sort: 'name', limit: query ? 50 : 5 }).body);
      }),
    );
    const events = recordEvents();
    const { root } = await mountIn('pl');
    const total = allMembers().length;
    const member = memberNamed('Anna Wróblewska');
    const dialog = await openByKeyboard(root, 'pl', 'credit:allocateButton', 'allocate-dialog');
    await waitForText(dialog, t('pl', 'credit:picker.typeToFind', { count: total }));
    expect(dialog.querySelectorAll('li:not([hidden]) input[name="member"]')).toHaveLength(0);
    await userEvent.keyboard('wroblewska');
    const box = await find<HTMLInputElement>(dialog, `input[value="${member.id}"]`, 8000);
    await tabTo((e) => e === box);
    await userEvent.keyboard(' ');
    await tabTo((e) => e.id === 'alloc-amount');
    await userEvent.keyboard('15');
    await expectNoAxeViolations(dialog);
    await tabTo(named(t('pl', 'credit:allocate.confirm')));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(dialog.open).toBe(false), { timeout: 20_000 });
    expect(scenario.backend.getMember(member.id).body.credit.amountMinor).toBe(member.credit.amountMinor + 1500);
    expect(events.find((e) => e.type === 'dk-credit-allocated')?.detail).toMatchObject({ memberIds: [member.id] });
  });

  it('shows a loading state while the backend answers', async () => {
    use(createScenario('slow'));
    const el = await mount<DkCredit>('<div lang="pl"><dk-credit></dk-credit></div>', 'dk-credit');
    const loading = await find(el.shadowRoot!, '[part="loading"]');
    expect(textOf(loading)).toBe(t('pl', 'common:loading'));
    await expectNoAxeViolations(el);
    await find(el.shadowRoot!, '[part="balance"]', 8000);
  });
});
