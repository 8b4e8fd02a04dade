import { html, nothing, type TemplateResult } from 'lit';
import type { Balance, Member, Reclaim, ReclaimCreate } from '../../../adapter/types.js';
import { DialogController } from '../../shared/controllers/dialog.js';
import { FormController } from '../../shared/controllers/form.js';
import type { EarlierRequest, MoneyWriteController } from '../../shared/controllers/money-write.js';
import type { WriteController } from '../../shared/controllers/write.js';
import { amountProblem, parse, plain, renderAmountField } from './amount.js';
import { currencyOf, moneyKey, type CreditContext } from './context.js';
import { edited, openAfresh, renderDialogActions, renderProgress } from './dialog-form.js';
import { MemberPicker } from './member-picker.js';

/** Refusals after which the credit shown is stale: read again, so that the form explains them. */
const STALE = ['reclaim_not_allowed', 'insufficient_member_credit', 'not_found'];

/**
 * Taking unused credit back from a member to the company balance, where the
 * company's policy allows it. One money write: its idempotency key is kept
 * in the write's `intent` until the take-back is known to be done, one per
 * member (a take-back from another member does not replace it).
 */
export class ReclaimDialog {
  readonly dialog: DialogController;
  private readonly form: FormController<'member' | 'amount'>;
  private readonly picker: MemberPicker;
  private memberId = '';
  /** The amount as typed. */
  private text = '';

  constructor(
    private readonly ctx: CreditContext,
    private readonly write: MoneyWriteController,
  ) {
    this.dialog = new DialogController(ctx.host, { id: 'reclaim-dialog', focus: '#reclaim-search' });
    this.form = new FormController(ctx.host);
    this.picker = new MemberPicker(ctx);
  }

  readonly open = (from: Event | HTMLElement): void => {
    const clear = (): void => {
      this.memberId = '';
      this.text = '';
      this.picker.open(false);
    };
    openAfresh({ form: this.form, write: this.write, dialog: this.dialog }, from, clear, () => this.resume());
  };

  /**
   * The take-backs left unsettled (here, in another element, before a
   * reload) are asked about first: those that went through are said, and
   * everything read again; the newest other one comes back into the form,
   * where confirming it completes it with its key, never moving credit twice.
   */
  private async resume(): Promise<void> {
    const { completed, restore } = await this.write.resume();
    for (const earlier of completed) {
      const { memberId, amount, balance } = earlier.response as Reclaim;
      if (earlier.first) this.ctx.emit('dk-credit-reclaimed', { memberId, amount, balance });
    }
    if (completed.length) this.ctx.refresh();
    if (restore) {
      const { memberId, amount } = restore as ReclaimCreate;
      this.memberId = memberId;
      this.text = plain(this.ctx.i18n, amount);
    }
    this.ctx.host.requestUpdate();
  }

  private earlierText = (earlier: EarlierRequest): string => {
    const { memberId, amount } = earlier.request as ReclaimCreate;
    const name = this.ctx.members.get(memberId)?.displayName ?? this.ctx.i18n.t('ledger.formerMember');
    return this.ctx.i18n.t('reclaim.wentThrough', { amount: this.ctx.i18n.money(amount), name });
  };

  private edit(b: Balance, change: () => void, field: 'member' | 'amount'): void {
    if (this.write.busy) return;
    change();
    this.form.edit(field);
    edited(this.write, this.request(b));
    this.ctx.host.requestUpdate();
  }

  /** What confirming would send now, when a member and an amount are chosen. */
  private request(b: Balance): ReclaimCreate | undefined {
    const parsed = parse(this.text, currencyOf(b));
    return this.member && parsed.value && { memberId: this.member.id, amount: parsed.value };
  }

  private get member(): Member | undefined {
    return this.memberId ? this.ctx.members.get(this.memberId) : undefined;
  }

