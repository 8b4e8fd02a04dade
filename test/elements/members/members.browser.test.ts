import { beforeEach, describe, expect, it as vitestIt, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import '../../../src/elements/members/define.js';
import type { DkMembers } from '../../../src/elements/members/members.js';
import type { Member } from '../../../src/adapter/types.js';
import { formatMoney, formatRelative } from '../../../src/i18n/format.js';
import { LOCALES, type Locale } from '../../../src/i18n/locales.js';
import { createRestAdapter } from '../../../src/adapter/rest.js';
import {
  deepActiveElement,
  earlierTestsStopped,
  expectNoAxeViolations,
  find as findWithin,
  mount,
  named,
  norm,
  tabTo,
  textOf,
  tracked,
  waitForText as waitForTextWithin,
} from '../../support/dom.js';
import { eventsAtDocument, mockBackend, scenario, t, use } from '../../support/browser.js';

/** Every test here is tracked: the next one starts only once it has really stopped (see `tracked`). */
const it = (name: string, body: () => Promise<void>) => vitestIt(name, tracked(body));

// Before the next test's company is made: a late body would act on it.
beforeEach(earlierTestsStopped, 10 * 60_000);
mockBackend({ namespaces: ['members', 'common', 'errors', 'validation'], instant: true });

/**
 * Limits, not delays: a passing test never waits for them. The tests drive the
 * element by keyboard, hundreds of round trips to the browser each, so a busy
 * machine (another process on the two cores) makes them several times slower;
 * Vitest's 15 s default stopped one in the middle, and it went on typing into
 * the next test's element.
 */
const WAIT = { timeout: 30_000, interval: 25 };
const TEST_TIMEOUT = 180_000;
const find = <T extends Element = HTMLElement>(root: ParentNode, query: string): Promise<T> => findWithin<T>(root, query, WAIT.timeout);
const waitForText = (root: Element | ShadowRoot, text: string): Promise<void> => waitForTextWithin(root, text, WAIT.timeout);

async function mountIn(locale: Locale, attributes = ''): Promise<{ el: DkMembers; root: ShadowRoot }> {
  const el = await mount<DkMembers>(`<div lang="${locale}"><dk-members ${attributes}></dk-members></div>`, 'dk-members');
  return { el, root: el.shadowRoot! };
}

const EVENTS = [
  'dk-member-invited',
  'dk-invitation-resent',
  'dk-invitation-cancelled',
  'dk-member-moved',
  'dk-member-role-changed',
  'dk-member-removed',
  'dk-features-changed',
  'dk-error',
];

/** Records the dk-* events reaching the document. */
const recordEvents = () => eventsAtDocument(EVENTS);

const members = (): Member[] => scenario.backend.listMembers({ limit: 500 }).body.items;
const memberNamed = (name: string): Member => {
  const m = members().find((x) => x.displayName === name);
  if (!m) throw new Error(`no member ${name}`);
  return m;
};

/** Waits for the grid, with every member loaded. */
async function gridOf(root: ShadowRoot): Promise<HTMLElement> {
  const grid = await find<HTMLElement>(root, '[role="grid"]');
  await vi.waitFor(() => expect(root.querySelector('[role="row"][aria-rowindex="2"]')).not.toBeNull(), WAIT);
  return grid;
}

/** Types a search by keyboard alone: Tab to the search box, type. */
async function searchFor(locale: Locale, text: string): Promise<void> {
  await tabTo((e) => e.id === 'search');
  await userEvent.keyboard(text);
}

/** Tab into the grid (its one tab stop), go to the first row's name, and open its member dialog with Enter. */
async function manageFirstRow(root: ShadowRoot): Promise<HTMLDialogElement> {
  await tabTo((e) => e.closest('[role="row"][data-row]') !== null);
  await userEvent.keyboard('{Control>}{Home}{/Control}{Home}{ArrowRight}');
  await vi.waitFor(() => expect(deepActiveElement()?.getAttribute('role')).toBe('rowheader'), WAIT);
  await userEvent.keyboard('{Enter}');
  const dialog = await find<HTMLDialogElement>(root, '#member-dialog[open]');
  return dialog;
}

const rowsShown = (root: ShadowRoot) => [...root.querySelectorAll('[role="row"][data-row]')].map((r) => textOf(r));

describe('dk-members', { timeout: TEST_TIMEOUT }, () => {
  for (const locale of LOCALES) {
    describe(`in ${locale}`, () => {
      it('lists every member with the counts of the language, searches without diacritics, filters and sorts, by keyboard, axe-clean', async () => {
        const { root } = await mountIn(locale);
        const grid = await gridOf(root);
        const all = members();
        expect(grid.getAttribute('aria-rowcount')).toBe(String(all.length + 1));
        await waitForText(root, t(locale, 'members:summary.all', { count: all.length }));
        expect(textOf(root)).toContain(t(locale, 'members:title'));
        // Virtualized: far fewer rows in the page than members.
        expect(root.querySelectorAll('[role="row"][data-row]').length).toBeLessThan(all.length);
        await expectNoAxeViolations(root.host);

        // "wrobel" finds "Łukasz Wróbel" and "Anna Wróblewska".
        await searchFor(locale, 'wrob');
        await vi.waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('3'), WAIT);
        expect(rowsShown(root).join(' ')).toContain('Łukasz Wróbel');
        await waitForText(root, norm(t(locale, 'members:summary.filtered', { count: 2, total: String(all.length) })));

        // A department filter chosen by keyboard narrows further.
        const it = memberNamed('Anna Wróblewska');
        const department = await find<HTMLSelectElement>(root, '#filter-department');
        await tabTo((e) => e === department);
        for (let i = 0; i < 10 && department.value !== it.departmentId; i++) await userEvent.keyboard('{ArrowDown}');
        expect(department.value).toBe(it.departmentId);
        await vi.waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('2'), WAIT);
        expect(rowsShown(root)[0]).toContain('Anna Wróblewska');

        // Nothing matches: said plainly, with a way back.
        await tabTo((e) => e.id === 'search', 40, true);
        await userEvent.keyboard('zzzz');
        await waitForText(root, t(locale, 'members:noMatch'));
        await expectNoAxeViolations(root.host);
        await tabTo(named(t(locale, 'members:filters.clear')));
        await userEvent.keyboard('{Enter}');
        await vi.waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe(String(all.length + 1)), WAIT);

        // Sorting by credit, highest first, from its column header.
        await tabTo((e) => e.getAttribute('data-sort') === 'credit');
        await userEvent.keyboard('{Enter}');
        const richest = [...all].sort((a, b) => b.credit.amountMinor - a.credit.amountMinor)[0]!;
        await vi.waitFor(() => expect(rowsShown(root)[0]).toContain(richest.displayName), WAIT);
        expect(root.querySelector('[aria-sort="descending"]')).not.toBeNull();

        // The grid is one tab stop; arrow keys move through the rows.
        await tabTo((e) => e.getAttribute('role') === 'rowheader');
        expect(deepActiveElement()?.closest('[role="row"]')?.getAttribute('aria-rowindex')).toBe('2');
        await userEvent.keyboard('{ArrowDown}{ArrowDown}');
        await vi.waitFor(() => expect(deepActiveElement()?.closest('[role="row"]')?.getAttribute('aria-rowindex')).toBe('4'), WAIT);
        await userEvent.keyboard('{Control>}{End}{/Control}');
        await vi.waitFor(
          () => expect(deepActiveElement()?.closest('[role="row"]')?.getAttribute('aria-rowindex')).toBe(String(all.length + 1)),
          WAIT,
        );
      });

      it('invites many at once by keyboard: each entry checked and deduplicated, department and groups chosen ahead', async () => {
        const events = recordEvents();
        const { el, root } = await mountIn(locale);
        await gridOf(root);
        const org = scenario.backend.listDepartments().body;
        const groups = scenario.backend.listGroups().body;

        await tabTo(named(t(locale, 'members:inviteButton')));
        await userEvent.keyboard('{Enter}');
        const dialog = await find<HTMLDialogElement>(root, '#invite-dialog[open]');
        await tabTo((e) => e.id === 'invitees');
        await userEvent.keyboard('new.colleague1, bad@, NEW.colleague1 lukasz.wrobel 9lives ola.nowa@example.com');
        await waitForText(dialog, t(locale, 'members:invite.badEmail'));
        expect(textOf(dialog)).toContain(norm(t(locale, 'members:invite.duplicate')));
        expect(textOf(dialog)).toContain(norm(t(locale, 'members:invite.member')));
        expect(textOf(dialog)).toContain(norm(t(locale, 'validation:accountName.must_start_with_letter')));
        expect(textOf(dialog)).toContain(norm(t(locale, 'members:invite.willSend', { count: 2 })));
        await expectNoAxeViolations(dialog);

        // Sending with wrong entries is refused with the reason; the text stays as typed.
        await tabTo(named(t(locale, 'members:invite.send')));
        await userEvent.keyboard('{Enter}');
        await waitForText(dialog, t(locale, 'members:invite.fixInvalid', { count: 2 }));
        const box = await find<HTMLTextAreaElement>(dialog, '#invitees');
        expect(deepActiveElement()).toBe(box);
        expect(box.value).toContain('bad@');

        // Correct them: retype the list.
        await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
        await userEvent.keyboard('new.colleague1{Enter}ola.nowa@example.com');
        await vi.waitFor(() => expect(textOf(dialog)).not.toContain(norm(t(locale, 'members:invite.badEmail'))), WAIT);

        // Department and a group, chosen ahead.
        const department = await find<HTMLSelectElement>(dialog, '#invite-department');
        await tabTo((e) => e === department);
        await userEvent.keyboard('{ArrowDown}');
        expect(department.value).toBe(org[1]!.id);
        await tabTo((e) => e.id === `invite-g-${groups[0]!.id}`);
        await userEvent.keyboard(' ');
        await tabTo(named(t(locale, 'members:invite.send')));
        await userEvent.keyboard('{Enter}');

        await waitForText(root.querySelector('[role="status"]')!, t(locale, 'members:invite.sent', { count: 2 }));
        expect(dialog.open).toBe(false);
        expect(el.view).toBe('invitations');
        await waitForText(root, 'ola.nowa@example.com');
        // "Expires in 4 weeks" (30 days from the send, a moment ago), in the language.
        await waitForText(root, t(locale, 'members:invitations.expiresIn', { when: formatRelative(locale, new Date(Date.now() + 30 * 86_400_000 - 60_000)) }));
        const sent = scenario.backend.listInvitations('pending').body.filter((i) => ['new.colleague1', 'ola.nowa@example.com'].includes(i.invitee));
        expect(sent).toHaveLength(2);
        expect(sent.every((i) => i.departmentId === org[1]!.id && i.groupIds.includes(groups[0]!.id))).toBe(true);
        const invited = events.find((e) => e.type === 'dk-member-invited');
        expect((invited?.detail['invitations'] as unknown[]).length).toBe(2);
        await expectNoAxeViolations(root.host);
      });

      it('shows the server refusals of an invitation and keeps the refused entries', async () => {
        const { root } = await mountIn(locale);
        await gridOf(root);
        await tabTo(named(t(locale, 'members:inviteButton')));
        await userEvent.keyboard('{Enter}');
        const dialog = await find<HTMLDialogElement>(root, '#invite-dialog[open]');
        await tabTo((e) => e.id === 'invitees');
        await userEvent.keyboard('some.newcomer late.joiner');
        // Meanwhile another administrator invites one of them.
        const department = scenario.backend.listDepartments().body[0]!.id;
        scenario.backend.sendInvitations({ invitees: ['late.joiner'], departmentId: department, groupIds: [] });
        await tabTo(named(t(locale, 'members:invite.send')));
        await userEvent.keyboard('{Enter}');
        await waitForText(dialog, t(locale, 'members:invite.rejectedTitle', { count: 1 }));
        expect(dialog.open).toBe(true);
        expect((await find<HTMLTextAreaElement>(dialog, '#invitees')).value).toBe('late.joiner');
        await expectNoAxeViolations(dialog);
      });

      it('resends an expired invitation and cancels a pending one, by keyboard', async () => {
        const events = recordEvents();
        const { root } = await mountIn(locale, 'view="invitations"');
        await find(root, 'table[part="invitations"]');
        const expired = scenario.backend.listInvitations('expired').body[0]!;
        const pending = scenario.backend.listInvitations('pending').body[0]!;
        await waitForText(root, t(locale, `members:invitations.status.expired`));
        await expectNoAxeViolations(root.host);

        await tabTo(named(t(locale, 'common:actionOn', { action: t(locale, 'members:actions.resend'), name: expired.invitee })));
        await userEvent.keyboard('{Enter}');
        await vi.waitFor(() => expect(scenario.backend.listInvitations('pending').body.some((i) => i.id === expired.id)).toBe(true), WAIT);
        await waitForText(root.querySelector('[role="status"]')!, expired.invitee);
        expect(events.some((e) => e.type === 'dk-invitation-resent' && e.detail['invitationId'] === expired.id)).toBe(true);

        await tabTo(named(t(locale, 'common:actionOn', { action: t(locale, 'members:actions.cancelInvitation'), name: pending.invitee })));
        await userEvent.keyboard('{Enter}');
        await waitForText(root.querySelector('[role="status"]')!, t(locale, 'members:invitations.cancelled', { invitee: pending.invitee }));
        expect(scenario.backend.listInvitations('cancelled').body.some((i) => i.id === pending.id)).toBe(true);
        expect(events).toContainEqual({ type: 'dk-invitation-cancelled', detail: { invitationId: pending.id, invitee: pending.invitee } });
        await expectNoAxeViolations(root.host);
      });

      it('moves a member to another department and groups, by keyboard', async () => {
        const events = recordEvents();
        const { root } = await mountIn(locale);
        await gridOf(root);
        const who = memberNamed('Zofia Żak');
        const org = scenario.backend.listDepartments().body;
        await searchFor(locale, 'zofia zak');
        await vi.waitFor(() => expect(rowsShown(root)).toHaveLength(1), WAIT);
        const dialog = await manageFirstRow(root);
        await waitForText(dialog, who.accountName);
        await expectNoAxeViolations(dialog);

        await tabTo(named(t(locale, 'members:actions.move')));
        await userEvent.keyboard('{Enter}');
        await waitForText(dialog, t(locale, 'members:move.title', { name: who.displayName }));
        const select = await find<HTMLSelectElement>(dialog, '#move-department');
        await tabTo((e) => e === select);
        const target = org.find((d) => d.id !== who.departmentId && d.name === 'IT')!;
        for (let i = 0; i < 10 && select.value !== target.id; i++) await userEvent.keyboard('{ArrowDown}');
        expect(select.value).toBe(target.id);
        await expectNoAxeViolations(dialog);
        await tabTo(named(t(locale, 'common:save')));
        await userEvent.keyboard('{Enter}');
        await waitForText(root.querySelector('[role="status"]')!, t(locale, 'members:move.done', { name: who.displayName, department: 'IT' }));
        expect(scenario.backend.getMember(who.id).body.departmentId).toBe(target.id);
        expect(events.find((e) => e.type === 'dk-member-moved')?.detail).toMatchObject({ memberId: who.id, departmentId: target.id });
      });

      it('reloads the member on a conflict, keeps the choice, and saves on the second try', async () => {
        const events = recordEvents();
        const { root } = await mountIn(locale);
        await gridOf(root);
        const who = memberNamed('Piotr Woźniak');
        await searchFor(locale, 'piotr wozniak');
        await vi.waitFor(() => expect(rowsShown(root)).toHaveLength(1), WAIT);
        const dialog = await manageFirstRow(root);
        await tabTo(named(t(locale, 'members:actions.features')));
        await userEvent.keyboard('{Enter}');
        const voicemail = await find<HTMLInputElement>(dialog, '#f-voicemail');
        const wanted = !voicemail.checked;
        await tabTo((e) => e === voicemail);
        await userEvent.keyboard(' ');
        expect(voicemail.checked).toBe(wanted);
        // Another administrator changes the member meanwhile.
        const fresh = scenario.backend.getMember(who.id).body;
        scenario.backend.updateMember(who.id, { version: fresh.version, groupIds: [] });
        await tabTo(named(t(locale, 'common:save')));
        await userEvent.keyboard('{Enter}');
        await waitForText(dialog, t(locale, 'errors:conflict'));
        expect(voicemail.checked).toBe(wanted);
        await expectNoAxeViolations(dialog);
        await tabTo(named(t(locale, 'common:save')));
        await userEvent.keyboard('{Enter}');
        await waitForText(root.querySelector('[role="status"]')!, t(locale, 'members:features.saved', { name: who.displayName }));
        expect(scenario.backend.getMember(who.id).body.features.voicemail).toBe(wanted);
        expect(events.filter((e) => e.type === 'dk-error').map((e) => (e.detail['error'] as { code: string }).code)).toEqual(['conflict']);
        expect(events.some((e) => e.type === 'dk-features-changed')).toBe(true);
      });

      it('makes and unmakes administrators; the last one cannot be demoted or removed, and says why', async () => {
        const events = recordEvents();
        const { root } = await mountIn(locale);
        await gridOf(root);
        const marie = memberNamed('Marie Dupont');
        await searchFor(locale, 'marie dupont');
        await vi.waitFor(() => expect(rowsShown(root)).toHaveLength(1), WAIT);
        let dialog = await manageFirstRow(root);
        await tabTo(named(t(locale, 'members:actions.removeAdmin')));
        await userEvent.keyboard('{Enter}');
        await waitForText(root.querySelector('[role="status"]')!, t(locale, 'members:role.removed', { name: marie.displayName }));
        expect(scenario.backend.getMember(marie.id).body.role).toBe('member');
        expect(events).toContainEqual({ type: 'dk-member-role-changed', detail: { memberId: marie.id, role: 'member' } });
        await userEvent.keyboard('{Escape}');
        await vi.waitFor(() => expect(dialog.open).toBe(false), WAIT);

        // admin.architectes is now the last administrator.
        await tabTo((e) => e.id === 'search', 40, true);
        await userEvent.keyboard('{Control>}a{/Control}admin.architectes');
        await vi.waitFor(() => expect(rowsShown(root)).toHaveLength(1), WAIT);
        dialog = await manageFirstRow(root);
        const demote = await find<HTMLButtonElement>(dialog, '#action-role');
        const remove = await find<HTMLButtonElement>(dialog, '#action-remove');
        expect(demote.getAttribute('aria-disabled')).toBe('true');
        expect(remove.getAttribute('aria-disabled')).toBe('true');
        expect(textOf(dialog)).toContain(norm(t(locale, 'errors:last_admin')));
        expect(textOf(dialog)).toContain(norm(t(locale, 'members:remove.lastAdmin')));
        await tabTo((e) => e === demote);
        await userEvent.keyboard('{Enter}');
        expect(scenario.backend.getMember(memberNamed('admin.architectes').id).body.role).toBe('admin');
        await expectNoAxeViolations(dialog);
        await userEvent.keyboard('{Escape}');

        // Make Marie an administrator again.
        await tabTo((e) => e.id === 'search', 40, true);
        await userEvent.keyboard('{Control>}a{/Control}marie');
        await vi.waitFor(() => expect(rowsShown(root)).toHaveLength(1), WAIT);
        dialog = await manageFirstRow(root);
        await tabTo(named(t(locale, 'members:actions.makeAdmin')));
        await userEvent.keyboard('{Enter}');
        await waitForText(root.querySelector('[role="status"]')!, t(locale, 'members:role.made', { name: marie.displayName }));
        expect(scenario.backend.getMember(marie.id).body.role).toBe('admin');
      });

      it('shows the server refusal when the last administrator is demoted elsewhere first', async () => {
        const events = recordEvents();
        const { root } = await mountIn(locale);
        await gridOf(root);
        const marie = memberNamed('Marie Dupont');
        const admin = memberNamed('admin.architectes');
        await searchFor(locale, 'admin.architectes');
        await vi.waitFor(() => expect(rowsShown(root)).toHaveLength(1), WAIT);
        const dialog = await manageFirstRow(root);
        // Another administrator demotes Marie: admin.architectes is now the last one, but this list does not know yet.
        scenario.backend.updateMember(marie.id, { version: marie.version, role: 'member' });
        scenario.backend.updateMember(admin.id, { version: admin.version, groupIds: [] });
        await tabTo(named(t(locale, 'members:actions.removeAdmin')));
        await userEvent.keyboard('{Enter}');
        await waitForText(dialog, t(locale, 'errors:conflict'));
        // Fresh data says it is the last administrator: the action is now disabled with the reason.
        await vi.waitFor(() => expect(dialog.querySelector('#action-role')?.getAttribute('aria-disabled')).toBe('false'), WAIT);
        await tabTo(named(t(locale, 'members:actions.removeAdmin')));
        await userEvent.keyboard('{Enter}');
        await waitForText(dialog, t(locale, 'errors:last_admin'));
        expect(scenario.backend.getMember(admin.id).body.role).toBe('admin');
        // The refusal refreshed the administrators: the action is now disabled, with the reason.
        await vi.waitFor(() => expect(dialog.querySelector('#action-role')?.getAttribute('aria-disabled')).toBe('true'), WAIT);
        expect(events.filter((e) => e.type === 'dk-error').map((e) => (e.detail['error'] as { code: string }).code)).toContain('last_admin');
        await expectNoAxeViolations(dialog);
      });

      it('removes a member after saying what happens to their credit and numbers, by keyboard', async () => {
        const events = recordEvents();
        const { root } = await mountIn(locale);
        const grid = await gridOf(root);
        const who = members().find((m) => m.role === 'member' && m.numberIds.length > 0 && m.credit.amountMinor > 0)!;
        const before = members().length;
        await searchFor(locale, who.accountName);
        await vi.waitFor(() => expect(rowsShown(root)).toHaveLength(1), WAIT);
        const dialog = await manageFirstRow(root);
        await tabTo(named(t(locale, 'members:actions.remove')));
        await userEvent.keyboard('{Enter}');
        await waitForText(dialog, t(locale, 'members:remove.credit', { amount: formatMoney(locale, who.credit) }));
        expect(textOf(dialog)).toContain(norm(t(locale, 'members:remove.numbers', { count: who.numberIds.length })));
        expect(dialog.getAttribute('role')).toBe('alertdialog');
        // Removing waits until what goes with the member is named: what is confirmed is what was shown.
        await vi.waitFor(() => expect(dialog.querySelector('#confirm-remove')?.getAttribute('aria-disabled')).toBe('false'), WAIT);
        await expectNoAxeViolations(dialog);
        await tabTo(named(t(locale, 'members:actions.remove')));
        await userEvent.keyboard('{Enter}');
        await waitForText(root.querySelector('[role="status"]')!, who.displayName);
        expect(dialog.open).toBe(false);
        expect(members().length).toBe(before - 1);
        const removed = events.find((e) => e.type === 'dk-member-removed');
        expect(removed?.detail).toMatchObject({ memberId: who.id, reclaimed: who.credit });
        await waitForText(root, t(locale, 'members:noMatch'));
        expect(grid.getAttribute('aria-rowcount')).toBe('1');
      });

      it('switches features for a selection of members, by keyboard', async () => {
        const events = recordEvents();
        const { root } = await mountIn(locale);
        await gridOf(root);
        await searchFor(locale, 'wrob');
        await vi.waitFor(() => expect(rowsShown(root)).toHaveLength(2), WAIT);
        await tabTo((e) => e.closest('[role="row"][data-row]') !== null);
        await userEvent.keyboard('{Control>}{Home}{/Control}{Home}{ArrowRight}');
        await userEvent.keyboard(' {ArrowDown} ');
        await waitForText(root, t(locale, 'members:selection.count', { count: 2 }));
        await expectNoAxeViolations(root.host);
        await tabTo(named(t(locale, 'members:actions.features')), 40, true);
        await userEvent.keyboard('{Enter}');
        const dialog = await find<HTMLDialogElement>(root, '#member-dialog[open]');
        await waitForText(dialog, t(locale, 'members:features.bulkTitle', { count: 2 }));
        // Nothing chosen: said, not sent.
        await tabTo(named(t(locale, 'members:features.apply')));
        await userEvent.keyboard('{Enter}');
        await waitForText(dialog, t(locale, 'members:features.chooseOne'));
        const international = await find<HTMLSelectElement>(dialog, '#b-internationalCalls');
        await tabTo((e) => e === international);
        await userEvent.keyboard('{ArrowDown}');
        expect(international.value).toBe('on');
        await expectNoAxeViolations(dialog);
        await tabTo(named(t(locale, 'members:features.apply')));
        await userEvent.keyboard('{Enter}');
        await waitForText(root.querySelector('[role="status"]')!, t(locale, 'members:features.bulkSaved', { count: 2 }));
        const ids = [memberNamed('Łukasz Wróbel').id, memberNamed('Anna Wróblewska').id];
        for (const id of ids) expect(scenario.backend.getMember(id).body.features.internationalCalls).toBe(true);
        const changed = events.find((e) => e.type === 'dk-features-changed');
        expect(changed?.detail['features']).toEqual({ internationalCalls: true });
        expect([...(changed?.detail['memberIds'] as string[])].sort()).toEqual([...ids].sort());
      });

      it('shows a failure with a retry, and recovers', async () => {
        use('failing');
        const events = recordEvents();
        const { root } = await mountIn(locale);
        const retry = await find<HTMLButtonElement>(root, '[part="retry-button"]');
        expect(textOf(root)).toContain(norm(t(locale, 'errors:internal')));
        expect(events.some((e) => e.type === 'dk-error')).toBe(true);
        await expectNoAxeViolations(root.host);
        scenario.control.failNext = 0;
        await tabTo((e) => e === retry);
        await userEvent.keyboard('{Enter}');
        await gridOf(root);
      });

      it('in a company just set up: the admin alone, an invitation to send, no invitations yet', async () => {
        use('empty');
        const { el, root } = await mountIn(locale);
        await gridOf(root);
        await waitForText(root, t(locale, 'members:alone.title'));
        await expectNoAxeViolations(root.host);
        await tabTo((e) => e.id === 'tab-members');
        await userEvent.keyboard('{ArrowRight}');
        expect(el.view).toBe('invitations');
        await waitForText(root, t(locale, 'members:invitations.emptyTitle'));
        await expectNoAxeViolations(root.host);
      });
    });
  }
});

