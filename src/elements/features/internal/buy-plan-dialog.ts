import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { SubscriptionPurchase, SubscriptionPurchaseResult } from '../../../adapter/types.js';
import { isOutcomeUnknown } from '../../../core/errors.js';
import { multiply } from '../../../core/money.js';
import { DialogController } from '../../shared/controllers/dialog.js';
import { FormController } from '../../shared/controllers/form.js';
import { planIncludes, planName, type Features, type Page } from './model.js';
import type { EarlierRequest } from '../../shared/controllers/money-write.js';
import { insufficientText, purchaseWriter, renderPurchaseEnd, resumePurchase } from './purchase.js';

/** The most subscriptions one purchase buys (the contract's maximum of `quantity`). */
const MAX_QUANTITY = 100;

/** Purchases of different plans stand side by side: one left unsettled is the plan's. */
const slotOf = (planId: string): string => `buySubscriptions:${planId}`;

/** Buying subscriptions to a plan from the company balance. */
export class BuyPlanDialog {
  /** The plan of the buy dialog. */
  private planId = '';
  /** How many to buy, as typed. */
  private quantityText = '1';
  private readonly form = new FormController<'quantity'>(this.f.host);
  private readonly write = purchaseWriter(this.f, 'buySubscriptions');
  private readonly dialog = new DialogController(this.f.host, { id: 'buy-plan-dialog', focus: '#quantity' });

  constructor(private readonly f: Features) {}

  /**
   * Opens the buy dialog for a plan. A purchase of that plan left unsettled
   * (here, in another element, before a reload) is asked about first: one
   * that went through is said and the page read again; any other comes back
   * with its quantity and its idempotency key, so confirming again cannot
   * buy twice. Anything else starts a new purchase.
   */
  open(planId: string, from: Event | HTMLElement): void {
    this.quantityText = '1';
    this.form.reset();
    this.write.reset();
    this.planId = planId;
    void this.dialog.show(from);
    void resumePurchase(this.f, this.write, slotOf(planId), {
      purchased: (earlier) => {
        const { planId: plan, quantity } = earlier.request as SubscriptionPurchase;
        const { items, balance } = earlier.response as SubscriptionPurchaseResult;
        this.f.emit('dk-subscription-purchased', { planId: plan, quantity, subscriptionIds: items.map((s) => s.id), balance });
      },
      restore: (request) => {
        if (this.planId === planId) this.quantityText = String((request as SubscriptionPurchase).quantity);
      },
    });
  }

  private earlierText = (page: Page) => (earlier: EarlierRequest): string => {
    const { planId, quantity } = earlier.request as SubscriptionPurchase;
    return this.f.i18n.t('subscriptionsWentThrough', { count: quantity, plan: planName(page, planId) });
  };

  /** What confirming would send now, when the quantity is one. */
  private request(plan: { id: string } | undefined): SubscriptionPurchase | undefined {
    const quantity = this.quantity().value;
    return plan && quantity ? { planId: plan.id, quantity } : undefined;
  }

  private quantity(): { value?: number; problem?: { text: string; empty: boolean } } {
    const text = this.quantityText.trim();
    const value = Number(text);
    if (/^\d+$/.test(text) && value >= 1 && value <= MAX_QUANTITY) return { value };
    return { problem: { text: this.f.i18n.t('quantityProblem'), empty: text === '' } };
  }

  render(page: Page): TemplateResult {
    return this.dialog.render(() => this.renderForm(page), { labelledBy: 'buy-plan-title' });
  }

  private renderForm(page: Page): TemplateResult {
    const i18n = this.f.i18n;
    const t = i18n.t;
    const plan = page.plans.find((p) => p.id === this.planId);
    const balance = page.balance.balance;
    const q = this.quantity();
    const total = plan && q.value ? multiply(plan.price, q.value) : undefined;
    const short = !!total && total.amountMinor > balance.amountMinor;
    const problem = this.form.problem('quantity', q.problem);
    return html`<form class="dialog-body" novalidate @submit=${(e: SubmitEvent) => this.submit(e, page)}>
      <h2 id="buy-plan-title">${t('buyPlanTitle', { plan: plan?.name ?? '' })}</h2>
      ${plan ? html`<p class="hint">${planIncludes(this.f, plan)}</p>` : nothing}
      <div class="field">
        <label for="quantity">${t('quantity')}</label>
        <input
          id="quantity"
          inputmode="numeric"
          autocomplete="off"
          .value=${live(this.quantityText)}
          ?readonly=${this.write.busy}
          aria-invalid=${problem || short ? 'true' : 'false'}
          aria-describedby="quantity-hint ${problem ? 'quantity-error' : ''} ${short ? 'short-error' : ''}"
          @input=${(e: InputEvent) => {
            this.quantityText = (e.target as HTMLInputElement).value;
            this.form.edit('quantity');
            this.write.dismiss();
            this.f.host.requestUpdate();
          }}
          @blur=${() => {
            // Closing the dialog removes the focused field, which blurs it: that is no leaving it.
            if (this.dialog.open) this.form.touch('quantity');
          }}
        />
        <span class="hint" id="quantity-hint">${t('quantityHint')}</span>
        ${problem ? html`<span class="field-error" id="quantity-error">${problem}</span>` : nothing}
      </div>
      ${total
        ? html`<p class="summary">${t('totalFromBalance', { total: i18n.money(total), balance: i18n.money(balance) })}</p>`
        : nothing}
      ${total && short ? html`<p class="field-error" id="short-error">${insufficientText(this.f, total, balance)}</p>` : nothing}
      ${renderPurchaseEnd(this.f, this.dialog, this.write, { completed: this.earlierText(page), request: this.request(plan) })}
    </form>`;
  }

  private async submit(event: SubmitEvent, page: Page): Promise<void> {
    event.preventDefault();
    if (this.write.busy) return;
    this.form.submit();
    const plan = page.plans.find((p) => p.id === this.planId);
    const request = this.request(plan);
    if (!plan || !request || multiply(plan.price, request.quantity).amountMinor > page.balance.balance.amountMinor) {
      return this.dialog.focusIn('#quantity');
    }
    const { quantity } = request;
    const result = await this.write.run((key) => this.f.backend().buySubscriptions(request, key!), request, slotOf(plan.id));
    if (!result) return;
    if (!result.ok) {
      if (!isOutcomeUnknown(result.error)) this.f.reload();
      return this.write.focusError(this.dialog.element ?? undefined);
    }
    const { items, balance } = result.data;
    this.f.change((p) => ({ ...p, balance: { ...p.balance, balance }, subscriptions: [...p.subscriptions, ...items] }));
    const subscriptionIds = items.map((s) => s.id);
    this.f.emit('dk-subscription-purchased', { planId: plan.id, quantity, subscriptionIds, balance });
    this.f.announce(this.f.i18n.t('subscriptionsBought', { count: quantity, plan: plan.name, balance: this.f.i18n.money(balance) }));
    this.f.reload();
    this.dialog.close();
  }
}
