import { html, nothing, type TemplateResult } from 'lit';
import type { Balance } from '../../../adapter/types.js';
import { money } from '../../../core/money.js';
import type { LocalizeController } from '../../../i18n/controller.js';
import { currencyOf, leftThisMonth } from './context.js';
import type { Refusals } from './ledger.js';

/** The workflows the balance card opens, each from its button (the focus comes back to it). */
export interface BalanceActions {
  buy: (event: Event) => void;
  allocate: (event: Event) => void;
  reclaim: (event: Event) => void;
}

/**
 * The company balance, what may still be bought, and the buttons of the
 * workflows; no take-back button where the company's policy forbids it, but
 * the reason. Automatic top-ups refused this month are told here too, beside
 * the balance that may be why, with the way to them in the ledger.
 */
export function renderBalance(i18n: LocalizeController, b: Balance, open: BalanceActions, refusals?: Refusals): TemplateResult {
  const t = i18n.t;
  const limit = b.purchaseLimit;
  const left = money(leftThisMonth(b), currencyOf(b));
  const never = b.reclaimPolicy === 'never';
  return html`<div class="balance-card" part="balance">
      <div>
        <p class="balance-label" id="balance-label">${t('balanceLabel')}</p>
        <p class="balance-amount" aria-describedby="balance-label">${i18n.money(b.balance)}</p>
        <ul class="limits">
          <li>${t('limits.perPurchase', { max: i18n.money(limit.perPurchase) })}</li>
          <li>${t('limits.monthly', { left: i18n.money(left), limit: i18n.money(limit.monthly) })}</li>
        </ul>
        ${refusals?.count
          ? html`<p class="notice refusals">
              ${t('refusals.count', { count: refusals.count })}
              <button type="button" class="button link" id="show-refusals" @click=${refusals.show}>${t('refusals.show')}</button>
            </p>`
          : nothing}
      </div>
      <div class="actions">
        <button class="button primary" part="buy-button" id="buy-button" data-help-label="credit:buyButton" @click=${open.buy}>
          ${t('buyButton')}
        </button>
        <button class="button" part="allocate-button" id="allocate-button" data-help-label="credit:allocateButton" @click=${open.allocate}>
          ${t('allocateButton')}
        </button>
        ${never
          ? nothing
          : html`<button class="button" part="reclaim-button" id="reclaim-button" data-help-label="credit:reclaimButton" @click=${open.reclaim}>
              ${t('reclaimButton')}
            </button>`}
      </div>
    </div>
    ${never ? html`<p class="hint policy">${t('reclaim.policyNever')}</p>` : nothing}`;
}