// The box is never written from stale state: its value is set only from the
// latest input event. A change that let a render write an older value back
// (state updated after the event, a reload resetting the field) fails here.
describe('dk-members on a slow machine', { timeout: TEST_TIMEOUT }, () => {
  it('keeps every key typed in the invitation box while the CPU is slowed, renders lag and the list reloads between keys', async () => {
    const { el, root } = await mountIn('en');
    await gridOf(root);
    await tabTo(named(t('en', 'members:inviteButton')));
    await userEvent.keyboard('{Enter}');
    const dialog = await find<HTMLDialogElement>(root, '#invite-dialog[open]');
    await tabTo((e) => e.id === 'invitees');
    const box = await find<HTMLTextAreaElement>(dialog, '#invitees');
    // Each render waits for a later task, so keys arrive while one is pending.
    const host = el as unknown as { scheduleUpdate(): Promise<void> };
    const scheduleUpdate = host.scheduleUpdate.bind(el);
    host.scheduleUpdate = async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await scheduleUpdate();
    };
    const container = el.parentElement!;
    const typed = 'some.newcomer late.joiner';
    const session = cdp();
    await session.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    try {
      for (const [i, key] of [...typed].entries()) {
        expect(box.value).toBe(typed.slice(0, i));
        await userEvent.keyboard(key);
        // Between keys the list reloads from another backend object, and every
        // other key the language changes: each re-renders the dialog.
        el.adapter = createRestAdapter({ baseUrl: '/api' });
        if (i % 2) container.lang = container.lang === 'en' ? 'fr' : 'en';
      }
    } finally {
      await session.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
    expect(container.lang).toBe('en');
    await el.updateComplete;
    await gridOf(root);
    expect(deepActiveElement()).toBe(box);
    expect(box.value).toBe(typed);

    // What is sent is what was typed: one is refused, and stays in the box.
    const department = scenario.backend.listDepartments().body[0]!.id;
    scenario.backend.sendInvitations({ invitees: ['late.joiner'], departmentId: department, groupIds: [] });
    await tabTo(named(t('en', 'members:invite.send')));
    await userEvent.keyboard('{Enter}');
    await waitForText(dialog, t('en', 'members:invite.rejectedTitle', { count: 1 }));
    expect(box.value).toBe('late.joiner');
    expect(scenario.backend.listInvitations('pending').body.some((i) => i.invitee === 'some.newcomer')).toBe(true);
  });
});

// Without `tracked` and `earlierTestsStopped()`, the late body's keys land in
// the next test's box, which then holds scattered letters ("oxi").
describe('a test that runs past its time limit', () => {
  vitestIt.fails(
    'times out on purpose, then goes on pressing keys',
    tracked(async () => {
      const input = await mount<HTMLInputElement>('<input aria-label="late" /><button>elsewhere</button>', 'input');
      input.focus();
      const until = performance.now() + 3000;
      while (performance.now() < until) await userEvent.keyboard('{Tab}x');
    }),
    100,
  );

  it('does not press keys in the next test', async () => {
    const input = await mount<HTMLInputElement>('<input aria-label="next" /><button>elsewhere</button>', 'input');
    input.focus();
    await userEvent.keyboard('some.newcomer late.joiner');
    expect(input.value).toBe('some.newcomer late.joiner');
  });
});
