// What the console opens and keeps: the key tasks open their workflow, the
// focus lands on a section's heading, and what is open (a section, a
// profile, a member, a drill-down) follows Back and Forward and comes back
// on a reload, in the address only when the page asks for it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/elements/manager/define.js';
import '../../../src/elements/credit/define.js';
import '../../../src/elements/members/define.js';
import '../../../src/elements/reports/define.js';
import '../../../src/elements/sip-profiles/define.js';
import type { DkManager } from '../../../src/elements/manager/manager.js';
import type { DkReports } from '../../../src/elements/reports/reports.js';
import type { DkSipProfiles } from '../../../src/elements/sip-profiles/sip-profiles.js';
import { deepActiveElement, expectNoAxeViolations, find, mount, norm, textOf } from '../../support/dom.js';
import { eventsAtDocument, mockBackend, t } from '../../support/browser.js';

mockBackend({ namespaces: ['manager', 'setup', 'sip', 'credit', 'members', 'reports', 'common', 'errors', 'validation'], instant: true });

const WAIT = { timeout: 20_000, interval: 20 };
/** The test page's own address, put back after each test. */
const START = location.href;

afterEach(() => {
  history.replaceState(null, '', START);
});

async function mountManager(attributes = ''): Promise<{ el: DkManager; root: ShadowRoot }> {
  const el = await mount<DkManager>(`<div lang="en"><dk-manager ${attributes}></dk-manager></div>`, 'dk-manager');
  await find(el.shadowRoot!, '.tasks, #content dk-setup, #content [data-section], #content > *', 8000);
  return { el, root: el.shadowRoot! };
}

/** Presses a control as a keyboard user would. */
async function press(control: HTMLElement): Promise<void> {
  control.focus();
  await userEvent.keyboard('{Enter}');
}

const focused = () => deepActiveElement() as HTMLElement | null;
const sectionOf = <T extends HTMLElement>(root: ShadowRoot, tag: string) => find<T>(root, `#content ${tag}`, 8000);

describe('dk-manager: the key tasks', () => {
  it('“Buy credit” opens the purchase, with the focus in the amount', async () => {
    const { el, root } = await mountManager();
    await press(await find(root, '[data-task="buy"]'));
    const credit = await sectionOf(root, 'dk-credit');
    const dialog = await find<HTMLDialogElement>(credit.shadowRoot!, '#buy-dialog[open]', 8000);
    await vi.waitFor(() => expect(focused()?.id).toBe('buy-amount'), WAIT);
    expect(el.section).toBe('credit');
    await expectNoAxeViolations(dialog);

    // Escape closes it; the focus goes to the credit section's "Buy credit" button, not lost.
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(focused()?.id).toBe('buy-button'), WAIT);
  });

  it('“Allocate credit and assign features” opens the allocation, with the focus in its first field', async () => {
    const { root } = await mountManager();
    await press(await find(root, '[data-task="allocate"]'));
    const credit = await sectionOf(root, 'dk-credit');
    await find(credit.shadowRoot!, '#allocate-dialog[open]', 8000);
    await vi.waitFor(() => expect(focused()?.id).toBe('alloc-search'), WAIT);
  });

  it('“Invite members” opens the invitation, with the focus in the invitees', async () => {
    const { root } = await mountManager();
    await press(await find(root, '[data-task="invite"]'));
    const members = await sectionOf(root, 'dk-members');
    await find(members.shadowRoot!, '#invite-dialog[open]', 8000);
    await vi.waitFor(() => expect(focused()?.id).toBe('invitees'), WAIT);
  });

  it('opens a section on its heading, and the overview on its own', async () => {
    const { root } = await mountManager();
    await press(await find(root, 'nav [data-section="reports"]'));
    const reports = await sectionOf(root, 'dk-reports');
    await vi.waitFor(() => expect(focused()?.tagName).toBe('H2'), WAIT);
    expect(focused()!.getRootNode()).toBe(reports.shadowRoot);
    expect(textOf(focused()!)).toBe(norm(t('en', 'reports:title')));
    await press(await find(root, 'nav [data-section="overview"]'));
    await vi.waitFor(() => expect(focused()?.id).toBe('overview-title'), WAIT);
  });
});

