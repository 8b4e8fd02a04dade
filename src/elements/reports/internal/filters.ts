import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { DialkitError } from '../../../core/errors.js';
import { isDay, monthOf, monthRange, monthsHeld } from '../../../core/period.js';
import type { LocalizeController } from '../../../i18n/controller.js';
import { LazyModule, type RenderLoad } from '../../shared/lazy.js';
import type { CustomRange, RangeDraft } from './custom-range.js';
import type { QueryHost, ReportQuery } from './query.js';
import { KINDS, LEVELS } from './types.js';

/** How the filters show the custom range's form while it loads, or failed to. */
export interface FiltersLoad {
  renderTask: RenderLoad;
  report: (error: DialkitError) => unknown;
}

/**
 * The report, level and period controls. The period is one of the months
 * held or a custom range, typed in a small form (`CustomRange`, loaded when
 * it is first shown).
 */
export class ReportFilters implements ReactiveController {
  private customOpen = false;
  /** The days of the custom range as typed. */
  private readonly draft: RangeDraft = { from: '', to: '' };
  /** The `from`/`to` last copied into the form. */
  private shown = { from: '', to: '' };
  /** Whether the last render showed the custom range (see `CustomRange`). */
  private rangeShown = false;
  private readonly range: LazyModule<typeof import('./custom-range.js'), CustomRange>;

  constructor(
    private readonly host: QueryHost,
    private readonly query: ReportQuery,
    private readonly i18n: LocalizeController,
    private readonly load: FiltersLoad,
  ) {
    this.range = new LazyModule(
      host,
      () => import('./custom-range.js'),
      load.report,
      (module) => new module.CustomRange(host, query, i18n, this.draft, () => this.rangeShown),
    );
    host.addController(this);
  }

  /** The month shown, or null for a custom range. */
  private get month(): string | null {
    return this.customOpen ? null : monthOf(this.query.range, this.query.today);
  }

  /** A range given by the attributes is what the custom range form starts from. */
  hostUpdate(): void {
    const { from, to } = this.host;
    if (from !== this.shown.from || to !== this.shown.to) {
      this.shown = { from, to };
      if (isDay(from) && isDay(to)) Object.assign(this.draft, { from, to });
    }
    // The custom range's form loads when it is first shown.
    if (this.month === null && !this.range.module) this.range.use(() => undefined);
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
    const month = this.month;
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
      ${month === null ? (this.range.module?.render() ?? this.range.render(this.load.renderTask)) : nothing}
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
    this.range.module?.reset();
  }

  private readonly onPeriodChange = (e: Event): void => {
    const value = (e.target as HTMLSelectElement).value;
    this.resetForm();
    if (value === 'custom') {
      const { from, to } = this.query.range;
      Object.assign(this.draft, { from, to });
      this.customOpen = true;
      this.host.requestUpdate();
      return;
    }
    this.customOpen = false;
    const range = monthRange(value, this.query.today);
    this.query.choose({ from: range.from, to: range.to });
  };
}
