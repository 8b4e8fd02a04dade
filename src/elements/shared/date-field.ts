import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { isDay, today } from '../../core/period.js';
import type { LocalizeController } from '../../i18n/controller.js';
import { intlLocale } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locales.js';

type Part = 'day' | 'month' | 'year';

/** How a language writes a day in figures: the order of day, month and year, and what stands between them. */
export interface DayPattern {
  order: readonly Part[];
  separator: string;
}

const patterns = new Map<string, DayPattern>();

/** The language's own pattern, learned from Intl: "31.12.2000" in Polish, "31/12/2000" in French and British English. */
export function dayPattern(locale: Locale): DayPattern {
  const tag = intlLocale(locale);
  let pattern = patterns.get(tag);
  if (!pattern) {
    const parts = new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(
      new Date(Date.UTC(2000, 11, 31)),
    );
    const order = parts.flatMap((p) => (p.type === 'day' || p.type === 'month' || p.type === 'year' ? [p.type] : []));
    pattern = { order, separator: parts.find((p) => p.type === 'literal')?.value ?? '/' };
    patterns.set(tag, pattern);
  }
  return pattern;
}

/** An ISO day ("2025-03-05") as the language writes it in figures: "05.03.2025", "05/03/2025". */
export function writeDay(locale: Locale, day: string): string {
  const [year = '', month = '', date = ''] = day.split('-');
  const values: Record<Part, string> = { day: date, month, year };
  const { order, separator } = dayPattern(locale);
  return order.map((part) => values[part]).join(separator);
}

/**
 * What was typed, read in the language's order, as an ISO day; null when it
 * is no real day. Any run of non-digits separates the figures (5.3.2025,
 * 05/03/2025, 5 3 2025); the year has four figures; a first group of four
 * figures is read as year-month-day, as ISO writes it.
 */
export function readDay(locale: Locale, text: string): string | null {
  const groups = text.split(/\D+/).filter(Boolean);
  if (groups.length !== 3) return null;
  const order = groups[0]!.length === 4 ? (['year', 'month', 'day'] as const) : dayPattern(locale).order;
  const values = { day: '', month: '', year: '' };
  order.forEach((part, i) => (values[part] = groups[i]!));
  if (values.year.length !== 4 || values.month.length > 2 || values.day.length > 2) return null;
  const day = `${values.year}-${values.month.padStart(2, '0')}-${values.day.padStart(2, '0')}`;
  return isDay(day) ? day : null;
}

/** What is wrong with a day typed: no day, or before the first or after the last allowed. */
type Problem = 'invalid' | 'early' | 'late';

export interface DateFieldView {
  /** The field's label. */
  label: string;
  /** The ISO day the element holds now, or ''. */
  value: string;
  /** The first and last days allowed, as ISO days. */
  min?: string;
  max?: string;
  /** The element finds the value wrong (a reversed range): the field is marked invalid. */
  invalid?: boolean;
  /** The ids of what else describes the field (the element's own message). */
  describedBy?: string;
  /** The field lost the focus. */
  left?: () => void;
}

/**
 * A date typed as the element's language writes dates, whatever the
 * browser's language (a native date input follows the browser's): the format
 * shown under the field ("dd.mm.rrrr", "jj/mm/aaaa", "dd/mm/yyyy"), what is
 * typed read in that order, and a message in the language for a day that is
 * none or out of range, what was typed kept as typed. The element gets the
 * ISO day ("2025-03-05") through `change` as soon as a whole, allowed day is
 * typed, and '' when the field is emptied; nothing while what is typed is no
 * such day.
 */
