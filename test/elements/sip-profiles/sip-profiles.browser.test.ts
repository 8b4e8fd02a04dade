import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/elements/sip-profiles/define.js';
import type { DkSipProfiles } from '../../../src/elements/sip-profiles/sip-profiles.js';
import { LOCALES, type Locale } from '../../../src/i18n/locales.js';
import {
  deepActiveElement,
  expectNoAxeViolations,
  find,
  mount,
  named,
  norm,
  tabTo,
  textOf,
  waitForText,
} from '../../support/dom.js';
import { eventsAtDocument, mockBackend, scenario, t, use } from '../../support/browser.js';

mockBackend({ namespaces: ['sip', 'common', 'errors', 'validation'] });

async function mountIn(locale: Locale, attributes = ''): Promise<{ el: DkSipProfiles; root: ShadowRoot }> {
  const el = await mount<DkSipProfiles>(`<div lang="${locale}"><dk-sip-profiles ${attributes}></dk-sip-profiles></div>`, 'dk-sip-profiles');
  return { el, root: el.shadowRoot! };
}

/** Records the dk-* events reaching the document. */
const recordEvents = () => eventsAtDocument(['dk-account-linked', 'dk-account-unlinked', 'dk-number-added', 'dk-number-removed', 'dk-error']);

const profileNamed = (name: string) => {
  const id = scenario.backend.listSipProfiles().body.find((p) => p.name === name)?.id;
  if (!id) throw new Error(`no profile ${name}`);
  return id;
};

/** A member who can be linked: not an admin, not linked, preferably with online numbers. */
function linkableMember(withNumbers = true) {
  const candidates = scenario.backend.listSipCandidates(profileNamed('Centrala Warszawa')).body;
  const found = candidates.find((c) => c.available && (c.numbers?.length ?? 0) > 0 === withNumbers) ?? candidates.find((c) => c.available);
  if (!found) throw new Error('no linkable member in the seed');
  return found;
}

