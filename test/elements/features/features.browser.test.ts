import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/features/define.js';
import type { DkFeatures } from '../../../src/elements/features/features.js';
import type { Member } from '../../../src/adapter/types.js';
import { createScenario } from '../../../mocks/scenarios.js';
import { formatMoney } from '../../../src/i18n/format.js';
import { LOCALES, type Locale } from '../../../src/i18n/locales.js';
import { deepActiveElement, expectNoAxeViolations, find, mount, named, norm, tabTo, textOf, waitForText } from '../../support/dom.js';
import { eventsAtDocument, mockBackend, recordHeader, scenario, t, use, worker } from '../../support/browser.js';

mockBackend({ namespaces: ['features', 'common', 'errors'] });

/** The Idempotency-Key of every money-moving request that left the page. */
const keys = recordHeader('Idempotency-Key');

const members = (): Member[] => scenario.backend.listMembers({ limit: 500 }).body.items;
const memberNamed = (name: string): Member => members().find((m) => m.displayName === name)!;
const planName = (id: string) => scenario.backend.listPlans().body.find((p) => p.id === id)!.name;

async function mountIn(locale: Locale): Promise<{ el: DkFeatures; root: ShadowRoot }> {
  const el = await mount<DkFeatures>(`<div lang="${locale}"><dk-features></dk-features></div>`, 'dk-features');
  const root = el.shadowRoot!;
  await find(root, '[role="tablist"]', 8000);
  return { el, root };
}

const recordEvents = () => eventsAtDocument(['dk-subscription-purchased', 'dk-subscription-assigned', 'dk-number-purchased', 'dk-number-assigned', 'dk-error']);

const status = (root: ShadowRoot) => root.querySelector<HTMLElement>('[role="status"]')!;

/** Selects a tab by keyboard: Tab into the tab list, then arrows. */
async function showTab(root: ShadowRoot, locale: Locale, tab: 'subscriptions' | 'numbers' | 'members'): Promise<void> {
  await tabTo((e) => e.getAttribute('role') === 'tab');
  for (let i = 0; i < 3 && textOf(deepActiveElement()!) !== t(locale, `features:tabs.${tab}`); i++) await userEvent.keyboard('{ArrowRight}');
  expect(root.querySelector(`#tab-${tab}`)!.getAttribute('aria-selected')).toBe('true');
}

/** Picks a radio in a dialog's group by keyboard: Tab into the group, arrows until it is checked. */
async function pickRadio(dialog: HTMLDialogElement, radio: HTMLInputElement): Promise<void> {
  await tabTo((e) => (e as HTMLInputElement).name === radio.name);
  for (let i = 0; i < 60 && !radio.checked; i++) await userEvent.keyboard(deepActiveElement() === radio ? ' ' : '{ArrowDown}');
  expect(radio.checked).toBe(true);
}

