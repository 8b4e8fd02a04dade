import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { translate } from '../../../i18n/i18n.js';
import { LOCALES, type Locale } from '../../../i18n/locales.js';
import type { ButtonLang } from '../snippet.js';
import { LOOKS, PRESETS, SIZES, type ChoicesView, type Preset } from './choices.js';

/** What the label's choices need: the button's language, and whether its catalogs are in. */
export interface LabelView extends ChoicesView {
  /** The language the snippet's texts are written in. */
  readonly textLocale: Locale;
  readonly textsReady: boolean;
}

/**
 * The label: a suggestion in the button's language, or the admin's own text,
 * whose field comes with the form's later parts (`custom`, `custom-label.ts`).
 */
export function renderLabel(view: LabelView, custom: (() => TemplateResult) | undefined): TemplateResult {
  const { t, choices, set, textLocale: locale, textsReady: ready } = view;
  const presetText = (p: Preset) =>
    p === 'default'
      ? t('labels.default', { text: ready ? translate(locale, 'callButton:label') : '' })
      : p === 'custom'
        ? t('labels.custom')
        : ready
          ? translate(locale, `callButtons:labels.${p}`)
          : t(`labels.${p}`);
  return html`<fieldset class="group">
    <legend>${t('label')}</legend>
    <div class="field">
      <label for="preset" class="visually-hidden">${t('label')}</label>
      <select id="preset" data-help-label="callButtons:label" .value=${live(choices.preset)} @change=${(e: Event) => set({ preset: (e.target as HTMLSelectElement).value as Preset })}>
        ${PRESETS.map((p) => html`<option value=${p} ?selected=${p === choices.preset}>${presetText(p)}</option>`)}
      </select>
    </div>
    ${choices.preset === 'custom' && custom ? custom() : nothing}
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
