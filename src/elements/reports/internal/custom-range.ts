import { html, nothing, type TemplateResult } from 'lit';
import { heldFrom, isDay } from '../../../core/period.js';
import type { LocalizeController } from '../../../i18n/controller.js';
import { FormController } from '../../shared/controllers/form.js';
import { DateField } from '../../shared/date-field.js';
import type { QueryHost, ReportQuery } from './query.js';

type RangeField = 'from' | 'to';

/** The days of the custom range as typed so far, kept by the filters while the form is not loaded. */
export interface RangeDraft {
  from: string;
  to: string;
}

/**
 * The custom range's form, loaded when it is first shown: two days typed as
 * the element's language writes them, and what is wrong with them by the
 * kit's one rule (`FormController`): a reversed range at once, a missing day
 * once its field was left or the range applied.
 */
export class CustomRange {
  private readonly form: FormController<RangeField>;
  /** The two days of the range, typed as the element's language writes them. */
  private readonly fields: Record<RangeField, DateField>;

  constructor(
    private readonly host: QueryHost,
    private readonly query: ReportQuery,
    private readonly i18n: LocalizeController,
    private readonly draft: RangeDraft,
    /**
     * Whether the last render showed the form. A field that loses the focus
     * because the form went away (a month was chosen) was not left by the user.
     */
    private readonly shown: () => boolean,
  ) {
    this.form = new FormController(host);
    this.fields = {
      from: new DateField(host, i18n, 'from', (day) => this.edit('from', day)),
      to: new DateField(host, i18n, 'to', (day) => this.edit('to', day)),
    };
  }

  reset(): void {
    this.form.reset();
    this.fields.from.reset();
    this.fields.to.reset();
  }

  /**
   * What is wrong with the range typed: at each field, and the one message
   * under both. A field that says itself that what is typed is no day is
   * not said to be missing too.
   */
  private problems(): { from: boolean; to: boolean; message: string } {
    const t = this.i18n.t;
    const { from: draftFrom, to: draftTo } = this.draft;
    const incomplete = { text: t('rangeIncomplete'), empty: true };
    const missing = (field: RangeField, day: string) => (isDay(day) || this.fields[field].invalid ? null : incomplete);
    const from = this.form.problem('from', missing('from', draftFrom));
    const to = this.form.problem('to', missing('to', draftTo));
    const reversed = isDay(draftFrom) && isDay(draftTo) && draftFrom > draftTo ? t('rangeReversed') : '';
    return { from: !!(from || reversed), to: !!(to || reversed), message: from || to || reversed };
  }

  render(): TemplateResult {
    const t = this.i18n.t;
    const today = this.query.today;
    const min = heldFrom(today);
    const problems = this.problems();
    const day = (field: RangeField) =>
      this.fields[field].render({
        label: t(field),
        value: this.draft[field],
        min,
        max: today,
        invalid: problems[field],
        describedBy: problems.message ? 'range-hint range-problem' : 'range-hint',
        left: () => this.shown() && this.form.touch(field),
      });
    return html`<form class="custom" @submit=${this.apply} novalidate>
      ${day('from')} ${day('to')}
      <button type="submit" class="button primary">${t('apply')}</button>
      <p id="range-hint" class="hint">
        ${t('rangeHint', {
          from: this.i18n.date(min, { dateStyle: 'long', timeZone: 'UTC' }),
          to: this.i18n.date(today, { dateStyle: 'long', timeZone: 'UTC' }),
        })}
      </p>
      ${problems.message ? html`<p id="range-problem" class="field-error" role="alert">${problems.message}</p>` : nothing}
    </form>`;
  }

  private edit(field: RangeField, value: string): void {
    this.draft[field] = value;
    this.form.edit(field);
    this.host.requestUpdate();
  }

  private readonly apply = (e: Event): void => {
    e.preventDefault();
    // Both fields checked as if left: an unfinished day is said to be one.
    const typed = [this.fields.from.commit(), this.fields.to.commit()].every(Boolean);
    this.form.submit();
    if (!typed || this.problems().message) return;
    this.reset();
    this.query.choose({ from: this.draft.from, to: this.draft.to });
  };
}
