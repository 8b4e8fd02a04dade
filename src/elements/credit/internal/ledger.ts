import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import type { DialkitAdapter } from '../../../adapter/adapter.js';
import type { Balance, LedgerEntry, LedgerEntryKind, LedgerPage, LedgerQuery, Member } from '../../../adapter/types.js';
import type { Money } from '../../../core/money.js';
import { monthToDate, today } from '../../../core/period.js';
import { unwrap } from '../../shared/base.js';
import type { CreditContext } from './context.js';
import { renderTableHead } from '../../shared/templates.js';
import { DateField } from '../../shared/date-field.js';

const PAGE_SIZE = 20;

/** Every movement of the contract, in the order of the filter: does not compile when the contract has one more. */
const KINDS: Record<LedgerEntryKind, true> = {
  purchase: true,
  allocation: true,
  reclaim: true,
  subscription: true,
  number: true,
  auto_recharge_refused: true,
};
const LEDGER_KINDS = Object.keys(KINDS) as LedgerEntryKind[];

interface Filters {
  kind: LedgerEntryKind | '';
  memberId: string;
  from: string;
  to: string;
}
const NO_FILTER: Filters = { kind: '', memberId: '', from: '', to: '' };
const filtered = (f: Filters): boolean => !!(f.kind || f.memberId || f.from || f.to);

interface LedgerRead {
  page: LedgerPage;
  /** No filter: the page's sum is the whole ledger's, to be checked against the balance. */
  unfiltered: boolean;
  /** The balance read at the same moment as an unfiltered page. */
  balance?: Money;
  /** Members of the page the pickers do not know (a large company), read one by one. */
  others: Map<string, Member>;
}

type Args = readonly [DialkitAdapter, number, Filters, number];

/** The refused automatic top-ups the balance card tells of, and what shows them. */
export interface Refusals {
  count: number;
  show: () => void;
}

/**
 * The ledger of every credit movement: filtered by movement, member and dates,
 * a page at a time, with the sum of what matches; unfiltered, that sum is
 * checked against the balance read with it.
 */
export class Ledger {
  private filters: Filters = NO_FILTER;
  private offset = 0;
  readonly task: Task<Args, LedgerRead | null>;
  /** How many automatic top-ups were refused this month, as last counted. */
  private refusedThisMonth = 0;
  /** What that count was read for: the backend, the revision and the month; counted again when one moves. */
  private countedFor = '';
  private countedOn?: DialkitAdapter;
  /** The dates, typed as the element's language writes them. */
  private readonly fromField: DateField;
  private readonly toField: DateField;

  constructor(
    private readonly ctx: CreditContext,
    /** Counts the writes: each one reads the ledger again. */
    revision: () => number,
  ) {
    this.fromField = new DateField(ctx.host, ctx.i18n, 'f-from', (from) => this.setFilter({ from }));
    this.toField = new DateField(ctx.host, ctx.i18n, 'f-to', (to) => this.setFilter({ to }));
    this.task = new Task(ctx.host, {
      task: ([backend, revision, filters, offset], { signal }) => this.read(backend, revision, filters, offset, signal),
      args: (): Args => [ctx.backend(), revision(), this.filters, this.offset],
      onError: (error) => ctx.report('listLedger', error),
    });
  }

  private async read(backend: DialkitAdapter, revision: number, f: Filters, offset: number, signal: AbortSignal): Promise<LedgerRead | null> {
    if (f.from && f.to && f.from > f.to) return null;
    // Counted with the page, so that a Retry of the ledger counts again too; not again for another page or filter.
    const month = monthToDate(today()).from;
    const counted = `${revision} ${month}`;
    const count =
      this.countedOn === backend && this.countedFor === counted
        ? undefined
        : backend.listLedger({ kind: 'auto_recharge_refused', from: month, limit: 1 }, { signal });
    const query: LedgerQuery = { offset, limit: PAGE_SIZE };
    if (f.kind) query.kind = f.kind;
    if (f.memberId) query.memberId = f.memberId;
    if (f.from) query.from = f.from;
    if (f.to) query.to = f.to;
    const unfiltered = !filtered(f);
    // Unfiltered, the sum is checked against the balance read at the same moment.
    const [page, balance, refused] = await Promise.all([
      backend.listLedger(query, { signal }),
      unfiltered ? backend.getBalance({ signal }) : undefined,
      count,
    ]);
    const entries = unwrap(page);
    if (refused?.ok) {
      this.refusedThisMonth = refused.data.total;
      this.countedOn = backend;
      this.countedFor = counted;
    }
    // Names come from the members the pickers read; those not among them (a large company, a removed member) are asked for.
    const members = this.ctx.members;
    await members.first.taskComplete.catch(() => undefined);
    const missing = new Set(entries.items.flatMap((e) => (e.memberId && !members.get(e.memberId) ? [e.memberId] : [])));
    const found = await Promise.all([...missing].map((id) => backend.getMember(id, { signal })));
    const others = new Map(found.flatMap((r) => (r.ok ? [[r.data.id, r.data] as const] : [])));
    return { page: entries, unfiltered, balance: balance ? unwrap(balance).balance : undefined, others };
  }

