import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FormController } from '../../shared/controllers/form.js';
import { cleanText, LABEL_MAX } from '../snippet.js';
import type { ChoicesView, Field } from './choices.js';

/** The admin's own label, when the label chosen is "custom": said missing once left empty. */
export function renderCustomLabel({ t, choices, set }: ChoicesView, form: FormController<Field>): TemplateResult {
  const missing = !cleanText(choices.customLabel);
  const problem = form.problem('customLabel', missing ? { text: t('customRequired'), empty: true } : null);
  return html`<div class="field">
    <label for="custom-label">${t('customLabel')}</label>
    <input
      id="custom-label"
      maxlength=${LABEL_MAX * 2}
      autocomplete="off"
      aria-describedby="custom-hint ${problem ? 'custom-error' : ''}"
      aria-invalid=${problem ? 'true' : 'false'}
      .value=${live(choices.customLabel)}
      @input=${(e: InputEvent) => {
        form.edit('customLabel');
        set({ customLabel: (e.target as HTMLInputElement).value });
      }}
      @blur=${() => form.touch('customLabel')}
    />
    <span id="custom-hint" class="hint">${t('customHint', { max: LABEL_MAX })}</span>
    ${problem ? html`<span id="custom-error" class="field-error">${problem}</span>` : nothing}
  </div>`;
}
