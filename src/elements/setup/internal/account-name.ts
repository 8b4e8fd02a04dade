import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import type { DialkitAdapter } from '../../../adapter/adapter.js';
import type { AccountAvailability, ManagerSetup } from '../../../adapter/types.js';
import type { DialkitError } from '../../../core/errors.js';
import { accountNameProblem, suggestAdminAccountName } from '../../../core/validation.js';
import { unwrap } from '../../shared/base.js';
import type { ElementServices } from '../../shared/controllers/services.js';
import type { FormFields, Host } from './fields.js';

type AdminMode = ManagerSetup['admin']['mode'];
type Status = { text: string; kind: 'error' | 'ok' | 'info' };

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

/**
 * The administrator account of the set-up: a dedicated account (its name
 * suggested from the company until the user types one) or an existing one.
 * The name is checked as it is typed: against the account-name rule at once,
 * with the reason, and against the backend after a pause in typing
 * (available for a new account, found for an existing one).
 */
export class AccountName {
  mode: AdminMode = 'new';
  private newName = '';
  private newNameEdited = false;
  private existingName = '';

  /** The name checked with the backend, once it follows the rule and typing has paused. */
  private readonly availability: Task<readonly [DialkitAdapter, string, boolean], AccountAvailability | undefined>;

  constructor(
    private readonly host: Host,
    private readonly services: ElementServices,
    /** Whether the set-up form is shown (no check otherwise). */
    active: () => boolean,
  ) {
    this.availability = new Task(host, {
      task: async ([backend, name, checkable], { signal }) => {
        if (!checkable) return undefined;
        await pause(CHECK_DELAY_MS, signal);
        return unwrap(await backend.checkAccountName(name, { signal }));
      },
      args: () => [services.backend(), this.name, active() && accountNameProblem(this.name) === null] as const,
      onError: (error) => services.report('checkAccountName', error),
    });
  }

  get name(): string {
    return this.mode === 'new' ? this.newName : this.existingName;
  }

  /** The company name changed: the dedicated account's name follows it, until the user types one. */
  suggestFrom(company: string): void {
    if (!this.newNameEdited) this.newName = company.trim() ? suggestAdminAccountName(company) : '';
  }

  /** What to say under the account name: the rule's reason, the backend's answer, or that it is being checked. */
  status({ form }: FormFields): Status | null {
    const t = this.services.t;
    const name = this.name;
    const problem = accountNameProblem(name);
    const shown = form.problem('accountName', problem && { text: t(`validation:accountName.${problem}`), empty: problem === 'empty' });
    if (shown) return { text: shown, kind: 'error' };
    if (problem) return null;
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

  /** The choice between a dedicated account (`example` its suggested name) and an existing one. */
  renderModes({ form }: FormFields, example: string): TemplateResult {
    const t = this.services.t;
    const mode = (value: AdminMode, label: string, hint: string): TemplateResult => html`<div class="mode">
      <input
        type="radio"
        name="mode"
        id="mode-${value}"
        data-help-label=${value === 'new' ? 'setup:createNew' : 'setup:useExisting'}
        value=${value}
        aria-describedby="mode-${value}-hint"
        .checked=${live(this.mode === value)}
        @change=${() => {
          this.mode = value;
          form.edit('accountName');
          this.host.requestUpdate();
        }}
      />
      <label for="mode-${value}">${label}</label>
      <span class="hint" id="mode-${value}-hint">${hint}</span>
    </div>`;
    return html`<fieldset class="modes">
      <legend>${t('adminLegend')}</legend>
      ${mode('new', t('createNew'), t('createNewHint', { example }))}
      ${mode('existing', t('useExisting'), t('useExistingHint'))}
    </fieldset>`;
  }

  renderField(fields: FormFields): TemplateResult {
    const t = this.services.t;
    const status = this.status(fields);
    return html`<div class="field">
      <label for="account-name">${t('accountName')}</label>
      ${fields.input('accountName', {
        autocomplete: this.mode === 'existing' ? 'username' : 'off',
        verbatim: true,
        maxlength: 70,
        describedBy: 'account-hint account-status',
        invalid: status?.kind === 'error',
        value: this.name,
        onInput: (value) => {
          if (this.mode === 'new') {
            this.newName = value;
            this.newNameEdited = value !== '';
          } else this.existingName = value;
          this.host.requestUpdate();
        },
      })}
      <span id="account-hint" class="hint">${this.mode === 'new' ? t('accountNameHintNew') : t('accountNameHintExisting')}</span>
      <span id="account-status" class="status ${status?.kind ?? ''}" aria-live="polite">
        ${status ? html`<span class="icon" aria-hidden="true">${status.kind === 'ok' ? '✓' : status.kind === 'error' ? '!' : '…'}</span>${status.text}` : nothing}
      </span>
    </div>`;
  }
}