describe('dk-manager: what is open, in the history', () => {
  it('leaves the address alone by default, and tells what is open with dk-navigate, which it takes back', async () => {
    const heard = eventsAtDocument(['dk-navigate']);
    const { el, root } = await mountManager();
    await press(await find(root, 'nav [data-section="sip-profiles"]'));
    const sip = await sectionOf<DkSipProfiles>(root, 'dk-sip-profiles');
    const open = await find<HTMLButtonElement>(sip.shadowRoot!, 'button[data-profile]', 8000);
    const profile = open.dataset['profile']!;
    await press(open);
    await vi.waitFor(() => expect(sip.profileId).toBe(profile), WAIT);
    expect(location.href).toBe(START);
    // One event per move, from the console, carrying the section's part.
    expect(heard.map((e) => e.detail.state)).toEqual([{ section: 'sip-profiles' }, { section: 'sip-profiles', profile }]);
    expect(el.navigation).toEqual({ section: 'sip-profiles', profile });

    // A page that keeps its own history gives it back.
    el.navigation = { section: 'overview' };
    await find(root, '.tasks', 8000);
    el.navigation = { section: 'sip-profiles', profile };
    const again = await sectionOf<DkSipProfiles>(root, 'dk-sip-profiles');
    expect(again).not.toBe(sip);
    await vi.waitFor(() => expect(again.profileId).toBe(profile), WAIT);
    expect(heard).toHaveLength(2);
  });

  it('with history="hash", Back and Forward follow the sections and a profile, and a reload opens them again', async () => {
    const { el, root } = await mountManager('history="hash"');
    await press(await find(root, 'nav [data-section="sip-profiles"]'));
    let sip = await sectionOf<DkSipProfiles>(root, 'dk-sip-profiles');
    const open = await find<HTMLButtonElement>(sip.shadowRoot!, 'button[data-profile]', 8000);
    const profile = open.dataset['profile']!;
    await press(open);
    await vi.waitFor(() => expect(location.hash).toBe(`#sip-profiles?profile=${profile}`), WAIT);

    history.back();
    await vi.waitFor(() => expect(sip.profileId).toBe(''), WAIT);
    expect(location.hash).toBe('#sip-profiles');
    history.back();
    await find(root, '.tasks', 8000);
    expect(el.section).toBe('overview');
    history.forward();
    sip = await sectionOf<DkSipProfiles>(root, 'dk-sip-profiles');
    expect(sip.profileId).toBe('');
    history.forward();
    await vi.waitFor(() => expect(sip.profileId).toBe(profile), WAIT);

    // A reload (the console made again with the same address) opens the profile.
    const reloaded = await mountManager('history="hash"');
    const shown = await sectionOf<DkSipProfiles>(reloaded.root, 'dk-sip-profiles');
    expect(shown.profileId).toBe(profile);
    expect(reloaded.el.navigation).toEqual({ section: 'sip-profiles', profile });
  });

  it('with history="search", keeps its state in its own parameter and leaves the rest of the address to the page', async () => {
    history.replaceState({ host: 'state' }, '', `${START}${START.includes('?') ? '&' : '?'}tab=calls#host-anchor`);
    const { root } = await mountManager('history="search" history-param="console"');
    await press(await find(root, 'nav [data-section="members"]'));
    const members = await sectionOf(root, 'dk-members');
    const manage = await find<HTMLButtonElement>(members.shadowRoot!, 'button[data-member]', 8000);
    const member = manage.dataset['member']!;
    await press(manage);
    await find(members.shadowRoot!, '#member-dialog[open]', 8000);
    const url = new URL(location.href);
    expect(url.searchParams.get('console')).toBe(`members?member=${member}`);
    expect(url.searchParams.get('tab')).toBe('calls');
    expect(url.hash).toBe('#host-anchor');
    expect(history.state).toEqual({ host: 'state' });

    // Back closes the member; Forward opens them again.
    history.back();
    await vi.waitFor(() => expect(members.shadowRoot!.querySelector('#member-dialog[open]')).toBeNull(), WAIT);
    history.forward();
    await find(members.shadowRoot!, '#member-dialog[open]', 8000);

    // A shared link opens the member.
    const reloaded = await mountManager('history="search" history-param="console"');
    const again = await sectionOf(reloaded.root, 'dk-members');
    await find(again.shadowRoot!, '#member-dialog[open]', 8000);
  });

  it('follows a report’s drill-down, and a reload shows it again with its names read from the backend', async () => {
    const { root } = await mountManager('history="hash"');
    await press(await find(root, 'nav [data-section="reports"]'));
    const reports = await sectionOf<DkReports>(root, 'dk-reports');
    const drill = await find<HTMLButtonElement>(reports.shadowRoot!, 'table button.small', 8000);
    const unitName = drill.getAttribute('aria-label')!;
    await press(drill);
    await find(reports.shadowRoot!, '.trail', 8000);
    await vi.waitFor(() => expect(location.hash).toMatch(/^#reports\?level=employee&unit=department%3A/), WAIT);
    const trail = textOf(reports.shadowRoot!.querySelector('.trail')!);
    expect(unitName).toContain(trail.replace(norm(t('en', 'reports:trail.all')), '').trim());

    history.back();
    await vi.waitFor(() => expect(reports.shadowRoot!.querySelector('.trail')).toBeNull(), WAIT);
    history.forward();
    await find(reports.shadowRoot!, '.trail', 8000);

    const reloaded = await mountManager('history="hash"');
    const again = await sectionOf<DkReports>(reloaded.root, 'dk-reports');
    await vi.waitFor(() => expect(textOf(again.shadowRoot!.querySelector('.trail') ?? again.shadowRoot!)).toBe(trail), WAIT);
    expect(again.level).toBe('employee');
  });
});
