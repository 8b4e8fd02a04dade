import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/elements/sip-profiles/define.js';
import type { DkSipProfiles } from '../../../src/elements/sip-profiles/sip-profiles.js';
import { LOCALES, type Locale } from '../../../src/i18n/locales.js';
import { deepActiveElement, expectNoAxeViolations, find, mount, named, norm, tabTo, textOf, waitForText } from '../../support/dom.js';
import { mockBackend, scenario, t } from '../../support/browser.js';

mockBackend({ namespaces: ['sip', 'common', 'errors', 'validation'], instant: true });

/** A button named by its own text and the file's heading (`aria-labelledby`), as a screen reader reads it. */
const byName = (action: string, file: string) => (el: Element) => {
  const ids = el.getAttribute('aria-labelledby')?.split(' ') ?? [];
  const root = el.getRootNode() as ShadowRoot;
  return ids.map((id) => root.getElementById(id)?.textContent?.trim()).join(' ') === `${action} ${file}`;
};
const profileNamed = (name: string) => scenario.backend.listSipProfiles().body.find((p) => p.name === name)!.id;

async function openPbx(locale: Locale, name = 'Centrala Warszawa'): Promise<{ root: ShadowRoot; dialog: HTMLDialogElement }> {
  const el = await mount<DkSipProfiles>(`<div lang="${locale}"><dk-sip-profiles profile-id="${profileNamed(name)}"></dk-sip-profiles></div>`, 'dk-sip-profiles');
  const root = el.shadowRoot!;
  await find(root, '#pbx-button');
  await tabTo(named(t(locale, 'sip:pbx.button')));
  await userEvent.keyboard('{Enter}');
  const dialog = await find<HTMLDialogElement>(root, '#pbx-dialog[open]');
  await find(dialog, '.pbx-code');
  return { root, dialog };
}

const codes = (dialog: HTMLDialogElement) => [...dialog.querySelectorAll('.pbx-code')].map((c) => c.textContent ?? '');

afterEach(() => vi.restoreAllMocks());

describe('dk-sip-profiles: PBX configuration', () => {
  for (const locale of LOCALES) {
    it(`in ${locale}: shows each format by keyboard, the password masked until "Show secrets", and is axe-clean`, async () => {
      const { root, dialog } = await openPbx(locale);
      const id = profileNamed('Centrala Warszawa');
      const { password } = scenario.backend.revealSipProfileSecret(id).body;
      const revealsBefore = scenario.backend.sipSecretReveals.length;
      expect(textOf(dialog)).toContain(norm(t(locale, 'sip:pbx.title', { profile: 'Centrala Warszawa' })));
      expect(textOf(dialog)).toContain(norm(t(locale, 'sip:pbx.secretMasked')));
      expect(codes(dialog)[0]).toContain('password=********');
      expect(codes(dialog).join('\n')).not.toContain(password.replace(/;/g, '\\;'));
      await expectNoAxeViolations(dialog);

      // The tabs: one tab stop, arrows move between the formats.
      await tabTo((e) => e.getAttribute('role') === 'tab' && e.getAttribute('aria-selected') === 'true');
      await userEvent.keyboard('{ArrowRight}');
      await waitForText(dialog, 'freeswitch-centrala-warszawa.xml');
      expect(codes(dialog)[0]).toContain('<param name="password" value="********"/>');
      await userEvent.keyboard('{ArrowRight}');
      await waitForText(dialog, 'kamailio-centrala-warszawa.cfg');
      expect((deepActiveElement() as HTMLElement).id).toBe('tab-kamailio');
      await expectNoAxeViolations(dialog);

      // "Show secrets" asks the backend once, and the file shows the password as Kamailio reads it.
      await tabTo(named(t(locale, 'sip:pbx.showSecrets')), 40, true);
      await userEvent.keyboard('{Enter}');
      await waitForText(dialog, t(locale, 'sip:pbx.secretShown'));
      const reveal = root.querySelector('#pbx-reveal')!;
      expect(reveal.getAttribute('aria-pressed')).toBe('true');
      expect(codes(dialog)[0]).toContain(`$uac_req(apasswd) = "${password.replace(/[\\"]/g, '\\$&')}";`);
      expect(scenario.backend.sipSecretReveals.length).toBe(revealsBefore + 1);
      await expectNoAxeViolations(dialog);

      // Pressed again, it hides the password.
      await userEvent.keyboard('{Enter}');
      await waitForText(dialog, t(locale, 'sip:pbx.secretMasked'));
      expect(codes(dialog)[0]).toContain('$uac_req(apasswd) = "********";');

      await userEvent.keyboard('{Escape}');
      await vi.waitFor(() => expect(dialog.open).toBe(false));
      await vi.waitFor(() => expect(deepActiveElement()?.id).toBe('pbx-button'));
    });
  }

  it('copies a file, saying so, and selects its text where the page may not use the clipboard', async () => {
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void writes.push(text) } });
    const { dialog } = await openPbx('en');
    await tabTo(byName(t('en', 'sip:pbx.copy'), 'pjsip-centrala-warszawa.conf'));
    await userEvent.keyboard('{Enter}');
    await waitForText(dialog.querySelector('[role="status"]')!, t('en', 'sip:pbx.copied', { name: 'pjsip-centrala-warszawa.conf' }));
    expect(writes).toEqual([codes(dialog)[0]]);

    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    await tabTo(byName(t('en', 'sip:pbx.copy'), 'extensions-centrala-warszawa.conf'));
    await userEvent.keyboard('{Enter}');
    await waitForText(dialog.querySelector('[role="status"]')!, t('en', 'sip:pbx.copyFailed'));
    expect(getSelection()?.toString().trim()).toBe(codes(dialog)[1]!.trim());
  });

  it('downloads a file under a safe lower-case name, with the text shown', async () => {
    let downloaded: { name: string; href: string } | undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded = { name: this.download, href: this.href };
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const { dialog } = await openPbx('en');
    await tabTo(byName(t('en', 'sip:pbx.download'), 'pjsip-centrala-warszawa.conf'));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(downloaded?.name).toBe('pjsip-centrala-warszawa.conf'));
    expect(await (await fetch(downloaded!.href)).text()).toBe(codes(dialog)[0]);
    await waitForText(dialog, t('en', 'sip:pbx.downloaded', { name: 'pjsip-centrala-warszawa.conf' }));
  });

  it('keeps the password masked and says why when the reveal fails', async () => {
    const { dialog } = await openPbx('en');
    scenario.control.failNext = 1;
    await tabTo(named(t('en', 'sip:pbx.showSecrets')));
    await userEvent.keyboard('{Enter}');
    await find(dialog, '[role="alert"]');
    expect(codes(dialog)[0]).toContain('password=********');
    expect(scenario.backend.sipSecretReveals).toEqual([]);
    await expectNoAxeViolations(dialog);
  });

  it('has no secret to show for a profile trusted by its address', async () => {
    const { dialog } = await openPbx('pl', 'Standard Paris');
    expect(textOf(dialog)).toContain(norm(t('pl', 'sip:pbx.noSecret')));
    expect(dialog.querySelector('#pbx-reveal')).toBeNull();
    expect(codes(dialog)[0]).not.toContain('password=');
    expect(codes(dialog)[0]).toContain('match=198.51.100.10,198.51.100.11,203.0.113.0/28');
  });
});
