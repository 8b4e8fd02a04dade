import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ChoicesView } from './choices.js';

/**
 * The opening hours: when the button calls, and what it calls outside them.
 * The switch shows at once; the days, times and fallback number once the
 * hours are on (`details`, from the form's later parts, `hours-details.ts`).
 */
export function renderHours(view: ChoicesView, details: (() => TemplateResult) | undefined): TemplateResult {
  const { t, choices, set } = view;
  return html`<fieldset class="group">
    <legend>
      <label class="choice">
        <input type="checkbox" id="hours-on" .checked=${live(choices.hoursOn)} @change=${(e: Event) => set({ hoursOn: (e.target as HTMLInputElement).checked })} />
        ${t('hours.toggle')}
      </label>
    </legend>
    ${choices.hoursOn && details ? details() : nothing}
  </fieldset>`;
}
