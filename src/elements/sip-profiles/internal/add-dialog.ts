import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import type { DialkitAdapter } from '../../../adapter/adapter.js';
import type { OnlineNumber, SipProfileDetail } from '../../../adapter/types.js';
import type { DialkitError } from '../../../core/errors.js';
import { extensionProblem } from '../../../core/validation.js';
import { unwrap } from '../../shared/base.js';
import { DialogController } from '../../shared/controllers/dialog.js';
import { FormController } from '../../shared/controllers/form.js';
import { TabsController } from '../../shared/controllers/tabs.js';
import { WriteController } from '../../shared/controllers/write.js';
import { AccountPicker, type AddField } from './account-picker.js';
import { addButton, renderChoice, type SipProfiles } from './model.js';

type Tab = 'account' | 'number';

/** Refusals that say the profile or the accounts changed meanwhile: both are read again. */
const OUT_OF_DATE = ['conflict', 'account_already_linked', 'number_already_linked'];

/**
 * "Add number or account": a dialog with two tabs, linking an account (with
 * its extension) or adding a free number to the profile. A refused or failed
 * write keeps the dialog open with what was chosen; closing it keeps nothing.
 * Loaded when it first opens.
 */
export class AddDialog {
  private tab: Tab = 'account';
  private numberId = '';
  private readonly form: FormController<AddField>;
  private readonly picker: AccountPicker;
  private readonly link: WriteController;
  private readonly addNumber: WriteController;
  private readonly dialog: DialogController;
  private readonly tabs: TabsController<Tab>;

  /** The company's numbers, read when the dialog opens: the free ones can be added, an account's follow it. */
  private readonly numbers: Task<readonly [DialkitAdapter], OnlineNumber[]>;

  constructor(private readonly s: SipProfiles) {
    this.form = new FormController<AddField>(s.host);
    this.picker = new AccountPicker(s, this.form);
    this.link = new WriteController(s.host, { operation: 'linkSipAccount' }, s.services);
    this.addNumber = new WriteController(s.host, { operation: 'addSipNumber' }, s.services);
    this.dialog = new DialogController(s.host, { id: 'add-dialog', fallback: () => addButton(s.host), onClose: () => this.clear() });
    this.tabs = new TabsController<Tab>(s.host, {
      tabs: ['account', 'number'],
      current: () => this.tab,
      select: (tab) => this.select(tab),
      labelKey: (tab) => (tab === 'account' ? 'sip:tabAccount' : 'sip:tabNumber'),
      t: s.i18n.t,
    });
    this.numbers = new Task(s.host, {
      task: async ([backend], { signal }) => unwrap(await backend.listNumbers({ signal })),
      autoRun: false,
      args: () => [s.services.backend()] as const,
      onError: (error) => s.services.report('listNumbers', error),
    });
  }

  /** Opens the dialog; the focus goes back to `opener` when it closes. */
  show(opener: HTMLElement): void {
    void this.dialog.show(opener);
    void this.numbers.run();
    this.picker.open();
  }

  /** Closing keeps nothing: the next opening starts clean. */
  private clear(): void {
    this.picker.clear();
    this.numberId = '';
    this.tab = 'account';
    this.form.reset();
    this.link.reset();
    this.addNumber.reset();
  }

  private select(tab: Tab): void {
    this.tab = tab;
    this.form.reset();
    this.link.dismiss();
    this.addNumber.dismiss();
    this.s.host.requestUpdate();
  }

  private get writer(): WriteController {
    return this.tab === 'account' ? this.link : this.addNumber;
  }

  render(): TemplateResult {
    return this.dialog.render(() => this.renderForm(), { labelledBy: 'add-title' });
  }

