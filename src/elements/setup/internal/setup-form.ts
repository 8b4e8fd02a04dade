import { html, type TemplateResult } from 'lit';
import type { Manager, ManagerSetup } from '../../../adapter/types.js';
import type { DialkitError } from '../../../core/errors.js';
import { accountNameProblem, suggestAdminAccountName } from '../../../core/validation.js';
import { usualCurrency } from '../../../core/regions.js';
import type { LocalizeController } from '../../../i18n/controller.js';
import type { ElementServices } from '../../shared/controllers/services.js';
import { WriteController } from '../../shared/controllers/write.js';
import { AccountName } from './account-name.js';
import { FormFields, likelyCountry, type Field, type Host } from './fields.js';

export interface SetupFormOptions {
  services: ElementServices;
  i18n: LocalizeController;
  /** Whether the form is shown: the account name is checked only then. */
  shown: () => boolean;
  /** The Manager was set up. */
  done: (manager: Manager) => void;
  /** Someone else set it up meanwhile: `error` says so, the element reads it again. */
  alreadySetUp: (error: DialkitError) => void;
}

/**
 * The first-run form: the company name, the administrator account, the
 * country and the currency (which follows the country until chosen).
 * Loaded when the Manager is found not set up.
 */
export class SetupForm {
  private companyName = '';
  private country = '';
  private currency = '';
  private currencyChosen = false;
  private readonly fields: FormFields;
  private readonly account: AccountName;
  /** The `setUpManager` write. */
  private readonly writer: WriteController;

  constructor(
    private readonly host: Host,
    private readonly options: SetupFormOptions,
  ) {
    this.fields = new FormFields(host, options.i18n, options.services.describe);
    this.account = new AccountName(host, options.services, options.shown);
    this.writer = new WriteController(host, { operation: 'setUpManager' }, options.services);
  }

  /** Before each update: the country starts as the reader's, and the currency as the country's. */
  prepare(): void {
    if (this.country) return;
    this.country = likelyCountry(this.options.i18n.locale);
    if (!this.currencyChosen) this.currency = usualCurrency(this.country) ?? 'EUR';
  }

  render(): TemplateResult {
    const t = this.options.i18n.t;
    const { writer } = this;
    const example = suggestAdminAccountName(this.companyName || 'Architectes');
    return html`
      <p class="intro">${t('intro')}</p>
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${this.fields.company(this.companyName, (value) => {
          this.companyName = value;
          this.account.suggestFrom(value);
          this.host.requestUpdate();
        })}
        ${this.account.renderModes(this.fields, example)}
        ${this.account.renderField(this.fields)}
        ${this.fields.country(this.country, (code) => {
          this.country = code;
          if (!this.currencyChosen) this.currency = usualCurrency(code) ?? this.currency;
          this.host.requestUpdate();
        })}
        ${this.fields.currency(this.currency, (code) => {
          this.currency = code;
          this.currencyChosen = true;
          this.host.requestUpdate();
        })}
        ${this.fields.saveError(writer)}
        <div class="actions">
          <button type="submit" class="button primary" part="submit-button" data-help-label="setup:finish" ?disabled=${writer.pending} aria-busy=${writer.pending ? 'true' : 'false'}>
            ${writer.label(t('finish'), t('settingUp'))}
          </button>
        </div>
      </form>
    `;
  }

  /** The first problem the form has, as the field to focus; null when it can be sent. */
  private firstProblem(): Field | null {
    if (!this.companyName.trim()) return 'companyName';
    if (accountNameProblem(this.account.name)) return 'accountName';
    if (this.account.status(this.fields)?.kind === 'error') return 'accountName';
    return null;
  }

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const { writer } = this;
    if (writer.pending) return;
    this.fields.form.submit();
    const problem = this.firstProblem();
    if (problem) return this.fields.focus(problem);

    const setup: ManagerSetup = {
      companyName: this.companyName.trim(),
      country: this.country,
      currency: this.currency,
      admin: { mode: this.account.mode, accountName: this.account.name },
      // The department every member joins until moved, named in the language the console is set up in.
      defaultDepartmentName: this.options.i18n.t('defaultDepartment'),
    };
    const result = await writer.run(() => this.options.services.backend().setUpManager(setup));
    if (!result) return;
    if (result.ok) return this.options.done(result.data);
    if (result.error.code === 'already_set_up') {
      writer.reset();
      return this.options.alreadySetUp(result.error);
    }
    const field = this.fields.refuse(result.error, false);
    if (field) return this.fields.focus(field);
    return writer.focusError();
  };
}
