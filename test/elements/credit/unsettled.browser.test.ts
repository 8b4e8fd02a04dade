/**
 * A money request whose answer was lost stays known as unsettled beyond the
 * element that sent it: another widget on the same backend, an element made
 * again, and a reload (the tab's sessionStorage) find it, ask the backend what
 * became of it, and never send it under a new key by mistake.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/credit/define.js';
import type { DkCredit } from '../../../src/elements/credit/credit.js';
import type { DialkitAdapter } from '../../../src/adapter/adapter.js';
import { intentsOf, readIntents } from '../../../src/adapter/intents.js';
import { createRestAdapter } from '../../../src/adapter/rest.js';
import { formatMoney } from '../../../src/i18n/format.js';
import { find, mount, norm, textOf, waitForText } from '../../support/dom.js';
import { eventsAtDocument, mockBackend, recordHeader, scenario, t, worker } from '../../support/browser.js';

mockBackend({ namespaces: ['credit', 'common', 'errors'], instant: true });

const keys = recordHeader('Idempotency-Key');
const WAIT = { timeout: 20_000 };
const AMOUNT = { amountMinor: 23456, currency: 'PLN' };
const RELOADED = 'credit-reload-test';

const purchases = () => scenario.backend.ledgerEntries().filter((e) => e.kind === 'purchase');
const balanceMinor = () => scenario.backend.getBalance().body.balance.amountMinor;

/** A backend object of its own on the mock, with no name (the REST adapter's methods, not its `id`), or named `id`. */
const adapterOnMock = (id?: string): DialkitAdapter => ({ ...createRestAdapter({ baseUrl: '/api' }), ...(id ? { id } : {}) });

afterEach(() => {
  intentsOf(adapterOnMock(RELOADED)).clear();
});

/** Mounts `count` dk-credit elements in `locale`, on `adapter` when given, each once its balance shows. */
async function mountCredit(locale: string, adapter?: DialkitAdapter, count = 1): Promise<ShadowRoot[]> {
  const markup = Array.from({ length: count }, () => '<dk-credit></dk-credit>').join('');
  await mount(`<div lang="${locale}">${markup}</div>`, 'dk-credit');
  const elements = [...document.querySelectorAll<DkCredit>('dk-credit')];
  for (const el of elements) if (adapter) el.adapter = adapter;
  return Promise.all(elements.map(async (el) => (await find(el.shadowRoot!, '[part="balance"]', 8000), el.shadowRoot!)));
}

async function openDialog(root: ShadowRoot, button: string, dialog: string): Promise<HTMLDialogElement> {
  (await find<HTMLButtonElement>(root, `#${button}`)).click();
  return find<HTMLDialogElement>(root, `#${dialog}[open]`);
}

const submit = (dialog: HTMLDialogElement) => dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

/** The next request to `path` reaches the backend, which acts on it (`act`); its answer is lost on the way back. */
function loseAnswerAfterActing(path: string, act: (key: string | null, body: any) => unknown): void {
  worker.use(
    http.post(`*/api${path}`, async ({ request }) => {
      act(request.headers.get('Idempotency-Key'), await request.json());
      return HttpResponse.error();
    }, { once: true }),
  );
}

/** Buys 234.56 in `root`'s dialog; the backend charges and the answer is lost. Answers the dialog, showing the unknown outcome. */
async function buyAndLoseTheAnswer(root: ShadowRoot): Promise<HTMLDialogElement> {
  const dialog = await openDialog(root, 'buy-button', 'buy-dialog');
  await userEvent.type(await find(dialog, '#buy-amount'), '234.56');
  loseAnswerAfterActing('/credit/purchases', (key, body) => scenario.backend.buyCredit(key, body));
  submit(dialog);
  await waitForText(dialog, t('en', 'common:notChargedTwice'), 8000);
  return dialog;
}

