/**
 * In the console, a section's element is made afresh each time the section is
 * entered: a purchase whose answer was lost must still be known when the
 * administrator comes back to Credit, and asked about before anything is
 * bought again.
 */
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/manager/define.js';
import '../../../src/elements/credit/define.js';
import '../../../src/elements/members/define.js';
import type { DkManager } from '../../../src/elements/manager/manager.js';
import { formatMoney } from '../../../src/i18n/format.js';
import type { Locale } from '../../../src/i18n/locales.js';
import { find, mount, norm, textOf, waitForText } from '../../support/dom.js';
import { mockBackend, recordHeader, scenario, t, worker } from '../../support/browser.js';

mockBackend({ namespaces: ['manager', 'setup', 'credit', 'members', 'common', 'errors', 'validation'], instant: true });

const keys = recordHeader('Idempotency-Key');
const WAIT = { timeout: 20_000 };
const AMOUNT = { amountMinor: 23456, currency: 'PLN' };

const purchases = () => scenario.backend.ledgerEntries().filter((e) => e.kind === 'purchase');
const balanceMinor = () => scenario.backend.getBalance().body.balance.amountMinor;
const sentKeys = () => keys['/api/credit/purchases'] ?? [];

async function mountConsole(locale: Locale): Promise<ShadowRoot> {
  const el = await mount<DkManager>(`<div lang="${locale}"><dk-manager></dk-manager></div>`, 'dk-manager');
  await find(el.shadowRoot!, '.tasks', 8000);
  return el.shadowRoot!;
}

/** Opens a section from the navigation; answers its element once shown. */
async function enter(root: ShadowRoot, section: 'credit' | 'members'): Promise<HTMLElement> {
  root.querySelector<HTMLButtonElement>(`nav [data-section="${section}"]`)!.click();
  const element = await find(root, `#content dk-${section}`, 8000);
  if (section === 'credit') await find(element.shadowRoot!, '[part="balance"]', 8000);
  return element;
}

async function openBuy(credit: HTMLElement): Promise<HTMLDialogElement> {
  (await find<HTMLButtonElement>(credit.shadowRoot!, '#buy-button')).click();
  return find<HTMLDialogElement>(credit.shadowRoot!, '#buy-dialog[open]');
}

const submit = (dialog: HTMLDialogElement) => dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
const amountField = (dialog: HTMLDialogElement) => dialog.querySelector<HTMLInputElement>('#buy-amount')!;

/** Escape, Members, then Credit again: a new credit element, other than `before`. */
async function leaveAndComeBack(root: ShadowRoot, dialog: HTMLDialogElement, before: HTMLElement): Promise<HTMLElement> {
  await userEvent.keyboard('{Escape}');
  await vi.waitFor(() => expect(dialog.open).toBe(false), WAIT);
  await enter(root, 'members');
  const credit = await enter(root, 'credit');
  expect(credit).not.toBe(before);
  return credit;
}

/** The console in `locale`, on Credit, its Buy dialog open with `amount` typed, and what the company had bought until then. */
async function startBuying(locale: Locale, amount: string) {
  const root = await mountConsole(locale);
  const credit = await enter(root, 'credit');
  const before = purchases().length;
  const balanceBefore = balanceMinor();
  const dialog = await openBuy(credit);
  await userEvent.type(amountField(dialog), amount);
  return { root, credit, dialog, before, balanceBefore };
}

describe('dk-manager: a purchase whose answer was lost, across sections', () => {
  it('is asked about when Buy opens again: it went through, the balance shows it once, and buying again takes a new, typed and confirmed purchase', async () => {
    const { root, credit, before, balanceBefore, ...opened } = await startBuying('en', '234.56');
    let dialog = opened.dialog;
    // The backend charges, and the answer is lost on the way back.
    worker.use(
      http.post('*/api/credit/purchases', async ({ request }) => {
        scenario.backend.buyCredit(request.headers.get('Idempotency-Key'), (await request.json()) as { amount: typeof AMOUNT });
        return HttpResponse.error();
      }, { once: true }),
    );
    submit(dialog);
    await waitForText(dialog, t('en', 'credit:notChargedTwice'), 8000);

    const again = await leaveAndComeBack(root, dialog, credit);
    dialog = await openBuy(again);
    await waitForText(dialog, t('en', 'credit:buy.wentThrough', { amount: formatMoney('en', AMOUNT) }), 8000);
    expect(textOf(dialog)).not.toContain(norm(t('en', 'credit:buy.uncertain')));
    expect(purchases()).toHaveLength(before + 1);
    const once = norm(formatMoney('en', { ...AMOUNT, amountMinor: balanceBefore + AMOUNT.amountMinor }));
    await vi.waitFor(() => expect(textOf(again.shadowRoot!.querySelector('.balance-amount')!)).toBe(once), WAIT);

    // Nothing is filled in for the user: Buy alone sends nothing.
    expect(amountField(dialog).value).toBe('');
    submit(dialog);
    await vi.waitFor(() => expect(amountField(dialog).getAttribute('aria-invalid')).toBe('true'), WAIT);
    expect(sentKeys()).toHaveLength(1);

    // The same amount typed and confirmed is a new purchase, under a new key, never the settled one's.
    await userEvent.type(amountField(dialog), '234.56');
    submit(dialog);
    await vi.waitFor(() => expect(dialog.open).toBe(false), WAIT);
    expect(sentKeys()).toHaveLength(2);
    expect(sentKeys()[1]).not.toBe(sentKeys()[0]);
    expect(purchases()).toHaveLength(before + 2);
  });

  it('when the backend never received it, shows it again and one confirmation charges once, with the same key', async () => {
    const { root, credit, before, balanceBefore, ...opened } = await startBuying('fr', '234,56');
    let dialog = opened.dialog;
    scenario.control.offline = true;
    submit(dialog);
    await waitForText(dialog, t('fr', 'common:notChargedTwice'), 8000);
    scenario.control.offline = false;

    const again = await leaveAndComeBack(root, dialog, credit);
    dialog = await openBuy(again);
    await waitForText(dialog, t('fr', 'common:earlier.notReceived'), 8000);
    expect(amountField(dialog).value).toBe('234,56');
    expect(purchases()).toHaveLength(before);
    submit(dialog);
    await vi.waitFor(() => expect(dialog.open).toBe(false), WAIT);

    expect(sentKeys()).toEqual([sentKeys()[0], sentKeys()[0]]);
    expect(purchases()).toHaveLength(before + 1);
    expect(balanceMinor()).toBe(balanceBefore + AMOUNT.amountMinor);
  });
});
