import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Choices } from './choices.js';
import { renderNumberInput, type PhoneView } from './phone-field.js';
import { DAYS, hoursProblem } from './spec.js';

/** What the opening hours need besides the phone fields: day names in the console's language. */
export interface HoursView extends PhoneView {
  readonly date: (value: Date, options: Intl.DateTimeFormatOptions) => string;
}

let knownZones: string[] | undefined;
/** Time zones for the opening hours; the current one stays listed even if Intl does not know it. */
function timeZones(current: string): string[] {
  knownZones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  return knownZones.includes(current) ? knownZones : [current, ...knownZones];
}

/** The days, times and time zone of the opening hours, and the number called outside them. */
export function renderHoursDetails(view: HoursView): TemplateResult {
  return html`${renderDays(view)} ${renderFallback(view)}`;
}

function renderDays(view: HoursView): TemplateResult {
  const { t, choices, set, form } = view;
  const kind = hoursProblem(choices);
  const problem = form.problem('hours', kind ? t(`hours.${kind}`) : null);
  // 2 November 2026 is a Monday: day names from Intl, in the console's language.
  const dayName = (d: number) => view.date(new Date(Date.UTC(2026, 10, 1 + d, 12)), { weekday: 'long', timeZone: 'UTC' });
  const toggle = (d: number) => (e: Event) =>
    set((now) => ({ days: (e.target as HTMLInputElement).checked ? [...now.days, d] : now.days.filter((x) => x !== d) }));
  const time = (field: 'from' | 'to') => (e: InputEvent) => set({ [field]: (e.target as HTMLInputElement).value } as Partial<Choices>);
  const order = problem && kind === 'order';
  return html`<fieldset class="group compact" aria-describedby=${problem && kind === 'noDays' ? 'hours-error' : nothing}>
      <legend>${t('hours.days')}</legend>
      <div class="choices inline">
        ${DAYS.map(
          (d) => html`<label class="choice">
            <input type="checkbox" value=${d} .checked=${live(choices.days.includes(d))} @change=${toggle(d)} />
            ${dayName(d)}
          </label>`,
        )}
      </div>
    </fieldset>
    <div class="row">
      <div class="field">
        <label for="from">${t('hours.from')}</label>
        <input id="from" type="time" required .value=${live(choices.from)} @input=${time('from')} />
      </div>
      <div class="field">
        <label for="to">${t('hours.to')}</label>
        <input id="to" type="time" required aria-invalid=${order ? 'true' : 'false'} aria-describedby=${order ? 'hours-error' : nothing}
          .value=${live(choices.to)} @input=${time('to')} />
      </div>
      <div class="field grow">
        <label for="tz">${t('hours.timeZone')}</label>
        <select id="tz" .value=${live(choices.tz)} @change=${(e: Event) => set({ tz: (e.target as HTMLSelectElement).value })}>
          ${timeZones(choices.tz).map((z) => html`<option value=${z} ?selected=${z === choices.tz}>${z.replace(/_/g, ' ')}</option>`)}
        </select>
      </div>
    </div>
    ${problem ? html`<p id="hours-error" class="field-error">${problem}</p>` : nothing}`;
}

function renderFallback(view: HoursView): TemplateResult {
  const { t } = view;
  return html`<div class="field">${renderNumberInput(view, 'fallback', { label: t('hours.fallback'), hint: t('hours.fallbackHint') })}</div>`;
}
