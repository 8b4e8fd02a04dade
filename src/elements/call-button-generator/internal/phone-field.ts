import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Locale } from '../../../i18n/locales.js';
import type { FormController } from '../../shared/controllers/form.js';
import type { CountryCode, PhoneCheck } from '../phone.js';
import type { ChoicesView, Field } from './choices.js';

/** The phone-number checks, loaded with the element (`phone.ts`). */
export type PhoneModule = typeof import('../phone.js');

/** What the phone fields need: the checks, the country in force and the names of countries. */
export interface PhoneView extends ChoicesView {
  /** The checks, once loaded: the form shows at once, and what was typed meanwhile is checked when they come. */
  readonly phone: PhoneModule | undefined;
  readonly country: CountryCode;
  readonly locale: Locale;
  readonly regionName: (code: string) => string;
  readonly form: FormController<Field>;
}

const countryLists = new Map<Locale, Array<{ code: CountryCode; name: string }>>();

/**
 * Every country, named and sorted in the console's language. Kept per
 * language: naming and sorting the 245 countries takes about 0.4 ms, which
 * every keystroke in the form would otherwise pay again.
 */
function sortedCountries(view: PhoneView): Array<{ code: CountryCode; name: string }> {
  // Until the checks load, the country in force only.
  if (!view.phone) return [{ code: view.country, name: view.regionName(view.country) }];
  let list = countryLists.get(view.locale);
  if (!list) {
    const collator = new Intl.Collator(view.locale);
    list = view.phone.COUNTRIES.map((code) => ({ code, name: view.regionName(code) })).sort((a, b) => collator.compare(a.name, b.name));
    countryLists.set(view.locale, list);
  }
  return list;
}

/** What to say of a number: how the button will call it, or what is wrong with it for the country in force. */
export function phoneMessage(view: PhoneView, check: PhoneCheck): string {
  return check.ok
    ? view.t('phone.formatted', { number: check.formatted })
    : view.t(`phone.errors.${check.problem}`, { country: view.regionName(view.country) });
}

/**
 * A number as typed, checked for the country in force; null for an empty
 * fallback (it is optional); `unchecked` while the checks load.
 */
export function numberCheck(view: PhoneView, field: 'phone' | 'fallback'): PhoneCheck | null {
  const value = view.choices[field];
  if (field === 'fallback' && !value.trim()) return null;
  if (!view.phone) return { ok: false, problem: value.trim() ? 'unchecked' : 'empty' };
  return view.phone.checkPhone(value, view.country);
}

/** A phone number's label, input, hint, and what the number is or what is wrong with it. */
export function renderNumberInput(view: PhoneView, field: 'phone' | 'fallback', texts: { label: string; hint: string }): TemplateResult {
  const { choices, set, form } = view;
  const check = numberCheck(view, field);
  const problem = check && !check.ok && check.problem !== 'unchecked' ? form.problem(field, { text: phoneMessage(view, check), empty: check.problem === 'empty' }) : '';
  const onInput = (e: InputEvent): void => {
    form.edit(field);
    set({ [field]: (e.target as HTMLInputElement).value });
  };
  return html`<label for=${field}>${texts.label}</label>
    <input
      id=${field}
      type="tel"
      inputmode="tel"
      autocomplete="off"
      aria-describedby="${field}-hint ${field}-status"
      aria-invalid=${problem ? 'true' : 'false'}
      .value=${live(choices[field])}
      @input=${onInput}
      @blur=${() => form.touch(field)}
    />
    <span id="${field}-hint" class="hint">${texts.hint}</span>
    <span id="${field}-status" class=${check?.ok ? 'ok' : problem ? 'field-error' : 'hint'}>
      ${check?.ok ? phoneMessage(view, check) : problem || nothing}
    </span>`;
}

/** The number the button calls, and the country it is read for. */
export function renderPhone(view: PhoneView): TemplateResult {
  const { t, set, country } = view;
  return html`<div class="row">
    <div class="field">
      <label for="country">${t('phone.country')}</label>
      <select id="country" .value=${live(country)} @change=${(e: Event) => set({ country: (e.target as HTMLSelectElement).value as CountryCode })}>
        ${sortedCountries(view).map((c) => html`<option value=${c.code} ?selected=${c.code === country}>${c.name}</option>`)}
      </select>
    </div>
    <div class="field grow">${renderNumberInput(view, 'phone', { label: t('phone.label'), hint: t('phone.hint') })}</div>
  </div>`;
}
