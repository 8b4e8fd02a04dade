import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { AccountAvailability, Manager, ManagerSetup, ManagerUpdate } from '../../adapter/types.js';
import type { DialkitError } from '../../core/errors.js';
import { isOutcomeUnknown } from '../../core/errors.js';
import { COUNTRY_CODES, currencyCodes, usualCurrency } from '../../core/regions.js';
import { accountNameProblem, suggestAdminAccountName } from '../../core/validation.js';
import { intlLocale } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locales.js';
import { DialkitElement, Task, TaskStatus, unwrap } from '../shared/base.js';
import { styles } from './setup.styles.js';

declare module '../shared/events.js' {
  interface DialkitEventMap {
    /** The Manager was set up; its administrator is signed in with `manager.adminAccountName`. */
    'dk-manager-set-up': { manager: Manager };
    /** The company details of the Manager were changed. */
    'dk-manager-updated': { manager: Manager; changed: Array<'companyName' | 'country' | 'currency'> };
  }
}

type AdminMode = ManagerSetup['admin']['mode'];
type Field = 'companyName' | 'accountName' | 'country' | 'currency';
type Option = { code: string; label: string };

/** How long typing must pause before the account name is checked with the backend. */
const CHECK_DELAY_MS = 350;

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject({ code: 'aborted', message: 'superseded' } satisfies DialkitError);
      },
      { once: true },
    );
  });
}

const optionCache = new Map<string, Option[]>();

/** Countries or currencies named in the reader's language, sorted as that language sorts. */
function namedOptions(locale: Locale, type: 'region' | 'currency', codes: readonly string[], format: (name: string, code: string) => string): Option[] {
  const key = `${type}:${locale}`;
  let options = optionCache.get(key);
  if (!options) {
    const names = new Intl.DisplayNames([intlLocale(locale)], { type, fallback: 'code' });
    const collator = new Intl.Collator(intlLocale(locale));
    options = codes
      .map((code) => {
        const name = names.of(code) ?? code;
        return { code, name, label: format(name, code) };
      })
      .filter((o) => type === 'currency' || o.name !== o.code)
      .sort((a, b) => collator.compare(a.name, b.name))
      .map(({ code, label }) => ({ code, label }));
    optionCache.set(key, options);
  }
  return options;
}

