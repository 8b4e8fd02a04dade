// Widgets on one page agree: a write through one element reaches every other
// element on the same backend, and the page can listen to the same changes.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/elements/sip-profiles/define.js';
import '../../../src/elements/call-button-generator/define.js';
import '../../../src/elements/credit/define.js';
import { checkedAdapter } from '../../../src/adapter/checked.js';
import { onBackendChange, restAdapterFor, type DialkitChange } from '../../../src/adapter/changes.js';
import { createIdempotencyKey } from '../../../src/adapter/adapter.js';
import { formatMoney } from '../../../src/i18n/format.js';
import { find, mount, norm, waitForText } from '../../support/dom.js';
import { mockBackend, scenario, t } from '../../support/browser.js';

mockBackend({ namespaces: ['sip', 'callButtons', 'callButton', 'credit', 'common', 'errors', 'validation'], instant: true });

const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

const option = (root: ShadowRoot, group: string, memberId: string) =>
  root.querySelector(`optgroup[label="${t('en', `callButtons:account.${group}`)}"] option[value="${memberId}"]`);

describe('a change made through one element', () => {
  it('an account linked in dk-sip-profiles is listed as linked by dk-call-button-generator, without a reload', async () => {
    const member = scenario.backend
      .listMembers({ limit: 500 })
      .body.items.find((m) => !m.sipProfileId && m.role !== 'admin' && m.status === 'active' && m.numberIds.length === 0)!;
    const profile = scenario.backend.listSipProfiles().body.find((p) => p.name === 'Centrala Warszawa')!;
    const page = await mount<HTMLElement>(
      '<div lang="en"><dk-sip-profiles></dk-sip-profiles><dk-call-button-generator></dk-call-button-generator></div>',
      'div',
    );
    const sip = page.querySelector('dk-sip-profiles')!.shadowRoot!;
    const generator = page.querySelector('dk-call-button-generator')!.shadowRoot!;
    await expect.poll(() => option(generator, 'otherGroup', member.id), { timeout: 20_000 }).not.toBeNull();

    (await find<HTMLButtonElement>(sip, `button[data-profile="${profile.id}"]`)).click();
    (await find<HTMLButtonElement>(sip, '#add-button')).click();
    const dialog = await find<HTMLDialogElement>(sip, '#add-dialog[open]');
    const search = await find<HTMLInputElement>(dialog, '#search');
    search.focus();
    await userEvent.keyboard(member.accountName);
    const radio = await find<HTMLInputElement>(dialog, `#c-${member.id}`);
    radio.focus();
    await userEvent.keyboard(' ');
    await expect.poll(() => radio.checked).toBe(true);
    const confirm = [...dialog.querySelectorAll<HTMLButtonElement>('button')].find((b) => norm(b.textContent ?? '') === t('en', 'common:confirm'))!;
    confirm.click();
    await waitForText(sip.querySelector('[role="status"]')!, t('en', 'sip:linked', { name: member.displayName, profile: profile.name }));

    await expect.poll(() => option(generator, 'linkedGroup', member.id), { timeout: 20_000 }).not.toBeNull();
    expect(option(generator, 'otherGroup', member.id)).toBeNull();
  });

  it('credit bought by the page shows in dk-credit, and the page hears every write with its answer', async () => {
    const heard: DialkitChange[] = [];
    stops.push(onBackendChange('/api', (change) => heard.push(change)));
    const credit = await mount<HTMLElement>('<div lang="en"><dk-credit></dk-credit></div>', 'dk-credit');
    const root = credit.shadowRoot!;
    await find(root, '[part="balance"]');
    const before = scenario.backend.getBalance().body.balance;

    const amount = { amountMinor: 12_345, currency: before.currency };
    const bought = await checkedAdapter(restAdapterFor('/api')).buyCredit({ amount }, createIdempotencyKey());
    expect(bought.ok).toBe(true);

    const after = formatMoney('en', { amountMinor: before.amountMinor + amount.amountMinor, currency: before.currency });
    await waitForText(root.querySelector('[part="balance"]')!, after);
    expect(heard.map((c) => c.operation)).toEqual(['buyCredit']);
    expect(heard[0]!.data).toMatchObject({ amount });
    // A read is no change.
    await checkedAdapter(restAdapterFor('/api')).getBalance();
    expect(heard).toHaveLength(1);
  });
});
