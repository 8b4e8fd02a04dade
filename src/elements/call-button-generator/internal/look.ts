import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { translate } from '../../../i18n/i18n.js';
import { LOCALES, type Locale } from '../../../i18n/locales.js';
import type { FormController } from '../../shared/controllers/form.js';
import { cleanText, LABEL_MAX } from '../clean.js';
import type { ButtonLang } from '../snippet.js';
import { LOOKS, PRESETS, SIZES, type ChoicesView, type Field, type Preset } from './choices.js';

/** What the label's choices need: the button's language, whether its catalogs are in, and the form's problems. */
export interface LabelView extends ChoicesView {
  /** The language the snippet's texts are written in. */
  readonly textLocale: Locale;
  readonly textsReady: boolean;
  readonly form: FormController<Field>;
}

/** The label the button carries in its language: the preset's, the admin's own text, or empty for the default. */
export function labelText({ choices }: ChoicesView, textLocale: Locale): string {
  if (choices.preset === 'custom') return cleanText(choices.customLabel);
  if (choices.preset === 'default') return '';
  return translate(textLocale, `callButtons:labels.${choices.preset}`);
}

/** The label: a suggestion in the button's language, or the admin's own text. */
export function renderLabel(view: LabelView): TemplateResult {
  const { t, choices, set, form, textLocale: locale, textsReady: ready } = view;
  const presetText = (p: Preset) =>
    p === 'default'
      ? t('labels.default', { text: ready ? translate(locale, 'callButton:label') : '' })
      : p === 'custom'
        ? t('labels.custom')
        : ready
          ? translate(locale, `callButtons:labels.${p}`)
          : t(`labels.${p}`);
  const missing = choices.preset === 'custom' && !cleanText(choices.customLabel);
  const problem = form.problem('customLabel', missing ? { text: t('customRequired'), empty: true } : null);
  return html`<fieldset class="group">
    <legend>${t('label')}</legend>
    <div class="field">
      <label for="preset" class="visually-hidden">${t('label')}</label>
      <select id="preset" data-help-label="callButtons:label" .value=${live(choices.preset)} @change=${(e: Event) => set({ preset: (e.target as HTMLSelectElement).value as Preset })}>
        ${PRESETS.map((p) => html`<option value=${p} ?selected=${p === choices.preset}>${presetText(p)}</option>`)}
      </select>
    </div>
    ${choices.preset === 'custom'
      ? html`<div class="field">
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
        </div>`
      : nothing}
  </fieldset>`;
}

/** Size, look, colour and language of the button. */
export function renderAppearance({ t, choices, set }: ChoicesView): TemplateResult {
  const radios = <V extends string>(name: 'size' | 'look', values: readonly V[], current: V, apply: (v: V) => void) =>
    html`<fieldset class="group compact">
      <legend>${t(`${name}.legend`)}</legend>
      <div class="choices inline">
        ${values.map(
          (v) => html`<label class="choice">
            <input type="radio" name=${name} value=${v} .checked=${live(current === v)} @change=${() => apply(v)} />
            ${t(`${name}.${v}`)}
          </label>`,
        )}
      </div>
    </fieldset>`;
  return html`<div class="appearance">
    ${radios('size', SIZES, choices.size, (size) => set({ size }))}
    ${radios('look', LOOKS, choices.look, (look) => set({ look }))}
    <div class="field">
      <label for="color">${t('color')}</label>
      <input id="color" type="color" .value=${live(choices.color)} @input=${(e: InputEvent) => set({ color: (e.target as HTMLInputElement).value })} />
    </div>
    <div class="field">
      <label for="language">${t('language.label')}</label>
      <select id="language" .value=${live(choices.lang)} @change=${(e: Event) => set({ lang: (e.target as HTMLSelectElement).value as ButtonLang })}>
        <option value="" ?selected=${choices.lang === ''}>${t('language.auto')}</option>
        ${LOCALES.map((l) => html`<option value=${l} lang=${l} ?selected=${choices.lang === l}>${t(`language.${l}`)}</option>`)}
      </select>
    </div>
  </div>`;
}
