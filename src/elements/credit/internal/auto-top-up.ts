import { html, nothing, type TemplateResult } from 'lit';
import type { AutoRecharge, Member } from '../../../adapter/types.js';
import type { FormController } from '../../shared/controllers/form.js';
import type { WriteController } from '../../shared/controllers/write.js';
import { amountProblem, parse, plain, renderAmountField, type Parsed } from './amount.js';
import { autoSummary, type CreditContext } from './context.js';

export type AutoField = 'autoAmount' | 'autoThreshold' | 'autoCap';
/** The fields of the allocation dialog: its members, the one-off amount, and these three. */
export type AllocateField = 'members' | 'amount' | AutoField;

const FIELDS = [
  { field: 'autoAmount', id: 'auto-amount', label: 'auto.amountLabel' },
  { field: 'autoThreshold', id: 'auto-threshold', label: 'auto.thresholdLabel' },
  { field: 'autoCap', id: 'auto-cap', label: 'auto.capLabel' },
] as const satisfies readonly { field: AutoField; id: string; label: string }[];

/**
 * The automatic top-up of the allocation dialog: the amount a member's credit
 * is topped up to, below which threshold, and the monthly cap; each rule
 * explained at its field as typed. Applying it is one write per member (with
 * the version last read); after a conflict, confirming again applies it to
 * the members not yet done.
 */
export class AutoTopUp {
  private texts: Record<AutoField, string> = { autoAmount: '', autoThreshold: '', autoCap: '' };
  /** Members the current request already reached (skipped when confirming again). */
  private readonly applied = new Set<string>();

  constructor(
    private readonly ctx: CreditContext,
    /** The allocation dialog's form: these fields are three of its own. */
    private readonly form: FormController<AllocateField>,
    readonly write: WriteController,
  ) {}

  /** The dialog opens: a new top-up, or (`keep`) the entries of the request being completed. */
  open(keep: boolean): void {
    if (!keep) {
      this.texts = { autoAmount: '', autoThreshold: '', autoCap: '' };
      this.applied.clear();
    }
    this.write.reset();
  }

  /** The user changed what they ask for: it is another request, every member to do again. */
  edited(): void {
    this.applied.clear();
    // After a conflict, the explanation stays while the user reviews the entries.
    if (this.write.error?.code !== 'conflict') this.write.dismiss();
  }

  /** A single member's current settings fill the empty form. */
  prefill(selected: readonly Member[]): void {
    if (Object.values(this.texts).some(Boolean)) return;
    const rule = selected.length === 1 ? selected[0]?.autoRecharge : null;
    if (!rule) return;
    const i18n = this.ctx.i18n;
    this.texts = { autoAmount: plain(i18n, rule.amount), autoThreshold: plain(i18n, rule.threshold), autoCap: plain(i18n, rule.monthlyCap) };
  }

  /** Each field's problem, and the rule when there is none. */
  private check(currency: string): { problems: Record<AutoField, string>; rule?: AutoRecharge } {
    const t = this.ctx.i18n.t;
    const typed = (field: AutoField, p: Parsed): string =>
      this.form.problem(field, p.problem ? amountProblem(this.ctx.i18n, p.problem, currency) : '');
    const a = parse(this.texts.autoAmount, currency);
    const th = parse(this.texts.autoThreshold, currency);
    const c = parse(this.texts.autoCap, currency);
    const problems = { autoAmount: typed('autoAmount', a), autoThreshold: typed('autoThreshold', th), autoCap: typed('autoCap', c) };
    if (a.value && th.value && th.value.amountMinor >= a.value.amountMinor) problems.autoThreshold = t('auto.thresholdTooHigh');
    if (a.value && c.value && a.value.amountMinor > c.value.amountMinor) problems.autoCap = t('auto.capTooLow');
    if (!a.value || !th.value || !c.value || problems.autoThreshold || problems.autoCap) return { problems };
    return { problems, rule: { amount: a.value, threshold: th.value, monthlyCap: c.value } };
  }

  /** The rule as entered, when every field is right. */
  rule(currency: string): AutoRecharge | undefined {
    return this.check(currency).rule;
  }

  /** The three fields, and what the rule will do for `count` members. */
  renderFields(currency: string, count: number, edit: (change: () => void, field: AutoField) => void, busy: boolean): TemplateResult {
    const { i18n } = this.ctx;
    const { problems, rule } = this.check(currency);
    return html`<p class="hint">${i18n.t('auto.explain')}</p>
      ${FIELDS.map(({ field, id, label }) =>
        renderAmountField({
          id,
          label: i18n.t(label, { currency }),
          value: this.texts[field],
          problem: problems[field],
          errorId: `${id}-error`,
          readonly: busy,
          input: (text) => edit(() => (this.texts = { ...this.texts, [field]: text }), field),
          blur: () => this.form.touch(field),
        }),
      )}
      ${rule && count > 0 ? html`<p class="summary">${i18n.t('auto.preview', { count, rule: autoSummary(i18n, rule) })}</p>` : nothing}`;
  }

  /** The backend's refusal in the user's words: another administrator changed a member meanwhile. */
  errorText(): string | undefined {
    return this.write.error?.code === 'conflict' ? this.ctx.i18n.t('auto.conflict') : undefined;
  }

  /**
   * Sets (or, with `null`, clears) the top-up of each of `members` not done
   * yet, one write per member with the version last read. A conflict stops
   * there: the fresh member replaces the stale one, the form keeps its values.
   * True when every member is done.
   */
  async apply(members: readonly Member[], rule: AutoRecharge | null): Promise<boolean> {
    const targets = members.filter((m) => !this.applied.has(m.id) && (rule !== null || m.autoRecharge));
    const result = await this.write.run(async () => {
      for (const member of targets) {
        const set = await this.ctx.backend().setAutoRecharge(member.id, { version: member.version, autoRecharge: rule });
        if (!set.ok) {
          const current = set.error.details?.['current'] as Member | undefined;
          if (set.error.code === 'conflict' && current?.id === member.id) this.ctx.members.remember(current);
          else if (set.error.code === 'conflict' || set.error.code === 'not_found') this.ctx.refresh();
          return set;
        }
        this.ctx.members.remember(set.data);
        this.applied.add(member.id);
        this.ctx.emit('dk-auto-recharge-changed', { memberId: member.id, autoRecharge: set.data.autoRecharge });
      }
      return { ok: true as const, data: undefined };
    });
    if (!result?.ok) return false;
    this.applied.clear();
    const count = members.length;
    const i18n = this.ctx.i18n;
    this.ctx.announce(rule ? i18n.t('auto.done', { count, rule: autoSummary(i18n, rule) }) : i18n.t('auto.switchedOff', { count }));
    return true;
  }
}