  private setFilter(change: Partial<Filters>): void {
    this.filters = { ...this.filters, ...change };
    this.offset = 0;
    this.ctx.host.requestUpdate();
  }

  private readonly clear = (): Promise<void> => this.show(NO_FILTER);

  /** Shows the ledger through `filters` from its first page; the focus goes to the first filter, which says what is shown. */
  private async show(filters: Filters): Promise<void> {
    this.filters = filters;
    this.fromField.reset();
    this.toField.reset();
    this.offset = 0;
    this.ctx.host.requestUpdate();
    await this.ctx.host.updateComplete;
    this.ctx.host.renderRoot.querySelector<HTMLElement>('#f-kind')?.focus();
  }

  /** The refused automatic top-ups of this month, for the balance card. */
  get refusals(): Refusals {
    return { count: this.refusedThisMonth, show: this.showRefusals };
  }

  /** This month's refused automatic top-ups, in the ledger. */
  private readonly showRefusals = (): Promise<void> =>
    this.show({ ...NO_FILTER, kind: 'auto_recharge_refused', from: monthToDate(today()).from });

  /** Shows another page; focus stays on the pager, or moves to the table when its button is now disabled. */
  private async turnPage(offset: number): Promise<void> {
    const root = this.ctx.host.renderRoot as ShadowRoot;
    const fromPager = !!root.activeElement?.closest('.pager');
    this.offset = offset;
    this.ctx.host.requestUpdate();
    await this.ctx.host.updateComplete;
    await this.task.taskComplete.catch(() => undefined);
    await this.ctx.host.updateComplete;
    const active = root.activeElement;
    if (fromPager && (!active || (active instanceof HTMLButtonElement && active.disabled)))
      root.querySelector<HTMLElement>('.ledger .table-wrap')?.focus();
  }

