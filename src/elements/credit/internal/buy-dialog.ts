import { html, nothing, type TemplateResult } from 'lit';
import type { Balance, Purchase, PurchaseCreate } from '../../../adapter/types.js';
import { minorDigits, money, type Money } from '../../../core/money.js';
import { DialogController } from '../../shared/controllers/dialog.js';
import { FormController } from '../../shared/controllers/form.js';
import type { EarlierRequest, MoneyWriteController } from '../../shared/controllers/money-write.js';
import type { WriteController } from '../../shared/controllers/write.js';
import { amountProblem, parse, plain, renderAmountField } from './amount.js';
import { currencyOf, leftThisMonth, moneyKey, type CreditContext } from './context.js';
import { edited, openAfresh, renderDialogActions, renderProgress } from './dialog-form.js';

/** Preset purchase amounts, in major units of the company's currency. */
const PRESETS = [100, 200, 500, 1000, 2000] as const;

type Limit = 'perPurchase' | 'monthly';

/** The most that can be bought now: the per-purchase limit, or what the month leaves if less. */
function maxPurchase(b: Balance): { max: Money; by: Limit } {
  const left = leftThisMonth(b);
  const perPurchase = b.purchaseLimit.perPurchase.amountMinor;
  return left < perPurchase
    ? { max: money(left, currencyOf(b)), by: 'monthly' }
    : { max: money(perPurchase, currencyOf(b)), by: 'perPurchase' };
}

/**
 * Buying credit for the company: a preset or any amount within the purchase
 * limits, said as typed. The purchase's idempotency key lives in its write's
 * `intent` for as long as the purchase is not known to be done: a double
 * click, a Retry, or confirming again after reopening the dialog buys once,
 * here or in any element on the same backend, before or after a reload.
 */
export class BuyDialog {
  readonly dialog: DialogController;
  private readonly form: FormController<'amount'>;
  /** The amount as typed. */
  private text = '';

  constructor(
    private readonly ctx: CreditContext,
    private readonly write: MoneyWriteController,
  ) {
    this.dialog = new DialogController(ctx.host, { id: 'buy-dialog' });
    this.form = new FormController(ctx.host);
  }

  readonly open = (from: Event | HTMLElement): void =>
    openAfresh({ form: this.form, write: this.write, dialog: this.dialog }, from, () => (this.text = ''), () => this.resume());

  /**
   * A purchase left unsettled (here, in another element, before a reload) is
   * asked about first: one that went through is said, with the balance read
   * again, and the form stays empty, so that buying the same amount again is
   * a new purchase the user types and confirms. Any other comes back into the
   * form: confirming it completes it with its key, never charging twice.
   */
  private async resume(): Promise<void> {
    const { completed, restore } = await this.write.resume();
    for (const earlier of completed) {
      const purchase = earlier.response as Purchase;
      if (earlier.first) this.ctx.emit('dk-credit-purchased', { purchaseId: purchase.id, amount: purchase.amount, balance: purchase.balance });
    }
    if (completed.length) this.ctx.refresh();
    if (restore) this.text = plain(this.ctx.i18n, (restore as PurchaseCreate).amount);
    this.ctx.host.requestUpdate();
  }

  private earlierText = (earlier: EarlierRequest): string =>
    this.ctx.i18n.t('buy.wentThrough', { amount: this.ctx.i18n.money((earlier.request as PurchaseCreate).amount) });

  private limitText(by: string, max: Money): string {
    const i18n = this.ctx.i18n;
    return by === 'monthly' ? i18n.t('buy.overMonthly', { left: i18n.money(max) }) : i18n.t('buy.overPerPurchase', { max: i18n.money(max) });
  }

  /** What is wrong with the amount typed, before anything is sent. */
  private problem(b: Balance): string {
    const parsed = parse(this.text, currencyOf(b));
    if (parsed.problem) return this.form.problem('amount', amountProblem(this.ctx.i18n, parsed.problem, currencyOf(b)));
    const { max, by } = maxPurchase(b);
    return this.form.problem('amount', parsed.value.amountMinor > max.amountMinor ? this.limitText(by, max) : '');
  }

