import { beforeEach, describe, expect, it as vitestIt, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/elements/members/define.js';
import type { DkMembers } from '../../../src/elements/members/members.js';
import type { Member, Subscription } from '../../../src/adapter/types.js';
import { formatMoney } from '../../../src/i18n/format.js';
import { LOCALES, type Locale } from '../../../src/i18n/locales.js';
import { deepActiveElement, earlierTestsStopped, expectNoAxeViolations, find, mount, norm, textOf, tracked, waitForText } from '../../support/dom.js';
import { eventsAtDocument, mockBackend, scenario, t } from '../../support/browser.js';

/** Tracked: the next test starts only once this one has really stopped (see `tracked`). */
const it = (name: string, body: () => Promise<void>) => vitestIt(name, tracked(body));

beforeEach(earlierTestsStopped, 10 * 60_000);
mockBackend({ namespaces: ['members', 'common', 'errors', 'validation'], instant: true });

/** Upper bounds for a machine shared with another run, never the expected time. */
const WAIT = { timeout: 30_000, interval: 25 };

const members = (): Member[] => scenario.backend.listMembers({ limit: 500 }).body.items;

/** A member (not an administrator) who has each of `what`. */
const someoneWith = (...what: ('subscriptionIds' | 'numberIds')[]): Member => {
  const found = members().find((m) => m.role === 'member' && m.credit.amountMinor > 0 && what.every((k) => m[k].length > 0));
  if (!found) throw new Error(`no member with ${what.join(' and ')}`);
  return found;
};

/** A subscription's line in the confirmation: its plan's name and monthly price. */
function subscriptionLine(locale: Locale, subscription: Subscription): string {
  const plan = scenario.backend.listPlans().body.find((p) => p.id === subscription.planId)!;
  return t(locale, 'members:remove.subscriptionItem', { plan: plan.name, price: formatMoney(locale, plan.price) });
}

const subscriptionsOf = (member: Member): Subscription[] => scenario.backend.listSubscriptions().body.filter((s) => s.memberId === member.id);

/** Opens `who`'s member dialog from their row and goes to the removal step. */
async function removalOf(locale: Locale, who: Member): Promise<{ root: ShadowRoot; dialog: HTMLDialogElement }> {
  const el = await mount<DkMembers>(`<div lang="${locale}"><dk-members></dk-members></div>`, 'dk-members');
  const root = el.shadowRoot!;
  await userEvent.fill(await find<HTMLInputElement>(root, '#search'), who.accountName);
  await userEvent.click(await find<HTMLButtonElement>(root, `button[data-member="${who.id}"]`, WAIT.timeout));
  const dialog = await find<HTMLDialogElement>(root, '#member-dialog[open]');
  await userEvent.click(await find<HTMLButtonElement>(dialog, '#action-remove'));
  await find(dialog, '#remove-body');
  return { root, dialog };
}

/** The confirmation can be pressed: what goes with the member is read. */
const confirmReady = (dialog: HTMLDialogElement) =>
  vi.waitFor(() => expect(dialog.querySelector('#confirm-remove')?.getAttribute('aria-disabled')).toBe('false'), WAIT);

describe('dk-members: removing a member', { timeout: 180_000 }, () => {
  for (const locale of LOCALES) {
    describe(`in ${locale}`, () => {
      it('names the credit, each paid subscription and each number that go with them', async () => {
        const who = someoneWith('subscriptionIds', 'numberIds');
        const { dialog } = await removalOf(locale, who);
        for (const subscription of subscriptionsOf(who)) await waitForText(dialog, subscriptionLine(locale, subscription), WAIT.timeout);
        const text = textOf(dialog);
        expect(text).toContain(norm(t(locale, 'members:remove.credit', { amount: formatMoney(locale, who.credit) })));
        expect(text).toContain(norm(t(locale, 'members:remove.subscriptions', { count: who.subscriptionIds.length })));
        for (const n of scenario.backend.listNumbers().body.filter((x) => who.numberIds.includes(x.id)))
          expect(text).toContain(norm(t(locale, 'members:remove.numberItem', { number: n.number, area: n.area })));
        expect(dialog.getAttribute('role')).toBe('alertdialog');
        await confirmReady(dialog);
        await expectNoAxeViolations(dialog);
      });

      it('after a subscription is assigned to them meanwhile, shows it and asks again before removing', async () => {
        const events = eventsAtDocument(['dk-member-removed', 'dk-error']);
        const who = someoneWith('subscriptionIds');
        const before = subscriptionsOf(who);
        const { root, dialog } = await removalOf(locale, who);
        await waitForText(dialog, subscriptionLine(locale, before[0]!), WAIT.timeout);
        await confirmReady(dialog);

        // Another administrator assigns a spare subscription to them: their version moves.
        const spare = scenario.backend.listSubscriptions().body.find((s) => s.memberId === null)!;
        expect(textOf(dialog)).not.toContain(norm(subscriptionLine(locale, spare)));
        scenario.backend.assignSubscription(spare.id, { version: spare.version, memberId: who.id });

        await userEvent.click(dialog.querySelector<HTMLButtonElement>('#confirm-remove')!);
        await waitForText(dialog, t(locale, 'members:remove.changed', { name: who.displayName }), WAIT.timeout);
        await waitForText(dialog, subscriptionLine(locale, spare), WAIT.timeout);
        expect(textOf(dialog)).toContain(norm(t(locale, 'members:remove.subscriptions', { count: before.length + 1 })));
        // Nothing was removed, the dialog is still open on them, and the refusal has the focus.
        expect(scenario.backend.getMember(who.id).body.id).toBe(who.id);
        expect(dialog.open).toBe(true);
        expect(deepActiveElement()?.classList.contains('write-error')).toBe(true);
        expect(events.map((e) => e.detail?.error?.code)).toContain('conflict');
        await expectNoAxeViolations(dialog);

        // The second confirmation removes them, with both subscriptions.
        await confirmReady(dialog);
        await userEvent.click(dialog.querySelector<HTMLButtonElement>('#confirm-remove')!);
        await vi.waitFor(() => expect(dialog.open).toBe(false), WAIT);
        expect(members().some((m) => m.id === who.id)).toBe(false);
        const removed = events.find((e) => e.type === 'dk-member-removed');
        expect(removed?.detail.cancelledSubscriptionIds).toEqual(expect.arrayContaining([...before.map((s) => s.id), spare.id]));
        await waitForText(root.querySelector('[role="status"]')!, who.displayName);
      });
    });
  }
});
