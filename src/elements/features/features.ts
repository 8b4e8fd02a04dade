import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { initialState } from '@lit/task';
import type { DialkitChange } from '../../adapter/changes.js';
import type { Money } from '../../core/money.js';
import type { NumberAssignee } from '../../adapter/types.js';
import { DialkitElement, Task, unwrap } from '../shared/base.js';
import { MemberSearchController } from '../shared/controllers/member-search.js';
import { TabsController, tabsStyles } from '../shared/controllers/tabs.js';
import { styles } from './features.styles.js';
import type { FeatureDialogs } from './internal/dialogs.js';
import { renderMembersTab } from './internal/members-tab.js';
import { readHolders, type Features, type Page } from './internal/model.js';
import { NumbersTab } from './internal/numbers-tab.js';
import { SubscriptionsTab } from './internal/subscriptions-tab.js';
import { fieldsetGroupStyles } from '../shared/styles/controls.js';
import { LazyModule } from '../shared/lazy.js';
import { dialogsStyles } from '../shared/styles/dialogs.js';
import { tablesStyles } from '../shared/styles/tables.js';

declare module '../shared/events.js' {
  interface DialkitEventMap {
    /** Subscriptions to a plan were bought from the company balance (unassigned). */
    'dk-subscription-purchased': { planId: string; quantity: number; subscriptionIds: string[]; balance: Money };
    /** A subscription was assigned to a member, or unassigned (`memberId: null`). */
    'dk-subscription-assigned': { subscriptionId: string; memberId: string | null };
    /** An online number was bought from the company balance (unassigned). */
    'dk-number-purchased': { numberId: string; number: string; balance: Money };
    /** An online number was assigned to a member or a SIP profile, or unassigned (`assignee: null`). */
    'dk-number-assigned': { numberId: string; assignee: NumberAssignee };
  }
}

type Tab = 'subscriptions' | 'numbers' | 'members';
const TABS: readonly Tab[] = ['subscriptions', 'numbers', 'members'];

/**
 * Subscriptions (calling plans) and online numbers: the catalogue, buying
 * them from the company balance, assigning them to members (numbers only to
 * business accounts whose online-number feature is on, or to SIP profiles),
 * unassigning them, and each member's features at a glance.
 *
 * Purchases carry an idempotency key kept across retries of the same
 * purchase, so a double click or a retry after a network failure never pays
 * twice. Assignments carry the record's version; a conflict reloads the fresh
 * state and keeps the choice made in the dialog.
 *
 * @summary Calling plans and online numbers, bought from the company balance and assigned to members.
 *
 * @attr api-base - Base URL of a REST backend, when no adapter is given.
 *
 * @fires dk-subscription-purchased - Subscriptions were bought.
 * @fires dk-subscription-assigned - A subscription was assigned or unassigned.
 * @fires dk-number-purchased - An online number was bought.
 * @fires dk-number-assigned - An online number was assigned or unassigned.
 * @fires dk-error - A failure shown to the user.
 *
 * @csspart tabs - The tab list.
 * @csspart catalogue - The table of plans.
 * @csspart subscriptions - The table of the company's subscriptions.
 * @csspart numbers - The table of the company's numbers.
 * @csspart members - The members at a glance.
 * @csspart dialog - The buy, assign and unassign dialogs.
 * @csspart loading - The loading state.
 * @csspart empty - An empty list.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button of the error state.
 */
export class DkFeatures extends DialkitElement {
  static override styles = [...DialkitElement.styles, tablesStyles, dialogsStyles, tabsStyles, fieldsetGroupStyles, styles];
  static override namespaces = ['features', 'common', 'errors'];
  static override helpArticle = 'allocate-credit';
  static override properties: PropertyDeclarations = {
    tab: { state: true },
    announcement: { state: true },
    revision: { state: true },
    written: { state: true },
  };

  private tab: Tab = 'subscriptions';
  private announcement = '';
  /** Counts the writes: each one has the page read again. */
  private revision = 0;
  /** The page as the writes since the last read left it, shown until the next read completes. */
  private written?: Page;

  /** The company's members: named in the tables, searched in the members tab and the assign dialog. */
  private readonly members = new MemberSearchController(this, { ...this.services });