  /** The refusal of the backend in the user's words: the limit another purchase used up meanwhile. */
  private errorText(): string | undefined {
    const error = this.write.error;
    if (error?.code !== 'purchase_limit_exceeded' || !error.details?.['max']) return undefined;
    return this.limitText(String(error.details['limit']), error.details['max'] as Money);
  }

  /** What confirming would send now, when the amount is one. */
  private request(b: Balance): PurchaseCreate | undefined {
    const parsed = parse(this.text, currencyOf(b));
    return parsed.value && { amount: parsed.value };
  }

  private setText(text: string, b: Balance): void {
    if (this.write.busy) return;
    this.text = text;
    this.form.edit('amount');
    edited(this.write, this.request(b));
    this.ctx.host.requestUpdate();
  }

  render(b: Balance): TemplateResult {
    return this.dialog.render(() => this.renderBody(b), { labelledBy: 'buy-title' });
  }

  private renderBody(b: Balance): TemplateResult {
    const { i18n } = this.ctx;
    const t = i18n.t;
    const currency = currencyOf(b);
    const problem = this.problem(b);
    const parsed = parse(this.text, currency);
    const { max } = maxPurchase(b);
    const pending = this.write.pending;
    const busy = this.write.busy;
    return html`<form class="dialog-body" novalidate @submit=${(e: SubmitEvent) => this.submit(e, b)}>
      <h2 id="buy-title">${t('buy.title')}</h2>
      <p class="hint" id="buy-limits">
        ${t('buy.limits', { max: i18n.money(b.purchaseLimit.perPurchase), left: i18n.money(money(leftThisMonth(b), currency)) })}
      </p>
      <div class="presets" role="group" aria-label=${t('buy.presets')}>
        ${PRESETS.map((major) => {
          const value = money(major * 10 ** minorDigits(currency), currency);
          return html`<button
            type="button"
            class="button preset"
            aria-pressed=${parsed.value?.amountMinor === value.amountMinor ? 'true' : 'false'}
            ?disabled=${busy || value.amountMinor > max.amountMinor}
            @click=${() => this.setText(plain(i18n, value), b)}
          >
            ${i18n.money(value)}
          </button>`;
        })}
      </div>
      ${renderAmountField({
        id: 'buy-amount',
        label: t('buy.amountLabel', { currency }),
        value: this.text,
        problem,
        errorId: 'buy-error',
        describedBy: 'buy-limits',
        readonly: busy,
        input: (text) => this.setText(text, b),
        blur: () => this.form.touch('amount'),
      })}
      ${parsed.value && !problem ? html`<p class="summary">${t('buy.summary', { amount: i18n.money(parsed.value) })}</p>` : nothing}
      ${this.write.renderRecall({ completed: this.earlierText, request: this.request(b), uncertain: t('buy.uncertain') })}
      ${renderProgress(pending, t('buy.progress', { amount: parsed.value ? i18n.money(parsed.value) : '' }))}
      ${this.write.renderError(this.errorText())}
      ${renderDialogActions({
        cancel: { label: t('common:cancel'), close: () => this.dialog.close() },
        submit: { label: this.write.label(t('buy.confirm'), t('buy.buying')), pending: busy, help: 'credit:buy.confirm' },
      })}
    </form>`;
  }

  private async submit(event: SubmitEvent, b: Balance): Promise<void> {
    event.preventDefault();
    // A second click while the first is on its way does nothing: the same request is already sent.
    if (this.write.busy) return;
    this.form.submit();
    const request = this.request(b);
    if (!request || this.problem(b)) return this.dialog.focusIn('#buy-amount');
    const result = await this.write.run((key) => this.ctx.backend().buyCredit(request, moneyKey(key)), request);
    if (!result) return;
    if (!result.ok) {
      if (result.error.code === 'purchase_limit_exceeded') this.ctx.refresh();
      return this.write.focusError();
    }
    const purchase = result.data;
    this.ctx.emit('dk-credit-purchased', { purchaseId: purchase.id, amount: purchase.amount, balance: purchase.balance });
    this.ctx.announce(this.ctx.i18n.t('buy.done', { amount: this.ctx.i18n.money(purchase.amount), balance: this.ctx.i18n.money(purchase.balance) }));
    this.ctx.moved(purchase.balance);
    this.text = '';
    this.form.reset();
    this.dialog.close();
  }
}

