import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { heldFrom, isDay, monthOf, monthRange, monthsHeld } from '../../../core/period.js';
import type { LocalizeController } from '../../../i18n/controller.js';
import { FormController } from '../../shared/controllers/form.js';
import { DateField } from '../../shared/date-field.js';
import type { QueryHost, ReportQuery } from './query.js';
import { KINDS, LEVELS } from './types.js';

type RangeField = 'from' | 'to';

/**
 * The report, level and period controls. The period is one of the months
 * held or a custom range, typed in a small form that says what is wrong with
 * it by the kit's one rule (`FormController`): a reversed range at once, a
 * missing day once its field was left or the range applied.
 */
export class ReportFilters implements ReactiveController {
  private customOpen = false;
  private draftFrom = '';
  private draftTo = '';
  /** The `from`/`to` last copied into the form. */
  private shown = { from: '', to: '' };
  private readonly form: FormController<RangeField>;
  /**
   * Whether the last render showed the custom range. A field that loses the
   * focus because the form went away (a month was chosen) was not left by
   * the user.
   */
  private rangeShown = false;
  /** The two days of the range, typed as the element's language writes them. */
  private readonly fields: Record<RangeField, DateField>;

  constructor(
    private readonly host: QueryHost,
    private readonly query: ReportQuery,
    private readonly i18n: LocalizeController,
  ) {
    this.form = new FormController(host);
    this.fields = {
      from: new DateField(host, i18n, 'from', (day) => this.edit('from', day)),
      to: new DateField(host, i18n, 'to', (day) => this.edit('to', day)),
    };
    host.addController(this);
  }

  /** A range given by the attributes is what the custom range form starts from. */
  hostUpdate(): void {
    const { from, to } = this.host;
    if (from === this.shown.from && to === this.shown.to) return;
    this.shown = { from, to };
    if (isDay(from) && isDay(to)) {
      this.draftFrom = from;
      this.draftTo = to;
    }
  }

  /** Back to this month so far (from a period the backend does not hold). */
  toThisMonth(): void {
    this.customOpen = false;
    this.resetForm();
    this.query.toThisMonth();
  }

  render(): TemplateResult {
    const t = this.i18n.t;
    const { kind, level } = this.host;
    const today = this.query.today;
    const month = this.customOpen ? null : monthOf(this.query.range, today);
    this.rangeShown = month === null;
    return html`<div class="filters no-print" part="filters">
      ${this.segmented('kind', KINDS, kind, (k) => this.query.choose({ kind: k }))}
      ${kind === 'purchases' ? nothing : this.segmented('level', LEVELS, level, (l) => this.query.choose({ level: l }))}
      <div class="field period">
        <label for="period">${t('periodLabel')}</label>
        <select id="period" @change=${this.onPeriodChange}>
          ${monthsHeld(today).map(
            (m) => html`<option value=${m} ?selected=${month === m}>
              ${this.i18n.date(`${m}-01`, { month: 'long', year: 'numeric', timeZone: 'UTC' })}
            </option>`,
          )}
          <option value="custom" ?selected=${month === null}>${t('customRange')}</option>
        </select>
      </div>
      ${month === null ? this.renderCustomRange() : nothing}
    </div>`;
  }

  /** A choice of one (`kind` or `level`) as a row of segments, each a radio button. */
  private segmented<V extends string>(name: 'kind' | 'level', values: readonly V[], current: V, choose: (value: V) => void): TemplateResult {
    const t = this.i18n.t;
    return html`<fieldset class="segmented">
      <legend>${t(`${name}Label`)}</legend>
      ${values.map(
        (value) => html`<label class="segment">
          <input type="radio" name=${name} value=${value} data-help-label="reports:${name}s.${value}" .checked=${current === value} @change=${() => choose(value)} />
          <span>${t(`${name}s.${value}`)}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  private resetForm(): void {
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
    const incomplete = { text: t('rangeIncomplete'), empty: true };
    const missing = (field: RangeField, day: string) => (isDay(day) || this.fields[field].invalid ? null : incomplete);
    const from = this.form.problem('from', missing('from', this.draftFrom));
    const to = this.form.problem('to', missing('to', this.draftTo));
    const reversed = isDay(this.draftFrom) && isDay(this.draftTo) && this.draftFrom > this.draftTo ? t('rangeReversed') : '';
    return { from: !!(from || reversed), to: !!(to || reversed), message: from || to || reversed };
  }

  private renderCustomRange(): TemplateResult {
    const t = this.i18n.t;
    const today = this.query.today;
    const min = heldFrom(today);
    const problems = this.problems();
    const day = (field: RangeField, value: string) =>
      this.fields[field].render({
        label: t(field),
        value,
        min,
        max: today,
        invalid: problems[field],
        describedBy: problems.message ? 'range-hint range-problem' : 'range-hint',
        left: () => this.rangeShown && this.form.touch(field),
      });
    return html`<form class="custom" @submit=${this.apply} novalidate>
      ${day('from', this.draftFrom)} ${day('to', this.draftTo)}
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
    if (field === 'from') this.draftFrom = value;
    else this.draftTo = value;
    this.form.edit(field);
    this.host.requestUpdate();
  }

  private readonly onPeriodChange = (e: Event): void => {
    const value = (e.target as HTMLSelectElement).value;
    this.resetForm();
    if (value === 'custom') {
      const range = this.query.range;
      this.draftFrom = range.from;
      this.draftTo = range.to;
      this.customOpen = true;
      this.host.requestUpdate();
      return;
    }
    this.customOpen = false;
    const range = monthRange(value, this.query.today);
    this.query.choose({ from: range.from, to: range.to });
  };

  private readonly apply = (e: Event): void => {
    e.preventDefault();
    // Both fields checked as if left: an unfinished day is said to be one.
    const typed = [this.fields.from.commit(), this.fields.to.commit()].every(Boolean);
    this.form.submit();
    if (!typed || this.problems().message) return;
    this.resetForm();
    this.query.choose({ from: this.draftFrom, to: this.draftTo });
  };
}
