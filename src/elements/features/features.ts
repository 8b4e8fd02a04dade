import { html, nothing, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type {
  AvailableNumber,
  Balance,
  FeatureAccess,
  Member,
  NumberAssignee,
  OnlineNumber,
  Plan,
  SipProfile,
  Subscription,
} from '../../adapter/types.js';
import { FEATURES } from '../../adapter/types.js';
import type { DialkitError } from '../../core/errors.js';
import { isOutcomeUnknown } from '../../core/errors.js';
import { multiply, type Money } from '../../core/money.js';
import { matchesQuery } from '../../core/text.js';
import { intlLocale } from '../../i18n/format.js';
import { DialkitElement, Task, TaskStatus, unwrap } from '../shared/base.js';
import { MoneyIntent } from '../shared/intent.js';
import { styles } from './features.styles.js';
import { tabForKey } from '../shared/controllers/tabs.js';

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

interface Data {
  balance: Balance;
  plans: Plan[];
  subscriptions: Subscription[];
  numbers: OnlineNumber[];
  members: Member[];
  /** How many members the company has; more than loaded means searches go to the server. */
  membersTotal: number;
  profiles: SipProfile[];
}

/** What the assign dialog assigns. */
type Target = { kind: 'subscription'; id: string } | { kind: 'number'; id: string };
/** What the unassign confirmation removes. */
type Removal = { kind: 'subscription' | 'number'; id: string; label: string; holder: string };


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
  static override styles = [...DialkitElement.styles, styles];
  static override namespaces = ['features', 'common', 'errors'];
  static override helpArticle = 'allocate-credit';

  @state() private data?: Data;
  @state() private revision = 0;
  @state() private tab: Tab = 'subscriptions';
  @state() private announcement = '';
  @state() private memberSearch = '';

  // Buy a subscription
  @state() private buyPlanId = '';
  @state() private quantityText = '1';
  // Buy a number
  @state() private country = '';
  @state() private chosenNumber = '';
  @state() private buying = false;
  @state() private buyTried = false;
  @state() private buyError?: DialkitError;
  private readonly subscriptionIntent = new MoneyIntent();
  private readonly numberIntent = new MoneyIntent();

  // Assign
  @state() private target?: Target;
  @state() private assigneeKind: 'member' | 'sip_profile' = 'member';
  @state() private assignSearch = '';
  @state() private assigneeId = '';
  @state() private assignTried = false;
  @state() private saving = false;
  @state() private saveError?: DialkitError;

  // Unassign
  @state() private removal?: Removal;
  @state() private removeError?: DialkitError;

  /** Whether the assign dialog is shown: its member list is rendered only while open. */
  @state() private assigning = false;

  @query('#buy-plan-dialog') private buyPlanDialog?: HTMLDialogElement;
  @query('#buy-number-dialog') private buyNumberDialog?: HTMLDialogElement;
  @query('#assign-dialog') private assignDialog?: HTMLDialogElement;
  @query('#unassign-dialog') private unassignDialog?: HTMLDialogElement;

  /** The element that opened the last dialog, focused again when it closes. */
  private opener?: HTMLElement;

  private readonly load = new Task(this, {
    task: async ([backend], { signal }) => {
      const [balance, plans, subscriptions, numbers, members, profiles] = await Promise.all([
        backend.getBalance({ signal }),
        backend.listPlans({ signal }),
        backend.listSubscriptions({ signal }),
        backend.listNumbers({ signal }),
        backend.listMembers({ sort: 'name', limit: 500 }, { signal }),
        backend.listSipProfiles({ signal }),
      ]);
      return {
        balance: unwrap(balance),
        plans: unwrap(plans),
        subscriptions: unwrap(subscriptions),
        numbers: unwrap(numbers),
        members: await this.withHolders(backend, unwrap(members).items, unwrap(subscriptions), unwrap(numbers), signal),
        membersTotal: unwrap(members).total,
        profiles: unwrap(profiles),
      } satisfies Data;
    },
    args: () => [this.backend, this.revision] as const,
    onComplete: (data) => {
      this.data = data;
    },
    onError: (error) => this.reportError('listSubscriptions', error),
  });

  /** Numbers on offer, loaded when the buy dialog opens. */
  private readonly available = new Task(this, {
    task: async ([backend], { signal }) => unwrap(await backend.listAvailableNumbers({}, { signal })),
    autoRun: false,
    args: () => [this.backend] as const,
    onError: (error) => this.reportError('listAvailableNumbers', error),
  });

  /** In a company too large to load at once, the holders of subscriptions and numbers not loaded yet. */
  private async withHolders(
    backend: typeof this.backend,
    members: Member[],
    subscriptions: Subscription[],
    numbers: OnlineNumber[],
    signal: AbortSignal,
  ): Promise<Member[]> {
    const known = new Set(members.map((m) => m.id));
    const holders = [
      ...subscriptions.map((s) => s.memberId),
      ...numbers.map((n) => (n.assignee?.kind === 'member' ? n.assignee.memberId : null)),
    ].filter((id): id is string => !!id && !known.has(id));
    const found = await Promise.all([...new Set(holders)].map((id) => backend.getMember(id, { signal })));
    return [...members, ...found.flatMap((r) => (r.ok ? [r.data] : []))];
  }

  /**
   * In a large company, the member searches (assign dialog, members at a
   * glance) ask the server after a short pause, and the members found join
   * the known ones.
   */
  @state() private remoteQuery = '';
  @state() private remoteIds?: string[];
  private readonly remote = new Task(this, {
    task: async ([backend, query, large], { signal }) => {
      if (!large || !query.trim()) return null;
      await new Promise((resolve) => setTimeout(resolve, 250));
      signal.throwIfAborted();
      return unwrap(await backend.listMembers({ query: query.trim(), sort: 'name', limit: 50 }, { signal })).items;
    },
    args: () => [this.backend, this.remoteQuery, this.large] as const,
    onComplete: (found) => {
      if (!found || !this.data) return;
      const known = new Map(this.data.members.map((m) => [m.id, m]));
      for (const m of found) known.set(m.id, m);
      this.data = { ...this.data, members: [...known.values()] };
      this.remoteIds = found.map((m) => m.id);
    },
    onError: (error) => this.reportError('listMembers', error),
  });

  private get large(): boolean {
    return !!this.data && this.data.members.length < this.data.membersTotal;
  }

  /** The members listed for `query`: all loaded ones (filtered here), or the server's answer in a large company. */
  private membersFor(query: string, keep: string[] = []): { pool: Member[]; match: (m: Member) => boolean } {
    const members = this.data?.members ?? [];
    if (!this.large) return { pool: members, match: (m) => matchesQuery(query, m.displayName, m.accountName) };
    const found = new Set(query.trim() ? (this.remoteIds ?? []) : []);
    const ids = new Set([...keep, ...found]);
    return { pool: members.filter((m) => ids.has(m.id)), match: (m) => found.has(m.id) };
  }

  private renderLargeHint(query: string): TemplateResult | typeof nothing {
    if (!this.large || !this.data) return nothing;
    const t = this.i18n.t;
    if (!query.trim()) return html`<p class="hint">${t('typeToFind', { count: this.data.membersTotal })}</p>`;
    if (this.remote.status === TaskStatus.PENDING)
      return html`<p class="hint" role="status"><span class="spinner" aria-hidden="true"></span>${t('common:loading')}</p>`;
    return nothing;
  }

  private refresh(): void {
    this.revision++;
  }

  private countryName(code: string): string {
    try {
      return new Intl.DisplayNames([intlLocale(this.i18n.locale)], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  private memberName(id: string | null): string {
    if (!id) return '';
    return this.data?.members.find((m) => m.id === id)?.displayName ?? this.i18n.t('formerMember');
  }

  private planName(id: string): string {
    return this.data?.plans.find((p) => p.id === id)?.name ?? id;
  }

  private assigneeText(a: NumberAssignee): string {
    if (!a) return this.i18n.t('unassigned');
    if (a.kind === 'member') return this.memberName(a.memberId);
    const profile = this.data?.profiles.find((p) => p.id === a.sipProfileId);
    return this.i18n.t('sipProfileNamed', { name: profile?.name ?? a.sipProfileId });
  }

  // ---- page --------------------------------------------------------------------

  override render(): TemplateResult {
    const t = this.i18n.t;
    return html`
      <div class="layout ${this.helpOpen ? 'has-help' : ''}">
        <section aria-labelledby="title">
          <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
          <header class="head">
            <h2 id="title" data-help-label="features:title">${t('title')}</h2>
            ${this.renderHelpButton()}
          </header>
          ${this.data ? this.renderContent(this.data) : this.renderTask(this.load, { complete: () => nothing })}
        </section>
        ${this.renderHelpPanel()}
      </div>
      ${this.renderBuyPlanDialog()} ${this.renderBuyNumberDialog()} ${this.renderAssignDialog()} ${this.renderUnassignDialog()}
    `;
  }

  private renderContent(d: Data): TemplateResult {
    const t = this.i18n.t;
    return html`
      ${this.load.status === TaskStatus.ERROR
        ? html`<div class="alert" role="alert">
            <p>${this.errorText(this.load.error as DialkitError)}</p>
            <button class="button" @click=${() => this.load.run()}>${t('common:retry')}</button>
          </div>`
        : nothing}
      <p class="balance">${t('balance', { balance: this.i18n.money(d.balance.balance) })}</p>
      <div role="tablist" part="tabs" aria-label=${t('title')} @keydown=${this.onTabKey}>
        ${TABS.map(
          (tab) => html`<button
            type="button"
            role="tab"
            id="tab-${tab}"
            data-help-label="features:tabs.${tab}"
            aria-controls="panel-${tab}"
            aria-selected=${this.tab === tab ? 'true' : 'false'}
            tabindex=${this.tab === tab ? 0 : -1}
            @click=${() => (this.tab = tab)}
          >
            ${t(`tabs.${tab}`)}
          </button>`,
        )}
      </div>
      <div role="tabpanel" id="panel-${this.tab}" aria-labelledby="tab-${this.tab}">
        ${this.tab === 'subscriptions'
          ? this.renderSubscriptions(d)
          : this.tab === 'numbers'
            ? this.renderNumbers(d)
            : this.renderMembers(d)}
      </div>
    `;
  }

  private onTabKey = (event: KeyboardEvent): void => {
    const next = tabForKey(TABS, this.tab, event.key);
    if (!next) return;
    event.preventDefault();
    this.tab = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  };

  // ---- subscriptions ---------------------------------------------------------------

  private planCountries(p: Plan): string {
    return p.countries.length > 3
      ? this.i18n.t('countries', { count: p.countries.length })
      : this.i18n.list(p.countries.map((c) => this.countryName(c)));
  }

  private renderSubscriptions(d: Data): TemplateResult {
    const t = this.i18n.t;
    return html`
      <h3 id="catalogue-title">${t('catalogue')}</h3>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="catalogue-title">
        <table part="catalogue">
          <thead>
            <tr>
              <th scope="col">${t('columns.plan')}</th>
              <th scope="col">${t('columns.includes')}</th>
              <th scope="col" class="num">${t('columns.price')}</th>
              <th scope="col">${t('columns.owned')}</th>
              <th scope="col"><span class="visually-hidden">${t('columns.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            ${d.plans.map((p) => {
              const owned = d.subscriptions.filter((s) => s.planId === p.id);
              return html`<tr>
                <th scope="row">${p.name}</th>
                <td>
                  ${t('planIncludes', {
                    minutes: this.i18n.number(p.minutesPerMonth),
                    destinations: this.i18n.list(p.destinations.map((x) => t(`destinations.${x}`))),
                    countries: this.planCountries(p),
                  })}
                </td>
                <td class="num">${t('perMonth', { price: this.i18n.money(p.price) })}</td>
                <td>${t('ownedCount', { count: owned.length, assigned: this.i18n.number(owned.filter((s) => s.memberId).length) })}</td>
                <td>
                  <button
                    class="button"
                    data-plan=${p.id}
                    data-help-label="features:buySubscription"
                    aria-label=${t('common:actionOn', { action: t('buySubscription'), name: p.name })}
                    @click=${(e: Event) => this.openBuyPlan(p.id, e)}
                  >
                    ${t('buySubscription')}
                  </button>
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>

      <h3 id="owned-subscriptions">${t('ownedSubscriptions')}</h3>
      ${d.subscriptions.length === 0
        ? html`<div class="state empty" part="empty"><p>${t('noSubscriptions')}</p></div>`
        : html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="owned-subscriptions">
            <table part="subscriptions">
              <thead>
                <tr>
                  <th scope="col">${t('columns.plan')}</th>
                  <th scope="col">${t('columns.assignedTo')}</th>
                  <th scope="col">${t('columns.renews')}</th>
                  <th scope="col"><span class="visually-hidden">${t('columns.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                ${d.subscriptions.map((s) => {
                  const plan = this.planName(s.planId);
                  const holder = s.memberId ? this.memberName(s.memberId) : '';
                  return html`<tr>
                    <th scope="row">${plan}</th>
                    <td>${holder || html`<span class="muted">${t('unassigned')}</span>`}</td>
                    <td>${this.i18n.date(s.renewsAt)}</td>
                    <td>
                      ${s.memberId
                        ? html`<button
                            class="button small"
                            data-subscription=${s.id}
                            data-help-label="features:unassign"
                            aria-label=${t('common:actionOn', { action: t('unassign'), name: t('holderOf', { item: plan, holder }) })}
                            @click=${(e: Event) => this.askUnassign({ kind: 'subscription', id: s.id, label: plan, holder }, e)}
                          >
                            ${t('unassign')}
                          </button>`
                        : html`<button
                            class="button small"
                            data-subscription=${s.id}
                            data-help-label="features:assign"
                            aria-label=${t('common:actionOn', { action: t('assign'), name: t('unassignedItem', { item: plan }) })}
                            @click=${(e: Event) => this.openAssign({ kind: 'subscription', id: s.id }, e)}
                          >
                            ${t('assign')}
                          </button>`}
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`}
    `;
  }

  // ---- numbers ---------------------------------------------------------------------

  private renderNumbers(d: Data): TemplateResult {
    const t = this.i18n.t;
    return html`
      <div class="bar">
        <h3 id="owned-numbers">${t('ownedNumbers')}</h3>
        <button class="button primary" id="buy-number-button" data-help-label="features:buyNumber" @click=${this.openBuyNumber}>${t('buyNumber')}</button>
      </div>
      <p class="hint">${t('numbersRule')}</p>
      ${d.numbers.length === 0
        ? html`<div class="state empty" part="empty"><p>${t('noNumbers')}</p></div>`
        : html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="owned-numbers">
            <table part="numbers">
              <thead>
                <tr>
                  <th scope="col">${t('columns.number')}</th>
                  <th scope="col">${t('columns.area')}</th>
                  <th scope="col">${t('columns.assignedTo')}</th>
                  <th scope="col" class="num">${t('columns.price')}</th>
                  <th scope="col"><span class="visually-hidden">${t('columns.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                ${d.numbers.map((n) => {
                  const holder = n.assignee ? this.assigneeText(n.assignee) : '';
                  return html`<tr>
                    <th scope="row" class="number">${n.number}</th>
                    <td>${t('area', { area: n.area, country: this.countryName(n.country) })}</td>
                    <td>
                      ${holder || html`<span class="muted">${t('unassigned')}</span>`}
                      ${n.routesToPbx ? html` <span class="badge">${t('ringsPbx')}</span>` : nothing}
                    </td>
                    <td class="num">${t('perMonth', { price: this.i18n.money(n.monthlyPrice) })}</td>
                    <td>
                      ${n.assignee
                        ? html`<button
                            class="button small"
                            data-number=${n.id}
                            data-help-label="features:unassign"
                            aria-label=${t('common:actionOn', { action: t('unassign'), name: n.number })}
                            @click=${(e: Event) => this.askUnassign({ kind: 'number', id: n.id, label: n.number, holder }, e)}
                          >
                            ${t('unassign')}
                          </button>`
                        : html`<button
                            class="button small"
                            data-number=${n.id}
                            data-help-label="features:assign"
                            aria-label=${t('common:actionOn', { action: t('assign'), name: n.number })}
                            @click=${(e: Event) => this.openAssign({ kind: 'number', id: n.id }, e)}
                          >
                            ${t('assign')}
                          </button>`}
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`}
    `;
  }

  // ---- members at a glance ---------------------------------------------------------------

  private renderMembers(d: Data): TemplateResult {
    const t = this.i18n.t;
    const { pool, match } = this.membersFor(this.memberSearch);
    const shown = pool.filter(match);
    return html`
      <div class="field">
        <label for="member-search">${t('findMember')}</label>
        <input
          id="member-search"
          type="search"
          autocomplete="off"
          .value=${live(this.memberSearch)}
          @input=${(e: InputEvent) => (this.memberSearch = this.remoteQuery = (e.target as HTMLInputElement).value)}
        />
      </div>
      ${this.renderLargeHint(this.memberSearch)}
      ${shown.length === 0
        ? this.large && (!this.memberSearch.trim() || this.remote.status !== TaskStatus.COMPLETE)
          ? nothing
          : html`<p class="muted">${t('noMemberMatches', { query: this.memberSearch })}</p>`
        : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t('tabs.members')}>
            <table part="members">
              <thead>
                <tr>
                  <th scope="col">${t('columns.member')}</th>
                  <th scope="col">${t('columns.access')}</th>
                  <th scope="col">${t('tabs.subscriptions')}</th>
                  <th scope="col">${t('tabs.numbers')}</th>
                </tr>
              </thead>
              <tbody>
                ${shown.map((m) => {
                  const on = FEATURES.filter((f) => m.features[f]).map((f) => t(`access.${f}`));
                  const plans = d.subscriptions.filter((s) => s.memberId === m.id).map((s) => this.planName(s.planId));
                  const numbers = d.numbers
                    .filter((n) => n.assignee?.kind === 'member' && n.assignee.memberId === m.id)
                    .map((n) => n.number);
                  return html`<tr>
                    <th scope="row">${m.displayName} ${m.accountName === m.displayName ? nothing : html`<span class="account-id">${m.accountName}</span>`}</th>
                    <td>${on.length ? this.i18n.list(on) : html`<span class="muted">${t('none')}</span>`}</td>
                    <td>${plans.length ? this.i18n.list(plans) : html`<span class="muted">${t('none')}</span>`}</td>
                    <td class="number">${numbers.length ? this.i18n.list(numbers) : html`<span class="muted">${t('none')}</span>`}</td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`}
    `;
  }

  // ---- dialogs: shared parts -------------------------------------------------------------

  private remember(event?: Event): void {
    this.opener = (event?.currentTarget as HTMLElement | undefined) ?? undefined;
  }

  private async restoreFocus(): Promise<void> {
    await this.updateComplete;
    const opener = this.opener;
    if (opener?.isConnected) return opener.focus();
    // The opener was replaced (an Assign button became Unassign): focus the same row's new button.
    const key = opener && ['data-subscription', 'data-number', 'data-plan'].find((a) => opener.hasAttribute(a));
    const id = key ? opener.getAttribute(key) : null;
    if (key && id) this.renderRoot.querySelector<HTMLElement>(`[${key}="${CSS.escape(id)}"]`)?.focus();
  }

  private renderError(error: DialkitError | undefined, money = false): TemplateResult | typeof nothing {
    if (!error) return nothing;
    const t = this.i18n.t;
    const required = error.details?.['required'] as Money | undefined;
    const available = error.details?.['available'] as Money | undefined;
    const text =
      error.code === 'insufficient_balance' && required && available
        ? t('insufficient', { required: this.i18n.money(required), available: this.i18n.money(available) })
        : this.errorText(error);
    return html`<div class="alert" role="alert" tabindex="-1">
      <p>${text}</p>
      ${isOutcomeUnknown(error) ? html`<p>${t(money ? 'notChargedTwice' : 'keptInput')}</p>` : nothing}
    </div>`;
  }

  private async focusAlert(dialog?: HTMLDialogElement): Promise<void> {
    await this.updateComplete;
    dialog?.querySelector<HTMLElement>('.alert')?.focus();
  }

  // ---- buy a subscription -------------------------------------------------------------

  private openBuyPlan(planId: string, event: Event): void {
    this.remember(event);
    if (!(this.subscriptionIntent.uncertain && planId === this.buyPlanId)) {
      this.quantityText = '1';
      this.buyTried = false;
      this.subscriptionIntent.settle();
    }
    this.buyPlanId = planId;
    this.buyError = undefined;
    this.buyPlanDialog?.showModal();
  }

  private quantity(): { value?: number; problem: string } {
    const text = this.quantityText.trim();
    if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 100) return { problem: this.i18n.t('quantityProblem') };
    return { value: Number(text), problem: '' };
  }

  private renderBuyPlanDialog(): TemplateResult {
    const t = this.i18n.t;
    const plan = this.data?.plans.find((p) => p.id === this.buyPlanId);
    const balance = this.data?.balance.balance;
    const q = this.quantity();
    const total = plan && q.value ? multiply(plan.price, q.value) : undefined;
    const short = total && balance && total.amountMinor > balance.amountMinor;
    const problem = q.problem && (this.buyTried || this.quantityText !== '') ? q.problem : '';
    return html`<dialog id="buy-plan-dialog" part="dialog" aria-labelledby="buy-plan-title" @close=${() => void this.restoreFocus()}>
      <form class="dialog-body" novalidate @submit=${this.onBuyPlan}>
        <h2 id="buy-plan-title">${t('buyPlanTitle', { plan: plan?.name ?? '' })}</h2>
        ${plan
          ? html`<p class="hint">
              ${t('planIncludes', {
                minutes: this.i18n.number(plan.minutesPerMonth),
                destinations: this.i18n.list(plan.destinations.map((x) => t(`destinations.${x}`))),
                countries: this.planCountries(plan),
              })}
            </p>`
          : nothing}
        <div class="field">
          <label for="quantity">${t('quantity')}</label>
          <input
            id="quantity"
            inputmode="numeric"
            autocomplete="off"
            .value=${live(this.quantityText)}
            ?readonly=${this.buying}
            aria-invalid=${problem || short ? 'true' : 'false'}
            aria-describedby="quantity-hint ${problem ? 'quantity-error' : ''} ${short ? 'short-error' : ''}"
            @input=${(e: InputEvent) => {
              this.quantityText = (e.target as HTMLInputElement).value;
              if (this.buyError && !isOutcomeUnknown(this.buyError)) this.buyError = undefined;
            }}
          />
          <span class="hint" id="quantity-hint">${t('quantityHint')}</span>
          ${problem ? html`<span class="field-error" id="quantity-error">${problem}</span>` : nothing}
        </div>
        ${total && balance
          ? html`<p class="summary">${t('totalFromBalance', { total: this.i18n.money(total), balance: this.i18n.money(balance) })}</p>`
          : nothing}
        ${short && balance
          ? html`<p class="field-error" id="short-error">
              ${t('insufficient', { required: this.i18n.money(total), available: this.i18n.money(balance) })}
            </p>`
          : nothing}
        ${this.buying ? html`<p class="progress" role="status"><span class="spinner" aria-hidden="true"></span>${t('buying')}</p>` : nothing}
        ${this.renderError(this.buyError, true)}
        <div class="dialog-actions">
          <button type="button" class="button" @click=${() => this.buyPlanDialog?.close()}>${t('common:cancel')}</button>
          <button type="submit" class="button primary" aria-disabled=${this.buying ? 'true' : 'false'} aria-busy=${this.buying ? 'true' : 'false'}>
            ${this.buying ? t('buying') : this.buyError && isOutcomeUnknown(this.buyError) ? t('common:retry') : t('buy')}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  private onBuyPlan = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.buying || !this.data) return;
    this.buyTried = true;
    const plan = this.data.plans.find((p) => p.id === this.buyPlanId);
    const q = this.quantity();
    if (!plan || !q.value) return this.focusIn(this.buyPlanDialog, '#quantity');
    if (multiply(plan.price, q.value).amountMinor > this.data.balance.balance.amountMinor)
      return this.focusIn(this.buyPlanDialog, '#quantity');
    const request = { planId: plan.id, quantity: q.value };
    const key = this.subscriptionIntent.keyFor(request);
    this.buying = true;
    this.buyError = undefined;
    const result = await this.backend.buySubscriptions(request, key);
    this.buying = false;
    if (!result.ok) {
      this.buyError = this.reportError('buySubscriptions', result.error);
      this.subscriptionIntent.uncertain = isOutcomeUnknown(result.error);
      if (!isOutcomeUnknown(result.error)) this.refresh();
      return this.focusAlert(this.buyPlanDialog);
    }
    this.subscriptionIntent.settle();
    const { items, balance } = result.data;
    this.data = { ...this.data, balance: { ...this.data.balance, balance }, subscriptions: [...this.data.subscriptions, ...items] };
    this.emit('dk-subscription-purchased', { planId: plan.id, quantity: q.value, subscriptionIds: items.map((s) => s.id), balance });
    this.announcement = this.i18n.t('subscriptionsBought', { count: q.value, plan: plan.name, balance: this.i18n.money(balance) });
    this.refresh();
    this.buyPlanDialog?.close();
  };

  private async focusIn(dialog: HTMLDialogElement | undefined, selector: string): Promise<void> {
    await this.updateComplete;
    dialog?.querySelector<HTMLElement>(selector)?.focus();
  }

  // ---- buy a number ---------------------------------------------------------------------

  private openBuyNumber = (event: Event): void => {
    this.remember(event);
    if (!this.numberIntent.uncertain) {
      this.chosenNumber = '';
      this.country = '';
      this.buyTried = false;
    }
    this.buyError = undefined;
    this.buyNumberDialog?.showModal();
    this.available.run();
  };

  private renderBuyNumberDialog(): TemplateResult {
    const t = this.i18n.t;
    const balance = this.data?.balance.balance;
    return html`<dialog id="buy-number-dialog" part="dialog" aria-labelledby="buy-number-title" @close=${() => void this.restoreFocus()}>
      <form class="dialog-body" novalidate @submit=${this.onBuyNumber}>
        <h2 id="buy-number-title">${t('buyNumber')}</h2>
        ${balance ? html`<p class="hint">${t('balance', { balance: this.i18n.money(balance) })}</p>` : nothing}
        ${this.renderTask(this.available, {
          isEmpty: (list) => list.length === 0,
          empty: () => html`<p class="notice">${t('noneOnOffer')}</p>`,
          complete: (list) => this.renderOffer(list),
        })}
        ${this.buying ? html`<p class="progress" role="status"><span class="spinner" aria-hidden="true"></span>${t('buying')}</p>` : nothing}
        ${this.renderError(this.buyError, true)}
        <div class="dialog-actions">
          <button type="button" class="button" @click=${() => this.buyNumberDialog?.close()}>${t('common:cancel')}</button>
          <button
            type="submit"
            class="button primary"
            ?disabled=${this.available.status !== TaskStatus.COMPLETE}
            aria-disabled=${this.buying ? 'true' : 'false'}
            aria-busy=${this.buying ? 'true' : 'false'}
          >
            ${this.buying ? t('buying') : this.buyError && isOutcomeUnknown(this.buyError) ? t('common:retry') : t('buy')}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  private renderOffer(list: readonly AvailableNumber[]): TemplateResult {
    const t = this.i18n.t;
    const countries = [...new Set(list.map((n) => n.country))];
    const shown = list.filter((n) => !this.country || n.country === this.country);
    const chosen = list.find((n) => n.number === this.chosenNumber);
    const balance = this.data?.balance.balance;
    const short = chosen && balance && chosen.monthlyPrice.amountMinor > balance.amountMinor;
    const problem = this.buyTried && !chosen ? t('chooseNumber') : '';
    return html`
      <div class="field">
        <label for="country">${t('country')}</label>
        <select id="country" .value=${live(this.country)} @change=${(e: Event) => (this.country = (e.target as HTMLSelectElement).value)}>
          <option value="">${t('allCountries')}</option>
          ${countries.map((c) => html`<option value=${c} ?selected=${this.country === c}>${this.countryName(c)}</option>`)}
        </select>
      </div>
      <fieldset class="choices" aria-describedby=${problem ? 'number-error' : nothing}>
        <legend>${t('numbersOnOffer')}</legend>
        <ul>
          ${list.map(
            (n) => html`<li ?hidden=${!shown.includes(n)}>
              <input
                type="radio"
                name="offer"
                id="o-${n.number.slice(1)}"
                value=${n.number}
                .checked=${live(this.chosenNumber === n.number)}
                aria-describedby="od-${n.number.slice(1)}"
                @change=${() => {
                  if (this.buying) return;
                  this.chosenNumber = n.number;
                  if (this.buyError && !isOutcomeUnknown(this.buyError)) this.buyError = undefined;
                }}
              />
              <label for="o-${n.number.slice(1)}" class="number">${n.number}</label>
              <span class="reason" id="od-${n.number.slice(1)}">
                ${t('offerDetail', { area: n.area, country: this.countryName(n.country), price: this.i18n.money(n.monthlyPrice) })}
              </span>
            </li>`,
          )}
        </ul>
      </fieldset>
      ${problem ? html`<p class="field-error" id="number-error">${problem}</p>` : nothing}
      ${short && balance
        ? html`<p class="field-error">${t('insufficient', { required: this.i18n.money(chosen.monthlyPrice), available: this.i18n.money(balance) })}</p>`
        : nothing}
    `;
  }

  private onBuyNumber = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.buying || !this.data) return;
    this.buyTried = true;
    const offer = this.available.value?.find((n) => n.number === this.chosenNumber);
    if (!offer) return this.focusIn(this.buyNumberDialog, 'input[name="offer"]:not([hidden])');
    if (offer.monthlyPrice.amountMinor > this.data.balance.balance.amountMinor) return;
    const request = { number: offer.number };
    const key = this.numberIntent.keyFor(request);
    this.buying = true;
    this.buyError = undefined;
    const result = await this.backend.buyNumber(request, key);
    this.buying = false;
    if (!result.ok) {
      this.buyError = this.reportError('buyNumber', result.error);
      this.numberIntent.uncertain = isOutcomeUnknown(result.error);
      if (result.error.code === 'number_unavailable') {
        this.chosenNumber = '';
        this.available.run();
      }
      if (!isOutcomeUnknown(result.error)) this.refresh();
      return this.focusAlert(this.buyNumberDialog);
    }
    this.numberIntent.settle();
    const { item, balance } = result.data;
    this.data = { ...this.data, balance: { ...this.data.balance, balance }, numbers: [...this.data.numbers, item] };
    this.emit('dk-number-purchased', { numberId: item.id, number: item.number, balance });
    this.announcement = this.i18n.t('numberBought', { number: item.number, balance: this.i18n.money(balance) });
    this.chosenNumber = '';
    this.refresh();
    this.buyNumberDialog?.close();
  };

  // ---- assign ---------------------------------------------------------------------------

  private async openAssign(target: Target, event: Event): Promise<void> {
    this.remember(event);
    this.target = target;
    this.assigneeKind = 'member';
    this.assignSearch = this.remoteQuery = '';
    this.assigneeId = '';
    this.assignTried = false;
    this.saveError = undefined;
    this.assigning = true;
    await this.updateComplete;
    this.assignDialog?.showModal();
  }

  /** Why a member cannot take this: numbers need the member's online-number feature. */
  private memberRefusal(m: Member): string {
    return this.target?.kind === 'number' && !m.features.onlineNumber ? this.i18n.t('onlineNumberOff') : '';
  }

  private renderAssignDialog(): TemplateResult {
    const t = this.i18n.t;
    if (!this.assigning) return html`<dialog id="assign-dialog" part="dialog"></dialog>`;
    const d = this.data;
    const target = this.target;
    const subject =
      !d || !target
        ? ''
        : target.kind === 'number'
          ? (d.numbers.find((n) => n.id === target.id)?.number ?? '')
          : this.planName(d.subscriptions.find((s) => s.id === target.id)?.planId ?? '');
    const problem = this.assignTried && !this.assigneeId ? t(this.assigneeKind === 'member' ? 'chooseMember' : 'chooseProfile') : '';
    const { pool: members, match } = this.membersFor(this.assignSearch, this.assigneeKind === 'member' && this.assigneeId ? [this.assigneeId] : []);
    return html`<dialog
      id="assign-dialog"
      part="dialog"
      aria-labelledby="assign-title"
      @close=${() => {
        this.assigning = false;
        this.remoteQuery = this.memberSearch;
        void this.restoreFocus();
      }}
    >
      <form class="dialog-body" novalidate @submit=${this.onAssign}>
        <h2 id="assign-title">${t('assignTitle', { item: subject })}</h2>
        ${target?.kind === 'number'
          ? html`<fieldset class="mode">
              <legend>${t('assignTo')}</legend>
              ${(['member', 'sip_profile'] as const).map(
                (kind) => html`<label class="radio">
                  <input
                    type="radio"
                    name="assignee-kind"
                    value=${kind}
                    .checked=${live(this.assigneeKind === kind)}
                    @change=${() => {
                      this.assigneeKind = kind;
                      this.assigneeId = '';
                      this.saveError = undefined;
                    }}
                  />
                  ${t(kind === 'member' ? 'businessAccount' : 'sipProfile')}
                </label>`,
              )}
            </fieldset>`
          : nothing}
        ${this.assigneeKind === 'member'
          ? html`<div class="field">
                <label for="assign-search">${t('findMember')}</label>
                <input
                  id="assign-search"
                  type="search"
                  autocomplete="off"
                  .value=${live(this.assignSearch)}
                  @input=${(e: InputEvent) => (this.assignSearch = this.remoteQuery = (e.target as HTMLInputElement).value)}
                />
              </div>
              ${this.renderLargeHint(this.assignSearch)}
              <fieldset class="choices" aria-describedby=${problem ? 'assign-error' : nothing}>
                <legend>${t('businessAccounts')}</legend>
                <ul>
                  ${members.map((m) => {
                    const refusal = this.memberRefusal(m);
                    return html`<li
                      ?hidden=${!match(m) && m.id !== this.assigneeId}
                      class=${refusal ? 'unavailable' : ''}
                    >
                      <input
                        type="radio"
                        name="assignee"
                        id="a-${m.id}"
                        value=${m.id}
                        ?disabled=${!!refusal}
                        .checked=${live(this.assigneeId === m.id)}
                        aria-describedby=${refusal ? `ar-${m.id}` : nothing}
                        @change=${() => this.choose(m.id)}
                      />
                      <label for="a-${m.id}">${m.displayName} ${m.accountName === m.displayName ? nothing : html`<span class="account-id">${m.accountName}</span>`}</label>
                      ${refusal ? html`<span class="reason" id="ar-${m.id}">${refusal}</span>` : nothing}
                    </li>`;
                  })}
                </ul>
              </fieldset>`
          : html`<fieldset class="choices" aria-describedby=${problem ? 'assign-error' : nothing}>
              <legend>${t('sipProfiles')}</legend>
              ${(d?.profiles ?? []).length === 0
                ? html`<p>${t('noProfiles')}</p>`
                : html`<ul>
                    ${(d?.profiles ?? []).map(
                      (p) => html`<li>
                        <input
                          type="radio"
                          name="assignee"
                          id="p-${p.id}"
                          value=${p.id}
                          .checked=${live(this.assigneeId === p.id)}
                          @change=${() => this.choose(p.id)}
                        />
                        <label for="p-${p.id}">${p.name}</label>
                      </li>`,
                    )}
                  </ul>`}
            </fieldset>`}
        ${problem ? html`<p class="field-error" id="assign-error">${problem}</p>` : nothing}
        ${target?.kind === 'number' && this.assigneeKind === 'sip_profile' ? html`<p class="hint">${t('pbxNote')}</p>` : nothing}
        ${this.renderError(this.saveError)}
        <div class="dialog-actions">
          <button type="button" class="button" @click=${() => this.assignDialog?.close()}>${t('common:cancel')}</button>
          <button type="submit" class="button primary" ?disabled=${this.saving} aria-busy=${this.saving ? 'true' : 'false'}>
            ${this.saving ? t('common:saving') : this.saveError && isOutcomeUnknown(this.saveError) ? t('common:retry') : t('assign')}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  private choose(id: string): void {
    this.assigneeId = id;
    if (this.saveError && this.saveError.code !== 'conflict') this.saveError = undefined;
  }

  private onAssign = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const target = this.target;
    if (this.saving || !target || !this.data) return;
    this.assignTried = true;
    if (!this.assigneeId) return this.focusIn(this.assignDialog, 'input[name="assignee"]:not([disabled])');
    const assignee: NumberAssignee =
      this.assigneeKind === 'member' ? { kind: 'member', memberId: this.assigneeId } : { kind: 'sip_profile', sipProfileId: this.assigneeId };
    const ok = await this.write(target, target.kind === 'number' ? assignee : { kind: 'member', memberId: this.assigneeId }, 'assign');
    if (!ok) return this.focusAlert(this.assignDialog);
    const name = this.assigneeKind === 'member' ? this.memberName(this.assigneeId) : this.assigneeText(assignee);
    this.announcement = this.i18n.t('assigned', { name });
    this.assignDialog?.close();
  };

  /**
   * One assignment write with the record's current version. A conflict puts
   * the fresh record in place (or reloads everything) and leaves the dialog's
   * choice as it was, so confirming again applies it to the fresh version.
   */
  private async write(target: Target, assignee: NumberAssignee, mode: 'assign' | 'unassign'): Promise<boolean> {
    const d = this.data!;
    this.saving = true;
    if (mode === 'assign') this.saveError = undefined;
    else this.removeError = undefined;
    let error: DialkitError | undefined;
    if (target.kind === 'subscription') {
      const record = d.subscriptions.find((s) => s.id === target.id);
      const memberId = assignee?.kind === 'member' ? assignee.memberId : null;
      const result = record
        ? await this.backend.assignSubscription(record.id, { version: record.version, memberId })
        : undefined;
      if (result?.ok) {
        this.replace('subscriptions', result.data);
        this.emit('dk-subscription-assigned', { subscriptionId: target.id, memberId });
      } else error = result?.error ?? { code: 'not_found', message: target.id };
    } else {
      const record = d.numbers.find((n) => n.id === target.id);
      const result = record ? await this.backend.assignNumber(record.id, { version: record.version, assignee }) : undefined;
      if (result?.ok) {
        this.replace('numbers', result.data);
        this.emit('dk-number-assigned', { numberId: target.id, assignee });
      } else error = result?.error ?? { code: 'not_found', message: target.id };
    }
    this.saving = false;
    if (!error) {
      this.refresh();
      return true;
    }
    const shown = this.reportError(target.kind === 'number' ? 'assignNumber' : 'assignSubscription', error);
    if (mode === 'assign') this.saveError = shown;
    else this.removeError = shown;
    const current = error.details?.['current'] as Subscription | OnlineNumber | undefined;
    if (error.code === 'conflict' && current?.id === target.id) this.replace(target.kind === 'number' ? 'numbers' : 'subscriptions', current);
    if (!isOutcomeUnknown(error)) this.refresh();
    return false;
  }

  private replace(list: 'subscriptions' | 'numbers', fresh: Subscription | OnlineNumber): void {
    if (!this.data) return;
    const items = (this.data[list] as Array<Subscription | OnlineNumber>).map((x) => (x.id === fresh.id ? fresh : x));
    this.data = { ...this.data, [list]: items };
  }

  // ---- unassign ------------------------------------------------------------------------

  private askUnassign(removal: Removal, event: Event): void {
    this.remember(event);
    this.removal = removal;
    this.removeError = undefined;
    this.unassignDialog?.showModal();
  }

  private renderUnassignDialog(): TemplateResult {
    const t = this.i18n.t;
    const r = this.removal;
    return html`<dialog
      id="unassign-dialog"
      part="dialog"
      role="alertdialog"
      aria-labelledby="unassign-title"
      aria-describedby="unassign-body"
      @close=${() => void this.restoreFocus()}
    >
      <div class="dialog-body">
        <h2 id="unassign-title">${r ? t('unassignTitle', { item: r.label }) : ''}</h2>
        <p id="unassign-body">
          ${r ? t(r.kind === 'number' ? 'unassignNumberBody' : 'unassignSubscriptionBody', { item: r.label, holder: r.holder }) : ''}
        </p>
        ${this.renderError(this.removeError)}
        <div class="dialog-actions">
          <button type="button" class="button" autofocus @click=${() => this.unassignDialog?.close()}>${t('common:cancel')}</button>
          <button type="button" class="button danger" ?disabled=${this.saving} aria-busy=${this.saving ? 'true' : 'false'} @click=${this.confirmUnassign}>
            ${this.saving ? t('common:saving') : t('unassign')}
          </button>
        </div>
      </div>
    </dialog>`;
  }

  private confirmUnassign = async (): Promise<void> => {
    const r = this.removal;
    if (!r || this.saving) return;
    const ok = await this.write({ kind: r.kind, id: r.id }, null, 'unassign');
    if (!ok) return this.focusAlert(this.unassignDialog);
    this.announcement = this.i18n.t('unassignDone', { item: r.label, holder: r.holder });
    this.unassignDialog?.close();
  };
}
