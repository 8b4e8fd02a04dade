import { html, nothing, type TemplateResult } from 'lit';
import type { Manager, ManagerUpdate } from '../../../adapter/types.js';
import type { LocalizeController } from '../../../i18n/controller.js';
import type { ElementServices } from '../../shared/controllers/services.js';
import { WriteController } from '../../shared/controllers/write.js';
import { describeManager } from './details.js';
import { FormFields, type Host } from './fields.js';

export type ChangedDetail = 'companyName' | 'country' | 'currency';

export interface EditFormOptions {
  services: ElementServices;
  i18n: LocalizeController;
  /** A newer Manager than the one read: the answer of the save, or the fresh one of a conflict. */
  learn: (manager: Manager) => void;
  /** The changes were saved (`changed` is empty when there was nothing to save). */
  saved: (manager: Manager, changed: ChangedDetail[]) => void;
  /** Leaves the form. */
  cancel: () => void;
}

/** Changing the company details once the Manager is set up: its name, country and currency. Loaded when first opened. */
export class EditForm {
  /** The Manager the form started from, or was last brought up to date with; none while closed. */
  private base?: Manager;
  private company = '';
  private country = '';
  private currency = '';
  /** What someone else saved meanwhile, said under a conflict. */
  private conflictWith?: Manager;
  private readonly fields: FormFields;
  /** The `updateManager` write. */
  private readonly writer: WriteController;

  constructor(
    private readonly host: Host,
    private readonly options: EditFormOptions,
  ) {
    this.fields = new FormFields(host, options.i18n, options.services.describe);
    this.writer = new WriteController(host, { operation: 'updateManager' }, options.services);
  }

  get started(): boolean {
    return !!this.base;
  }

  /** Opens the form on the values of `m`. */
  start(m: Manager): void {
    this.base = m;
    this.company = m.companyName;
    this.country = m.country;
    this.currency = m.currency;
    this.clear();
  }

  /** Closes the form: nothing of it is kept. */
  stop(): void {
    this.base = undefined;
    this.clear();
  }

  private clear(): void {
    this.conflictWith = undefined;
    this.fields.form.reset();
    this.writer.reset();
  }

  /**
   * After a conflict: the fresh record gives the version to write against;
   * fields the user changed keep what was typed, the others show the fresh values.
   */
  private takeFresh(read: Manager, fresh: Manager): void {
    if (this.company.trim() === read.companyName) this.company = fresh.companyName;
    if (this.country === read.country) this.country = fresh.country;
    if (this.currency === read.currency) this.currency = fresh.currency;
    this.base = fresh;
    this.conflictWith = fresh;
    this.options.learn(fresh);
  }

  render(m: Manager): TemplateResult {
    const { i18n } = this.options;
    const { writer } = this;
    const t = i18n.t;
    const conflict = this.conflictWith
      ? html`<p>${t('common:keptInput')}</p>
          <p>${t('currentValues', { values: describeManager(i18n, this.conflictWith) })}</p>`
      : nothing;
    return html`
      <p class="hint">${t('editHint', { account: m.adminAccountName })}</p>
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${this.fields.company(this.company, (value) => this.set(() => (this.company = value)))}
        ${this.fields.country(this.country, (code) => this.set(() => (this.country = code)))}
        ${this.fields.currency(this.currency, (code) => this.set(() => (this.currency = code)))}
        ${this.fields.saveError(writer, conflict)}
        <div class="actions">
          <button type="button" class="button" @click=${this.options.cancel}>${t('common:cancel')}</button>
          <button type="submit" class="button primary" part="submit-button" ?disabled=${writer.pending} aria-busy=${writer.pending ? 'true' : 'false'}>
            ${writer.label(t('common:save'))}
          </button>
        </div>
      </form>
    `;
  }

  private set(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  /** What differs from `current`, as the update and the names of the changed details. */
  private changes(current: Manager): { update: ManagerUpdate; changed: ChangedDetail[] } {
    const update: ManagerUpdate = { version: current.version };
    const changed: ChangedDetail[] = [];
    if (this.company.trim() !== current.companyName) {
      update.companyName = this.company.trim();
      changed.push('companyName');
    }
    if (this.country !== current.country) {
      update.country = this.country;
      changed.push('country');
    }
    if (this.currency !== current.currency) {
      update.currency = this.currency;
      changed.push('currency');
    }
    return { update, changed };
  }

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const { services } = this.options;
    const { writer } = this;
    const current = this.base;
    if (writer.pending || !current) return;
    this.fields.form.submit();
    if (!this.company.trim()) return this.fields.focus('companyName');

    const { update, changed } = this.changes(current);
    if (changed.length === 0) return this.options.saved(current, changed);

    this.conflictWith = undefined;
    const result = await writer.run(() => services.backend().updateManager(update));
    if (!result) return;
    if (result.ok) return this.options.saved(result.data, changed);

    const error = result.error;
    const field = this.fields.refuse(error, true);
    if (error.code === 'conflict') {
      let fresh = error.details?.['current'] as Manager | undefined;
      if (fresh?.id !== current.id) {
        const reread = await services.backend().getManager();
        fresh = reread.ok ? reread.data : undefined;
      }
      if (fresh) this.takeFresh(current, fresh);
    }
    if (field) return this.fields.focus(field);
    return writer.focusError();
  };
}