  private renderForm(): TemplateResult {
    const t = this.s.i18n.t;
    const writer = this.writer;
    // What to choose from has been read (a reload after a refusal keeps it on screen, and choosable).
    const ready = this.numbers.value !== undefined && (this.tab === 'number' || this.picker.ready);
    return html`<form class="dialog-body" method="dialog" novalidate @submit=${this.onSubmit}>
      <h2 id="add-title">${t('dialogTitle')}</h2>
      ${this.tabs.renderList(t('dialogTitle'))}
      ${this.tabs.renderPanel(
        this.s.renderTask(this.numbers, {
          complete: (numbers) => (this.tab === 'account' ? this.picker.render(numbers) : this.renderNumbers(numbers)),
        }),
      )}
      ${writer.renderError()}
      <div class="dialog-actions">
        <button type="button" class="button" @click=${() => this.dialog.close()}>${t('common:cancel')}</button>
        <button
          type="submit"
          class="button primary"
          data-help-label="common:confirm"
          ?disabled=${writer.pending || !ready}
          aria-busy=${writer.pending ? 'true' : 'false'}
        >
          ${writer.label(t('common:confirm'))}
        </button>
      </div>
    </form>`;
  }

  /** The "Add number" tab: the company's free numbers. */
  private renderNumbers(all: readonly OnlineNumber[]): TemplateResult {
    const t = this.s.i18n.t;
    const numbers = all.filter((n) => n.assignee === null);
    if (numbers.length === 0) return html`<p class="notice">${t('noFreeNumbers')}</p>`;
    const problem = this.form.problem('number', this.numberId ? null : { text: t('chooseNumber'), empty: true });
    return html`<fieldset class="choices">
        <legend>${t('numbersLegend')}</legend>
        <ul>
          ${numbers.map((n) =>
            renderChoice({ name: 'number', id: `n-${n.id}`, value: n.id, label: n.number, detail: n.area, checked: this.numberId === n.id, choose: () => this.chooseNumber(n.id) }),
          )}
        </ul>
      </fieldset>
      ${problem ? html`<p class="field-error" id="form-problem">${problem}</p>` : nothing}
      <p class="hint">${t('numberNote')}</p>`;
  }

  private chooseNumber(id: string): void {
    this.numberId = id;
    this.s.host.requestUpdate();
  }

  /** The first control of the dialog to correct before sending, or undefined when it can be sent. */
  private firstProblem(): string | undefined {
    if (this.tab === 'number') return this.numberId ? undefined : 'input[name="number"]';
    if (!this.picker.chosen) return 'input[name="account"]:not([disabled])';
    return extensionProblem(this.picker.extension) ? '#extension' : undefined;
  }

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const profile = this.s.profile();
    const writer = this.writer;
    if (writer.pending || !profile) return;
    this.form.submit();
    const problem = this.firstProblem();
    if (problem) return this.dialog.focusIn(problem);

    const backend = this.s.services.backend();
    const { chosen: memberId, extension } = this.picker;
    const numberId = this.numberId;
    const result =
      this.tab === 'account'
        ? await this.link.run(() => backend.linkSipAccount(profile.id, { version: profile.version, memberId, extension: extension || null }))
        : await this.addNumber.run(() => backend.addSipNumber(profile.id, { version: profile.version, numberId }));
    if (!result) return;
    if (!result.ok) return this.refused(result.error, writer);

    this.s.written(result.data);
    const t = this.s.i18n.t;
    if (this.tab === 'account') {
      this.s.emit('dk-account-linked', { profileId: profile.id, memberId, extension: extension || null });
      this.s.announce(t('linked', { name: this.picker.name(memberId), profile: profile.name }));
    } else {
      const number = this.numbers.value?.find((n) => n.id === numberId)?.number ?? numberId;
      this.s.emit('dk-number-added', { profileId: profile.id, numberId });
      this.s.announce(t('numberAdded', { number, profile: profile.name }));
    }
    this.dialog.close();
  };

  /**
   * A refusal keeps the dialog open with what was chosen. One that says the
   * profile changed takes its fresh version (or reads it again), so that
   * confirming again applies to the current state; the accounts and numbers
   * are read again too, since their availability may have changed.
   */
  private async refused(error: DialkitError, writer: WriteController): Promise<void> {
    if (this.form.refuse(error, (path) => (path === 'extension' ? 'extension' : undefined), this.s.services.describe(error)))
      return this.dialog.focusIn('#extension');
    if (OUT_OF_DATE.includes(error.code)) {
      const fresh = error.details?.['current'] as SipProfileDetail | undefined;
      if (fresh?.id === this.s.profile()?.id && fresh?.accounts) this.s.written(fresh);
      else this.s.reload();
      void this.numbers.run();
      this.picker.refresh();
    }
    await writer.focusError(this.dialog.element ?? undefined);
  }
}
