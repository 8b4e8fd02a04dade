import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DialkitError } from '../../../core/errors.js';
import { COUNTRY_CODES, currencyCodes, usualCurrency } from '../../../core/regions.js';
import { formatDisplayName, intlLocale } from '../../../i18n/format.js';
import type { LocalizeController } from '../../../i18n/controller.js';
import type { Locale } from '../../../i18n/locales.js';
import { FormController } from '../../shared/controllers/form.js';
import type { WriteController } from '../../shared/controllers/write.js';

import type { ElementHost as Host } from '../../shared/controllers/services.js';
export type { Host };

/** The fields of the set-up and edit forms. */
export type Field = 'companyName' | 'accountName' | 'country' | 'currency';

type Option = { code: string; label: string };

/**
 * Both lists named and sorted in the reader's language, once per language:
 * building them costs about 3 ms (measured: 235 countries and 160 currencies,
 * named and collated), which every keystroke in the form would pay again.
 */
const optionCache = new Map<string, Option[]>();

/** Countries or currencies named in the reader's language, sorted as that language sorts. */
function namedOptions(locale: Locale, type: 'region' | 'currency', codes: readonly string[], format: (name: string, code: string) => string): Option[] {
  const key = `${type}:${locale}`;
  let options = optionCache.get(key);
  if (!options) {
    const collator = new Intl.Collator(intlLocale(locale));
    options = codes
      .map((code) => {
        const name = formatDisplayName(locale, type, code);
        // A currency Intl has no name for shows its code once, not "SLE (SLE)".
        return { code, name, label: name === code ? code : format(name, code) };
      })
      .filter((o) => type === 'currency' || o.name !== o.code)
      .sort((a, b) => collator.compare(a.name, b.name))
      .map(({ code, label }) => ({ code, label }));
    optionCache.set(key, options);
  }
  return options;
}

const countryOptions = (i18n: LocalizeController): Option[] => namedOptions(i18n.locale, 'region', COUNTRY_CODES, (name) => name);

const currencyOptions = (i18n: LocalizeController): Option[] =>
  namedOptions(i18n.locale, 'currency', currencyCodes(), (name, code) => i18n.t('currencyOption', { name, code }));

/** The reader's country: the browser's region when its language is the one shown, else the language's usual one. */
export function likelyCountry(locale: Locale): string {
  const tags = typeof navigator !== 'undefined' ? [...(navigator.languages ?? [navigator.language])] : [];
  for (const tag of tags) {
    try {
      const l = new Intl.Locale(tag);
      if (l.language === locale && l.region && usualCurrency(l.region)) return l.region;
    } catch {
      /* an unreadable language tag says nothing */
    }
  }
  const region = new Intl.Locale(locale).maximize().region ?? '';
  return usualCurrency(region) ? region : 'GB';
}

const FIELD_IDS: Record<Field, string> = { companyName: 'company-name', accountName: 'account-name', country: 'country', currency: 'currency' };

/** How a text field of the forms differs from the others. */
interface TextInput {
  autocomplete: string;
  maxlength: number;
  describedBy: string;
  invalid: boolean;
  value: string;
  onInput: (value: string) => void;
  /** Typed as is, not corrected (an account name). */
  verbatim?: boolean;
}

/**
 * The fields of one form (the set-up, or the change of details) and its rule
 * for showing their problems: what is typed wrong at once, an empty company
 * name once left or sent, a refusal of the backend at its field until edited.
 */
export class FormFields {
  readonly form: FormController<Field>;

  constructor(
    private readonly host: Host,
    private readonly i18n: LocalizeController,
    /** The user-facing text of an error. */
    private readonly describe: (error: DialkitError) => string,
  ) {
    this.form = new FormController<Field>(host);
  }

