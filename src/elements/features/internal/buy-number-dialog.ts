import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import type { AvailableNumber, NumberPurchase, NumberPurchaseResult } from '../../../adapter/types.js';
import { isOutcomeUnknown } from '../../../core/errors.js';
import { unwrap } from '../../shared/base.js';
import { DialogController } from '../../shared/controllers/dialog.js';
import { FormController } from '../../shared/controllers/form.js';
import { renderRadio } from './controls.js';
import type { Features, Page } from './model.js';
import type { EarlierRequest } from '../../shared/controllers/money-write.js';
import { insufficientText, purchaseWriter, renderPurchaseEnd, resumePurchase } from './purchase.js';

/** Buying an online number on offer from the company balance. */
export class BuyNumberDialog {
  /** The country the offer is narrowed to ('' for all). */
  private country = '';
  /** The number chosen in the buy dialog. */
  private chosen = '';
  private readonly form = new FormController<'offer'>(this.f.host);
  private readonly write = purchaseWriter(this.f, 'buyNumber');
  private readonly dialog = new DialogController(this.f.host, { id: 'buy-number-dialog', focus: '#country' });
  /** The numbers on offer, read each time the buy dialog opens. */
  private readonly offer = new Task(this.f.host, {
    task: async ([backend], { signal }) => unwrap(await backend.listAvailableNumbers({}, { signal })),
    autoRun: false,
    args: () => [this.f.backend()] as const,
    onError: (error) => this.f.report('listAvailableNumbers', error),
  });

  constructor(private readonly f: Features) {}

  /**
   * Opens the buy dialog and reads the offer again. A purchase left
   * unsettled (here, in another element, before a reload) is asked about
   * first: one that went through is said and the page read again; any other
   * comes back with its choice and its idempotency key, so confirming again
   * cannot buy twice. Anything else starts a new purchase.
   */
  open(from: Event | HTMLElement): void {
    this.chosen = '';
    this.country = '';
    this.form.reset();
    this.write.reset();
    void this.offer.run();
    void this.dialog.show(from);
    void resumePurchase(this.f, this.write, 'buyNumber', {
      purchased: (earlier) => {
        const { item, balance } = earlier.response as NumberPurchaseResult;
        this.f.emit('dk-number-purchased', { numberId: item.id, number: item.number, balance });
      },
      restore: (request) => (this.chosen = (request as NumberPurchase).number),
    });
  }

  private readonly earlierText = (earlier: EarlierRequest): string =>
    this.f.i18n.t('numberWentThrough', { number: (earlier.request as NumberPurchase).number });

  render(page: Page): TemplateResult {
    const t = this.f.i18n.t;
    return this.dialog.render(
      () => html`<form class="dialog-body" novalidate @submit=${(e: SubmitEvent) => this.submit(e, page)}>
        <h2 id="buy-number-title">${t('buyNumber')}</h2>
        <p class="hint">${t('balance', { balance: this.f.i18n.money(page.balance.balance) })}</p>
        ${this.f.renderTask(this.offer, {
          isEmpty: (list) => list.length === 0,
          empty: () => html`<p class="notice">${t('noneOnOffer')}</p>`,
          complete: (list) => this.renderOffer(page, list),
        })}
        ${renderPurchaseEnd(
          this.f,
          this.dialog,
          this.write,
          { completed: this.earlierText, request: this.chosen ? { number: this.chosen } : undefined },
          this.offer.status === TaskStatus.COMPLETE,
        )}
      </form>`,
      { labelledBy: 'buy-number-title' },
    );
  }

  private renderOffer(page: Page, list: readonly AvailableNumber[]): TemplateResult {
    const i18n = this.f.i18n;
    const t = i18n.t;
    const countries = [...new Set(list.map((n) => n.country))];
    const chosen = list.find((n) => n.number === this.chosen);
    const balance = page.balance.balance;
    const short = chosen && chosen.monthlyPrice.amountMinor > balance.amountMinor;
    const problem = this.form.problem('offer', chosen ? null : { text: t('chooseNumber'), empty: true });
    return html`
      <div class="field">
        <label for="country">${t('country')}</label>
        <select id="country" .value=${live(this.country)} @change=${(e: Event) => this.narrow((e.target as HTMLSelectElement).value)}>
          <option value="">${t('allCountries')}</option>
          ${countries.map((c) => html`<option value=${c} ?selected=${this.country === c}>${i18n.displayName('region', c)}</option>`)}
        </select>
      </div>
      <fieldset class="choices" aria-describedby=${problem ? 'number-error' : nothing}>
        <legend>${t('numbersOnOffer')}</legend>
        <ul>
          ${list.map((n) => {
            const id = n.number.slice(1);
            const detail = { area: n.area, country: i18n.displayName('region', n.country), price: i18n.money(n.monthlyPrice) };
            return html`<li ?hidden=${!!this.country && n.country !== this.country}>
              ${renderRadio({
                name: 'offer',
                id: `o-${id}`,
                value: n.number,
                checked: this.chosen === n.number,
                describedBy: `od-${id}`,
                change: () => this.choose(n.number),
              })}
              <label for="o-${id}" class="number">${n.number}</label>
              <span class="reason" id="od-${id}">${t('offerDetail', detail)}</span>
            </li>`;
          })}
        </ul>
      </fieldset>
      ${problem ? html`<p class="field-error" id="number-error">${problem}</p>` : nothing}
      ${short ? html`<p class="field-error">${insufficientText(this.f, chosen.monthlyPrice, balance)}</p>` : nothing}
    `;
  }

  private narrow(country: string): void {
    this.country = country;
    this.f.host.requestUpdate();
  }

  /** Another number: a refusal of the previous one is forgotten. Not while a purchase is under way. */
  private choose(number: string): void {
    if (!this.write.busy) {
      this.chosen = number;
      this.form.edit('offer');
      this.write.dismiss();
    }
    this.f.host.requestUpdate();
  }

  private async submit(event: SubmitEvent, page: Page): Promise<void> {
    event.preventDefault();
    if (this.write.busy) return;
    this.form.submit();
    const offer = this.offer.value?.find((n) => n.number === this.chosen);
    if (!offer) return this.dialog.focusIn('li:not([hidden]) input[name="offer"]');
    if (offer.monthlyPrice.amountMinor > page.balance.balance.amountMinor) return;
    const request = { number: offer.number };
    const result = await this.write.run((key) => this.f.backend().buyNumber(request, key!), request);
    if (!result) return;
    if (!result.ok) {
      if (result.error.code === 'number_unavailable') {
        this.chosen = '';
        void this.offer.run();
      }
      if (!isOutcomeUnknown(result.error)) this.f.reload();
      return this.write.focusError(this.dialog.element ?? undefined);
    }
    const { item, balance } = result.data;
    this.f.change((p) => ({ ...p, balance: { ...p.balance, balance }, numbers: [...p.numbers, item] }));
    this.f.emit('dk-number-purchased', { numberId: item.id, number: item.number, balance });
    this.f.announce(this.f.i18n.t('numberBought', { number: item.number, balance: this.f.i18n.money(balance) }));
    this.chosen = '';
    this.f.reload();
    this.dialog.close();
  }
}