  render(b: Balance): TemplateResult {
    const t = this.ctx.i18n.t;
    const { kind, memberId, from, to } = this.filters;
    const badRange = !!(from && to && from > to);
    const range = { invalid: badRange, describedBy: badRange ? 'range-error' : undefined };
    const select = (e: Event): string => (e.target as HTMLSelectElement).value;
    return html`<section class="ledger" part="ledger" aria-labelledby="ledger-title">
      <h3 id="ledger-title" data-help-label="credit:ledger.title">${t('ledger.title')}</h3>
      <div class="filters" role="group" aria-label=${t('ledger.filters')}>
        <div class="field">
          <label for="f-kind">${t('ledger.kindFilter')}</label>
          <select id="f-kind" .value=${live(kind)} @change=${(e: Event) => this.setFilter({ kind: select(e) as LedgerEntryKind | '' })}>
            <option value="">${t('ledger.allKinds')}</option>
            ${LEDGER_KINDS.map((k) => html`<option value=${k} ?selected=${kind === k}>${t(`ledger.kinds.${k}`)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="f-member">${t('ledger.memberFilter')}</label>
          <select id="f-member" .value=${live(memberId)} @change=${(e: Event) => this.setFilter({ memberId: select(e) })}>
            <option value="">${t('ledger.allMembers')}</option>
            ${this.ctx.members.members.map((m) => html`<option value=${m.id} ?selected=${memberId === m.id}>${m.displayName}</option>`)}
          </select>
        </div>
        ${this.fromField.render({ label: t('ledger.from'), value: from, ...range })}
        ${this.toField.render({ label: t('ledger.to'), value: to, ...range })}
        ${!filtered(this.filters) ? nothing : html`<button type="button" class="button clear" @click=${this.clear}>${t('ledger.clear')}</button>`}
      </div>
      ${badRange ? html`<p class="field-error" id="range-error">${t('ledger.badRange')}</p>` : nothing}
      ${this.ctx.renderTask(this.task, {
        complete: (read) => (read ? this.renderPage(read, b) : nothing),
        isEmpty: (read) => !!read && read.unfiltered && read.page.total === 0,
        empty: () => html`<div class="state empty" part="empty">
          <div>
            <h4>${t('empty.title')}</h4>
            <p>${t('empty.body')}</p>
          </div>
        </div>`,
      })}
    </section>`;
  }

  private renderPage(read: LedgerRead, b: Balance): TemplateResult {
    const { i18n } = this.ctx;
    const t = i18n.t;
    const { page } = read;
    const busy = this.task.status === TaskStatus.PENDING;
    const first = page.total === 0 ? 0 : this.offset + 1;
    const last = this.offset + page.items.length;
    const memberName = (id: string): string =>
      this.ctx.members.get(id)?.displayName ?? read.others.get(id)?.displayName ?? t('ledger.formerMember');
    const column = (key: string): string => t(`ledger.columns.${key}`);
    return html`<p class="sum" id="ledger-sum">${this.sumText(read, b)}</p>
      ${page.total === 0
        ? html`<p class="none">${t('ledger.noMatches')}</p>`
        : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t('ledger.caption')}>
            <table class="stack" aria-describedby="ledger-sum" aria-busy=${busy ? 'true' : 'false'}>
              <caption class="visually-hidden">${t('ledger.caption')}</caption>
              ${renderTableHead(column, ['date', 'kind', 'member', { key: 'amount', num: true }, { key: 'balanceAfter', num: true }, 'actor'])}
              <tbody>
                ${page.items.map(
                  (e) => html`<tr>
                    <td data-label=${column('date')}>${i18n.date(e.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                    <td data-label=${column('kind')}>${this.renderKind(e, memberName)}</td>
                    <td data-label=${column('member')}>${e.memberId ? memberName(e.memberId) : t('ledger.company')}</td>
                    <td data-label=${column('amount')} class="num ${e.amount.amountMinor < 0 ? 'debit' : 'credit'}">${i18n.money(e.amount)}</td>
                    <td data-label=${column('balanceAfter')} class="num">${i18n.money(e.balanceAfter)}</td>
                    <td data-label=${column('actor')}>
                      ${e.automatic ? t('ledger.ruleBy', { actor: e.actorAccountName }) : e.actorAccountName}
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`}
      <nav class="pager" aria-label=${t('ledger.pages')}>
        ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
        <span>${t('ledger.range', { from: i18n.number(first), to: i18n.number(last), count: page.total })}</span>
        <button type="button" class="button" ?disabled=${this.offset === 0} @click=${() => this.turnPage(Math.max(this.offset - PAGE_SIZE, 0))}>
          ${t('ledger.previous')}
        </button>
        <button type="button" class="button" ?disabled=${this.offset + PAGE_SIZE >= page.total} @click=${() => this.turnPage(this.offset + PAGE_SIZE)}>
          ${t('ledger.next')}
        </button>
      </nav>`;
  }

  /**
   * The movement; an automatic top-up is marked as one, and a refused one
   * says what was asked for whom and why, so that a shortfall or a member's
   * cap shows in the ledger itself.
   */
  private renderKind(e: LedgerEntry, memberName: (id: string) => string): TemplateResult {
    const { i18n } = this.ctx;
    const t = i18n.t;
    const kind = t(`ledger.kinds.${e.kind}`);
    if (e.kind === 'auto_recharge_refused') {
      const why = e.reason ?? 'unknown';
      const values = {
        amount: i18n.money(e.requested ?? e.amount),
        name: e.memberId ? memberName(e.memberId) : t('ledger.company'),
        balance: i18n.money(e.balanceAfter),
      };
      return html`<div class="entry"><span class="badge warning">${kind}</span><span class="note">${t(`ledger.refused.${why}`, values)}</span></div>`;
    }
    if (!e.automatic) return html`${kind}`;
    return html`<div class="entry">${kind} <span class="badge">${t('ledger.automatic')}</span></div>`;
  }

  /** The sum of what matches; unfiltered, whether it is the balance read with it. */
  private sumText(read: LedgerRead, b: Balance): string {
    const { i18n } = this.ctx;
    const sum = i18n.money(read.page.sum);
    if (!read.unfiltered) return i18n.t('ledger.sumFiltered', { count: read.page.total, sum });
    const balance = read.balance ?? b.balance;
    return read.page.sum.amountMinor === balance.amountMinor
      ? i18n.t('ledger.sumMatches', { sum })
      : i18n.t('ledger.sumMismatch', { sum, balance: i18n.money(balance) });
  }
}
