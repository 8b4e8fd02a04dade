import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Manager } from '../../adapter/types.js';
import type { DialkitError } from '../../core/errors.js';
import { DialkitElement, TaskStatus } from '../shared/base.js';
import { LazyModule } from '../shared/lazy.js';
import { renderDetails } from './internal/details.js';
import type { ChangedDetail, EditForm } from './internal/edit-form.js';
import { managerTask, newestManager } from './internal/manager-record.js';
import type { SetupForm } from './internal/setup-form.js';
import { styles } from './setup.styles.js';

declare module '../shared/events.js' {
  interface DialkitEventMap {
    /** The Manager was set up; its administrator is signed in with `manager.adminAccountName`. */
    'dk-manager-set-up': { manager: Manager };
    /** The company details of the Manager were changed. */
    'dk-manager-updated': { manager: Manager; changed: Array<'companyName' | 'country' | 'currency'> };
  }
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
  static override properties: PropertyDeclarations = {
    editing: { type: Boolean, reflect: true },
    learnt: { state: true },
    announcement: { state: true },
  };

  /** Shows the form that changes the company details, when the Manager is set up. */
  editing = false;

  /** The Manager as written here, or freshly read after a conflict; wins over the read one when newer. */
  private learnt?: Manager;
  private announcement = '';

  private readonly load = managerTask(this, this.services);

  /**
   * The two forms, each loaded when it is first shown: the set-up form once the
   * Manager is found not set up (a company sees it once), the edit form when
   * the details are to be changed.
   */
  private setupForm?: SetupForm;
  private readonly setupModule = new LazyModule(this, () => import('./internal/setup-form.js'), (error) =>
    this.reportError('setUpManager', error),
  );
  private editForm?: EditForm;
  private readonly editModule = new LazyModule(this, () => import('./internal/edit-form.js'), (error) =>
    this.reportError('updateManager', error),
  );

  /** The Manager as last read or written; absent until set up. */
  private get record(): Manager | undefined {
    return newestManager(this.load.value, this.learnt);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const record = this.record;
    if (this.load.status === TaskStatus.COMPLETE && !record && !this.setupForm) {
      this.setupModule.use(({ SetupForm }) => {
        this.setupForm ??= new SetupForm(this, {
          services: this.services,
          i18n: this.i18n,
          shown: () => this.load.status === TaskStatus.COMPLETE && !this.record,
          done: (manager) => void this.setUp(manager),
          alreadySetUp: (error) => this.alreadySetUp(error),
        });
        this.requestUpdate();
      });
    }
    this.setupForm?.prepare();
    if (changed.has('editing') && !this.editing) this.editForm?.stop();
    else if (this.editing && record && !this.editForm?.started) {
      this.editModule.use(({ EditForm }) => {
        this.editForm ??= new EditForm(this, {
          services: this.services,
          i18n: this.i18n,
          learn: (manager) => (this.learnt = manager),
          saved: (manager, changed) => void this.saved(manager, changed),
          cancel: () => void this.setEditing(false),
        });
        // Still asked for, on the Manager as it is now.
        const now = this.record;
        if (this.editing && now && !this.editForm.started) this.editForm.start(now);
        this.requestUpdate();
      });
    }
  }

  override render(): TemplateResult {
    const t = this.i18n.t;
    const record = this.record;
    const renderTask = this.renderTask.bind(this);
    let content: TemplateResult;
    if (this.load.status !== TaskStatus.COMPLETE) content = html`${this.renderHeader(t('title'))}${this.renderTask(this.load, { complete: () => nothing })}`;
    else if (!record) content = html`${this.renderHeader(t('title'))}${this.setupForm?.render() ?? this.setupModule.render(renderTask)}`;
    else if (this.editing) {
      content = html`${this.renderHeader(t('editDetails'))}${this.editForm?.started ? this.editForm.render(record) : this.editModule.render(renderTask)}`;
    }
    else content = html`${this.renderHeader(t('detailsTitle'))}${renderDetails(this.i18n, record, () => void this.setEditing(true))}`;
    return this.renderFrame(content, this.announcement);
  }

  private renderHeader(title: string): TemplateResult {
    return this.renderHeading(title, { focusable: true });
  }

  private async setUp(manager: Manager): Promise<void> {
    this.learnt = manager;
    this.announcement = this.i18n.t('done', { account: manager.adminAccountName });
    this.emit('dk-manager-set-up', { manager });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  /** Someone else set the Manager up meanwhile: say so, and show it. */
  private alreadySetUp(error: DialkitError): void {
    this.announcement = this.errorText(error);
    void this.load.run();
  }

  private async saved(manager: Manager, changed: ChangedDetail[]): Promise<void> {
    if (changed.length === 0) {
      this.announcement = this.i18n.t('noChanges');
    } else {
      this.learnt = manager;
      this.emit('dk-manager-updated', { manager, changed });
      this.announcement = this.i18n.t('saved');
    }
    await this.setEditing(false);
  }

  private async setEditing(on: boolean): Promise<void> {
    this.editing = on;
    await this.updateComplete;
    // The form's module, the first time: the focus goes into the form once it shows.
    if (on && !this.editForm?.started) {
      await this.editModule.task.taskComplete.catch(() => undefined);
      await this.updateComplete;
    }
    this.renderRoot.querySelector<HTMLElement>(on ? '#company-name' : '#edit-button')?.focus();
  }
}
