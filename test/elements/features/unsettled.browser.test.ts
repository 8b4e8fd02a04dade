/**
 * Purchases of plans and numbers whose answer was lost are found again by a
 * dk-features made afresh, asked about, and never bought twice by mistake.
 */
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/features/define.js';
import { find, mount, waitForText } from '../../support/dom.js';
import { mockBackend, recordHeader, scenario, t, worker } from '../../support/browser.js';

mockBackend({ namespaces: ['features', 'common', 'errors'], instant: true });

const keys = recordHeader('Idempotency-Key');
const WAIT = { timeout: 20_000 };
const bought = (kind: 'subscription' | 'number') => scenario.backend.ledgerEntries().filter((e) => e.kind === kind);

async function mountFeatures(): Promise<ShadowRoot> {
  const el = await mount('<div lang="en"><dk-features></dk-features></div>', 'dk-features');
  await find(el.shadowRoot!, '[role="tablist"]', 8000);
  return el.shadowRoot!;
}

const submit = (dialog: HTMLDialogElement) => dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

/** Sends `dialog`'s purchase while the backend cannot be reached, then makes the element afresh. */
async function sendUnreachedAndRemount(dialog: HTMLDialogElement): Promise<ShadowRoot> {
  scenario.control.offline = true;
  submit(dialog);
  await waitForText(dialog, t('en', 'features:notChargedTwice'), 8000);
  scenario.control.offline = false;
  document.body.replaceChildren();
  return mountFeatures();
}

async function openNumbers(root: ShadowRoot): Promise<HTMLDialogElement> {
  root.querySelector<HTMLButtonElement>('#tab-numbers')!.click();
  (await find<HTMLButtonElement>(root, '#buy-number-button')).click();
  return find<HTMLDialogElement>(root, '#buy-number-dialog[open]');
}

describe('dk-features: a purchase whose answer was lost', () => {
  it('of a number that went through is said by the element made again, and nothing is chosen for the next one', async () => {
    let root = await mountFeatures();
    const before = bought('number').length;
    let dialog = await openNumbers(root);
    const offer = await find<HTMLInputElement>(dialog, 'input[name="offer"]', 8000);
    offer.click();
    worker.use(
      http.post('*/api/numbers', async ({ request }) => {
        scenario.backend.buyNumber(request.headers.get('Idempotency-Key'), (await request.json()) as { number: string });
        return HttpResponse.error();
      }, { once: true }),
    );
    submit(dialog);
    await waitForText(dialog, t('en', 'features:notChargedTwice'), 8000);

    document.body.replaceChildren();
    root = await mountFeatures();
    dialog = await openNumbers(root);
    await waitForText(dialog, t('en', 'features:numberWentThrough', { number: offer.value }), 8000);
    await find(dialog, 'input[name="offer"]', 8000);
    expect(dialog.querySelector('input[name="offer"]:checked')).toBeNull();
    expect(bought('number')).toHaveLength(before + 1);
    await vi.waitFor(() => expect(root.querySelector('[part="numbers"]')?.textContent).toContain(offer.value), WAIT);
  });

  it('of a number the backend never received comes back chosen, and one confirmation buys it once with its key', async () => {
    let root = await mountFeatures();
    let dialog = await openNumbers(root);
    const offer = await find<HTMLInputElement>(dialog, 'input[name="offer"]', 8000);
    offer.click();
    root = await sendUnreachedAndRemount(dialog);
    dialog = await openNumbers(root);
    await waitForText(dialog, t('en', 'common:earlier.notReceived'), 8000);
    await vi.waitFor(() => expect(dialog.querySelector<HTMLInputElement>('input[name="offer"]:checked')?.value).toBe(offer.value), WAIT);
    submit(dialog);
    await vi.waitFor(() => expect(dialog.open).toBe(false), WAIT);
    const sent = keys['/api/numbers']!;
    expect(sent).toEqual([sent[0], sent[0]]);
    expect(scenario.backend.listNumbers().body.filter((n) => n.number === offer.value)).toHaveLength(1);
  });

  it('of a plan the backend never received comes back with its quantity, and one confirmation buys once with its key', async () => {
    let root = await mountFeatures();
    const plan = scenario.backend.listPlans().body[0]!;
    const before = bought('subscription').length;
    (await find<HTMLButtonElement>(root, `[data-plan="${plan.id}"]`)).click();
    let dialog = await find<HTMLDialogElement>(root, '#buy-plan-dialog[open]');
    const quantity = await find<HTMLInputElement>(dialog, '#quantity');
    await userEvent.clear(quantity);
    await userEvent.type(quantity, '2');
    root = await sendUnreachedAndRemount(dialog);
    (await find<HTMLButtonElement>(root, `[data-plan="${plan.id}"]`)).click();
    dialog = await find<HTMLDialogElement>(root, '#buy-plan-dialog[open]');
    await waitForText(dialog, t('en', 'common:earlier.notReceived'), 8000);
    expect(dialog.querySelector<HTMLInputElement>('#quantity')!.value).toBe('2');
    submit(dialog);
    await vi.waitFor(() => expect(dialog.open).toBe(false), WAIT);

    const sent = keys['/api/subscriptions']!;
    expect(sent).toEqual([sent[0], sent[0]]);
    expect(scenario.backend.listSubscriptions().body.filter((s) => s.planId === plan.id).length).toBeGreaterThan(0);
    expect(bought('subscription').length - before).toBe(1);
  });
});
