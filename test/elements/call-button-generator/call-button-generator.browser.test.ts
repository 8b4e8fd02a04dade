import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/elements/call-button-generator/define.js';
import type { DkCallButtonGenerator } from '../../../src/elements/call-button-generator/call-button-generator.js';
import { LOCALES, type Locale } from '../../../src/i18n/locales.js';
import { deepActiveElement, expectNoAxeViolations, find, mount, norm, tabTo, textOf, waitForText } from '../../support/dom.js';
import { mockBackend, scenario, t, use } from '../../support/browser.js';

const SCRIPT = '/src/elements/call-button/define.ts';

mockBackend({ namespaces: ['callButtons', 'callButton', 'common', 'errors'] });
afterEach(() => vi.restoreAllMocks());

async function mountIn(locale: Locale): Promise<{ el: DkCallButtonGenerator; root: ShadowRoot }> {
  const el = await mount<DkCallButtonGenerator>(
    `<div lang="${locale}"><dk-call-button-generator script-src="${SCRIPT}"></dk-call-button-generator></div>`,
    'dk-call-button-generator',
  );
  return { el, root: el.shadowRoot! };
}

/** Accounts from the mock backend: one linked to a SIP profile (with its profile), one not linked. */
function accounts() {
  const profiles = scenario.backend.listSipProfiles().body.map((p) => scenario.backend.getSipProfile(p.id).body);
  const linked = profiles.flatMap((p) => p.accounts.map((a) => ({ ...a, profile: p.name })));
  const members = scenario.backend.listMembers({ limit: 500 }).body.items;
  const unlinked = members.find((m) => !linked.some((a) => a.memberId === m.id))!;
  return { linked: linked[0]!, unlinked };
}

/** Replaces the clipboard with one that records, or refuses. */
function clipboard(refuse = false): string[] {
  const written: string[] = [];
  vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text: string) => {
    if (refuse) throw new DOMException('Write permission denied.', 'NotAllowedError');
    written.push(text);
  });
  return written;
}