/** The reader's country: the browser's region when its language is the one shown, else the language's usual one. */
function likelyCountry(locale: Locale): string {
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

/**
 * First run of the Manager: the administrator account (an existing account,
 * or a dedicated one whose name is suggested from the company, such as
 * `admin.architectes`), the company name, country and currency. Once set up,
 * it shows the account details, which can be changed at any time.
 *
 * The account name is checked as it is typed: against the account-name rule
 * at once, with the reason, and against the backend after a pause in typing
 * (available for a new account, found for an existing one).
 *
 * @summary Sets up the Manager and its administrator account; changes the company details later.
 *
 * @attr editing - Opens the form that changes the company details (once set up).
 * @attr api-base - Base URL of a REST backend, when no adapter is given.
 *
 * @fires dk-manager-set-up - The Manager was set up; `detail.manager` holds it.
 * @fires dk-manager-updated - The company details were changed.
 * @fires dk-error - A failure shown to the user.
 *
 * @csspart form - The set-up and edit forms.
 * @csspart details - The account details, once set up.
 * @csspart submit-button - The button that sets up the Manager or saves the changes.
 * @csspart edit-button - The "Change account details" button.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button of the error state.
 */
export class DkSetup extends DialkitElement {
  static override styles = [...DialkitElement.styles, styles];
  static override namespaces = ['setup', 'common', 'errors', 'validation'];
  static override helpArticle = 'set-up';

  /** Shows the form that changes the company details, when the Manager is set up. */
  @property({ type: Boolean, reflect: true }) editing = false;

  /** The Manager as last read or written; absent until set up. */
  @state() private record?: Manager;
  @state() private announcement = '';

  // The set-up form
  @state() private mode: AdminMode = 'new';
  @state() private companyName = '';
  @state() private newName = '';
  @state() private newNameEdited = false;
  @state() private existingName = '';
  @state() private country = '';
  @state() private currency = '';
  @state() private currencyChosen = false;
  @state() private touched = new Set<Field>();
  @state() private submitted = false;

  // The edit form
  @state() private editCompany = '';
  @state() private editCountry = '';
  @state() private editCurrency = '';
  @state() private conflictWith?: Manager;

  // Both forms
  @state() private saving = false;
  @state() private saveError?: DialkitError;
  @state() private fieldErrors: Partial<Record<Field, string>> = {};

  private readonly load = new Task(this, {
    task: async ([backend], { signal }) => {
      const result = await backend.getManager({ signal });
      if (!result.ok && result.error.code === 'not_set_up') return null;
      return unwrap(result);
    },
    args: () => [this.backend] as const,
    onComplete: (manager) => {
      this.record = manager ?? undefined;
      if (manager && this.editing) this.startEditing(manager);
    },
    onError: (error) => this.reportError('getManager', error),
  });

  /** The account name checked with the backend, once it follows the rule and typing has paused. */
  private readonly availability = new Task(this, {
    task: async ([backend, name, checkable], { signal }): Promise<AccountAvailability | undefined> => {
      if (!checkable) return undefined;
      await pause(CHECK_DELAY_MS, signal);
      return unwrap(await backend.checkAccountName(name, { signal }));
    },
    args: () => [this.backend, this.accountName, this.showsSetupForm && accountNameProblem(this.accountName) === null] as const,
    onError: (error) => this.reportError('checkAccountName', error),
  });

  private get accountName(): string {
    return this.mode === 'new' ? this.newName : this.existingName;
  }

  private get showsSetupForm(): boolean {
    return this.load.status === TaskStatus.COMPLETE && !this.record;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.country) {
      this.country = likelyCountry(this.i18n.locale);
      if (!this.currencyChosen) this.currency = usualCurrency(this.country) ?? 'EUR';
    }
    if (changed.has('editing') && this.record) {
      if (this.editing) this.startEditing(this.record);
      else this.stopEditing();
    }
  }

  override render(): TemplateResult {
    return html`
      <div class="layout ${this.helpOpen ? 'has-help' : ''}">
        <section aria-labelledby="title">
          <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
          ${this.load.status === TaskStatus.COMPLETE
            ? !this.record ? this.renderSetupForm()
              : this.editing ? this.renderEditForm(this.record)
              : this.renderDetails(this.record)
            : html`${this.renderHeader(this.i18n.t('title'))}${this.renderTask(this.load, { complete: () => nothing })}`}
        </section>
        ${this.renderHelpPanel()}
      </div>
    `;
  }

  private renderHeader(title: string): TemplateResult {
    return html`<header class="head">
      <h2 id="title" tabindex="-1">${title}</h2>
      ${this.renderHelpButton()}
    </header>`;
  }

  // Set-up

  private renderSetupForm(): TemplateResult {
    const t = this.i18n.t;
    const example = suggestAdminAccountName(this.companyName || 'Architectes');
    return html`
      ${this.renderHeader(t('title'))}
      <p class="intro">${t('intro')}</p>
      <form part="form" novalidate @submit=${this.onSetUp}>
        ${this.renderCompanyField(this.companyName, (value) => {
          this.companyName = value;
          if (!this.newNameEdited) this.newName = value.trim() ? suggestAdminAccountName(value) : '';
        })}
        <fieldset class="modes">
          <legend>${t('adminLegend')}</legend>
          ${this.renderMode('new', t('createNew'), t('createNewHint', { example }))}
          ${this.renderMode('existing', t('useExisting'), t('useExistingHint'))}
        </fieldset>
        ${this.renderAccountField()}
        ${this.renderCountryField(this.country, (code) => {
          this.country = code;
          if (!this.currencyChosen) this.currency = usualCurrency(code) ?? this.currency;
        })}
        ${this.renderCurrencyField(this.currency, (code) => {
          this.currency = code;
          this.currencyChosen = true;
        })}
        ${this.renderSaveError()}
        <div class="actions">
          <button type="submit" class="button primary" part="submit-button" data-help-label="setup:finish" ?disabled=${this.saving} aria-busy=${this.saving ? 'true' : 'false'}>
            ${this.saving ? t('settingUp') : this.isRetry ? t('common:retry') : t('finish')}
          </button>
        </div>
      </form>
    `;
  }

  private renderMode(mode: AdminMode, label: string, hint: string): TemplateResult {
    return html`<div class="mode">
      <input
        type="radio"
        name="mode"
        id="mode-${mode}"
        data-help-label=${mode === 'new' ? 'setup:createNew' : 'setup:useExisting'}
        value=${mode}
        aria-describedby="mode-${mode}-hint"
        .checked=${live(this.mode === mode)}
        @change=${() => {
          this.mode = mode;
          this.fieldErrors = { ...this.fieldErrors, accountName: undefined };
        }}
      />
      <label for="mode-${mode}">${label}</label>
      <span class="hint" id="mode-${mode}-hint">${hint}</span>
    </div>`;
  }

  /** What to say under the account name: the rule's reason, the backend's answer, or that it is being checked. */
  private accountStatus(): { text: string; kind: 'error' | 'ok' | 'info' } | null {
    const t = this.i18n.t;
    const name = this.accountName;
    const server = this.fieldErrors.accountName;
    if (server) return { text: server, kind: 'error' };
    const problem = accountNameProblem(name);
    if (problem) {
      if (problem === 'empty' && !this.submitted && !this.touched.has('accountName')) return null;
      return { text: t(`validation:accountName.${problem}`), kind: 'error' };
    }
    switch (this.availability.status) {
      case TaskStatus.PENDING:
        return { text: t('checking'), kind: 'info' };
      case TaskStatus.ERROR:
        return { text: t('checkFailed'), kind: 'info' };
      case TaskStatus.COMPLETE: {
        const answer = this.availability.value;
        if (!answer || answer.accountName !== name) return null;
        if (!answer.valid) return { text: t('errors:invalid_account_name'), kind: 'error' };
        if (this.mode === 'new')
          return answer.available ? { text: t('available', { name }), kind: 'ok' } : { text: t('errors:account_name_taken'), kind: 'error' };
        return answer.available ? { text: t('notFound', { name }), kind: 'error' } : { text: t('found', { name }), kind: 'ok' };
      }
      default:
        return null;
    }
  }

  private renderAccountField(): TemplateResult {
    const t = this.i18n.t;
    const status = this.accountStatus();
    const invalid = status?.kind === 'error';
    return html`<div class="field">
      <label for="account-name">${t('accountName')}</label>
      <input
        id="account-name"
        data-help-label="setup:accountName"
        name="accountName"
        autocomplete=${this.mode === 'existing' ? 'username' : 'off'}
        autocapitalize="off"
        spellcheck="false"
        maxlength="70"
        aria-describedby="account-hint account-status"
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${live(this.accountName)}
        @input=${(e: InputEvent) => {
          const value = (e.target as HTMLInputElement).value;
          if (this.mode === 'new') {
            this.newName = value;
            this.newNameEdited = value !== '';
          } else this.existingName = value;
          this.fieldErrors = { ...this.fieldErrors, accountName: undefined };
        }}
        @blur=${() => this.touch('accountName')}
      />
      <span id="account-hint" class="hint">${this.mode === 'new' ? t('accountNameHintNew') : t('accountNameHintExisting')}</span>
      <span id="account-status" class="status ${status?.kind ?? ''}" aria-live="polite">
        ${status ? html`<span class="icon" aria-hidden="true">${status.kind === 'ok' ? '✓' : status.kind === 'error' ? '!' : '…'}</span>${status.text}` : nothing}
      </span>
    </div>`;
  }

  private renderCompanyField(value: string, onInput: (value: string) => void): TemplateResult {
    const t = this.i18n.t;
    const problem = this.fieldErrors.companyName ?? (!value.trim() && (this.submitted || this.touched.has('companyName')) ? t('companyRequired') : '');
    return html`<div class="field">
      <label for="company-name">${t('companyName')}</label>
      <input
        id="company-name"
        data-help-label="setup:companyName"
        name="companyName"
        autocomplete="organization"
        maxlength="200"
        aria-describedby=${problem ? 'company-error' : nothing}
        aria-invalid=${problem ? 'true' : 'false'}
        .value=${live(value)}
        @input=${(e: InputEvent) => {
          onInput((e.target as HTMLInputElement).value);
          this.fieldErrors = { ...this.fieldErrors, companyName: undefined };
        }}
        @blur=${() => this.touch('companyName')}
      />
      ${problem ? html`<span id="company-error" class="field-error">${problem}</span>` : nothing}
    </div>`;
  }

  private renderCountryField(value: string, onChange: (code: string) => void): TemplateResult {
    const t = this.i18n.t;
    const options = namedOptions(this.i18n.locale, 'region', COUNTRY_CODES, (name) => name);
    const problem = this.fieldErrors.country;
    return html`<div class="field">
      <label for="country">${t('country')}</label>
      <select
        id="country"
        data-help-label="setup:country"
        name="country"
        autocomplete="country"
        .value=${live(value)}
        aria-describedby=${problem ? 'country-error' : nothing}
        aria-invalid=${problem ? 'true' : 'false'}
        @change=${(e: Event) => {
          onChange((e.target as HTMLSelectElement).value);
          this.fieldErrors = { ...this.fieldErrors, country: undefined };
        }}
      >
        ${options.map((o) => html`<option value=${o.code} ?selected=${o.code === value}>${o.label}</option>`)}
      </select>
      ${problem ? html`<span id="country-error" class="field-error">${problem}</span>` : nothing}
    </div>`;
  }

  private renderCurrencyField(value: string, onChange: (code: string) => void): TemplateResult {
    const t = this.i18n.t;
    const options = namedOptions(this.i18n.locale, 'currency', currencyCodes(), (name, code) => t('currencyOption', { name, code }));
    const problem = this.fieldErrors.currency;
    return html`<div class="field">
      <label for="currency">${t('currency')}</label>
      <select
        id="currency"
        data-help-label="setup:currency"
        name="currency"
        .value=${live(value)}
        aria-describedby="currency-hint ${problem ? 'currency-error' : ''}"
        aria-invalid=${problem ? 'true' : 'false'}
        @change=${(e: Event) => {
          onChange((e.target as HTMLSelectElement).value);
          this.fieldErrors = { ...this.fieldErrors, currency: undefined };
        }}
      >
        ${options.map((o) => html`<option value=${o.code} ?selected=${o.code === value}>${o.label}</option>`)}
      </select>
      <span id="currency-hint" class="hint">${t('currencyHint')}</span>
      ${problem ? html`<span id="currency-error" class="field-error">${problem}</span>` : nothing}
    </div>`;
  }

  private get isRetry(): boolean {
    return !!this.saveError && isOutcomeUnknown(this.saveError);
  }

  private renderSaveError(): TemplateResult | typeof nothing {
    const t = this.i18n.t;
    const error = this.saveError;
    if (!error) return nothing;
    const fieldLevel = Object.values(this.fieldErrors).some(Boolean);
    return html`<div class="alert" role="alert" tabindex="-1" id="save-error">
      <p>${fieldLevel && error.code === 'validation_failed' ? t('fixProblems') : this.errorText(error)}</p>
      ${this.isRetry || error.code === 'conflict' ? html`<p>${t('keptInput')}</p>` : nothing}
      ${this.conflictWith ? html`<p>${t('currentValues', { values: this.describe(this.conflictWith) })}</p>` : nothing}
    </div>`;
  }

  private touch(field: Field): void {
    if (!this.touched.has(field)) this.touched = new Set([...this.touched, field]);
  }

  /** The first problem the form has, as the field to focus; null when it can be sent. */
  private firstProblem(): Field | null {
    if (!this.companyName.trim()) return 'companyName';
    if (accountNameProblem(this.accountName)) return 'accountName';
    if (this.accountStatus()?.kind === 'error') return 'accountName';
    return null;
  }

  private onSetUp = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.saving) return;
    this.submitted = true;
    const problem = this.firstProblem();
    if (problem) return this.focusField(problem);

    const setup: ManagerSetup = {
      companyName: this.companyName.trim(),
      country: this.country,
      currency: this.currency,
      admin: { mode: this.mode, accountName: this.accountName },
    };
    this.saving = true;
    this.saveError = undefined;
    const result = await this.backend.setUpManager(setup);
    this.saving = false;

    if (!result.ok) {
      const error = this.reportError('setUpManager', result.error);
      if (error.code === 'already_set_up') {
        this.announcement = this.errorText(error);
        this.load.run();
        return;
      }
      this.saveError = error;
      this.fieldErrors = this.fieldErrorsOf(error);
      await this.updateComplete;
      const field = (Object.keys(this.fieldErrors) as Field[]).find((f) => this.fieldErrors[f]);
      if (field) return this.focusField(field);
      this.renderRoot.querySelector<HTMLElement>('#save-error')?.focus();
      return;
    }

    const manager = result.data;
    this.record = manager;
    this.announcement = this.i18n.t('done', { account: manager.adminAccountName });
    this.emit('dk-manager-set-up', { manager });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  };

  /** Which field a refusal is about, with its text. */
  private fieldErrorsOf(error: DialkitError): Partial<Record<Field, string>> {
    const t = this.i18n.t;
    const field = String(error.details?.['field'] ?? '');
    if (error.code === 'account_name_taken' || error.code === 'invalid_account_name' || field === 'admin.accountName')
      return { accountName: this.errorText(error) };
    if (field === 'currency' && this.editing) return { currency: t('currencyLocked') };
    if (field === 'companyName') return { companyName: t('companyRequired') };
    if (field === 'country' || field === 'currency') return { [field]: this.errorText(error) };
    return {};
  }

  private async focusField(field: Field): Promise<void> {
    await this.updateComplete;
    const id = { companyName: 'company-name', accountName: 'account-name', country: 'country', currency: 'currency' }[field];
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  // Once set up: the details, and changing them

  private countryName(code: string): string {
    return namedOptions(this.i18n.locale, 'region', COUNTRY_CODES, (name) => name).find((o) => o.code === code)?.label ?? code;
  }

  private currencyName(code: string): string {
    const name = new Intl.DisplayNames([intlLocale(this.i18n.locale)], { type: 'currency', fallback: 'code' }).of(code) ?? code;
    return this.i18n.t('currencyOption', { name, code });
  }

  private describe(m: Manager): string {
    return this.i18n.list([m.companyName, this.countryName(m.country), this.currencyName(m.currency)], 'unit');
  }

  private renderDetails(m: Manager): TemplateResult {
    const t = this.i18n.t;
    return html`
      ${this.renderHeader(t('detailsTitle'))}
      <dl part="details" class="details">
        <div><dt>${t('companyName')}</dt><dd>${m.companyName}</dd></div>
        <div><dt>${t('adminAccount')}</dt><dd class="account">${m.adminAccountName}</dd></div>
        <div><dt>${t('country')}</dt><dd>${this.countryName(m.country)}</dd></div>
        <div><dt>${t('currency')}</dt><dd>${this.currencyName(m.currency)}</dd></div>
      </dl>
      <p class="hint">${t('since', { date: this.i18n.date(m.createdAt, { dateStyle: 'long' }) })}</p>
      <div class="actions">
        <button type="button" class="button" part="edit-button" id="edit-button" data-help-label="setup:editDetails" @click=${() => this.setEditing(true)}>
          ${t('editDetails')}
        </button>
      </div>
    `;
  }

  private async setEditing(on: boolean): Promise<void> {
    this.editing = on;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(on ? '#company-name' : '#edit-button')?.focus();
  }

  private startEditing(m: Manager): void {
    this.editCompany = m.companyName;
    this.editCountry = m.country;
    this.editCurrency = m.currency;
    this.stopEditing();
  }

  private stopEditing(): void {
    this.saveError = undefined;
    this.fieldErrors = {};
    this.conflictWith = undefined;
    this.touched = new Set();
    this.submitted = false;
  }

  /**
   * After a conflict: the fresh record gives the version to write against;
   * fields the user changed keep what was typed, the others show the fresh values.
   */
  private takeFresh(read: Manager, fresh: Manager): void {
    if (this.editCompany.trim() === read.companyName) this.editCompany = fresh.companyName;
    if (this.editCountry === read.country) this.editCountry = fresh.country;
    if (this.editCurrency === read.currency) this.editCurrency = fresh.currency;
    this.record = fresh;
    this.conflictWith = fresh;
  }

  private renderEditForm(m: Manager): TemplateResult {
    const t = this.i18n.t;
    return html`
      ${this.renderHeader(t('editDetails'))}
      <p class="hint">${t('editHint', { account: m.adminAccountName })}</p>
      <form part="form" novalidate @submit=${this.onSave}>
        ${this.renderCompanyField(this.editCompany, (value) => (this.editCompany = value))}
        ${this.renderCountryField(this.editCountry, (code) => (this.editCountry = code))}
        ${this.renderCurrencyField(this.editCurrency, (code) => (this.editCurrency = code))}
        ${this.renderSaveError()}
        <div class="actions">
          <button type="button" class="button" @click=${() => this.setEditing(false)}>${t('common:cancel')}</button>
          <button type="submit" class="button primary" part="submit-button" ?disabled=${this.saving} aria-busy=${this.saving ? 'true' : 'false'}>
            ${this.saving ? t('common:saving') : this.isRetry ? t('common:retry') : t('common:save')}
          </button>
        </div>
      </form>
    `;
  }

  private onSave = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const current = this.record;
    if (this.saving || !current) return;
    this.submitted = true;
    if (!this.editCompany.trim()) return this.focusField('companyName');

    const update: ManagerUpdate = { version: current.version };
    const changed: Array<'companyName' | 'country' | 'currency'> = [];
    if (this.editCompany.trim() !== current.companyName) {
      update.companyName = this.editCompany.trim();
      changed.push('companyName');
    }
    if (this.editCountry !== current.country) {
      update.country = this.editCountry;
      changed.push('country');
    }
    if (this.editCurrency !== current.currency) {
      update.currency = this.editCurrency;
      changed.push('currency');
    }
    if (changed.length === 0) {
      this.announcement = this.i18n.t('noChanges');
      return this.setEditing(false);
    }

    this.saving = true;
    this.saveError = undefined;
    this.conflictWith = undefined;
    const result = await this.backend.updateManager(update);
    this.saving = false;

    if (!result.ok) {
      const error = this.reportError('updateManager', result.error);
      this.saveError = error;
      this.fieldErrors = this.fieldErrorsOf(error);
      if (error.code === 'conflict') {
        // The fresh record gives the version to write against; what was typed stays.
        let fresh = error.details?.['current'] as Manager | undefined;
        if (fresh?.id !== current.id) {
          const reread = await this.backend.getManager();
          fresh = reread.ok ? reread.data : undefined;
        }
        if (fresh) this.takeFresh(current, fresh);
      }
      await this.updateComplete;
      const field = (Object.keys(this.fieldErrors) as Field[]).find((f) => this.fieldErrors[f]);
      if (field) return this.focusField(field);
      this.renderRoot.querySelector<HTMLElement>('#save-error')?.focus();
      return;
    }

    this.record = result.data;
    this.emit('dk-manager-updated', { manager: result.data, changed });
    this.announcement = this.i18n.t('saved');
    await this.setEditing(false);
  };
}
