import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { AutoRecharge, Balance } from '../../adapter/types.js';
import type { Money } from '../../core/money.js';
import { DialkitElement, Task, TaskStatus, unwrap } from '../shared/base.js';
import { MemberSearchController } from '../shared/controllers/member-search.js';
import { styles } from './credit.styles.js';
import { renderBalance } from './internal/balance.js';
import type { CreditContext } from './internal/context.js';
import type { CreditDialogs } from './internal/dialogs.js';
import { Ledger } from './internal/ledger.js';
import { fieldsetGroupStyles } from '../shared/styles/controls.js';
import { LazyModule } from '../shared/lazy.js';
import { dialogsStyles } from '../shared/styles/dialogs.js';
import { tablesStyles } from '../shared/styles/tables.js';

declare module '../shared/events.js' {
  interface DialkitEventMap {
    /** The company bought credit. `balance` is the company balance after it. */
    'dk-credit-purchased': { purchaseId: string; amount: Money; balance: Money };
    /** Credit moved from the company balance to members; `amount` went to each of them. */
    'dk-credit-allocated': { memberIds: string[]; amount: Money; total: Money; balance: Money };
    /** Unused credit came back from a member to the company balance. */
    'dk-credit-reclaimed': { memberId: string; amount: Money; balance: Money };
    /** A member's automatic top-up was set, changed, or switched off (`autoRecharge: null`). */
    'dk-auto-recharge-changed': { memberId: string; autoRecharge: AutoRecharge | null };
  }
}

/**
 * The company's credit: its balance in the manager's currency, buying credit
 * (presets or any amount, within the purchase limits), allocating it to
 * members once or automatically, taking unused credit back where the policy
 * allows, and the ledger of every movement, which adds up to the balance.
 *
 * Every money-moving request carries an idempotency key kept for the whole
 * intent: a double click, a retry after a network failure, or confirming
 * again after reopening the dialog never charges twice.
 *
 * @summary Company balance, buying, allocating and taking back credit, automatic top-ups and the ledger.
 *
 * @attr api-base - Base URL of a REST backend, when no adapter is given.
 *
 * @fires dk-credit-purchased - The company bought credit.
 * @fires dk-credit-allocated - Credit was allocated to members.
 * @fires dk-credit-reclaimed - Unused credit was taken back from a member.
 * @fires dk-auto-recharge-changed - A member's automatic top-up was set or switched off.
 * @fires dk-error - A failure shown to the user.
 *
 * @csspart balance - The balance and purchase limits.
 * @csspart buy-button - The "Buy credit" button.
 * @csspart allocate-button - The "Allocate credit" button.
 * @csspart reclaim-button - The "Take back credit" button.
 * @csspart ledger - The ledger section.
 * @csspart dialog - The buy, allocate and take-back dialogs.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state (no credit has moved yet).
 * @csspart error - The error state.
 * @csspart retry-button - The retry button of the error state.
 */
export class DkCredit extends DialkitElement {
  static override styles = [...DialkitElement.styles, tablesStyles, dialogsStyles, fieldsetGroupStyles, styles];
  static override namespaces = ['credit', 'common', 'errors'];
  static override helpArticle = 'buy-credit';
  static override properties: PropertyDeclarations = {
    revision: { state: true },
    announcement: { state: true },
    written: { state: true },
  };

  /** Counts the writes: after each, the balance, the members and the ledger are read again. */
  private revision = 0;
  /** What the last write did, said by the live region. */
  private announcement = '';
  /** The company balance the last write answered, shown until the balance read after that write arrives. */
  private written?: { balance: Money; revision: number };

  /** The members the pickers offer and the ledger names. */
  private readonly members = new MemberSearchController(this, { ...this.services });

  /**
   * The balance and the purchase limits, with the revision they were read at;
   * ready once the members are read too (or failed), so that the dialogs open
   * with their pickers filled.
   */
  private readonly overview = new Task(this, {
    task: async ([backend, revision], { signal }) => {
      const read = unwrap(await backend.getBalance({ signal }));
      // A Retry of the balance also reads again the members that failed with it.
      if (this.members.first.status === TaskStatus.ERROR) this.members.refresh();
      await this.members.first.taskComplete.catch(() => undefined);
      return { read, revision };
    },
    args: () => [this.backend, this.revision] as const,
    onError: (error) => this.reportError('getBalance', error),
  });