/** A fresh page under a strict CSP with Trusted Types, holding `snippet`; returns its document. */
async function freshPage(snippet: string): Promise<Document> {
  const iframe = document.createElement('iframe');
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'">
<script src="/test/elements/call-button/csp-probe.js"></script></head><body><main>
${snippet}
</main></body></html>`;
  document.body.append(iframe);
  await loaded;
  return iframe.contentDocument!;
}

/** Clicks the upgraded button in `doc` and returns the address the click goes to. */
async function clickButton(doc: Document): Promise<string> {
  const link = await vi.waitFor(
    () => {
      const a = doc.querySelector('dk-call-button')?.shadowRoot?.querySelector<HTMLAnchorElement>('[part="button"]');
      if (!a) throw new Error('not upgraded');
      return a;
    },
    { timeout: 20_000, interval: 50 },
  );
  let called = '';
  doc.defaultView!.addEventListener(
    'click',
    (event) => {
      const anchor = event.composedPath().find((n) => (n as Element).localName === 'a') as HTMLAnchorElement | undefined;
      called = event.defaultPrevented ? 'prevented' : (anchor?.getAttribute('href') ?? '');
      event.preventDefault(); // no Skype in the test browser
    },
    { once: true },
  );
  link.click();
  return called;
}

describe('dk-call-button-generator', () => {
  for (const locale of LOCALES) {
    describe(`in ${locale}`, () => {
      it('builds a button for a linked account by keyboard alone, copies it, and the copy calls from a fresh page', async () => {
        const written = clipboard();
        const copied: unknown[] = [];
        document.addEventListener('dk-snippet-copied', (e) => copied.push(e.detail), { once: true });
        const { root } = await mountIn(locale);
        const { linked } = accounts();
        await find(root, '#account', 8000);
        await expectNoAxeViolations(root.host);

        // Linked accounts come first, in their own group.
        const groups = [...root.querySelectorAll('optgroup')].map((g) => g.label);
        expect(groups[0]).toBe(t(locale, 'callButtons:account.linkedGroup'));

        await tabTo((e) => e.id === 'account');
        await userEvent.keyboard(linked.displayName.slice(0, 6));
        await vi.waitFor(() => expect((root.querySelector('#account') as HTMLSelectElement).value).toBe(linked.memberId), {
          timeout: 20_000,
        });
        await waitForText(
          root,
          linked.extension
            ? t(locale, 'callButtons:account.linkedExtension', { profile: linked.profile, extension: linked.extension })
            : t(locale, 'callButtons:account.linkedNotice', { profile: linked.profile }),
        );

        // A custom label, typed with quotes and brackets.
        await tabTo((e) => e.id === 'preset');
        await userEvent.keyboard('{End}');
        const label = `Say "hi" <to> ${linked.displayName}`;
        await tabTo((e) => e.id === 'custom-label');
        await userEvent.keyboard(label.replace(/[{[]/g, (c) => c + c));

        // The live preview is the real button.
        const preview = await find<HTMLElement>(root, '.preview dk-call-button', 5000);
        await vi.waitFor(() => expect(preview.shadowRoot?.querySelector('[part="label"]')?.textContent).toBe(label), {
          timeout: 20_000,
        });
        expect(preview.shadowRoot!.querySelector('[part="button"]')!.getAttribute('href')).toBe(`skype:${linked.accountName}?call`);

        await tabTo((e) => textOf(e) === t(locale, 'callButtons:copy'));
        await userEvent.keyboard('{Enter}');
        await waitForText(root, t(locale, 'callButtons:copied'));
        expect(written).toHaveLength(1);
        expect(copied).toEqual([{ variant: 'button', snippet: written[0] }]);
        await expectNoAxeViolations(root.host);

        // The copied snippet, dropped into a fresh page under a strict CSP, calls.
        const doc = await freshPage(written[0]!);
        expect(await clickButton(doc)).toBe(`skype:${linked.accountName}?call`);
        const button = doc.querySelector('dk-call-button')!;
        expect(button.shadowRoot!.querySelector('[part="label"]')!.textContent).toBe(label);
        expect((doc.defaultView as unknown as { cspViolations: string[] }).cspViolations).toEqual([]);
      });

      it('says that an account not linked rings the account itself, not the PBX', async () => {
        const { root } = await mountIn(locale);
        const { unlinked } = accounts();
        const select = await find<HTMLSelectElement>(root, '#account', 8000);
        select.value = unlinked.id;
        select.dispatchEvent(new Event('change'));
        await waitForText(root, t(locale, 'callButtons:account.notLinkedNotice', { name: unlinked.displayName }));
        await expectNoAxeViolations(root.host);
      });

      it('validates and formats a phone number for its country, and offers the link alone', async () => {
        const written = clipboard();
        const { root } = await mountIn(locale);
        await find(root, '#account', 8000);
        await tabTo((e) => (e as HTMLInputElement).name === 'target');
        await userEvent.keyboard('{ArrowRight}');
        const country = await find<HTMLSelectElement>(root, '#country');
        country.value = 'PL';
        country.dispatchEvent(new Event('change'));
        await tabTo((e) => e.id === 'phone');
        await userEvent.keyboard('22 12');
        await waitForText(root, t(locale, 'callButtons:phone.errors.tooShort', { country: new Intl.DisplayNames([locale], { type: 'region' }).of('PL') }));
        expect(root.querySelector('#phone')!.getAttribute('aria-invalid')).toBe('true');
        expect(root.querySelector('#snippet-code')).toBeNull();
        await expectNoAxeViolations(root.host);
        await userEvent.keyboard('3 45 67');
        await waitForText(root, t(locale, 'callButtons:phone.formatted', { number: '+48 22 123 45 67' }));
        // What was typed stays as typed.
        expect((root.querySelector('#phone') as HTMLInputElement).value).toBe('22 123 45 67');

        await tabTo((e) => (e as HTMLInputElement).name === 'variant');
        await userEvent.keyboard('{ArrowRight}');
        await tabTo((e) => textOf(e) === t(locale, 'callButtons:copy'));
        await userEvent.keyboard('{Enter}');
        await waitForText(root, t(locale, 'callButtons:copied'));
        expect(written[0]).toBe(`<a href="tel:+48221234567">${t(locale, 'callButton:label')}</a>`);
        const doc = await freshPage(written[0]!);
        expect(doc.querySelectorAll('a')).toHaveLength(1);
        expect(doc.querySelector('a')!.getAttribute('href')).toBe('tel:+48221234567');
      });

      it('refuses opening hours without days, and writes them into the snippet', async () => {
        const { root } = await mountIn(locale);
        const { linked } = accounts();
        const select = await find<HTMLSelectElement>(root, '#account', 8000);
        select.value = linked.memberId;
        select.dispatchEvent(new Event('change'));
        await tabTo((e) => e.id === 'hours-on');
        await userEvent.keyboard(' ');
        const days = await vi.waitFor(() => {
          const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"][value]')];
          expect(boxes).toHaveLength(7);
          return boxes;
        });
        for (const box of days.filter((b) => b.checked)) box.click();
        await waitForText(root, t(locale, 'callButtons:hours.noDays'));
        expect(root.querySelector('#snippet-code')).toBeNull();
        days[0]!.click();
        days[5]!.click();
        const code = await find<HTMLTextAreaElement>(root, '#snippet-code');
        expect(code.value).toContain('hours="1 09:00-17:00, 6 09:00-17:00"');
        await expectNoAxeViolations(root.host);
      });
    });
  }

  it('selects the snippet for a manual copy when the clipboard is refused', async () => {
    clipboard(true);
    const { root } = await mountIn('fr');
    const select = await find<HTMLSelectElement>(root, '#account', 8000);
    select.value = accounts().linked.memberId;
    select.dispatchEvent(new Event('change'));
    const copy = await find<HTMLButtonElement>(root, '[part="copy-button"]');
    copy.click();
    await waitForText(root, t('fr', 'callButtons:copyFailed'));
    const code = root.querySelector<HTMLTextAreaElement>('#snippet-code')!;
    expect(deepActiveElement()).toBe(code);
    expect(code.selectionStart).toBe(0);
    expect(code.selectionEnd).toBe(code.value.length);
    await expectNoAxeViolations(root.host);
  });

  it('writes the button in the chosen language, whatever the console’s', async () => {
    const { root } = await mountIn('en');
    const select = await find<HTMLSelectElement>(root, '#account', 8000);
    select.value = accounts().linked.memberId;
    select.dispatchEvent(new Event('change'));
    const language = await find<HTMLSelectElement>(root, '#language');
    language.value = 'pl';
    language.dispatchEvent(new Event('change'));
    const code = await find<HTMLTextAreaElement>(root, '#snippet-code');
    await vi.waitFor(() => expect(code.value).toContain(`lang="pl"`));
    await vi.waitFor(() => expect(code.value).toContain(`>${t('pl', 'callButton:label')}</a>`), { timeout: 20_000 });
  });

  it('shows a failure to load the accounts, with a retry, and keeps the phone path open', async () => {
    use('failing');
    const errors: unknown[] = [];
    document.addEventListener('dk-error', (e) => errors.push(e.detail), { once: true });
    const { root } = await mountIn('pl');
    await find(root, '[part="retry-button"]', 8000);
    expect(errors).toHaveLength(1);
    await expectNoAxeViolations(root.host);
    use('default');
    (root.querySelector('[part="retry-button"]') as HTMLButtonElement).click();
    await find(root, '#account', 8000);
  });

  it('in a company just set up, offers its one account, not linked', async () => {
    use('empty');
    const { root } = await mountIn('en');
    const select = await find<HTMLSelectElement>(root, '#account', 8000);
    expect([...root.querySelectorAll('optgroup')].map((g) => g.label)).toEqual([t('en', 'callButtons:account.otherGroup')]);
    expect(select.options).toHaveLength(2);
    expect(norm(textOf(root))).toContain(t('en', 'callButtons:account.required'));
    await expectNoAxeViolations(root.host);
  });
});