  async focus(field: Field): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`#${FIELD_IDS[field]}`)?.focus();
  }

  /**
   * Places a refusal of the backend at its field, with its text: the account
   * name by its code (the backend may name no field for it), the others by
   * `details.field`. Returns the field, to focus it; none for a refusal of
   * the whole request.
   */
  refuse(error: DialkitError, editing: boolean): Field | undefined {
    const path = String(error.details?.['field'] ?? '');
    const accountName = error.code === 'account_name_taken' || error.code === 'invalid_account_name' || path === 'admin.accountName';
    const field: Field | undefined = accountName ? 'accountName' : path === 'companyName' || path === 'country' || path === 'currency' ? path : undefined;
    if (!field) return undefined;
    let text = this.describe(error);
    if (field === 'currency' && editing) text = this.i18n.t('currencyLocked');
    else if (field === 'companyName') text = this.i18n.t('companyRequired');
    return this.form.refuseAt(field, text);
  }

  /**
   * The alert of a refused or failed save: when the backend refused fields,
   * they say what; `more` is what the form adds (the values saved meanwhile).
   */
  saveError(writer: WriteController, more: TemplateResult | typeof nothing = nothing): TemplateResult | typeof nothing {
    const text = writer.error?.code === 'validation_failed' && this.form.refusedField ? this.i18n.t('fixProblems') : undefined;
    return writer.renderError(text, { id: 'save-error', more });
  }

  /** A text input of the form: its problem forgotten when edited, its emptiness said once left. */
  input(field: 'companyName' | 'accountName', how: TextInput): TemplateResult {
    return html`<input
      id=${FIELD_IDS[field]}
      data-help-label="setup:${field}"
      name=${field}
      autocomplete=${how.autocomplete}
      autocapitalize=${how.verbatim ? 'off' : nothing}
      spellcheck=${how.verbatim ? 'false' : nothing}
      maxlength=${how.maxlength}
      aria-describedby=${how.describedBy || nothing}
      aria-invalid=${how.invalid ? 'true' : 'false'}
      .value=${live(how.value)}
      @input=${(e: InputEvent) => {
        how.onInput((e.target as HTMLInputElement).value);
        this.form.edit(field);
      }}
      @blur=${() => this.form.touch(field)}
    />`;
  }

  company(value: string, onInput: (value: string) => void): TemplateResult {
    const t = this.i18n.t;
    const problem = this.form.problem('companyName', value.trim() ? null : { text: t('companyRequired'), empty: true });
    return html`<div class="field">
      <label for="company-name">${t('companyName')}</label>
      ${this.input('companyName', { autocomplete: 'organization', maxlength: 200, describedBy: problem ? 'company-error' : '', invalid: !!problem, value, onInput })}
      ${problem ? html`<span id="company-error" class="field-error">${problem}</span>` : nothing}
    </div>`;
  }

  country(value: string, onChange: (code: string) => void): TemplateResult {
    return this.codeSelect('country', countryOptions(this.i18n), value, onChange);
  }

  currency(value: string, onChange: (code: string) => void): TemplateResult {
    return this.codeSelect('currency', currencyOptions(this.i18n), value, onChange, this.i18n.t('currencyHint'));
  }

  /** A select of codes named in the reader's language (the country, the currency). */
  private codeSelect(field: 'country' | 'currency', options: readonly Option[], value: string, onChange: (code: string) => void, hint?: string): TemplateResult {
    const problem = this.form.problem(field, null);
    const describedBy = [hint ? `${field}-hint` : '', problem ? `${field}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${field}>${this.i18n.t(field)}</label>
      <select
        id=${field}
        data-help-label="setup:${field}"
        name=${field}
        autocomplete=${field === 'country' ? 'country' : nothing}
        .value=${live(value)}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${problem ? 'true' : 'false'}
        @change=${(e: Event) => {
          onChange((e.target as HTMLSelectElement).value);
          this.form.edit(field);
        }}
      >
        ${options.map((o) => html`<option value=${o.code} ?selected=${o.code === value}>${o.label}</option>`)}
      </select>
      ${hint ? html`<span id="${field}-hint" class="hint">${hint}</span>` : nothing}
      ${problem ? html`<span id="${field}-error" class="field-error">${problem}</span>` : nothing}
    </div>`;
  }
}