  private readonly context: CreditContext = {
    ...this.services,
    host: this,
    i18n: this.i18n,
    members: this.members,
    emit: (name, detail) => this.emit(name, detail),
    renderTask: (task, views) => this.renderTask(task, views),
    announce: (text) => (this.announcement = text),
    moved: (balance) => {
      this.written = { balance, revision: this.revision + 1 };
      this.refresh();
    },
    refresh: () => this.refresh(),
  };

  private readonly ledger = new Ledger(this.context, () => this.revision);
  /**
   * The buy, allocate and take-back dialogs with their writes, loaded when
   * one of them first opens (the loading state, or the error with Retry,
   * shows under the buttons meanwhile).
   */
  private readonly dialogs = new LazyModule(
    this,
    () => import('./internal/dialogs.js'),
    (error) => this.reportError('loadElement', error),
    (module) => new module.CreditDialogs(this.context),
  );

  /** Opens one of the dialogs from its button, which gets the focus back when it closes. */
  private opener(which: keyof Pick<CreditDialogs, 'buy' | 'allocate' | 'reclaim'>): (event: Event) => void {
    return (event) => {
      const from = event.currentTarget as HTMLElement;
      this.dialogs.use((dialogs) => dialogs[which].open(from));
    };
  }
  private readonly open = { buy: this.opener('buy'), allocate: this.opener('allocate'), reclaim: this.opener('reclaim') };

  /**
   * Opens the "Buy credit" dialog once the balance is read, with the focus
   * in the amount, as the "Buy credit" button does. Resolves once it is open,
   * or when it cannot be (the balance failed to load: the error shows).
   */
  async openPurchase(): Promise<void> {
    if (await this.press('#buy-button')) await this.dialogs.module?.buy.dialog.focusIn('#buy-amount');
  }

  /**
   * Opens the "Allocate credit" dialog once the balance and the members are
   * read, with the focus in its first field (the member search), as the
   * "Allocate credit" button does. Resolves as `openPurchase` does.
   */
  async openAllocation(): Promise<void> {
    await this.press('#allocate-button');
  }

  /** Presses one of the balance's buttons once they are there; false when they will not be (the balance failed). */
  private async press(selector: string): Promise<boolean> {
    await this.updateComplete;
    await this.overview.taskComplete.catch(() => undefined);
    await this.updateComplete;
    const button = this.overview.status === TaskStatus.COMPLETE ? this.renderRoot.querySelector<HTMLElement>(selector) : null;
    button?.click();
    // The dialogs' module may be loading: the dialog opens once it is in.
    if (button) await this.dialogs.task.taskComplete.catch(() => undefined);
    await this.updateComplete;
    return Boolean(button);
  }

  /** Reads balance, members and ledger again after a change. */
  private refresh(): void {
    this.members.refresh();
    this.revision++;
  }

  /** Another element (or the page) moved credit or changed members on this backend. */
  protected override backendChanged(): void {
    this.refresh();
  }

  /** The balance as read, or as the write made since answered it. */
  private afterWrites(read: Balance, revision: number): Balance {
    return this.written && this.written.revision > revision ? { ...read, balance: this.written.balance } : read;
  }

  override render(): TemplateResult {
    const t = this.i18n.t;
    return this.renderFrame(
      html`${this.renderHeading(t('title'), { helpLabel: 'credit:title' })}
      ${this.renderTask(this.overview, { complete: ({ read, revision }) => this.renderContent(this.afterWrites(read, revision)) })}`,
      this.announcement,
    );
  }

  /** The balance, the ledger, and the dialogs, which check what is typed against that balance. */
  private renderContent(b: Balance): TemplateResult {
    return html`
      ${renderBalance(this.i18n, b, this.open, this.ledger.refusals)}
      ${this.dialogs.render((task, views) => this.renderTask(task, views))} ${this.ledger.render(b)}
      ${this.dialogs.module?.render(b) ?? nothing}
    `;
  }
}