describe('dk-features', () => {
  for (const locale of LOCALES) {
    describe(`in ${locale}`, () => {
      it('shows the catalogue and the company’s subscriptions, and is axe-clean', async () => {
        const { root } = await mountIn(locale);
        const plans = scenario.backend.listPlans().body;
        const subscriptions = scenario.backend.listSubscriptions().body;
        const text = textOf(root);
        expect(text).toContain(t(locale, 'features:title'));
        for (const p of plans) {
          expect(text).toContain(p.name);
          expect(text).toContain(norm(t(locale, 'features:perMonth', { price: formatMoney(locale, p.price) })));
        }
        expect(root.querySelectorAll('[part="subscriptions"] tbody tr')).toHaveLength(subscriptions.length);
        await expectNoAxeViolations(root.host);
      });

      it('buys subscriptions from the company balance, by keyboard', async () => {
        const events = recordEvents();
        const { root } = await mountIn(locale);
        const before = scenario.backend.balanceMinorUnits();
        const plan = scenario.backend.listPlans().body.find((p) => p.id === 'plan_world_120')!;
        await tabTo(named(t(locale, 'common:actionOn', { action: t(locale, 'features:buySubscription'), name: plan.name })));
        await userEvent.keyboard('{Enter}');
        const dialog = await find<HTMLDialogElement>(root, '#buy-plan-dialog[open]');
        await tabTo((e) => e.id === 'quantity');
        await userEvent.keyboard('{Control>}a{/Control}0');
        await waitForText(dialog, t(locale, 'features:quantityProblem'));
        await userEvent.keyboard('{Control>}a{/Control}2');
        const total = { amountMinor: plan.price.amountMinor * 2, currency: 'PLN' };
        await waitForText(dialog, t(locale, 'features:totalFromBalance', { total: formatMoney(locale, total), balance: formatMoney(locale, { amountMinor: before, currency: 'PLN' }) }));
        await expectNoAxeViolations(dialog);
        await tabTo(named(t(locale, 'features:buy')));
        await userEvent.keyboard('{Enter}');
        const balance = { amountMinor: before - total.amountMinor, currency: 'PLN' };
        await waitForText(status(root), t(locale, 'features:subscriptionsBought', { count: 2, plan: plan.name, balance: formatMoney(locale, balance) }), 8000);
        expect(scenario.backend.balanceMinorUnits()).toBe(balance.amountMinor);
        const bought = events.find((e) => e.type === 'dk-subscription-purchased')?.detail as { subscriptionIds: string[] };
        expect(bought).toMatchObject({ planId: plan.id, quantity: 2, balance });
        expect(bought.subscriptionIds).toHaveLength(2);
        expect(deepActiveElement()?.getAttribute('data-plan')).toBe(plan.id);
      });

      it('assigns a subscription to a member, by keyboard, and unassigns it', async () => {
        const events = recordEvents();
        const { root } = await mountIn(locale);
        const free = scenario.backend.listSubscriptions().body.find((s) => !s.memberId)!;
        const plan = planName(free.planId);
        const member = memberNamed('Jérôme Rousseau');
        await tabTo((e) => e.getAttribute('data-subscription') === free.id);
        await userEvent.keyboard('{Enter}');
        const dialog = await find<HTMLDialogElement>(root, '#assign-dialog[open]');
        expect(textOf(dialog)).toContain(norm(t(locale, 'features:assignTitle', { item: plan })));
        // The search field has the focus; a name without its accents finds the member.
        expect(deepActiveElement()?.id).toBe('assign-search');
        await userEvent.keyboard('rousseau');
        await pickRadio(dialog, dialog.querySelector<HTMLInputElement>(`#a-${member.id}`)!);
        await expectNoAxeViolations(dialog);
        await tabTo(named(t(locale, 'features:assign')));
        await userEvent.keyboard('{Enter}');
        await waitForText(status(root), t(locale, 'features:assigned', { name: member.displayName }), 8000);
        expect(scenario.backend.listSubscriptions().body.find((s) => s.id === free.id)!.memberId).toBe(member.id);
        expect(events).toContainEqual({ type: 'dk-subscription-assigned', detail: { subscriptionId: free.id, memberId: member.id } });

        // Focus is back on the row, whose action is now "Unassign".
        await vi.waitFor(() => expect(deepActiveElement()?.getAttribute('data-subscription')).toBe(free.id));
        expect(textOf(deepActiveElement()!)).toBe(t(locale, 'features:unassign'));
        await userEvent.keyboard('{Enter}');
        const confirm = await find<HTMLDialogElement>(root, '#unassign-dialog[open]');
        await expectNoAxeViolations(confirm);
        await tabTo(named(t(locale, 'features:unassign')));
        await userEvent.keyboard('{Enter}');
        await waitForText(status(root), t(locale, 'features:unassignDone', { item: plan, holder: member.displayName }), 8000);
        expect(scenario.backend.listSubscriptions().body.find((s) => s.id === free.id)!.memberId).toBeNull();
      });

      it('assigns a number only to a business account with online numbers on, or to a SIP profile', async () => {
        const events = recordEvents();
        const { root } = await mountIn(locale);
        await showTab(root, locale, 'numbers');
        const free = scenario.backend.listNumbers().body.find((n) => !n.assignee)!;
        await tabTo(named(t(locale, 'common:actionOn', { action: t(locale, 'features:assign'), name: free.number })));
        await userEvent.keyboard('{Enter}');
        const dialog = await find<HTMLDialogElement>(root, '#assign-dialog[open]');
        const off = members().find((m) => !m.features.onlineNumber)!;
        expect(dialog.querySelector<HTMLInputElement>(`#a-${off.id}`)!.disabled).toBe(true);
        expect(textOf(dialog)).toContain(norm(t(locale, 'features:onlineNumberOff')));
        await expectNoAxeViolations(dialog);

        await tabTo((e) => (e as HTMLInputElement).name === 'assignee-kind', 40, true);
        await userEvent.keyboard('{ArrowRight}');
        const profile = scenario.backend.listSipProfiles().body.find((p) => p.name === 'Standard Paris')!;
        const radio = await find<HTMLInputElement>(dialog, `#p-${profile.id}`);
        await pickRadio(dialog, radio);
        await waitForText(dialog, t(locale, 'features:pbxNote'));
        await tabTo(named(t(locale, 'features:assign')));
        await userEvent.keyboard('{Enter}');
        await waitForText(status(root), t(locale, 'features:assigned', { name: t(locale, 'features:sipProfileNamed', { name: profile.name }) }), 8000);
        const number = scenario.backend.listNumbers().body.find((n) => n.id === free.id)!;
        expect(number.assignee).toEqual({ kind: 'sip_profile', sipProfileId: profile.id });
        expect(number.routesToPbx).toBe(true);
        expect(events).toContainEqual({ type: 'dk-number-assigned', detail: { numberId: free.id, assignee: { kind: 'sip_profile', sipProfileId: profile.id } } });
        await waitForText(root, t(locale, 'features:ringsPbx'));
      });

      it('buys an online number by keyboard, choosing the country first', async () => {
        const events = recordEvents();
        const { root } = await mountIn(locale);
        await showTab(root, locale, 'numbers');
        await tabTo(named(t(locale, 'features:buyNumber')));
        await userEvent.keyboard('{Enter}');
        const dialog = await find<HTMLDialogElement>(root, '#buy-number-dialog[open]');
        await find(dialog, 'input[name="offer"]', 8000);
        const offered = scenario.backend.listAvailableNumbers().body;
        const french = offered.filter((n) => n.country === 'FR');
        // The country list: all, then Poland, then France.
        await tabTo((e) => e.id === 'country');
        await userEvent.keyboard('{ArrowDown}{ArrowDown}');
        await vi.waitFor(() => expect(dialog.querySelectorAll('li:not([hidden]) input[name="offer"]')).toHaveLength(french.length));
        const choice = french[1]!;
        await pickRadio(dialog, dialog.querySelector<HTMLInputElement>(`input[value="${choice.number}"]`)!);
        await expectNoAxeViolations(dialog);
        const before = scenario.backend.balanceMinorUnits();
        await tabTo(named(t(locale, 'features:buy')));
        await userEvent.keyboard('{Enter}');
        const balance = formatMoney(locale, { amountMinor: before - choice.monthlyPrice.amountMinor, currency: 'PLN' });
        await waitForText(status(root), t(locale, 'features:numberBought', { number: choice.number, balance }), 8000);
        expect(scenario.backend.listNumbers().body.some((n) => n.number === choice.number)).toBe(true);
        expect(events.find((e) => e.type === 'dk-number-purchased')?.detail).toMatchObject({ number: choice.number });
        expect(deepActiveElement()?.id).toBe('buy-number-button');
      });

      it('reloads on a conflict, keeps the choice, and applies the second confirmation', async () => {
        const events = recordEvents();
        const { root } = await mountIn(locale);
        const free = scenario.backend.listSubscriptions().body.find((s) => !s.memberId)!;
        const member = memberNamed('Zofia Żak');
        (root.querySelector<HTMLButtonElement>(`[data-subscription="${free.id}"]`))!.click();
        const dialog = await find<HTMLDialogElement>(root, '#assign-dialog[open]');
        (await find<HTMLInputElement>(dialog, `#a-${member.id}`)).click();

        // Another administrator assigns the same subscription meanwhile.
        const other = memberNamed('Hélène Lefèvre');
        scenario.backend.assignSubscription(free.id, { version: free.version, memberId: other.id });

        dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
        await waitForText(dialog, t(locale, 'errors:conflict'), 8000);
        expect(dialog.querySelector<HTMLInputElement>(`#a-${member.id}`)!.checked).toBe(true);
        expect(events.find((e) => e.type === 'dk-error')?.detail).toMatchObject({ error: { code: 'conflict' } });
        await expectNoAxeViolations(dialog);
        // The table behind shows the other administrator's change.
        await vi.waitFor(() => expect(textOf(root.querySelector('[part="subscriptions"]')!)).toContain(other.displayName), { timeout: 20_000 });

        dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
        await waitForText(status(root), t(locale, 'features:assigned', { name: member.displayName }), 8000);
        expect(scenario.backend.listSubscriptions().body.find((s) => s.id === free.id)!.memberId).toBe(member.id);
      });

      it('shows each member’s features at a glance', async () => {
        const { root } = await mountIn(locale);
        await showTab(root, locale, 'members');
        const ewa = memberNamed('Ewa Kozłowska');
        await tabTo((e) => e.id === 'member-search');
        await userEvent.keyboard('kozlowska');
        await vi.waitFor(() => expect(root.querySelectorAll('[part="members"] tbody tr')).toHaveLength(1));
        const row = textOf(root.querySelector('[part="members"] tbody tr')!);
        expect(row).toContain(ewa.displayName);
        const number = scenario.backend.listNumbers().body.find((n) => n.assignee?.kind === 'member' && n.assignee.memberId === ewa.id)!;
        expect(row).toContain(number.number);
        for (const id of ewa.subscriptionIds) {
          const plan = scenario.backend.listSubscriptions().body.find((s) => s.id === id)!.planId;
          expect(row).toContain(planName(plan));
        }
        if (ewa.features.voicemail) expect(row).toContain(t(locale, 'features:access.voicemail'));
        await expectNoAxeViolations(root.host);
      });

      it('shows the error state with a retry that recovers', async () => {
        use(createScenario('failing'));
        const el = await mount<DkFeatures>(`<div lang="${locale}"><dk-features></dk-features></div>`, 'dk-features');
        await waitForText(el.shadowRoot!, t(locale, 'errors:internal'), 8000);
        await expectNoAxeViolations(el);
        scenario.control.failNext = 0;
        await tabTo(named(t(locale, 'common:retry')));
        await userEvent.keyboard('{Enter}');
        await find(el.shadowRoot!, '[role="tablist"]', 8000);
      });

      it('shows the empty lists of a company just set up, and refuses a purchase the balance does not cover', async () => {
        use(createScenario('empty'));
        const { root } = await mountIn(locale);
        await waitForText(root, t(locale, 'features:noSubscriptions'));
        await expectNoAxeViolations(root.host);
        const plan = scenario.backend.listPlans().body[0]!;
        root.querySelector<HTMLButtonElement>(`[data-plan="${plan.id}"]`)!.click();
        const dialog = await find<HTMLDialogElement>(root, '#buy-plan-dialog[open]');
        await waitForText(dialog, t(locale, 'features:insufficient', { required: formatMoney(locale, plan.price), available: formatMoney(locale, { amountMinor: 0, currency: 'PLN' }) }));
        dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
        expect(keys['/api/subscriptions']).toBeUndefined();
        await expectNoAxeViolations(dialog);
        dialog.close();
        await showTab(root, locale, 'numbers');
        await waitForText(root, t(locale, 'features:noNumbers'));
      });
    });
  }

  it('buys a number once, whatever the double clicks and network failures', async () => {
    const events = recordEvents();
    const { root } = await mountIn('en');
    (root.querySelector<HTMLButtonElement>('#tab-numbers'))!.click();
    const before = scenario.backend.ledgerEntries().filter((e) => e.kind === 'number').length;
    (await find(root, '#buy-number-button')).click();
    const dialog = await find<HTMLDialogElement>(root, '#buy-number-dialog[open]');
    const offer = await find<HTMLInputElement>(dialog, 'input[name="offer"]');
    offer.click();
    await expectNoAxeViolations(dialog);

    // The purchase reaches the service, but the answer is lost on the way back.
    worker.use(
      http.post('*/api/numbers', async ({ request }) => {
        scenario.backend.buyNumber(request.headers.get('Idempotency-Key'), (await request.json()) as { number: string });
        return HttpResponse.error();
      }, { once: true }),
    );
    const submit = dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    await userEvent.dblClick(submit);
    await waitForText(dialog, t('en', 'errors:network'), 8000);
    await waitForText(dialog, t('en', 'features:notChargedTwice'));
    expect(offer.checked).toBe(true);

    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitForText(status(root), t('en', 'features:numberBought', { number: offer.value, balance: formatMoney('en', scenario.backend.getBalance().body.balance) }), 8000);
    expect(new Set(keys['/api/numbers']).size).toBe(1);
    expect(keys['/api/numbers']!.length).toBe(2);
    expect(scenario.backend.ledgerEntries().filter((e) => e.kind === 'number').length).toBe(before + 1);
    expect(events.filter((e) => e.type === 'dk-number-purchased')).toHaveLength(1);
    expect(textOf(root.querySelector('[part="numbers"]')!)).toContain(offer.value);
  });

  it('explains the server’s refusal when the member’s online numbers were switched off meanwhile', async () => {
    const { root } = await mountIn('pl');
    (root.querySelector<HTMLButtonElement>('#tab-numbers'))!.click();
    const free = scenario.backend.listNumbers().body.find((n) => !n.assignee)!;
    (await find(root, `[data-number="${free.id}"]`)).click();
    const dialog = await find<HTMLDialogElement>(root, '#assign-dialog[open]');
    const holder = members().find((m) => m.features.onlineNumber)!;
    (await find<HTMLInputElement>(dialog, `#a-${holder.id}`)).click();
    scenario.backend.setMemberFeatures(holder.id, { version: holder.version, features: { ...holder.features, onlineNumber: false } });
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitForText(dialog, t('pl', 'errors:number_assignee_invalid'), 8000);
    // The fresh member data now shows why.
    await vi.waitFor(() => expect(dialog.querySelector<HTMLInputElement>(`#a-${holder.id}`)!.disabled).toBe(true), { timeout: 20_000 });
    expect(scenario.backend.listNumbers().body.find((n) => n.id === free.id)!.assignee).toBeNull();
  });

  it('in a company too large to load at once, names every holder and finds members on the server', async () => {
    // The server hands out 5 members a page unless asked for a name.
    worker.use(
      http.get('*/api/members', ({ request }) => {
        const url = new URL(request.url);
        const query = url.searchParams.get('query') ?? undefined;
        return HttpResponse.json(scenario.backend.listMembers({ query, sort: 'name', limit: query ? 50 : 5 }).body);
      }),
    );
    const { root } = await mountIn('fr');
    // Holders beyond the first page are still named, not shown as former members.
    const held = scenario.backend.listSubscriptions().body.filter((s) => s.memberId);
    const table = textOf(root.querySelector('[part="subscriptions"]')!);
    for (const s of held) expect(table).toContain(norm(scenario.backend.getMember(s.memberId!).body.displayName));
    expect(table).not.toContain(t('fr', 'features:formerMember'));

    const free = scenario.backend.listSubscriptions().body.find((s) => !s.memberId)!;
    const member = memberNamed('Wojciech Król');
    root.querySelector<HTMLButtonElement>(`[data-subscription="${free.id}"]`)!.click();
    const dialog = await find<HTMLDialogElement>(root, '#assign-dialog[open]');
    await waitForText(dialog, t('fr', 'features:typeToFind', { count: members().length }));
    await userEvent.keyboard('krol');
    const radio = await find<HTMLInputElement>(dialog, `#a-${member.id}`, 8000);
    await pickRadio(dialog, radio);
    await expectNoAxeViolations(dialog);
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitForText(status(root), t('fr', 'features:assigned', { name: member.displayName }), 8000);
    expect(scenario.backend.listSubscriptions().body.find((s) => s.id === free.id)!.memberId).toBe(member.id);
  });

  it('shows a loading state while the backend answers', async () => {
    use(createScenario('slow'));
    const el = await mount<DkFeatures>('<div lang="fr"><dk-features></dk-features></div>', 'dk-features');
    const loading = await find(el.shadowRoot!, '[part="loading"]');
    expect(textOf(loading)).toBe(t('fr', 'common:loading'));
    await expectNoAxeViolations(el);
    await find(el.shadowRoot!, '[role="tablist"]', 8000);
  });
});
