import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/elements/manager/define.js';
import '../../../src/elements/sip-profiles/define.js';
import { MANAGER_SECTIONS, type DkManager } from '../../../src/elements/manager/manager.js';
import type { DialkitAdapter } from '../../../src/adapter/adapter.js';
import { createRestAdapter } from '../../../src/adapter/rest.js';
import { formatMoney, formatNumber } from '../../../src/i18n/format.js';
import { LOCALES, type Locale } from '../../../src/i18n/locales.js';
import { deepActiveElement, expectNoAxeViolations, find, mount, named, norm, tabTo, textOf, waitForText } from '../../support/dom.js';
import { eventsAtDocument, mockBackend, scenario, t, use } from '../../support/browser.js';

mockBackend({ namespaces: ['manager', 'setup', 'sip', 'common', 'errors', 'validation'], instant: true });

afterEach(() => {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});

const WAIT = { timeout: 20_000, interval: 25 };

async function mountIn(locale: Locale, attributes = '', width = ''): Promise<{ el: DkManager; root: ShadowRoot }> {
  const style = width ? `class="w${width}"` : '';
  const el = await mount<DkManager>(`<div lang="${locale}" ${style}><dk-manager ${attributes}></dk-manager></div>`, 'dk-manager');
  return { el, root: el.shadowRoot! };
}

const recordEvents = () => eventsAtDocument(['dk-section-changed', 'dk-manager-set-up', 'dk-manager-updated', 'dk-error']);

const navLabels = (root: ShadowRoot) => [...root.querySelectorAll('nav li')].map((li) => textOf(li));
const figure = (root: ShadowRoot, id: string) => root.querySelector(`[data-figure="${id}"] dd`)!;

