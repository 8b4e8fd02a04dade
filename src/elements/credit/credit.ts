import { html, nothing, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { AutoRecharge, Balance, LedgerEntryKind, LedgerPage, LedgerQuery, Member } from '../../adapter/types.js';
import type { DialkitError } from '../../core/errors.js';
import { isOutcomeUnknown } from '../../core/errors.js';
import { minorDigits, money, multiply, parseAmount, type Money } from '../../core/money.js';
import { matchesQuery } from '../../core/text.js';
import { DialkitElement, Task, TaskStatus, unwrap } from '../shared/base.js';
import { MoneyIntent } from '../shared/intent.js';
import { styles } from './credit.styles.js';

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

type Mode = 'oneOff' | 'auto';
type AmountProblem = 'empty' | 'format' | 'zero';
type Parsed = { value: Money; problem?: undefined } | { value?: undefined; problem: AmountProblem };

const LEDGER_KINDS: readonly LedgerEntryKind[] = ['purchase', 'allocation', 'reclaim', 'subscription', 'number'];
const PAGE_SIZE = 20;
/** Preset purchase amounts, in major units of the manager's currency. */
const PRESETS = [100, 200, 500, 1000, 2000] as const;


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
  static override styles = [...DialkitElement.styles, styles];
  static override namespaces = ['credit', 'common', 'errors'];
  static override helpArticle = 'buy-credit';

  @state() private balance?: Balance;
  @state() private members?: Member[];
  /** How many members the company has; more than loaded means the pickers search on the server. */
  @state() private membersTotal = 0;
  /** What a picker's search field asks the server, in a large company. */
  @state() private remoteQuery = '';
  @state() private remoteIds?: string[];
  @state() private revision = 0;
  @state() private announcement = '';

  // Ledger filters and page
  @state() private kind: LedgerEntryKind | '' = '';
  @state() private memberFilter = '';
  @state() private from = '';
  @state() private to = '';
  @state() private offset = 0;
  @state() private ledgerPage?: LedgerPage;
  @state() private ledgerUnfiltered?: boolean;
  /** The balance read together with the unfiltered ledger page, which its sum must equal. */
  @state() private ledgerBalance?: Money;

  // Buy
  @state() private buyText = '';
  @state() private buyTried = false;
  @state() private buying = false;
  @state() private buyError?: DialkitError;
  private readonly buyIntent = new MoneyIntent();

  // Allocate
  @state() private allocSearch = '';
  @state() private selected: string[] = [];
  @state() private mode: Mode = 'oneOff';
  @state() private allocText = '';
  @state() private autoAmount = '';
  @state() private autoThreshold = '';
  @state() private autoCap = '';
  @state() private allocTried = false;
  @state() private allocating = false;
  @state() private allocError?: DialkitError;
  @state() private allocProblem = '';
  private readonly allocIntent = new MoneyIntent();
  /** Members whose top-up the current intent already applied (skipped when confirming again). */
  private autoApplied = new Set<string>();

  // Take back
  @state() private reclaimSearch = '';
  @state() private reclaimMemberId = '';
  @state() private reclaimText = '';
  @state() private reclaimTried = false;
  @state() private reclaiming = false;
  @state() private reclaimError?: DialkitError;
  private readonly reclaimIntent = new MoneyIntent();

  /** The member dialog being shown: their long lists are rendered only while open. */
  @state() private shownDialog: '' | 'allocate' | 'reclaim' = '';

  @query('#buy-dialog') private buyDialog?: HTMLDialogElement;
  @query('#allocate-dialog') private allocateDialog?: HTMLDialogElement;
  @query('#reclaim-dialog') private reclaimDialog?: HTMLDialogElement;

  /** The balance, limits and members; kept on screen while it reloads. */
  private readonly overview = new Task(this, {
    task: async ([backend], { signal }) => {
      const [balance, members] = await Promise.all([
        backend.getBalance({ signal }),
        backend.listMembers({ sort: 'name', limit: 500 }, { signal }),
      ]);
      const page = unwrap(members);
      return { balance: unwrap(balance), members: page.items, total: page.total };
    },
    args: () => [this.backend, this.revision] as const,
    onComplete: ({ balance, members, total }) => {
      this.balance = balance;
      // Members found by a search stay known, so a selection survives a reload.
      const loaded = new Set(members.map((m) => m.id));
      this.members = [...members, ...(this.members ?? []).filter((m) => !loaded.has(m.id))];
      this.membersTotal = total;
    },
    onError: (error) => this.reportError('getBalance', error),
  });

  private readonly ledger = new Task(this, {
    task: async ([backend, , kind, memberId, from, to, offset], { signal }) => {
      if (from && to && from > to) return null;
      const q: LedgerQuery = { offset, limit: PAGE_SIZE };
      if (kind) q.kind = kind;
      if (memberId) q.memberId = memberId;
      if (from) q.from = from;
      if (to) q.to = to;
      const unfiltered = !kind && !memberId && !from && !to;
      // Unfiltered, the sum is checked against the balance read at the same moment.
      const [page, balance] = await Promise.all([
        backend.listLedger(q, { signal }),
        unfiltered ? backend.getBalance({ signal }) : undefined,
      ]);
      const entries = unwrap(page);
      // Members of this page that are not loaded (a large company), read one by one; a removed one stays unnamed.
      const known = new Set((this.members ?? []).map((m) => m.id));
      const missing = [...new Set(entries.items.map((e) => e.memberId).filter((id): id is string => !!id && !known.has(id)))];
      const found = await Promise.all(missing.map((id) => backend.getMember(id, { signal })));
      const extra = found.flatMap((r) => (r.ok ? [r.data] : []));
      return { page: entries, unfiltered, balance: balance ? unwrap(balance).balance : undefined, extra };
    },
    args: () => [this.backend, this.revision, this.kind, this.memberFilter, this.from, this.to, this.offset] as const,
    onComplete: (result) => {
      if (!result) return;
      this.ledgerPage = result.page;
      this.ledgerUnfiltered = result.unfiltered;
      this.ledgerBalance = result.balance;
      if (result.extra.length) this.members = [...(this.members ?? []), ...result.extra.filter((m) => !this.members?.some((k) => k.id === m.id))];
    },
    onError: (error) => this.reportError('listLedger', error),
  });

  /**
   * In a company too large to load at once, the pickers ask the server for the
   * members matching what is typed (after a short pause), and keep them known.
   */
  private readonly remote = new Task(this, {
    task: async ([backend, query, large], { signal }) => {
      if (!large || !query.trim()) return null;
      await new Promise((resolve) => setTimeout(resolve, 250));
      signal.throwIfAborted();
      return unwrap(await backend.listMembers({ query: query.trim(), sort: 'name', limit: 50 }, { signal })).items;
    },
    args: () => [this.backend, this.remoteQuery, this.large] as const,
    onComplete: (found) => {
      if (!found) return;
      const known = new Map((this.members ?? []).map((m) => [m.id, m]));
      for (const m of found) known.set(m.id, m);
      this.members = [...known.values()];
      this.remoteIds = found.map((m) => m.id);
    },
    onError: (error) => this.reportError('listMembers', error),
  });

  private get large(): boolean {
    return (this.members?.length ?? 0) < this.membersTotal;
  }

  /**
   * The members a picker lists for `query`: every loaded member (those not
   * matching are hidden) in a company loaded whole; else the chosen ones and
   * the server's answer.
   */
  private pickerPool(query: string, chosen: readonly string[]): { pool: Member[]; match: (m: Member) => boolean } {
    const members = this.members ?? [];
    if (!this.large) return { pool: members, match: (m) => matchesQuery(query, m.displayName, m.accountName) };
    const ids = new Set([...chosen, ...(query.trim() ? (this.remoteIds ?? []) : [])]);
    const found = new Set(query.trim() ? (this.remoteIds ?? []) : []);
    return { pool: members.filter((m) => ids.has(m.id)), match: (m) => found.has(m.id) };
  }

  private renderLargeHint(query: string): TemplateResult | typeof nothing {
    if (!this.large) return nothing;
    const t = this.i18n.t;
    if (!query.trim()) return html`<p class="hint">${t('picker.typeToFind', { count: this.membersTotal })}</p>`;
    if (this.remote.status === TaskStatus.PENDING)
      return html`<p class="hint" role="status"><span class="spinner" aria-hidden="true"></span>${t('common:loading')}</p>`;
    if (this.remote.status === TaskStatus.ERROR)
      return html`<p class="field-error">${this.errorText(this.remote.error as DialkitError)}</p>`;
    return nothing;
  }

  private get currency(): string {
    return this.balance?.balance.currency ?? 'EUR';
  }

  /** Reloads balance, members and ledger after a change. */
  private refresh(): void {
    this.revision++;
  }

  private parse(text: string): Parsed {
    if (text.trim() === '') return { problem: 'empty' };
    const value = parseAmount(text, this.currency);
    if (!value) return { problem: 'format' };
    if (value.amountMinor <= 0) return { problem: 'zero' };
    return { value };
  }

  private amountProblemText(problem: AmountProblem): string {
    const digits = minorDigits(this.currency);
    const example = this.i18n.number(1250 / 10 ** digits, { minimumFractionDigits: digits, useGrouping: false });
    return this.i18n.t(`amount.${problem}`, { example });
  }

  /** An amount as someone would type it, without currency or grouping: "12,50". */
  private plain(value: Money): string {
    const digits = minorDigits(value.currency);
    return this.i18n.number(value.amountMinor / 10 ** digits, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    });
  }

  private memberName(id: string | null): string {
    if (!id) return '';
    return this.members?.find((m) => m.id === id)?.displayName ?? this.i18n.t('ledger.formerMember');
  }

  /** The account name beside the display name, unless they are the same. */
  private accountOf(m: Member): TemplateResult | typeof nothing {
    return m.accountName === m.displayName ? nothing : html`<span class="account-id">${m.accountName}</span>`;
  }

  private autoSummary(rule: AutoRecharge | null): string {
    if (!rule) return this.i18n.t('autoOff');
    return this.i18n.t('autoSummary', {
      amount: this.i18n.money(rule.amount),
      threshold: this.i18n.money(rule.threshold),
      cap: this.i18n.money(rule.monthlyCap),
    });
  }

  // ---- page -----------------------------------------------------------------

  override render(): TemplateResult {
    const t = this.i18n.t;
    return html`
      <div class="layout ${this.helpOpen ? 'has-help' : ''}">
        <section aria-labelledby="title">
          <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
          <header class="head">
            <h2 id="title" data-help-label="credit:title">${t('title')}</h2>
            ${this.renderHelpButton()}
          </header>
          ${this.balance && this.members
            ? this.renderContent(this.balance)
            : this.renderTask(this.overview, { complete: () => nothing })}
        </section>
        ${this.renderHelpPanel()}
      </div>
      ${this.renderBuyDialog()} ${this.renderAllocateDialog()} ${this.renderReclaimDialog()}
    `;
  }

  private renderContent(b: Balance): TemplateResult {
    const t = this.i18n.t;
    const limit = b.purchaseLimit;
    const left = Math.max(limit.monthly.amountMinor - limit.usedThisMonth.amountMinor, 0);
    const reloadFailed = this.overview.status === TaskStatus.ERROR;
    return html`
      ${reloadFailed
        ? html`<div class="alert" role="alert">
            <p>${this.errorText(this.overview.error as DialkitError)}</p>
            <button class="button" @click=${() => this.overview.run()}>${t('common:retry')}</button>
          </div>`
        : nothing}
      <div class="balance-card" part="balance">
        <div>
          <p class="balance-label" id="balance-label">${t('balanceLabel')}</p>
          <p class="balance-amount" aria-describedby="balance-label">${this.i18n.money(b.balance)}</p>
          <ul class="limits">
            <li>${t('limits.perPurchase', { max: this.i18n.money(limit.perPurchase) })}</li>
            <li>
              ${t('limits.monthly', { left: this.i18n.money(money(left, b.balance.currency)), limit: this.i18n.money(limit.monthly) })}
            </li>
          </ul>
        </div>
        <div class="actions">
          <button class="button primary" part="buy-button" id="buy-button" data-help-label="credit:buyButton" @click=${this.openBuy}>${t('buyButton')}</button>
          <button class="button" part="allocate-button" id="allocate-button" data-help-label="credit:allocateButton" @click=${this.openAllocate}>
            ${t('allocateButton')}
          </button>
          ${b.reclaimPolicy === 'never'
            ? nothing
            : html`<button class="button" part="reclaim-button" id="reclaim-button" data-help-label="credit:reclaimButton" @click=${this.openReclaim}>
                ${t('reclaimButton')}
              </button>`}
        </div>
      </div>
      ${b.reclaimPolicy === 'never' ? html`<p class="hint policy">${t('reclaim.policyNever')}</p>` : nothing}
      ${this.renderLedger(b)}
    `;
  }

  // ---- ledger ---------------------------------------------------------------

  private get filtered(): boolean {
    return !!(this.kind || this.memberFilter || this.from || this.to);
  }

  private renderLedger(b: Balance): TemplateResult {
    const t = this.i18n.t;
    const badRange = !!(this.from && this.to && this.from > this.to);
    const page = this.ledgerPage;
    return html`<section class="ledger" part="ledger" aria-labelledby="ledger-title">
      <h3 id="ledger-title" data-help-label="credit:ledger.title">${t('ledger.title')}</h3>
      <div class="filters" role="group" aria-label=${t('ledger.filters')}>
        <div class="field">
          <label for="f-kind">${t('ledger.kindFilter')}</label>
          <select id="f-kind" .value=${live(this.kind)} @change=${(e: Event) => this.setFilter('kind', (e.target as HTMLSelectElement).value)}>
            <option value="">${t('ledger.allKinds')}</option>
            ${LEDGER_KINDS.map((k) => html`<option value=${k} ?selected=${this.kind === k}>${t(`ledger.kinds.${k}`)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="f-member">${t('ledger.memberFilter')}</label>
          <select
            id="f-member"
            .value=${live(this.memberFilter)}
            @change=${(e: Event) => this.setFilter('memberFilter', (e.target as HTMLSelectElement).value)}
          >
            <option value="">${t('ledger.allMembers')}</option>
            ${(this.members ?? []).map(
              (m) => html`<option value=${m.id} ?selected=${this.memberFilter === m.id}>${m.displayName}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="f-from">${t('ledger.from')}</label>
          <input
            id="f-from"
            type="date"
            .value=${live(this.from)}
            aria-invalid=${badRange ? 'true' : 'false'}
            aria-describedby=${badRange ? 'range-error' : nothing}
            @change=${(e: Event) => this.setFilter('from', (e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="f-to">${t('ledger.to')}</label>
          <input
            id="f-to"
            type="date"
            .value=${live(this.to)}
            aria-invalid=${badRange ? 'true' : 'false'}
            aria-describedby=${badRange ? 'range-error' : nothing}
            @change=${(e: Event) => this.setFilter('to', (e.target as HTMLInputElement).value)}
          />
        </div>
        ${this.filtered
          ? html`<button type="button" class="button clear" @click=${this.clearFilters}>${t('ledger.clear')}</button>`
          : nothing}
      </div>
      ${badRange ? html`<p class="field-error" id="range-error">${t('ledger.badRange')}</p>` : nothing}
      ${page
        ? this.renderLedgerPage(page, b)
        : this.renderTask(this.ledger, { complete: () => nothing })}
    </section>`;
  }

  private setFilter(name: 'kind' | 'memberFilter' | 'from' | 'to', value: string): void {
    (this as unknown as Record<string, string>)[name] = value;
    this.offset = 0;
  }

  private clearFilters = async (): Promise<void> => {
    this.kind = '';
    this.memberFilter = '';
    this.from = '';
    this.to = '';
    this.offset = 0;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#f-kind')?.focus();
  };

  private renderLedgerPage(page: LedgerPage, b: Balance): TemplateResult {
    const t = this.i18n.t;
    const busy = this.ledger.status === TaskStatus.PENDING;
    const failed = this.ledger.status === TaskStatus.ERROR;
    if (page.total === 0 && this.ledgerUnfiltered) {
      return html`<div class="state empty" part="empty">
        <div>
          <h4>${t('empty.title')}</h4>
          <p>${t('empty.body')}</p>
        </div>
      </div>`;
    }
    const first = page.total === 0 ? 0 : this.offset + 1;
    const last = this.offset + page.items.length;
    return html`
      ${failed
        ? html`<div class="alert" role="alert">
            <p>${this.errorText(this.ledger.error as DialkitError)}</p>
            <button class="button" @click=${() => this.ledger.run()}>${t('common:retry')}</button>
          </div>`
        : nothing}
      <p class="sum" id="ledger-sum">${this.sumText(page, b)}</p>
      ${page.total === 0
        ? html`<p class="none">${t('ledger.noMatches')}</p>`
        : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t('ledger.caption')}>
            <table class="stack" aria-describedby="ledger-sum" aria-busy=${busy ? 'true' : 'false'}>
              <caption class="visually-hidden">${t('ledger.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">${t('ledger.columns.date')}</th>
                  <th scope="col">${t('ledger.columns.kind')}</th>
                  <th scope="col">${t('ledger.columns.member')}</th>
                  <th scope="col" class="num">${t('ledger.columns.amount')}</th>
                  <th scope="col" class="num">${t('ledger.columns.balanceAfter')}</th>
                  <th scope="col">${t('ledger.columns.actor')}</th>
                </tr>
              </thead>
              <tbody>
                ${page.items.map(
                  (e) => html`<tr>
                    <td data-label=${t('ledger.columns.date')}>
                      ${this.i18n.date(e.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                    </td>
                    <td data-label=${t('ledger.columns.kind')}>${t(`ledger.kinds.${e.kind}`)}</td>
                    <td data-label=${t('ledger.columns.member')}>
                      ${e.memberId ? this.memberName(e.memberId) : t('ledger.company')}
                    </td>
                    <td data-label=${t('ledger.columns.amount')} class="num ${e.amount.amountMinor < 0 ? 'debit' : 'credit'}">
                      ${this.i18n.money(e.amount)}
                    </td>
                    <td data-label=${t('ledger.columns.balanceAfter')} class="num">${this.i18n.money(e.balanceAfter)}</td>
                    <td data-label=${t('ledger.columns.actor')}>${e.actorAccountName}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`}
      <nav class="pager" aria-label=${t('ledger.pages')}>
        ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
        <span>${t('ledger.range', { from: this.i18n.number(first), to: this.i18n.number(last), count: page.total })}</span>
        <button
          type="button"
          class="button"
          ?disabled=${this.offset === 0}
          @click=${() => this.turnPage(Math.max(this.offset - PAGE_SIZE, 0))}
        >
          ${t('ledger.previous')}
        </button>
        <button
          type="button"
          class="button"
          ?disabled=${this.offset + PAGE_SIZE >= page.total}
          @click=${() => this.turnPage(this.offset + PAGE_SIZE)}
        >
          ${t('ledger.next')}
        </button>
      </nav>
    `;
  }

  /** Shows another page; focus stays on the pager, or moves to the table when its button is now disabled. */
  private async turnPage(offset: number): Promise<void> {
    const root = this.renderRoot as ShadowRoot;
    const fromPager = !!root.activeElement?.closest('.pager');
    this.offset = offset;
    await this.ledger.taskComplete.catch(() => undefined);
    await this.updateComplete;
    const active = root.activeElement;
    if (fromPager && (!active || (active instanceof HTMLButtonElement && active.disabled)))
      root.querySelector<HTMLElement>('.ledger .table-wrap')?.focus();
  }

  private sumText(page: LedgerPage, b: Balance): string {
    const t = this.i18n.t;
    const sum = this.i18n.money(page.sum);
    if (!this.ledgerUnfiltered) return t('ledger.sumFiltered', { count: page.total, sum });
    const balance = this.ledgerBalance ?? b.balance;
    return page.sum.amountMinor === balance.amountMinor
      ? t('ledger.sumMatches', { sum })
      : t('ledger.sumMismatch', { sum, balance: this.i18n.money(balance) });
  }

  // ---- shared dialog parts ------------------------------------------------------

  private renderWriteError(error: DialkitError | undefined, specific?: string): TemplateResult | typeof nothing {
    if (!error) return nothing;
    const t = this.i18n.t;
    return html`<div class="alert" role="alert" tabindex="-1">
      <p>${specific ?? this.errorText(error)}</p>
      ${isOutcomeUnknown(error) ? html`<p>${t('keptInput')}</p>` : nothing}
    </div>`;
  }

  private async focusIn(dialog: HTMLDialogElement | undefined, selector: string): Promise<void> {
    await this.updateComplete;
    dialog?.querySelector<HTMLElement>(selector)?.focus();
  }

  private onMemberDialogClose(opener: string): () => void {
    return () => {
      this.shownDialog = '';
      void this.returnFocus(opener);
    };
  }

  private async returnFocus(id: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  // ---- buy ------------------------------------------------------------------------

  /** The most that can be bought now: the per-purchase limit, or what the month leaves if less. */
  private maxPurchase(b: Balance): { max: number; by: 'perPurchase' | 'monthly' } {
    const l = b.purchaseLimit;
    const left = Math.max(l.monthly.amountMinor - l.usedThisMonth.amountMinor, 0);
    return left < l.perPurchase.amountMinor ? { max: left, by: 'monthly' } : { max: l.perPurchase.amountMinor, by: 'perPurchase' };
  }

  private buyProblem(): string {
    const b = this.balance;
    if (!b) return '';
    const parsed = this.parse(this.buyText);
    if (parsed.problem) return parsed.problem === 'empty' && !this.buyTried ? '' : this.amountProblemText(parsed.problem);
    const { max, by } = this.maxPurchase(b);
    if (parsed.value.amountMinor > max) return this.limitText(by, money(max, this.currency));
    return '';
  }

  private limitText(by: string, max: Money): string {
    return by === 'monthly'
      ? this.i18n.t('buy.overMonthly', { left: this.i18n.money(max) })
      : this.i18n.t('buy.overPerPurchase', { max: this.i18n.money(max) });
  }

  private openBuy = (): void => {
    // A purchase whose outcome is unknown stays open: confirming again replays it, never charges twice.
    if (!this.buyIntent.uncertain) {
      this.buyText = '';
      this.buyTried = false;
    }
    this.buyError = undefined;
    this.buyDialog?.showModal();
  };

  private renderBuyDialog(): TemplateResult {
    const t = this.i18n.t;
    const b = this.balance;
    const problem = this.buyProblem();
    const parsed = this.parse(this.buyText);
    const limitError =
      this.buyError?.code === 'purchase_limit_exceeded' && this.buyError.details?.['max']
        ? this.limitText(String(this.buyError.details['limit']), this.buyError.details['max'] as Money)
        : undefined;
    const { max } = b ? this.maxPurchase(b) : { max: 0 };
    const digits = minorDigits(this.currency);
    return html`<dialog
      id="buy-dialog"
      part="dialog"
      aria-labelledby="buy-title"
      @close=${() => void this.returnFocus('buy-button')}
    >
      <form class="dialog-body" novalidate @submit=${this.onBuy}>
        <h2 id="buy-title">${t('buy.title')}</h2>
        ${b
          ? html`<p class="hint" id="buy-limits">
              ${t('buy.limits', {
                max: this.i18n.money(b.purchaseLimit.perPurchase),
                left: this.i18n.money(
                  money(Math.max(b.purchaseLimit.monthly.amountMinor - b.purchaseLimit.usedThisMonth.amountMinor, 0), this.currency),
                ),
              })}
            </p>`
          : nothing}
        <div class="presets" role="group" aria-label=${t('buy.presets')}>
          ${PRESETS.map((major) => {
            const value = money(major * 10 ** digits, this.currency);
            const text = this.plain(value);
            return html`<button
              type="button"
              class="button preset"
              aria-pressed=${parsed.value?.amountMinor === value.amountMinor ? 'true' : 'false'}
              ?disabled=${this.buying || value.amountMinor > max}
              @click=${() => this.setBuyText(text)}
            >
              ${this.i18n.money(value)}
            </button>`;
          })}
        </div>
        <div class="field">
          <label for="buy-amount">${t('buy.amountLabel', { currency: this.currency })}</label>
          <input
            id="buy-amount"
            inputmode="decimal"
            autocomplete="off"
            .value=${live(this.buyText)}
            ?readonly=${this.buying}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby="buy-limits ${problem ? 'buy-error' : ''}"
            @input=${(e: InputEvent) => this.setBuyText((e.target as HTMLInputElement).value)}
          />
          ${problem ? html`<span class="field-error" id="buy-error">${problem}</span>` : nothing}
        </div>
        ${parsed.value && !problem
          ? html`<p class="summary">${t('buy.summary', { amount: this.i18n.money(parsed.value) })}</p>`
          : nothing}
        ${this.buyIntent.uncertain && !this.buyError
          ? html`<p class="notice">${t('buy.uncertain')}</p>`
          : nothing}
        ${this.buying
          ? html`<p class="progress" role="status"><span class="spinner" aria-hidden="true"></span>${t('buy.progress', {
              amount: parsed.value ? this.i18n.money(parsed.value) : '',
            })}</p>`
          : nothing}
        ${this.renderWriteError(this.buyError, limitError)}
        ${this.buyError && isOutcomeUnknown(this.buyError) ? html`<p class="hint">${t('notChargedTwice')}</p>` : nothing}
        <div class="dialog-actions">
          <button type="button" class="button" @click=${() => this.buyDialog?.close()}>${t('common:cancel')}</button>
          <button
            type="submit"
            class="button primary"
            data-help-label="credit:buy.confirm"
            aria-disabled=${this.buying ? 'true' : 'false'}
            aria-busy=${this.buying ? 'true' : 'false'}
          >
            ${this.buying
              ? t('buy.buying')
              : this.buyError && isOutcomeUnknown(this.buyError)
                ? t('common:retry')
                : t('buy.confirm')}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  private setBuyText(text: string): void {
    if (this.buying) return;
    this.buyText = text;
    if (this.buyError && !isOutcomeUnknown(this.buyError)) this.buyError = undefined;
  }

  private onBuy = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    // A second click while the first is on its way does nothing: the same request is already sent.
    if (this.buying || !this.balance) return;
    this.buyTried = true;
    const parsed = this.parse(this.buyText);
    if (parsed.problem || this.buyProblem()) return this.focusIn(this.buyDialog, '#buy-amount');
    const request = { amount: parsed.value };
    const key = this.buyIntent.keyFor(request);
    this.buying = true;
    this.buyError = undefined;
    const result = await this.backend.buyCredit(request, key);
    this.buying = false;
    if (!result.ok) {
      this.buyError = this.reportError('buyCredit', result.error);
      this.buyIntent.uncertain = isOutcomeUnknown(result.error);
      if (result.error.code === 'purchase_limit_exceeded') this.refresh();
      return this.focusIn(this.buyDialog, '.alert');
    }
    this.buyIntent.settle();
    const purchase = result.data;
    this.balance = { ...this.balance, balance: purchase.balance };
    this.emit('dk-credit-purchased', { purchaseId: purchase.id, amount: purchase.amount, balance: purchase.balance });
    this.announcement = this.i18n.t('buy.done', {
      amount: this.i18n.money(purchase.amount),
      balance: this.i18n.money(purchase.balance),
    });
    this.buyText = '';
    this.buyTried = false;
    this.refresh();
    this.buyDialog?.close();
  };

  // ---- allocate ---------------------------------------------------------------------

  private openAllocate = async (): Promise<void> => {
    if (!this.allocIntent.uncertain) {
      this.allocSearch = this.remoteQuery = '';
      this.selected = [];
      this.mode = 'oneOff';
      this.allocText = '';
      this.autoAmount = '';
      this.autoThreshold = '';
      this.autoCap = '';
      this.allocTried = false;
      this.allocProblem = '';
      this.autoApplied.clear();
    }
    this.allocError = undefined;
    this.shownDialog = 'allocate';
    await this.updateComplete;
    this.allocateDialog?.showModal();
  };

  /** Any change of what the user asks for makes it another request: the applied set is forgotten. */
  private editAllocation(change: () => void): void {
    if (this.allocating) return;
    change();
    this.autoApplied.clear();
    this.allocProblem = '';
    if (this.allocError && !isOutcomeUnknown(this.allocError) && this.allocError.code !== 'conflict') this.allocError = undefined;
  }

  private toggleMember(id: string, on: boolean): void {
    this.editAllocation(() => {
      this.selected = on ? [...this.selected, id] : this.selected.filter((s) => s !== id);
      this.prefillAuto();
    });
  }

  /** In automatic mode, a single member's current settings fill the empty form. */
  private prefillAuto(): void {
    if (this.mode !== 'auto' || this.autoAmount || this.autoThreshold || this.autoCap) return;
    const rule = this.selected.length === 1 ? this.members?.find((m) => m.id === this.selected[0])?.autoRecharge : null;
    if (!rule) return;
    this.autoAmount = this.plain(rule.amount);
    this.autoThreshold = this.plain(rule.threshold);
    this.autoCap = this.plain(rule.monthlyCap);
  }

  /** Adds every member the search shows to the selection. */
  private selectShown(shown: readonly Member[]): void {
    this.editAllocation(() => {
      this.selected = [...new Set([...this.selected, ...shown.map((m) => m.id)])];
    });
  }

  private selectedMembers(): Member[] {
    const chosen = new Set(this.selected);
    return (this.members ?? []).filter((m) => chosen.has(m.id));
  }

  /** Field problems of the automatic top-up, each shown under its field. */
  private autoProblems(): { amount: string; threshold: string; cap: string; rule?: AutoRecharge } {
    const shown = (text: string, p: Parsed): string =>
      p.problem ? (p.problem === 'empty' && !this.allocTried && text === '' ? '' : this.amountProblemText(p.problem)) : '';
    const a = this.parse(this.autoAmount);
    const th = this.parse(this.autoThreshold);
    const c = this.parse(this.autoCap);
    const out = { amount: shown(this.autoAmount, a), threshold: shown(this.autoThreshold, th), cap: shown(this.autoCap, c) };
    if (a.value && th.value && th.value.amountMinor >= a.value.amountMinor) out.threshold = this.i18n.t('auto.thresholdTooHigh');
    if (a.value && c.value && a.value.amountMinor > c.value.amountMinor) out.cap = this.i18n.t('auto.capTooLow');
    if (a.value && th.value && c.value && !out.threshold && !out.cap)
      return { ...out, rule: { amount: a.value, threshold: th.value, monthlyCap: c.value } };
    return out;
  }

  /** The one-off amount's problem, including a balance that does not cover it. */
  private oneOffProblem(): { text: string; total?: Money } {
    const parsed = this.parse(this.allocText);
    if (parsed.problem)
      return { text: parsed.problem === 'empty' && !this.allocTried ? '' : this.amountProblemText(parsed.problem) };
    const count = Math.max(this.selected.length, 1);
    const total = multiply(parsed.value, count);
    const available = this.balance?.balance;
    if (available && total.amountMinor > available.amountMinor)
      return {
        text: this.i18n.t('allocate.insufficient', { required: this.i18n.money(total), available: this.i18n.money(available) }),
        total,
      };
    return { text: '', total };
  }

  private renderAllocateDialog(): TemplateResult {
    const t = this.i18n.t;
    if (this.shownDialog !== 'allocate') return html`<dialog id="allocate-dialog" part="dialog"></dialog>`;
    const { pool: members, match } = this.pickerPool(this.allocSearch, this.selected);
    const shown = members.filter(match);
    const chosen = new Set(this.selected);
    const anyAuto = this.selectedMembers().some((m) => m.autoRecharge);
    const oneOff = this.oneOffProblem();
    const auto = this.autoProblems();
    const specific = this.allocError ? this.allocErrorText(this.allocError) : undefined;
    return html`<dialog
      id="allocate-dialog"
      part="dialog"
      aria-labelledby="allocate-title"
      @close=${this.onMemberDialogClose('allocate-button')}
    >
      <form class="dialog-body" novalidate @submit=${this.onAllocate}>
        <h2 id="allocate-title">${t('allocate.title')}</h2>
        <p class="hint" id="allocate-balance">${t('allocate.available', { balance: this.balance ? this.i18n.money(this.balance.balance) : '' })}</p>
        <div class="field">
          <label for="alloc-search">${t('picker.search')}</label>
          <input
            id="alloc-search"
            type="search"
            autocomplete="off"
            aria-describedby="alloc-search-hint"
            .value=${live(this.allocSearch)}
            @input=${(e: InputEvent) => (this.allocSearch = this.remoteQuery = (e.target as HTMLInputElement).value)}
          />
          <span class="hint" id="alloc-search-hint">${t('picker.searchHint')}</span>
        </div>
        <fieldset class="choices" aria-describedby=${this.allocProblem ? 'alloc-members-error' : nothing}>
          <legend>${t('picker.members')}</legend>
          ${this.renderLargeHint(this.allocSearch)}
          ${shown.length === 0 && (!this.large || (this.allocSearch.trim() && this.remote.status === TaskStatus.COMPLETE))
            ? html`<p>${t('picker.noMatches', { query: this.allocSearch })}</p>`
            : nothing}
          <ul>
                ${members.map(
                  (m) => html`<li ?hidden=${!match(m) && !(this.large && chosen.has(m.id))}>
                    <input
                      type="checkbox"
                      name="member"
                      id="m-${m.id}"
                      value=${m.id}
                      .checked=${live(chosen.has(m.id))}
                      aria-describedby="md-${m.id}"
                      @change=${(e: Event) => this.toggleMember(m.id, (e.target as HTMLInputElement).checked)}
                    />
                    <label for="m-${m.id}">${m.displayName} ${this.accountOf(m)}</label>
                    <span class="reason" id="md-${m.id}">
                      ${t('picker.memberCredit', { credit: this.i18n.money(m.credit), auto: this.autoSummary(m.autoRecharge) })}
                    </span>
                  </li>`,
                )}
              </ul>
        </fieldset>
        <div class="selection">
          <p class="selected-count" aria-live="polite">${t('picker.selected', { count: this.selected.length })}</p>
          <button type="button" class="button link" ?disabled=${shown.length === 0} @click=${() => this.selectShown(shown)}>
            ${t('picker.selectShown', { count: shown.length })}
          </button>
          ${this.selected.length
            ? html`<button type="button" class="button link" @click=${() => this.editAllocation(() => (this.selected = []))}>
                ${t('picker.clear')}
              </button>`
            : nothing}
        </div>
        ${this.allocProblem ? html`<p class="field-error" id="alloc-members-error">${this.allocProblem}</p>` : nothing}

        <fieldset class="mode">
          <legend>${t('allocate.how')}</legend>
          ${(['oneOff', 'auto'] as const).map(
            (mode) => html`<label class="radio" data-help-label="credit:allocate.${mode}">
              <input
                type="radio"
                name="mode"
                value=${mode}
                .checked=${live(this.mode === mode)}
                @change=${() =>
                  this.editAllocation(() => {
                    this.mode = mode;
                    this.prefillAuto();
                  })}
              />
              ${t(`allocate.${mode}`)}
            </label>`,
          )}
        </fieldset>

        ${this.mode === 'oneOff'
          ? html`<div class="field">
                <label for="alloc-amount">${t('allocate.amountLabel', { currency: this.currency })}</label>
                <input
                  id="alloc-amount"
                  inputmode="decimal"
                  autocomplete="off"
                  .value=${live(this.allocText)}
                  ?readonly=${this.allocating}
                  aria-invalid=${oneOff.text ? 'true' : 'false'}
                  aria-describedby="alloc-amount-hint ${oneOff.text ? 'alloc-amount-error' : ''}"
                  @input=${(e: InputEvent) => this.editAllocation(() => (this.allocText = (e.target as HTMLInputElement).value))}
                />
                <span class="hint" id="alloc-amount-hint">${t('allocate.amountHint')}</span>
                ${oneOff.text ? html`<span class="field-error" id="alloc-amount-error">${oneOff.text}</span>` : nothing}
              </div>
              ${oneOff.total && !oneOff.text && this.selected.length > 0
                ? html`<p class="summary">
                    ${t('allocate.total', { count: this.selected.length, total: this.i18n.money(oneOff.total) })}
                  </p>`
                : nothing}`
          : html`<p class="hint">${t('auto.explain')}</p>
              ${this.renderAutoField('auto-amount', 'auto.amountLabel', this.autoAmount, auto.amount, (v) => (this.autoAmount = v))}
              ${this.renderAutoField('auto-threshold', 'auto.thresholdLabel', this.autoThreshold, auto.threshold, (v) => (this.autoThreshold = v))}
              ${this.renderAutoField('auto-cap', 'auto.capLabel', this.autoCap, auto.cap, (v) => (this.autoCap = v))}
              ${auto.rule && this.selected.length > 0
                ? html`<p class="summary">${t('auto.preview', { count: this.selected.length, rule: this.autoSummary(auto.rule) })}</p>`
                : nothing}`}
        ${this.allocIntent.uncertain && !this.allocError ? html`<p class="notice">${t('uncertain')}</p>` : nothing}
        ${this.renderWriteError(this.allocError, specific)}
        ${this.allocError && isOutcomeUnknown(this.allocError) && this.mode === 'oneOff'
          ? html`<p class="hint">${t('notChargedTwice')}</p>`
          : nothing}
        ${this.allocating ? html`<p class="progress" role="status"><span class="spinner" aria-hidden="true"></span>${t('common:saving')}</p>` : nothing}
        <div class="dialog-actions">
          <button type="button" class="button" @click=${() => this.allocateDialog?.close()}>${t('common:cancel')}</button>
          ${this.mode === 'auto' && anyAuto
            ? html`<button type="button" class="button danger" ?disabled=${this.allocating} @click=${this.switchAutoOff}>
                ${t('auto.switchOff')}
              </button>`
            : nothing}
          <button
            type="submit"
            class="button primary"
            data-help-label="credit:allocate.confirm"
            aria-disabled=${this.allocating ? 'true' : 'false'}
            aria-busy=${this.allocating ? 'true' : 'false'}
          >
            ${this.allocating
              ? t('common:saving')
              : this.allocError && isOutcomeUnknown(this.allocError)
                ? t('common:retry')
                : t('allocate.confirm')}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  private renderAutoField(id: string, label: string, value: string, problem: string, set: (v: string) => void): TemplateResult {
    return html`<div class="field">
      <label for=${id}>${this.i18n.t(label, { currency: this.currency })}</label>
      <input
        id=${id}
        inputmode="decimal"
        autocomplete="off"
        .value=${live(value)}
        ?readonly=${this.allocating}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? `${id}-error` : nothing}
        @input=${(e: InputEvent) => this.editAllocation(() => set((e.target as HTMLInputElement).value))}
      />
      ${problem ? html`<span class="field-error" id="${id}-error">${problem}</span>` : nothing}
    </div>`;
  }

  private allocErrorText(error: DialkitError): string | undefined {
    const required = error.details?.['required'] as Money | undefined;
    const available = error.details?.['available'] as Money | undefined;
    if (error.code === 'insufficient_balance' && required && available)
      return this.i18n.t('allocate.insufficient', { required: this.i18n.money(required), available: this.i18n.money(available) });
    if (error.code === 'conflict') return this.i18n.t('auto.conflict');
    return undefined;
  }

  private onAllocate = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.allocating || !this.balance) return;
    this.allocTried = true;
    if (this.selected.length === 0) {
      this.allocProblem = this.i18n.t('picker.chooseMembers');
      return this.focusIn(this.allocateDialog, '#alloc-search');
    }
    if (this.mode === 'auto') {
      const { rule } = this.autoProblems();
      if (!rule) return this.focusIn(this.allocateDialog, 'input[aria-invalid="true"]');
      return this.applyAuto(rule);
    }
    const parsed = this.parse(this.allocText);
    if (parsed.problem || this.oneOffProblem().text) return this.focusIn(this.allocateDialog, '#alloc-amount');

    const request = { memberIds: [...this.selected], amount: parsed.value };
    const key = this.allocIntent.keyFor(request);
    this.allocating = true;
    this.allocError = undefined;
    const result = await this.backend.allocateCredit(request, key);
    this.allocating = false;
    if (!result.ok) {
      this.allocError = this.reportError('allocateCredit', result.error);
      this.allocIntent.uncertain = isOutcomeUnknown(result.error);
      if (result.error.code === 'insufficient_balance' || result.error.code === 'not_found') this.refresh();
      return this.focusIn(this.allocateDialog, '.alert');
    }
    this.allocIntent.settle();
    const total = multiply(parsed.value, request.memberIds.length);
    this.balance = { ...this.balance, balance: result.data.balance };
    this.emit('dk-credit-allocated', { memberIds: request.memberIds, amount: parsed.value, total, balance: result.data.balance });
    this.announcement = this.i18n.t('allocate.done', {
      count: request.memberIds.length,
      amount: this.i18n.money(parsed.value),
      balance: this.i18n.money(result.data.balance),
    });
    this.refresh();
    this.allocateDialog?.close();
  };

  private switchAutoOff = (): Promise<void> => this.applyAuto(null);

  /**
   * Sets (or clears) the top-up of each selected member, one write per member
   * with the version last read. A conflict stops there: the fresh member
   * replaces the stale one, the form keeps its values, and confirming again
   * applies to the members not yet done.
   */
  private async applyAuto(rule: AutoRecharge | null): Promise<void> {
    const targets = this.selectedMembers().filter((m) => !this.autoApplied.has(m.id) && (rule !== null || m.autoRecharge));
    this.allocating = true;
    this.allocError = undefined;
    for (const member of targets) {
      const result = await this.backend.setAutoRecharge(member.id, { version: member.version, autoRecharge: rule });
      if (!result.ok) {
        this.allocating = false;
        this.allocError = this.reportError('setAutoRecharge', result.error);
        const current = result.error.details?.['current'] as Member | undefined;
        if (result.error.code === 'conflict' && current?.id === member.id) this.replaceMember(current);
        else if (result.error.code === 'conflict' || result.error.code === 'not_found') this.refresh();
        return this.focusIn(this.allocateDialog, '.alert');
      }
      this.replaceMember(result.data);
      this.autoApplied.add(member.id);
      this.emit('dk-auto-recharge-changed', { memberId: member.id, autoRecharge: result.data.autoRecharge });
    }
    this.allocating = false;
    const count = this.selected.length;
    this.autoApplied.clear();
    this.announcement = rule
      ? this.i18n.t('auto.done', { count, rule: this.autoSummary(rule) })
      : this.i18n.t('auto.switchedOff', { count });
    this.allocateDialog?.close();
  }

  private replaceMember(fresh: Member): void {
    this.members = (this.members ?? []).map((m) => (m.id === fresh.id ? fresh : m));
  }

  // ---- take back ------------------------------------------------------------------------

  private openReclaim = async (): Promise<void> => {
    if (!this.reclaimIntent.uncertain) {
      this.reclaimSearch = this.remoteQuery = '';
      this.reclaimMemberId = '';
      this.reclaimText = '';
      this.reclaimTried = false;
    }
    this.reclaimError = undefined;
    this.shownDialog = 'reclaim';
    await this.updateComplete;
    this.reclaimDialog?.showModal();
  };

  private editReclaim(change: () => void): void {
    if (this.reclaiming) return;
    change();
    if (this.reclaimError && !isOutcomeUnknown(this.reclaimError)) this.reclaimError = undefined;
  }

  private reclaimProblem(): string {
    const member = this.members?.find((m) => m.id === this.reclaimMemberId);
    const parsed = this.parse(this.reclaimText);
    if (parsed.problem) return parsed.problem === 'empty' && !this.reclaimTried ? '' : this.amountProblemText(parsed.problem);
    if (member && parsed.value.amountMinor > member.credit.amountMinor)
      return this.i18n.t('reclaim.tooMuch', { name: member.displayName, available: this.i18n.money(member.credit) });
    return '';
  }

  private renderReclaimDialog(): TemplateResult {
    const t = this.i18n.t;
    if (this.shownDialog !== 'reclaim') return html`<dialog id="reclaim-dialog" part="dialog"></dialog>`;
    const { pool, match } = this.pickerPool(this.reclaimSearch, this.reclaimMemberId ? [this.reclaimMemberId] : []);
    const holders = pool.filter((m) => m.credit.amountMinor > 0 || m.id === this.reclaimMemberId);
    const shown = holders.filter(match);
    const member = this.members?.find((m) => m.id === this.reclaimMemberId);
    const problem = this.reclaimProblem();
    const memberProblem = this.reclaimTried && !member ? t('reclaim.chooseMember') : '';
    return html`<dialog
      id="reclaim-dialog"
      part="dialog"
      aria-labelledby="reclaim-title"
      @close=${this.onMemberDialogClose('reclaim-button')}
    >
      <form class="dialog-body" novalidate @submit=${this.onReclaim}>
        <h2 id="reclaim-title">${t('reclaim.title')}</h2>
        <p class="hint">${t('reclaim.explain')}</p>
        <div class="field">
          <label for="reclaim-search">${t('picker.search')}</label>
          <input
            id="reclaim-search"
            type="search"
            autocomplete="off"
            .value=${live(this.reclaimSearch)}
            @input=${(e: InputEvent) => (this.reclaimSearch = this.remoteQuery = (e.target as HTMLInputElement).value)}
          />
        </div>
        <fieldset class="choices" aria-describedby=${memberProblem ? 'reclaim-member-error' : nothing}>
          <legend>${t('reclaim.members')}</legend>
          ${this.renderLargeHint(this.reclaimSearch)}
          ${holders.length === 0 && !this.large
            ? html`<p>${t('reclaim.nobody')}</p>`
            : html`${shown.length === 0 && (!this.large || (this.reclaimSearch.trim() && this.remote.status === TaskStatus.COMPLETE))
                  ? html`<p>${t('picker.noMatches', { query: this.reclaimSearch })}</p>`
                  : nothing}
                <ul>
                  ${holders.map(
                    (m) => html`<li ?hidden=${!match(m) && !(this.large && m.id === this.reclaimMemberId)}>
                      <input
                        type="radio"
                        name="reclaim-member"
                        id="r-${m.id}"
                        value=${m.id}
                        .checked=${live(this.reclaimMemberId === m.id)}
                        aria-describedby="rd-${m.id}"
                        @change=${() => this.editReclaim(() => (this.reclaimMemberId = m.id))}
                      />
                      <label for="r-${m.id}">${m.displayName} ${this.accountOf(m)}</label>
                      <span class="reason" id="rd-${m.id}">${t('reclaim.unused', { credit: this.i18n.money(m.credit) })}</span>
                    </li>`,
                  )}
                </ul>`}
        </fieldset>
        ${memberProblem ? html`<p class="field-error" id="reclaim-member-error">${memberProblem}</p>` : nothing}
        <div class="field">
          <label for="reclaim-amount">${t('reclaim.amountLabel', { currency: this.currency })}</label>
          <div class="inline">
            <input
              id="reclaim-amount"
              inputmode="decimal"
              autocomplete="off"
              .value=${live(this.reclaimText)}
              ?readonly=${this.reclaiming}
              aria-invalid=${problem ? 'true' : 'false'}
              aria-describedby=${problem ? 'reclaim-error' : nothing}
              @input=${(e: InputEvent) => this.editReclaim(() => (this.reclaimText = (e.target as HTMLInputElement).value))}
            />
            ${member && member.credit.amountMinor > 0
              ? html`<button
                  type="button"
                  class="button"
                  @click=${() => this.editReclaim(() => (this.reclaimText = this.plain(member.credit)))}
                >
                  ${t('reclaim.all', { credit: this.i18n.money(member.credit) })}
                </button>`
              : nothing}
          </div>
          ${problem ? html`<span class="field-error" id="reclaim-error">${problem}</span>` : nothing}
        </div>
        ${this.reclaimIntent.uncertain && !this.reclaimError ? html`<p class="notice">${t('uncertain')}</p>` : nothing}
        ${this.renderWriteError(this.reclaimError)}
        ${this.reclaimError && isOutcomeUnknown(this.reclaimError) ? html`<p class="hint">${t('notChargedTwice')}</p>` : nothing}
        ${this.reclaiming ? html`<p class="progress" role="status"><span class="spinner" aria-hidden="true"></span>${t('common:saving')}</p>` : nothing}
        <div class="dialog-actions">
          <button type="button" class="button" @click=${() => this.reclaimDialog?.close()}>${t('common:cancel')}</button>
          <button
            type="submit"
            class="button primary"
            aria-disabled=${this.reclaiming ? 'true' : 'false'}
            aria-busy=${this.reclaiming ? 'true' : 'false'}
          >
            ${this.reclaiming
              ? t('common:saving')
              : this.reclaimError && isOutcomeUnknown(this.reclaimError)
                ? t('common:retry')
                : t('reclaim.confirm')}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  private onReclaim = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.reclaiming || !this.balance) return;
    this.reclaimTried = true;
    const member = this.members?.find((m) => m.id === this.reclaimMemberId);
    if (!member) return this.focusIn(this.reclaimDialog, '#reclaim-search');
    const parsed = this.parse(this.reclaimText);
    if (parsed.problem || this.reclaimProblem()) return this.focusIn(this.reclaimDialog, '#reclaim-amount');
    const request = { memberId: member.id, amount: parsed.value };
    const key = this.reclaimIntent.keyFor(request);
    this.reclaiming = true;
    this.reclaimError = undefined;
    const result = await this.backend.reclaimCredit(request, key);
    this.reclaiming = false;
    if (!result.ok) {
      this.reclaimError = this.reportError('reclaimCredit', result.error);
      this.reclaimIntent.uncertain = isOutcomeUnknown(result.error);
      if (['reclaim_not_allowed', 'insufficient_member_credit', 'not_found'].includes(result.error.code)) this.refresh();
      return this.focusIn(this.reclaimDialog, '.alert');
    }
    this.reclaimIntent.settle();
    this.balance = { ...this.balance, balance: result.data.balance };
    this.emit('dk-credit-reclaimed', { memberId: member.id, amount: result.data.amount, balance: result.data.balance });
    this.announcement = this.i18n.t('reclaim.done', {
      amount: this.i18n.money(result.data.amount),
      name: member.displayName,
      balance: this.i18n.money(result.data.balance),
    });
    this.refresh();
    this.reclaimDialog?.close();
  };
}