export class DateField {
  /** What was typed, kept as typed; undefined while the field shows the element's value. */
  private typed?: string;
  /** The value the field last showed, to tell a change made by the element. */
  private shown = '';
  private problem: Problem | null = null;
  private bounds: { min?: string; max?: string } = {};

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly i18n: LocalizeController,
    readonly id: string,
    private readonly change: (day: string) => void,
  ) {}

  /** What is typed is no allowed day (the field says so). */
  get invalid(): boolean {
    return this.problem !== null;
  }

  /** Back to showing the element's value, with nothing to say. */
  reset(): void {
    this.typed = undefined;
    this.problem = null;
  }

  /**
   * Checks what is typed as when the field is left: an incomplete day is
   * said to be wrong too (a form calls it on submit). Whether it is a day.
   */
  commit(): boolean {
    const text = (this.typed ?? '').trim();
    if (this.typed === undefined || text === '') {
      this.problem = null;
      if (this.typed !== undefined && this.shown !== '') this.change('');
    } else this.check(text, true);
    this.host.requestUpdate();
    return this.problem === null;
  }

  render(view: DateFieldView): TemplateResult {
    const { t, locale } = this.i18n;
    this.bounds = { min: view.min, max: view.max };
    // The element changed the value (cleared, or set from elsewhere): the field shows it, unless it is what was typed.
    if (view.value !== this.shown) {
      this.shown = view.value;
      if (this.typed !== undefined && (readDay(locale, this.typed) ?? '') !== view.value) this.reset();
    }
    const format = this.format();
    const example = writeDay(locale, view.max ?? today());
    const hintId = `${this.id}-hint`;
    const problemId = `${this.id}-problem`;
    const describedBy = [hintId, this.problem ? problemId : '', view.describedBy ?? ''].filter(Boolean).join(' ');
    return html`<div class="field date-field">
      <label for=${this.id}>${view.label}</label>
      <input
        id=${this.id}
        type="text"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        .value=${live(this.typed ?? (view.value ? writeDay(locale, view.value) : ''))}
        aria-invalid=${this.problem || view.invalid ? 'true' : 'false'}
        aria-describedby=${describedBy}
        @input=${this.onInput}
        @change=${this.onCommit}
        @keydown=${this.onKey}
        @blur=${view.left}
      />
      <span class="hint" id=${hintId}>${t('common:dateField.hint', { format, example })}</span>
      ${this.problem ? html`<span class="field-error" id=${problemId}>${this.message(this.problem, format, example)}</span>` : nothing}
    </div>`;
  }

  /** "dd.mm.rrrr", "jj/mm/aaaa", "dd/mm/yyyy": the pattern with the language's letters. */
  private format(): string {
    const { order, separator } = dayPattern(this.i18n.locale);
    return order.map((part) => this.i18n.t(`common:dateField.${part}`)).join(separator);
  }

  private message(problem: Problem, format: string, example: string): string {
    const { t } = this.i18n;
    const long = (day: string | undefined): string => (day ? this.i18n.date(day, { dateStyle: 'long', timeZone: 'UTC' }) : '');
    if (problem === 'invalid') return t('common:dateField.invalid', { format, example });
    const { min, max } = this.bounds;
    if (min && max) return t('common:dateField.between', { min: long(min), max: long(max) });
    return problem === 'early' ? t('common:dateField.early', { min: long(min) }) : t('common:dateField.late', { max: long(max) });
  }

  /**
   * Reads `text`: a whole, allowed day goes to the element. A wrong one is
   * said at once when it is whole (four figures of year), or when the field
   * is left (`left`); while it is still being typed, nothing is said.
   */
  private check(text: string, left: boolean): void {
    const day = readDay(this.i18n.locale, text);
    const { min, max } = this.bounds;
    const problem: Problem | null = !day ? 'invalid' : min && day < min ? 'early' : max && day > max ? 'late' : null;
    const groups = text.split(/\D+/).filter(Boolean);
    const last = groups[0]?.length === 4 ? 2 : 4;
    const whole = groups.length > 3 || (groups.length === 3 && groups[2]!.length >= last);
    if (problem === null) {
      this.problem = null;
      if (day !== this.shown) this.change(day!);
    } else this.problem = left || whole ? problem : null;
  }

  private readonly onInput = (event: Event): void => {
    this.typed = (event.target as HTMLInputElement).value;
    const text = this.typed.trim();
    if (text === '') {
      this.problem = null;
      if (this.shown !== '') this.change('');
    } else this.check(text, false);
    this.host.requestUpdate();
  };

  /** The field was left changed, or Enter pressed in it. */
  private readonly onCommit = (event: Event): void => {
    this.typed = (event.target as HTMLInputElement).value;
    this.commit();
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') this.onCommit(event);
  };
}