  /**
   * The page. It is read once the members' first page is in, because the
   * holders beyond it (a large company) are read one by one so that every
   * holder is named; so it is read again whenever the members are: after a
   * write, or when another element changed data on the same backend.
   */
  private readonly load = new Task(this, {
    task: async ([backend, , , first], { signal }) => {
      if (!first) return initialState;
      const [balance, plans, subscriptions, numbers, profiles] = await Promise.all([
        backend.getBalance({ signal }),
        backend.listPlans({ signal }),
        backend.listSubscriptions({ signal }),
        backend.listNumbers({ signal }),
        backend.listSipProfiles({ signal }),
      ]);
      const known = new Set(first.members.map((m) => m.id));
      const [owned, held] = [unwrap(subscriptions), unwrap(numbers)];
      return {
        balance: unwrap(balance),
        plans: unwrap(plans),
        subscriptions: owned,
        numbers: held,
        holders: await readHolders(backend, (id) => known.has(id), owned, held, signal),
        profiles: unwrap(profiles),
      } satisfies Page;
    },
    args: () => [this.backend, this.revision, this.dataRevision, this.members.first.value] as const,
    onComplete: () => {
      this.written = undefined;
    },
    onError: (error) => this.reportError('listSubscriptions', error),
  });

  /** What the workflows get of the element. */
  private readonly features: Features = {
    host: this,
    i18n: this.i18n,
    backend: () => this.backend,
    members: this.members,
    services: this.services,
    report: (operation, error) => this.reportError(operation, error),
    renderTask: (task, views) => this.renderTask(task, views),
    emit: (name, detail) => this.emit(name, detail),
    announce: (text) => {
      this.announcement = text;
    },
    change: (update) => {
      // Without a read to put it over (the last one failed), the read that follows the write shows it.
      const page = this.written ?? this.load.value;
      if (page) this.written = update(page);
    },
    reload: () => {
      this.revision++;
      this.members.refresh();
    },
    openAssign: (target, event) => this.openDialog(event, (d, from) => d.assign.open(target, from)),
    openUnassign: (removal, event) => this.openDialog(event, (d, from) => d.unassign.open(removal, from)),
    openBuyPlan: (planId, event) => this.openDialog(event, (d, from) => d.buyPlan.open(planId, from)),
    openBuyNumber: (event) => this.openDialog(event, (d, from) => d.buyNumber.open(from)),
  };

  /**
   * The dialogs with their writes, loaded when one of them first opens (the
   * loading state, or the error with Retry, shows above the tabs meanwhile).
   */
  private readonly dialogs = new LazyModule(
    this,
    () => import('./internal/dialogs.js'),
    (error) => this.reportError('loadElement', error),
    (module) => new module.FeatureDialogs(this.features),
  );

  /** Opens a dialog from the button of `event`, which gets the focus back when it closes. */
  private openDialog(event: Event, open: (dialogs: FeatureDialogs, from: HTMLElement) => void): void {
    const from = event.currentTarget as HTMLElement;
    this.dialogs.use((dialogs) => open(dialogs, from));
  }

  private readonly tabs = new TabsController<Tab>(this, {
    tabs: TABS,
    current: () => this.tab,
    select: (tab) => {
      this.tab = tab;
    },
    labelKey: (tab) => `features:tabs.${tab}`,
    t: (key) => this.i18n.t(key),
  });

  private readonly subscriptions = new SubscriptionsTab(this.features);
  private readonly numbers = new NumbersTab(this.features);

  /** Another element changed data on the same backend (bought credit, switched a member's features): the members are read again too. */
  protected override backendChanged(changes: DialkitChange[]): void {
    super.backendChanged(changes);
    this.members.refresh();
  }

  override render(): TemplateResult {
    const t = this.i18n.t;
    return this.renderFrame(
      html`${this.renderHeading(t('title'), { helpLabel: 'features:title' })}
      ${this.renderTask(this.members.first, {
        complete: () => this.renderTask(this.load, { complete: (loaded) => this.renderPage(this.written ?? loaded) }),
      })}`,
      this.announcement,
    );
  }

  private renderPage(page: Page): TemplateResult {
    const t = this.i18n.t;
    const panel =
      this.tab === 'subscriptions'
        ? this.subscriptions.render(page)
        : this.tab === 'numbers'
          ? this.numbers.render(page)
          : renderMembersTab(this.features, page);
    return html`
      <p class="balance">${t('balance', { balance: this.i18n.money(page.balance.balance) })}</p>
      ${this.dialogs.render((task, views) => this.renderTask(task, views))}
      ${this.tabs.renderList(t('title'))} ${this.tabs.renderPanel(panel)} ${this.dialogs.module?.render(page) ?? nothing}
    `;
  }
}