describe('dk-sip-profiles', () => {
  for (const locale of LOCALES) {
    describe(`in ${locale}`, () => {
      it('lists the profiles with plural-correct counts, and is axe-clean', async () => {
        const { root } = await mountIn(locale);
        await find(root, 'table');
        const profiles = scenario.backend.listSipProfiles().body;
        expect(profiles.length).toBe(3);
        const text = textOf(root);
        expect(text).toContain(t(locale, 'sip:title'));
        for (const p of profiles) {
          expect(text).toContain(p.name);
          expect(text).toContain(norm(t(locale, 'sip:channels_count', { count: p.channels })));
          expect(text).toContain(norm(t(locale, 'sip:accounts_count', { count: p.linkedAccountCount })));
        }
        await expectNoAxeViolations(root.host);
      });

      it('links an account by keyboard alone: search, pick, extension, confirm', async () => {
        const events = recordEvents();
        const { el, root } = await mountIn(locale);
        await find(root, 'table');
        const member = linkableMember(true);

        await tabTo(named(t(locale, 'common:actionOn', { action: t(locale, 'sip:showProfile'), name: 'Centrala Warszawa' })));
        await userEvent.keyboard('{Enter}');
        await waitForText(root, t(locale, 'sip:accountsHeading'));
        expect(el.profileId).toBe(profileNamed('Centrala Warszawa'));
        await expectNoAxeViolations(root.host);

        await tabTo(named(t(locale, 'sip:addButton')));
        await userEvent.keyboard('{Enter}');
        const dialog = await find<HTMLDialogElement>(root, '#add-dialog[open]');
        await find(dialog, 'input[type="search"]');
        await expectNoAxeViolations(dialog);

        // The search box takes the focus order's first input; type a name without its diacritics.
        await tabTo((e) => e.id === 'search');
        const folded = member.displayName.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L');
        await userEvent.keyboard(folded.split(' ')[1]!.toLowerCase());
        const radio = await find<HTMLInputElement>(dialog, `#c-${member.memberId}`);
        await tabTo((e) => e === radio || (e as HTMLInputElement).name === 'account');
        // Arrow keys move within the radio group until our member is checked.
        for (let i = 0; i < 50 && !radio.checked; i++) {
          if (deepActiveElement() === radio) await userEvent.keyboard(' ');
          else await userEvent.keyboard('{ArrowDown}');
        }
        expect(radio.checked).toBe(true);

        // What linking does is said before confirming.
        await waitForText(dialog, t(locale, 'sip:cannotSignIn', { name: member.displayName }));

        // A wrong extension is explained as typed, and blocks the confirmation.
        await tabTo((e) => e.id === 'extension');
        await userEvent.keyboard('12a');
        await waitForText(dialog, t(locale, 'validation:extension.not_digits'));
        expect((await find(dialog, '#extension')).getAttribute('aria-invalid')).toBe('true');
        await expectNoAxeViolations(dialog);
        await userEvent.keyboard('{Backspace}4');

        await tabTo(named(t(locale, 'common:confirm')));
        await userEvent.keyboard('{Enter}');
        await waitForText(root.querySelector('[role="status"]')!, t(locale, 'sip:linked', { name: member.displayName, profile: 'Centrala Warszawa' }));
        expect(dialog.open).toBe(false);
        expect(textOf(root)).toContain(member.displayName);

        const linked = scenario.backend.getMember(member.memberId).body;
        expect(linked.sipProfileId).toBe(profileNamed('Centrala Warszawa'));
        expect(linked.canSignIn).toBe(false);
        expect(events).toContainEqual({
          type: 'dk-account-linked',
          detail: { profileId: profileNamed('Centrala Warszawa'), memberId: member.memberId, extension: '124' },
        });
      });

      it('removes an account from its entry, after a confirmation, by keyboard', async () => {
        const events = recordEvents();
        const profileId = profileNamed('Centrala Warszawa');
        const account = scenario.backend.getSipProfile(profileId).body.accounts[0]!;
        const { root } = await mountIn(locale, `profile-id="${profileId}"`);
        await waitForText(root, account.displayName);

        await tabTo((e) => e.classList.contains('account-name') && textOf(e) === account.displayName);
        await userEvent.keyboard('{Enter}');
        await tabTo(named(t(locale, 'common:actionOn', { action: t(locale, 'sip:removeAccount'), name: account.displayName })));
        await userEvent.keyboard('{Enter}');
        const dialog = await find<HTMLDialogElement>(root, '#remove-dialog[open]');
        expect(textOf(dialog)).toContain(norm(t(locale, 'sip:removeAccountTitle', { name: account.displayName, profile: 'Centrala Warszawa' })));
        await expectNoAxeViolations(dialog);
        await tabTo(named(t(locale, 'sip:removeAccount')));
        await userEvent.keyboard('{Enter}');

        await waitForText(root.querySelector('[role="status"]')!, t(locale, 'sip:unlinked', { name: account.displayName, profile: 'Centrala Warszawa' }));
        expect(scenario.backend.getMember(account.memberId).body.canSignIn).toBe(true);
        expect(events.map((e) => e.type)).toContain('dk-account-unlinked');
      });

      it('names the other profile when the account was linked there meanwhile, and keeps the input', async () => {
        const events = recordEvents();
        const profileId = profileNamed('Centrala Warszawa');
        const member = linkableMember(false);
        const { root } = await mountIn(locale, `profile-id="${profileId}"`);
        const add = await find(root, '#add-button');
        add.click();
        const dialog = await find<HTMLDialogElement>(root, '#add-dialog[open]');
        (await find<HTMLInputElement>(dialog, `#c-${member.memberId}`)).click();
        const extension = await find<HTMLInputElement>(dialog, '#extension');
        await userEvent.type(extension, '77');

        // Another administrator links the same account to another profile.
        const other = scenario.backend.getSipProfile(profileNamed('Standard Paris')).body;
        scenario.backend.linkSipAccount(other.id, { version: other.version, memberId: member.memberId, extension: null });

        (await find(dialog, 'button[type="submit"]')).click();
        await waitForText(dialog, t(locale, 'errors:account_already_linked', { profileName: 'Standard Paris' }));
        expect(extension.value).toBe('77');
        expect(dialog.open).toBe(true);
        expect(events.find((e) => e.type === 'dk-error')?.detail).toMatchObject({ error: { code: 'account_already_linked' } });
        await expectNoAxeViolations(dialog);
      });

      it('keeps what was typed on a network failure and retries', async () => {
        const profileId = profileNamed('Centrala Warszawa');
        const member = linkableMember(true);
        const { root } = await mountIn(locale, `profile-id="${profileId}"`);
        (await find(root, '#add-button')).click();
        const dialog = await find<HTMLDialogElement>(root, '#add-dialog[open]');
        (await find<HTMLInputElement>(dialog, `#c-${member.memberId}`)).click();
        await userEvent.type(await find(dialog, '#extension'), '31');

        scenario.control.offline = true;
        (await find(dialog, 'button[type="submit"]')).click();
        await waitForText(dialog, t(locale, 'errors:network'));
        await waitForText(dialog, t(locale, 'common:keptInput'));
        expect((await find<HTMLInputElement>(dialog, '#extension')).value).toBe('31');
        expect((await find<HTMLInputElement>(dialog, `#c-${member.memberId}`)).checked).toBe(true);
        const retry = await find(dialog, 'button[type="submit"]');
        expect(textOf(retry)).toBe(t(locale, 'common:retry'));

        scenario.control.offline = false;
        retry.click();
        await waitForText(root.querySelector('[role="status"]')!, t(locale, 'sip:linked', { name: member.displayName, profile: 'Centrala Warszawa' }));
        expect(scenario.backend.getMember(member.memberId).body.sipProfileId).toBe(profileId);
      });

      it('reloads the profile on a conflict and applies the second confirmation', async () => {
        const profileId = profileNamed('Centrala Warszawa');
        const member = linkableMember(true);
        const { root } = await mountIn(locale, `profile-id="${profileId}"`);
        (await find(root, '#add-button')).click();
        const dialog = await find<HTMLDialogElement>(root, '#add-dialog[open]');
        (await find<HTMLInputElement>(dialog, `#c-${member.memberId}`)).click();

        // Another administrator changes the profile in the meantime.
        const fresh = scenario.backend.getSipProfile(profileId).body;
        const removed = fresh.accounts[0]!;
        scenario.backend.unlinkSipAccount(profileId, removed.memberId, fresh.version);

        (await find(dialog, 'button[type="submit"]')).click();
        await waitForText(dialog, t(locale, 'errors:conflict'));
        expect((await find<HTMLInputElement>(dialog, `#c-${member.memberId}`)).checked).toBe(true);
        (await find(dialog, 'button[type="submit"]')).click();
        await waitForText(root.querySelector('[role="status"]')!, t(locale, 'sip:linked', { name: member.displayName, profile: 'Centrala Warszawa' }));
        const accounts = textOf(root.querySelector('[part="profile"] .accounts')!);
        expect(accounts).not.toContain(removed.displayName);
        expect(accounts).toContain(member.displayName);
      });

      it('shows admins and accounts linked elsewhere as unavailable, with the reason', async () => {
        const profileId = profileNamed('Standard Paris');
        const { root } = await mountIn(locale, `profile-id="${profileId}"`);
        (await find(root, '#add-button')).click();
        const dialog = await find<HTMLDialogElement>(root, '#add-dialog[open]');
        await find(dialog, 'fieldset input');
        const candidates = scenario.backend.listSipCandidates(profileId).body;
        const admin = candidates.find((c) => c.reason === 'admin_cannot_be_linked')!;
        const elsewhere = candidates.find((c) => c.reason === 'account_already_linked')!;
        expect((await find<HTMLInputElement>(dialog, `#c-${admin.memberId}`)).disabled).toBe(true);
        expect(textOf(dialog)).toContain(norm(t(locale, 'sip:unavailableAdmin')));
        expect((await find<HTMLInputElement>(dialog, `#c-${elsewhere.memberId}`)).disabled).toBe(true);
        expect(textOf(dialog)).toContain(
          norm(t(locale, 'sip:unavailableLinked', { profileName: elsewhere.linkedProfileName })),
        );
      });

      it('shows the error state with a retry that recovers', async () => {
        use('failing');
        const { root } = await mountIn(locale);
        await waitForText(root, t(locale, 'errors:internal'));
        await expectNoAxeViolations(root.host);
        scenario.control.failNext = 0;
        await tabTo(named(t(locale, 'common:retry')));
        await userEvent.keyboard('{Enter}');
        await find(root, 'table');
      });

      it('shows the empty state', async () => {
        use('empty');
        const { root } = await mountIn(locale);
        await waitForText(root, t(locale, 'sip:emptyTitle'));
        await expectNoAxeViolations(root.host);
      });
    });
  }

  it('shows a loading state while the backend answers', async () => {
    use('slow');
    const { root } = await mountIn('pl');
    const status = await find(root, '[part="loading"]');
    expect(textOf(status)).toBe(t('pl', 'common:loading'));
    await expectNoAxeViolations(root.host);
    await find(root, 'table', 6000);
  });

  it('follows a language change of an ancestor without a reload', async () => {
    const { root } = await mountIn('en');
    await waitForText(root, t('en', 'sip:title'));
    root.host.parentElement!.setAttribute('lang', 'fr');
    await waitForText(root, t('fr', 'sip:title'));
    root.host.parentElement!.removeAttribute('lang');
    document.documentElement.lang = 'pl';
    await waitForText(root, t('pl', 'sip:title'));
    document.documentElement.lang = 'en';
  });

  it('takes its language from an ancestor across a shadow root, and falls back to English', async () => {
    document.body.replaceChildren();
    const host = document.createElement('div');
    host.lang = 'pl';
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('dk-sip-profiles');
    shadow.append(el);
    await waitForText(el.shadowRoot!, t('pl', 'sip:title'));
    el.setAttribute('lang', 'de');
    await waitForText(el.shadowRoot!, t('en', 'sip:title'));
  });

  it('removes a number of the profile', async () => {
    const events = recordEvents();
    const profileId = profileNamed('Centrala Warszawa');
    const number = scenario.backend.getSipProfile(profileId).body.numbers[0]!;
    const { root } = await mountIn('en', `profile-id="${profileId}"`);
    await waitForText(root, number.number);
    await tabTo(named(t('en', 'common:actionOn', { action: t('en', 'sip:removeNumber'), name: number.number })));
    await userEvent.keyboard('{Enter}');
    await find(root, '#remove-dialog[open]');
    await tabTo(named(t('en', 'sip:removeNumber')));
    await userEvent.keyboard('{Enter}');
    await waitForText(root.querySelector('[role="status"]')!, t('en', 'sip:numberRemoved', { number: number.number, profile: 'Centrala Warszawa' }));
    expect(events.map((e) => e.type)).toContain('dk-number-removed');
  });

  it('adds a free number to the profile from the "Add number" tab, by keyboard', async () => {
    const events = recordEvents();
    const profileId = profileNamed('Standard Paris');
    const free = scenario.backend.listNumbers().body.find((n) => n.assignee === null);
    expect(free, 'the seed has an unassigned number').toBeDefined();
    const { root } = await mountIn('fr', `profile-id="${profileId}"`);
    await tabTo(named(t('fr', 'sip:addButton')));
    await userEvent.keyboard('{Enter}');
    const dialog = await find<HTMLDialogElement>(root, '#add-dialog[open]');
    await find(dialog, 'fieldset input');
    await tabTo((e) => e.getAttribute('role') === 'tab');
    await userEvent.keyboard('{ArrowRight}');
    expect(textOf(deepActiveElement()!)).toBe(t('fr', 'sip:tabNumber'));
    await find(dialog, 'input[name="number"]');
    await expectNoAxeViolations(dialog);
    await tabTo((e) => (e as HTMLInputElement).name === 'number');
    const radio = await find<HTMLInputElement>(dialog, `#n-${free!.id}`);
    for (let i = 0; i < 30 && !radio.checked; i++) await userEvent.keyboard(deepActiveElement() === radio ? ' ' : '{ArrowDown}');
    expect(radio.checked).toBe(true);
    await tabTo(named(t('fr', 'common:confirm')));
    await userEvent.keyboard('{Enter}');
    await waitForText(root.querySelector('[role="status"]')!, t('fr', 'sip:numberAdded', { number: free!.number, profile: 'Standard Paris' }));
    expect(events.map((e) => e.type)).toContain('dk-number-added');
    expect(scenario.backend.listNumbers().body.find((n) => n.id === free!.id)?.routesToPbx).toBe(true);
  });
});
