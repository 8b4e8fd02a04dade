import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AllocationCreate, AllocationResult, AutoRecharge, Balance, Member } from '../../../adapter/types.js';
import { multiply, type Money } from '../../../core/money.js';
import { DialogController } from '../../shared/controllers/dialog.js';
import { FormController } from '../../shared/controllers/form.js';
import type { EarlierRequest, MoneyWriteController } from '../../shared/controllers/money-write.js';
import type { WriteController } from '../../shared/controllers/write.js';
import { amountProblem, parse, plain, renderAmountField } from './amount.js';
import { AutoTopUp, type AllocateField as Field } from './auto-top-up.js';
import { autoSummary, currencyOf, moneyKey, type CreditContext } from './context.js';
import { edited, openAfresh, renderDialogActions, renderProgress } from './dialog-form.js';
import { MemberPicker } from './member-picker.js';

type Mode = 'oneOff' | 'auto';

/**
 * Giving credit to members: a selection from the picker, then a one-off
 * amount for each (one money write, its idempotency key kept in the write's
 * `intent` until it is known to be done) or an automatic top-up (see
 * `AutoTopUp`).
 */
export class AllocateDialog {
  readonly dialog: DialogController;
  private readonly form: FormController<Field>;
  private readonly picker: MemberPicker;
  private readonly auto: AutoTopUp;
  private selected: string[] = [];
  private mode: Mode = 'oneOff';
  /** The one-off amount as typed. */
  private text = '';

  constructor(
    private readonly ctx: CreditContext,
    /** The one-off allocation, which moves money. */
    private readonly write: MoneyWriteController,
    /** The automatic top-up of each member. */
    autoWrite: WriteController,
  ) {
    this.dialog = new DialogController(ctx.host, { id: 'allocate-dialog', focus: '#alloc-search' });
    this.form = new FormController(ctx.host);
    this.picker = new MemberPicker(ctx);
    this.auto = new AutoTopUp(ctx, this.form, autoWrite);
  }

  /** Either write is on its way, or earlier allocations are asked about: the entries cannot change. */
  private get busy(): boolean {
    return this.write.busy || this.auto.write.pending;
  }

  readonly open = (from: Event | HTMLElement): void => {
    const clear = (): void => {
      this.selected = [];
      this.mode = 'oneOff';
      this.text = '';
      this.auto.open(false);
      this.picker.open(false);
    };
    openAfresh({ form: this.form, write: this.write, dialog: this.dialog }, from, clear, () => this.resume());
  };

  /**
   * An allocation left unsettled (here, in another element, before a reload)
   * is asked about first: one that went through is said, and everything read
   * again; any other comes back into the form, where confirming it completes
   * it with its key, never moving credit twice.
   */
  private async resume(): Promise<void> {
    const { completed, restore } = await this.write.resume();
    for (const earlier of completed) {
      const { memberIds, amount } = earlier.request as AllocationCreate;
      const total = multiply(amount, memberIds.length);
      const { balance } = earlier.response as AllocationResult;
      if (earlier.first) this.ctx.emit('dk-credit-allocated', { memberIds, amount, total, balance });
    }
    if (completed.length) this.ctx.refresh();
    if (restore) {
      const { memberIds, amount } = restore as AllocationCreate;
      this.selected = [...memberIds];
      this.text = plain(this.ctx.i18n, amount);
    }
    this.ctx.host.requestUpdate();
  }

  private earlierText = (earlier: EarlierRequest): string => {
    const { memberIds, amount } = earlier.request as AllocationCreate;
    return this.ctx.i18n.t('allocate.wentThrough', { count: memberIds.length, amount: this.ctx.i18n.money(amount) });
  };

  /** Any change of what the user asks for makes it another request. */
  private edit(b: Balance, change: () => void, field?: Field): void {
    if (this.busy) return;
    change();
    if (field) this.form.edit(field);
    this.auto.edited();
    edited(this.write, this.request(b));
    this.ctx.host.requestUpdate();
  }