describe('dk-credit: a money request whose answer was lost', () => {
  it('is known to a second widget on the same backend, which completes it with the same key: charged once', async () => {
    const events = eventsAtDocument(['dk-credit-purchased']);
    const shared = adapterOnMock();
    expect(shared.id).toBeUndefined();
    const [first, second] = await mountCredit('en', shared, 2);
    const before = purchases().length;
    const balanceBefore = balanceMinor();
    await buyAndLoseTheAnswer(first!);
    expect(purchases()).toHaveLength(before + 1);

    // The backend cannot be asked either: the second widget cannot tell, so it shows the purchase again.
    worker.use(http.get('*/api/idempotency-keys/:key', () => HttpResponse.error()));
    const dialog = await openDialog(second!, 'buy-button', 'buy-dialog');
    await waitForText(dialog, t('en', 'credit:buy.uncertain'), 8000);
    expect(dialog.querySelector<HTMLInputElement>('#buy-amount')!.value).toBe('234.56');
    submit(dialog);
    await vi.waitFor(() => expect(dialog.open).toBe(false), WAIT);

    const sent = keys['/api/credit/purchases']!;
    expect(sent).toHaveLength(2);
    expect(sent[1]).toBe(sent[0]);
    expect(purchases()).toHaveLength(before + 1);
    expect(balanceMinor()).toBe(balanceBefore + AMOUNT.amountMinor);
    expect(events).toHaveLength(1);
    // The first widget hears of it and shows the balance with the one purchase.
    const after = norm(formatMoney('en', { ...AMOUNT, amountMinor: balanceBefore + AMOUNT.amountMinor }));
    await vi.waitFor(() => expect(textOf(first!.querySelector('.balance-amount')!)).toBe(after), WAIT);
  });

  it('survives a reload in sessionStorage under the backend’s id, and an element on a new adapter of that id finds that it went through', async () => {
    const storageKey = `dialkit:unsettled:${RELOADED}`;
    const [root] = await mountCredit('en', adapterOnMock(RELOADED));
    const before = purchases().length;
    await buyAndLoseTheAnswer(root!);
    const key = keys['/api/credit/purchases']![0];

    // What a reload finds: a store read afresh from the tab's storage holds the purchase, its key and its request.
    expect(JSON.parse(sessionStorage.getItem(storageKey)!)).toHaveLength(1);
    const reread = readIntents(RELOADED).list('buyCredit');
    expect(reread).toEqual([
      expect.objectContaining({ operation: 'buyCredit', slot: 'buyCredit', key, request: { amount: AMOUNT }, at: expect.any(String) }),
    ]);

    // The element goes; a new one comes on another adapter object naming the same backend.
    document.body.replaceChildren();
    const [again] = await mountCredit('en', adapterOnMock(RELOADED));
    const dialog = await openDialog(again!, 'buy-button', 'buy-dialog');
    await waitForText(dialog, t('en', 'credit:buy.wentThrough', { amount: formatMoney('en', AMOUNT) }), 8000);
    expect(dialog.querySelector<HTMLInputElement>('#buy-amount')!.value).toBe('');
    expect(purchases()).toHaveLength(before + 1);
    // Settled, it is no longer kept.
    expect(sessionStorage.getItem(storageKey)).toBeNull();
    expect(readIntents(RELOADED).list()).toEqual([]);
  });

  it('comes back per member in an element made again while the backend is still running it, and confirming it takes back once', async () => {
    const [root] = await mountCredit('pl');
    const member = scenario.backend.listMembers({ limit: 500 }).body.items.find((m) => m.credit.amountMinor >= 2000)!;
    let dialog = await openDialog(root!, 'reclaim-button', 'reclaim-dialog');
    (await find<HTMLInputElement>(dialog, `#r-${member.id}`)).click();
    await userEvent.type(await find(dialog, '#reclaim-amount'), '10');
    loseAnswerAfterActing('/credit/reclaims', (key, body) => scenario.backend.reclaimCredit(key, body));
    submit(dialog);
    await waitForText(dialog, t('pl', 'common:notChargedTwice'), 8000);
    const credit = scenario.backend.getMember(member.id).body.credit.amountMinor;
    expect(credit).toBe(member.credit.amountMinor - 1000);

    // The backend says the take-back is still running.
    worker.use(
      http.get('*/api/idempotency-keys/:key', ({ params }) =>
        HttpResponse.json({ key: params['key'], operation: 'reclaimCredit', status: 'processing', createdAt: new Date().toISOString() }),
      ),
    );
    document.body.replaceChildren();
    const [again] = await mountCredit('pl');
    dialog = await openDialog(again!, 'reclaim-button', 'reclaim-dialog');
    await waitForText(dialog, t('pl', 'credit:uncertain'), 8000);
    expect(dialog.querySelector<HTMLInputElement>(`#r-${member.id}`)!.checked).toBe(true);
    // Shown as someone would type it in the user's language.
    expect(dialog.querySelector<HTMLInputElement>('#reclaim-amount')!.value).toBe('10,00');
    submit(dialog);
    await vi.waitFor(() => expect(dialog.open).toBe(false), WAIT);

    const sent = keys['/api/credit/reclaims']!;
    expect(sent).toEqual([sent[0], sent[0]]);
    expect(scenario.backend.getMember(member.id).body.credit.amountMinor).toBe(credit);
  });
});