  /** What is wrong with the amount: not an amount, or more than the member has. */
  private problem(b: Balance): string {
    const { i18n } = this.ctx;
    const parsed = parse(this.text, currencyOf(b));
    if (parsed.problem) return this.form.problem('amount', amountProblem(i18n, parsed.problem, currencyOf(b)));
    const member = this.member;
    const tooMuch = member && parsed.value.amountMinor > member.credit.amountMinor;
    return this.form.problem(
      'amount',
      tooMuch ? i18n.t('reclaim.tooMuch', { name: member.displayName, available: i18n.money(member.credit) }) : '',
    );
  }

  render(b: Balance): TemplateResult {
    return this.dialog.render(() => this.renderBody(b), { labelledBy: 'reclaim-title' });
  }

  private renderBody(b: Balance): TemplateResult {
    const { i18n } = this.ctx;
    const t = i18n.t;
    const member = this.member;
    const chosen = this.memberId ? [this.memberId] : [];
    const list = this.picker.list(chosen, (m) => m.credit.amountMinor > 0);
    const memberProblem = this.form.problem('member', member ? '' : { text: t('reclaim.chooseMember'), empty: true });
    const pending = this.write.pending;
    const busy = this.write.busy;
    return html`<form class="dialog-body" novalidate @submit=${(e: SubmitEvent) => this.submit(e, b)}>
      <h2 id="reclaim-title">${t('reclaim.title')}</h2>
      <p class="hint">${t('reclaim.explain')}</p>
      ${this.picker.renderSearch('reclaim-search')}
      ${this.picker.renderList(
        t('reclaim.members'),
        list,
        (m) => ({
          type: 'radio',
          name: 'reclaim-member',
          prefix: 'r',
          checked: this.memberId === m.id,
          reason: t('reclaim.unused', { credit: i18n.money(m.credit) }),
          change: () => this.edit(b, () => (this.memberId = m.id), 'member'),
        }),
        { problemId: memberProblem ? 'reclaim-member-error' : undefined, nobody: t('reclaim.nobody') },
      )}
      ${memberProblem ? html`<p class="field-error" id="reclaim-member-error">${memberProblem}</p>` : nothing}
      ${renderAmountField({
        id: 'reclaim-amount',
        label: t('reclaim.amountLabel', { currency: currencyOf(b) }),
        value: this.text,
        problem: this.problem(b),
        errorId: 'reclaim-error',
        readonly: busy,
        beside:
          member && member.credit.amountMinor > 0
            ? html`<button type="button" class="button" @click=${() => this.edit(b, () => (this.text = plain(i18n, member.credit)), 'amount')}>
                ${t('reclaim.all', { credit: i18n.money(member.credit) })}
              </button>`
            : nothing,
        input: (text) => this.edit(b, () => (this.text = text), 'amount'),
        blur: () => this.form.touch('amount'),
      })}
      ${this.write.renderRecall({ completed: this.earlierText, request: this.request(b), uncertain: t('uncertain') })}
      ${this.write.renderError()}
      ${renderProgress(pending, t('common:saving'))}
      ${renderDialogActions({
        cancel: { label: t('common:cancel'), close: () => this.dialog.close() },
        submit: { label: this.write.label(t('reclaim.confirm')), pending: busy },
      })}
    </form>`;
  }

  private async submit(event: SubmitEvent, b: Balance): Promise<void> {
    event.preventDefault();
    if (this.write.busy) return;
    this.form.submit();
    const member = this.member;
    if (!member) return this.dialog.focusIn('#reclaim-search');
    const request = this.request(b);
    if (!request || this.problem(b)) return this.dialog.focusIn('#reclaim-amount');
    const slot = `reclaimCredit:${request.memberId}`;
    const result = await this.write.run((key) => this.ctx.backend().reclaimCredit(request, moneyKey(key)), request, slot);
    if (!result) return;
    if (!result.ok) {
      if (STALE.includes(result.error.code)) this.ctx.refresh();
      return this.write.focusError();
    }
    const { i18n } = this.ctx;
    const { amount, balance } = result.data;
    this.ctx.emit('dk-credit-reclaimed', { memberId: member.id, amount, balance });
    this.ctx.announce(i18n.t('reclaim.done', { amount: i18n.money(amount), name: member.displayName, balance: i18n.money(balance) }));
    this.ctx.moved(balance);
    this.dialog.close();
  }
}