  /** The one-off allocation confirming would send now, when the amount is one (none in automatic mode). */
  private request(b: Balance): AllocationCreate | undefined {
    if (this.mode !== 'oneOff') return undefined;
    const parsed = parse(this.text, currencyOf(b));
    return parsed.value && { memberIds: [...this.selected], amount: parsed.value };
  }

  private select(b: Balance, ids: string[]): void {
    this.edit(b, () => {
      this.selected = ids;
      if (this.mode === 'auto') this.auto.prefill(this.selectedMembers());
    }, 'members');
  }

  private setMode(b: Balance, mode: Mode): void {
    this.edit(b, () => {
      this.mode = mode;
      if (mode === 'auto') this.auto.prefill(this.selectedMembers());
    });
  }

  private selectedMembers(): Member[] {
    return this.selected.map((id) => this.ctx.members.get(id)).filter((m): m is Member => !!m);
  }

  /** The one-off amount's problem, including a balance that does not cover it; and the total. */
  private oneOff(b: Balance): { problem: string; total?: Money } {
    const { i18n } = this.ctx;
    const parsed = parse(this.text, currencyOf(b));
    if (parsed.problem) return { problem: this.form.problem('amount', amountProblem(i18n, parsed.problem, currencyOf(b))) };
    const total = multiply(parsed.value, Math.max(this.selected.length, 1));
    const short = total.amountMinor > b.balance.amountMinor;
    const text = short ? i18n.t('allocate.insufficient', { required: i18n.money(total), available: i18n.money(b.balance) }) : '';
    return { problem: this.form.problem('amount', text), total };
  }

  /** The backend's refusal in the user's words: the balance another administrator spent meanwhile. */
  private errorText(): string | undefined {
    const error = this.write.error;
    const required = error?.details?.['required'] as Money | undefined;
    const available = error?.details?.['available'] as Money | undefined;
    if (error?.code !== 'insufficient_balance' || !required || !available) return undefined;
    return this.ctx.i18n.t('allocate.insufficient', { required: this.ctx.i18n.money(required), available: this.ctx.i18n.money(available) });
  }

  render(b: Balance): TemplateResult {
    return this.dialog.render(() => this.renderBody(b), { labelledBy: 'allocate-title' });
  }

  private renderBody(b: Balance): TemplateResult {
    const { i18n } = this.ctx;
    const t = i18n.t;
    const list = this.picker.list(this.selected);
    const chosen = new Set(this.selected);
    const count = this.selected.length;
    const membersProblem = this.form.problem('members', count ? '' : { text: t('picker.chooseMembers'), empty: true });
    const write = this.mode === 'oneOff' ? this.write : this.auto.write;
    return html`<form class="dialog-body" novalidate @submit=${(e: SubmitEvent) => this.submit(e, b)}>
      <h2 id="allocate-title">${t('allocate.title')}</h2>
      <p class="hint" id="allocate-balance">${t('allocate.available', { balance: i18n.money(b.balance) })}</p>
      ${this.picker.renderSearch('alloc-search', t('picker.searchHint'))}
      ${this.picker.renderList(
        t('picker.members'),
        list,
        (m) => ({
          type: 'checkbox',
          name: 'member',
          prefix: 'm',
          checked: chosen.has(m.id),
          reason: t('picker.memberCredit', { credit: i18n.money(m.credit), auto: autoSummary(i18n, m.autoRecharge) }),
          change: (on) => this.select(b, on ? [...this.selected, m.id] : this.selected.filter((id) => id !== m.id)),
        }),
        { problemId: membersProblem ? 'alloc-members-error' : undefined },
      )}
      <div class="selection">
        <p class="selected-count" aria-live="polite">${t('picker.selected', { count })}</p>
        <button
          type="button"
          class="button link"
          ?disabled=${list.shown.length === 0}
          @click=${() => this.select(b, [...new Set([...this.selected, ...list.shown.map((m) => m.id)])])}
        >
          ${t('picker.selectShown', { count: list.shown.length })}
        </button>
        ${count ? html`<button type="button" class="button link" @click=${() => this.select(b, [])}>${t('picker.clear')}</button>` : nothing}
      </div>
      ${membersProblem ? html`<p class="field-error" id="alloc-members-error">${membersProblem}</p>` : nothing}
      <fieldset class="mode">
        <legend>${t('allocate.how')}</legend>
        ${(['oneOff', 'auto'] as const).map(
          (mode) => html`<label class="radio" data-help-label="credit:allocate.${mode}">
            <input type="radio" name="mode" value=${mode} .checked=${live(this.mode === mode)} @change=${() => this.setMode(b, mode)} />
            ${t(`allocate.${mode}`)}
          </label>`,
        )}
      </fieldset>
      ${this.mode === 'oneOff'
        ? this.renderOneOff(b)
        : this.auto.renderFields(currencyOf(b), count, (change, field) => this.edit(b, change, field), this.busy)}
      ${this.write.renderRecall({ completed: this.earlierText, request: this.request(b), uncertain: t('uncertain') })}
      ${this.write.renderError(this.errorText())} ${this.auto.write.renderError(this.auto.errorText())}
      ${renderProgress(this.write.pending || this.auto.write.pending, t('common:saving'))}
      ${renderDialogActions({
        cancel: { label: t('common:cancel'), close: () => this.dialog.close() },
        extra:
          this.mode === 'auto' && this.selectedMembers().some((m) => m.autoRecharge)
            ? html`<button type="button" class="button danger" ?disabled=${this.busy} @click=${() => this.applyAuto(null)}>
                ${t('auto.switchOff')}
              </button>`
            : nothing,
        submit: { label: write.label(t('allocate.confirm')), pending: this.busy, help: 'credit:allocate.confirm' },
      })}
    </form>`;
  }