describe('dk-manager', () => {
  for (const locale of LOCALES) {
    describe(`in ${locale}`, () => {
      it('opens on the overview: the three key tasks and the headline figures, axe-clean', async () => {
        const { root } = await mountIn(locale);
        await find(root, '.tasks', 8000);
        const text = textOf(root);
        for (const key of ['tasks.invite', 'tasks.buy', 'tasks.allocate']) expect(text).toContain(norm(t(locale, `manager:${key}`)));
        expect(text).toContain('Kowalski & Dupont Architectes');

        const balance = scenario.backend.getBalance().body.balance;
        const members = scenario.backend.listMembers({ limit: 1 }).body.total;
        const pending = scenario.backend.listInvitations('pending').body.length;
        await vi.waitFor(() => expect(textOf(figure(root, 'balance'))).toBe(norm(formatMoney(locale, balance))), WAIT);
        await vi.waitFor(() => expect(textOf(figure(root, 'members'))).toBe(norm(formatNumber(locale, members))), WAIT);
        await vi.waitFor(() => expect(textOf(figure(root, 'pending'))).toBe(norm(formatNumber(locale, pending))), WAIT);
        await vi.waitFor(() => expect(root.querySelector('[data-figure="spend"] .value:not(.loading)')).not.toBeNull(), WAIT);
        expect(pending).toBeGreaterThan(0);

        // Only the sections whose element is registered are offered (other tests register more).
        const registered = MANAGER_SECTIONS.filter((s) => !('tag' in s) || customElements.get(s.tag)).map((s) => norm(t(locale, `manager:${s.label}`)));
        expect(navLabels(root)).toEqual(registered);
        expect(navLabels(root)).toContain(norm(t(locale, 'manager:nav.sip')));
        expect(root.querySelector('nav [aria-current="page"]')!.textContent!.trim()).toBe(t(locale, 'manager:nav.overview'));
        await expectNoAxeViolations(root.host);
      });

      it('opens a section by keyboard, and the section uses the manager’s backend', async () => {
        const events = recordEvents();
        const calls: string[] = [];
        const rest = createRestAdapter({ baseUrl: '/api' });
        const counting = new Proxy(rest, {
          get: (target, key: keyof DialkitAdapter) => {
            const value = target[key];
            return typeof value === 'function' ? (...args: unknown[]) => (calls.push(String(key)), (value as Function).apply(target, args)) : value;
          },
        });
        const el = await mount<DkManager>(`<div lang="${locale}"><dk-manager api-base="/nowhere"></dk-manager></div>`, 'dk-manager');
        el.adapter = counting;
        const root = el.shadowRoot!;
        await find(root, '.tasks', 8000);

        await tabTo(named(t(locale, 'manager:nav.sip')));
        await userEvent.keyboard('{Enter}');
        const section = await find(root, 'dk-sip-profiles');
        expect(el.section).toBe('sip-profiles');
        expect(el.getAttribute('section')).toBe('sip-profiles');
        // The focus lands on the section's heading.
        await vi.waitFor(() => expect(deepActiveElement()).toBe(section.shadowRoot!.querySelector('h2')), WAIT);
        expect(textOf(deepActiveElement()!)).toBe(norm(t(locale, 'sip:title')));
        expect(root.querySelector('nav [aria-current="page"]')!.textContent!.trim()).toBe(t(locale, 'manager:nav.sip'));
        await find(section.shadowRoot!, 'table', 8000);
        expect(calls).toContain('listSipProfiles');
        expect(events.filter((e) => e.type === 'dk-section-changed').map((e) => e.detail)).toEqual([{ section: 'sip-profiles', previous: 'overview' }]);
        await expectNoAxeViolations(root.host);

        // The section works inside the console: show a profile.
        await tabTo(named(t(locale, 'common:actionOn', { action: t(locale, 'sip:showProfile'), name: 'Centrala Warszawa' })));
        await userEvent.keyboard('{Enter}');
        await waitForText(section.shadowRoot!, t(locale, 'sip:accountsHeading'), 8000);

        // Back to the overview: the figures are read again.
        const before = calls.filter((c) => c === 'getBalance').length;
        await tabTo(named(t(locale, 'manager:nav.overview')), 60, true);
        await userEvent.keyboard('{Enter}');
        await find(root, '.tasks');
        await vi.waitFor(() => expect(calls.filter((c) => c === 'getBalance').length).toBe(before + 1), WAIT);
      });

      it('adds a section when its element is registered later, and a key task opens it', async () => {
        // Each locale registers another section's element (registrations last for the page).
        const { tag, section, task, label } = {
          en: { tag: 'dk-members', section: 'members', task: 'invite', label: 'manager:tasks.invite' },
          pl: { tag: 'dk-credit', section: 'credit', task: 'buy', label: 'manager:tasks.buy' },
          fr: { tag: 'dk-reports', section: 'reports', task: '', label: 'manager:nav.reports' },
        }[locale];
        const { el, root } = await mountIn(locale);
        await find(root, '.tasks', 8000);
        expect(root.querySelector(`nav [data-section="${section}"]`)).toBeNull();
        if (task) {
          expect(root.querySelector(`[data-task="${task}"]`)).toBeNull();
          expect(textOf(root)).toContain(norm(t(locale, 'manager:tasks.unavailable')));
        }

        customElements.define(tag, class extends HTMLElement {});
        await find(root, `nav [data-section="${section}"]`);
        if (task) await find(root, `[data-task="${task}"]`);
        await tabTo(named(t(locale, label)));
        await userEvent.keyboard('{Enter}');
        await find(root, `#content ${tag}`);
        expect(el.section).toBe(section);
        await expectNoAxeViolations(root.host);
      });

      it('sets up the Manager first when it is not set up, then opens on the key tasks', async () => {
        use('fresh');
        const events = recordEvents();
        const { el, root } = await mountIn(locale);
        const setup = await find(root, 'dk-setup');
        await find(setup.shadowRoot!, 'form', 8000);
        expect(root.querySelector('nav')).toBeNull();
        await expectNoAxeViolations(el);

        await tabTo((e) => e.id === 'company-name');
        await userEvent.keyboard('Architectes Łódź');
        await vi.waitFor(
          () => expect(textOf(setup.shadowRoot!.querySelector('#account-status')!)).toContain(norm(t(locale, 'setup:available', { name: 'admin.architectes-lodz' }))),
          WAIT,
        );
        await tabTo(named(t(locale, 'setup:finish')));
        await userEvent.keyboard('{Enter}');

        await find(root, '.tasks', 8000);
        expect(textOf(root)).toContain(norm(t(locale, 'manager:welcome')));
        expect(deepActiveElement()?.id).toBe('overview-title');
        expect(textOf(root.querySelector('.top')!)).toContain('Architectes Łódź');
        expect(events.find((e) => e.type === 'dk-manager-set-up')?.detail.manager.adminAccountName).toBe('admin.architectes-lodz');
        await vi.waitFor(() => expect(textOf(figure(root, 'members'))).toBe(norm(formatNumber(locale, 1))), WAIT);
        await vi.waitFor(() => expect(textOf(figure(root, 'balance'))).toBe(norm(formatMoney(locale, { amountMinor: 0, currency: scenario.backend.getManager().body.currency }))), WAIT);
        await expectNoAxeViolations(el);
      });

      it('changes the account details from the overview', async () => {
        const events = recordEvents();
        const { el, root } = await mountIn(locale);
        await find(root, '.tasks', 8000);
        await tabTo(named(t(locale, 'setup:editDetails')));
        await userEvent.keyboard('{Enter}');
        const setup = await find(root, 'dk-setup');
        await find(setup.shadowRoot!, '#company-name', 8000);
        expect(el.section).toBe('account');
        await tabTo((e) => e.id === 'company-name');
        await userEvent.keyboard('{Control>}a{/Control}{Backspace}KD Architectes');
        await tabTo(named(t(locale, 'common:save')));
        await userEvent.keyboard('{Enter}');
        await vi.waitFor(() => expect(textOf(root.querySelector('.top')!)).toContain('KD Architectes'), WAIT);
        expect(events.some((e) => e.type === 'dk-manager-updated')).toBe(true);
        await expectNoAxeViolations(el);

        await tabTo((e) => textOf(e).includes(norm(t(locale, 'manager:backToOverview'))), 40, true);
        await userEvent.keyboard('{Enter}');
        await find(root, '.tasks');
      });

      it('shows a failure with a retry, for the console and for one figure', async () => {
        use('failing');
        const events = recordEvents();
        const { root } = await mountIn(locale);
        const retry = await find<HTMLButtonElement>(root, '[part="retry-button"]', 8000);
        expect(textOf(root)).toContain(norm(t(locale, 'errors:internal')));
        expect(events.some((e) => e.type === 'dk-error' && e.detail.operation === 'getManager')).toBe(true);
        await expectNoAxeViolations(root.host);

        scenario.control.failNext = 1;
        scenario.control.failPaths = /\/credit$/;
        retry.focus();
        await userEvent.keyboard('{Enter}');
        await find(root, '.tasks', 8000);
        await waitForText(figure(root, 'balance'), t(locale, 'manager:figures.unavailable'), 8000);
        await expectNoAxeViolations(root.host);
        const label = t(locale, 'common:actionOn', { action: t(locale, 'common:retry'), name: t(locale, 'manager:figures.balance') });
        await tabTo((e) => e.getAttribute('aria-label') === label);
        await userEvent.keyboard('{Enter}');
        const balance = scenario.backend.getBalance().body.balance;
        await vi.waitFor(() => expect(textOf(figure(root, 'balance'))).toBe(norm(formatMoney(locale, balance))), WAIT);
      });
    });
  }

  it('points at its controls when a help article asks ("Show me")', async () => {
    const { el, root } = await mountIn('en');
    await find(root, '.tasks', 8000);
    const ask = (label: string) =>
      !el.dispatchEvent(new CustomEvent('dk-help-show', { detail: { label, article: 'overview' }, bubbles: true, composed: true, cancelable: true }));
    expect(ask('setup:editDetails')).toBe(true);
    expect(deepActiveElement()).toBe(root.querySelector('#edit-details'));
    expect(ask('manager:nav.callButtons')).toBe(customElements.get('dk-call-button-generator') !== undefined);
    expect(ask('manager:nav.sip')).toBe(true);
    expect(deepActiveElement()).toBe(root.querySelector('nav [data-section="sip-profiles"]'));
  });

  it('keeps the section in the address with hash-routing, as links', async () => {
    const events = recordEvents();
    const { el, root } = await mountIn('en', 'hash-routing');
    await find(root, '.tasks', 8000);
    const link = root.querySelector<HTMLAnchorElement>('nav a[data-section="sip-profiles"]')!;
    expect(new URL(link.href).hash).toBe('#sip-profiles');
    await tabTo((e) => e === link);
    await userEvent.keyboard('{Enter}');
    await find(root, 'dk-sip-profiles');
    expect(location.hash).toBe('#sip-profiles');
    expect(el.section).toBe('sip-profiles');
    expect(events.filter((e) => e.type === 'dk-section-changed').map((e) => e.detail.section)).toEqual(['sip-profiles']);
    history.back();
    await find(root, '.tasks', 8000);
    expect(el.section).toBe('overview');
  });

  it('opens the section named in the address, and falls back to the overview for an unknown one', async () => {
    history.replaceState(null, '', '#sip-profiles');
    const { el, root } = await mountIn('pl', 'hash-routing');
    await find(root, 'dk-sip-profiles', 8000);
    expect(el.section).toBe('sip-profiles');
    el.section = 'nonsense' as never;
    await find(root, '.tasks', 8000);
    expect(el.section).toBe('overview');
  });

  it('lays the navigation out as a column when wide and a wrapping row when narrow, in a page with its own styles', async () => {
    const style = document.createElement('style');
    style.textContent = `.w360 { width: 360px } .w1280 { width: 1280px }
      body { font: 22px/2.5 Georgia, serif; color: purple; letter-spacing: 2px; text-transform: uppercase }
      button, a { background: red; border: 4px dotted green; } ul { list-style: square; padding: 3em }`;
    for (const [width, direction] of [
      ['360', 'row'],
      ['1280', 'column'],
    ] as const) {
      const { root } = await mountIn('fr', '', width);
      document.head.append(style);
      const list = await find(root, 'nav ul', 8000);
      expect(getComputedStyle(list).flexDirection).toBe(direction);
      const nav = root.querySelector('nav button')!;
      expect(getComputedStyle(nav).textTransform).toBe('none');
      expect(getComputedStyle(nav).backgroundColor).not.toBe('rgb(255, 0, 0)');
      expect(getComputedStyle(list).paddingLeft).toBe('0px');
      // Nothing overflows the host at this width.
      const host = root.host as HTMLElement;
      expect(host.scrollWidth).toBeLessThanOrEqual(host.clientWidth + 1);
      await expectNoAxeViolations(host);
    }
    style.remove();
  });
});