  private renderOneOff(b: Balance): TemplateResult {
    const t = this.ctx.i18n.t;
    const { problem, total } = this.oneOff(b);
    const count = this.selected.length;
    return html`${renderAmountField({
        id: 'alloc-amount',
        label: t('allocate.amountLabel', { currency: currencyOf(b) }),
        value: this.text,
        problem,
        errorId: 'alloc-amount-error',
        describedBy: 'alloc-amount-hint',
        readonly: this.busy,
        hint: html`<span class="hint" id="alloc-amount-hint">${t('allocate.amountHint')}</span>`,
        input: (text) => this.edit(b, () => (this.text = text), 'amount'),
        blur: () => this.form.touch('amount'),
      })}
      ${total && !problem && count > 0
        ? html`<p class="summary">${t('allocate.total', { count, total: this.ctx.i18n.money(total) })}</p>`
        : nothing}`;
  }

  private async submit(event: SubmitEvent, b: Balance): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.form.submit();
    if (this.selected.length === 0) return this.dialog.focusIn('#alloc-search');
    if (this.mode === 'auto') {
      const rule = this.auto.rule(currencyOf(b));
      if (!rule) return this.dialog.focusIn('input[aria-invalid="true"]');
      return this.applyAuto(rule);
    }
    const request = this.request(b);
    if (!request || this.oneOff(b).problem) return this.dialog.focusIn('#alloc-amount');
    const result = await this.write.run((key) => this.ctx.backend().allocateCredit(request, moneyKey(key)), request);
    if (!result) return;
    if (!result.ok) {
      if (result.error.code === 'insufficient_balance' || result.error.code === 'not_found') this.ctx.refresh();
      return this.write.focusError();
    }
    const { i18n } = this.ctx;
    const { memberIds, amount } = request;
    const count = memberIds.length;
    const balance = result.data.balance;
    this.ctx.emit('dk-credit-allocated', { memberIds, amount, total: multiply(amount, count), balance });
    this.ctx.announce(i18n.t('allocate.done', { count, amount: i18n.money(amount), balance: i18n.money(balance) }));
    this.ctx.moved(balance);
    this.dialog.close();
  }

  private async applyAuto(rule: AutoRecharge | null): Promise<void> {
    if (await this.auto.apply(this.selectedMembers(), rule)) this.dialog.close();
    else if (this.auto.write.error) await this.auto.write.focusError();
  }
}
