import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { DialkitAdapter } from '../../adapter/adapter.js';
import type {
  Department,
  FeatureAccess,
  FeatureAccessPatch,
  Group,
  Invitation,
  InvitationRejection,
  Member,
  MemberPage,
  MemberRole,
  MemberStatus,
} from '../../adapter/types.js';
import { FEATURES } from '../../adapter/types.js';
import type { DialkitError, Result } from '../../core/errors.js';
import { isOutcomeUnknown } from '../../core/errors.js';
import type { Money } from '../../core/money.js';
import { DialkitElement, Task, TaskStatus, unwrap } from '../shared/base.js';
import { intlLocale } from '../../i18n/format.js';
import { MemberIndex, type MemberSortKey, type SortOrder } from './member-index.js';
import { parseInvitees, type ParsedInvitee } from './invitees.js';
import { styles } from './members.styles.js';
import { tabForKey } from '../shared/controllers/tabs.js';

declare module '../shared/events.js' {
  interface DialkitEventMap {
    /** Invitations were sent (one event per batch). */
    'dk-member-invited': { invitations: Invitation[] };
    /** An invitation was sent again; it now expires later. */
    'dk-invitation-resent': { invitationId: string; invitee: string; expiresAt: string };
    /** A pending invitation was cancelled. */
    'dk-invitation-cancelled': { invitationId: string; invitee: string };
    /** A member was moved to another department or other groups. */
    'dk-member-moved': { memberId: string; departmentId: string; groupIds: string[] };
    /** A member was made an administrator, or lost the administrator rights. */
    'dk-member-role-changed': { memberId: string; role: MemberRole };
    /** A member was removed: their credit went back to the company, their numbers were released. */
    'dk-member-removed': { memberId: string; reclaimed: Money; releasedNumberIds: string[]; cancelledSubscriptionIds: string[] };
    /** Features were switched on or off for one member or a selection. */
    'dk-features-changed': { memberIds: string[]; features: FeatureAccessPatch };
  }
}

/** Members per request: the contract's largest page. */
const PAGE = 500;
/** Pages asked for at once while the list fills. */
const CONCURRENCY = 4;
/** Invitees per request, as the contract allows. */
const MAX_INVITEES = 200;

type Feature = (typeof FEATURES)[number];
type Tab = 'members' | 'invitations';
type Mode = 'summary' | 'move' | 'features' | 'remove';
type BulkChoice = 'keep' | 'on' | 'off';

interface Column {
  id: string;
  sort?: MemberSortKey;
  className?: string;
}

const COLUMNS: readonly Column[] = [
  { id: 'select', className: 'c-select' },
  { id: 'name', sort: 'name' },
  { id: 'accountName', sort: 'accountName' },
  { id: 'department', sort: 'department' },
  { id: 'groups' },
  { id: 'role', sort: 'role' },
  { id: 'credit', sort: 'credit', className: 'num' },
  { id: 'status', sort: 'status' },
  { id: 'actions', className: 'c-actions' },
];
/** Columns whose cell holds one widget that takes the focus instead of the cell. */
const WIDGET_COLUMNS = new Set([0, COLUMNS.length - 1]);

interface Organisation {
  departments: Department[];
  groups: Group[];
}

/**
 * Members of the company: the list (search, filters, sort, for companies of
 * any size: the list is virtualized and filtered in memory), invitations
 * (send to many account names or e-mail addresses at once, resend, cancel),
 * moving members between departments and groups, administrator rights,
 * removal, and feature access per member or for a selection.
 *
 * @summary Members, invitations, departments, groups, administrators and feature access.
 *
 * @attr view - The tab shown: `members` (default) or `invitations`.
 * @attr api-base - Base URL of a REST backend, when no adapter is given.
 *
 * @fires dk-member-invited - Invitations were sent.
 * @fires dk-invitation-resent - An invitation was sent again.
 * @fires dk-invitation-cancelled - A pending invitation was cancelled.
 * @fires dk-member-moved - A member changed department or groups.
 * @fires dk-member-role-changed - A member became, or stopped being, an administrator.
 * @fires dk-member-removed - A member was removed.
 * @fires dk-features-changed - Feature access changed for one or more members.
 * @fires dk-error - A failure shown to the user.
 *
 * @csspart list - The grid of members.
 * @csspart filters - Search, filters and the selection bar.
 * @csspart invite-button - The "Invite members" button.
 * @csspart invitations - The table of invitations.
 * @csspart dialog - The invitation, member and feature dialogs.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button of the error state.
 * @csspart empty - Shown when no member matches, or the company has none yet.
 *
 * @cssproperty [--dk-members-list-height=28rem] - Height of the scrolling list of members.
 */
export class DkMembers extends DialkitElement {
  static override styles = [...DialkitElement.styles, styles];
  static override namespaces = ['members', 'common', 'errors', 'validation'];
  static override helpArticle = 'invite-members';

  /** The tab shown. */
  @property({ reflect: true }) view: Tab = 'members';

  @state() private announcement = '';

  // The list
  @state() private search = '';
  @state() private departmentFilter = '';
  @state() private groupFilter = '';
  @state() private statusFilter: MemberStatus | '' = '';
  @state() private roleFilter: MemberRole | '' = '';
  @state() private sortKey: MemberSortKey = 'name';
  @state() private sortOrder: SortOrder = 'asc';
  @state() private dataVersion = 0;
  @state() private selected: ReadonlySet<string> = new Set();
  @state() private activeRow = 0;
  @state() private activeCol = 1;
  @state() private total = 0;
  @state() private loadingRest = false;
  @state() private restError?: DialkitError;
  /** The members shown, in order: the result of the search, filters and sort. */
  private shown: Member[] = [];
  private shownVersion = -1;
  private shownSignature = '';
  private shownLocale = '';
  private readonly index = new MemberIndex();
  private resumeAt = 0;
  private loadSignal?: AbortSignal;
  private refreshFrame = 0;
  private preparing = false;

  // Member dialog
  @state() private managedId = '';
  @state() private mode: Mode = 'summary';
  @state() private moveDepartment = '';
  @state() private moveGroups: readonly string[] = [];
  @state() private featureDraft?: FeatureAccess;
  @state() private bulkDraft: Partial<Record<Feature, BulkChoice>> = {};
  @state() private bulk = false;
  @state() private saving = false;
  @state() private dialogError?: DialkitError;
  @state() private dialogNote = '';
  @state() private formProblem = '';

  // Invitations
  @state() private inviteText = '';
  @state() private inviteDepartment = '';
  @state() private inviteGroups: readonly string[] = [];
  @state() private inviteProblem = '';
  @state() private inviteError?: DialkitError;
  @state() private rejected: readonly InvitationRejection[] = [];
  @state() private invitationList?: Invitation[];
  @state() private invitationStatusFilter = '';
  @state() private invitationError?: DialkitError;
  @state() private busyInvitation = '';

  @query('#invite-dialog') private inviteDialog?: HTMLDialogElement;
  @query('#member-dialog') private memberDialog?: HTMLDialogElement;
  @query('#scroller') private scroller?: VirtualizerHostElement;

  private readonly data = new Task(this, {
    task: async ([backend], { signal }): Promise<Organisation> => {
      this.loadingRest = false;
      this.restError = undefined;
      const [departments, groups, first] = await Promise.all([
        backend.listDepartments({ signal }),
        backend.listGroups({ signal }),
        backend.listMembers({ sort: 'name', order: 'asc', offset: 0, limit: PAGE }, { signal }),
      ]);
      const org = { departments: unwrap(departments), groups: unwrap(groups) };
      const page = unwrap(first);
      this.index.clear();
      this.index.setDepartments(org.departments);
      this.index.append(page.items);
      this.total = page.total;
      this.loadSignal = signal;
      if (page.items.length < page.total) void this.loadRest(backend, page.items.length, signal);
      else this.schedulePrepare();
      this.dataVersion = this.index.version;
      return org;
    },
    args: () => [this.backend] as const,
    onError: (error) => this.reportError('listMembers', error),
  });

  private readonly invitations = new Task(this, {
    task: async ([backend], { signal }) => unwrap(await backend.listInvitations({}, { signal })),
    args: () => [this.backend] as const,
    autoRun: false,
    onComplete: (list) => {
      this.invitationList = list;
    },
    onError: (error) => this.reportError('listInvitations', error),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.view === 'invitations') this.invitations.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.refreshFrame);
  }

  /**
   * Loads the pages after the first one, a few at a time, appending them in
   * order. The list is usable from the first page on; it refreshes at most
   * once a frame while pages arrive.
   */
  private async loadRest(backend: DialkitAdapter, from: number, signal: AbortSignal): Promise<void> {
    this.loadingRest = true;
    this.restError = undefined;
    const fetchPage = (offset: number): Promise<[number, Result<MemberPage>]> =>
      backend.listMembers({ sort: 'name', order: 'asc', offset, limit: PAGE }, { signal }).then((r) => [offset, r]);
    const queue: Promise<[number, Result<MemberPage>]>[] = [];
    let next = from;
    const fill = (): void => {
      while (queue.length < CONCURRENCY && next < this.total) {
        queue.push(fetchPage(next));
        next += PAGE;
      }
    };
    fill();
    while (queue.length > 0) {
      const [offset, result] = await (queue.shift() as Promise<[number, Result<MemberPage>]>);
      if (signal.aborted) return;
      if (!result.ok) {
        this.resumeAt = offset;
        this.loadingRest = false;
        this.restError = this.reportError('listMembers', result.error);
        return;
      }
      this.index.append(result.data.items);
      this.total = result.data.total;
      fill();
      this.scheduleRefresh();
      this.schedulePrepare();
    }
    this.loadingRest = false;
    this.dataVersion = this.index.version;
    this.schedulePrepare();
  }

  /** Builds the search keys in idle time as the members come in, a slice at a time. */
  private schedulePrepare(): void {
    if (this.preparing) return;
    this.preparing = true;
    const later = (run: (deadline?: IdleDeadline) => void): void => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 250 });
      else setTimeout(run, 1);
    };
    const step = (deadline?: IdleDeadline): void => {
      if (!this.isConnected) {
        this.preparing = false;
        return;
      }
      const done = this.index.prepare(deadline ? Math.max(2, deadline.timeRemaining()) : 8, !this.loadingRest);
      if (!done) return later(step);
      this.preparing = false;
      if (this.index.version !== this.dataVersion && !this.loadingRest) this.refreshNow();
    };
    later(step);
  }

  private retryRest = (): void => {
    if (this.loadSignal && !this.loadSignal.aborted) void this.loadRest(this.backend, this.resumeAt, this.loadSignal);
    else this.data.run();
  };

  private scheduleRefresh(): void {
    if (this.refreshFrame) return;
    this.refreshFrame = requestAnimationFrame(() => {
      this.refreshFrame = 0;
      this.dataVersion = this.index.version;
    });
  }

  private refreshNow(): void {
    this.dataVersion = this.index.version;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // An unknown tab in the `view` attribute shows the members (as the default does).
    if (changed.has('view') && this.view !== 'members' && this.view !== 'invitations') this.view = 'members';
    if (changed.has('view') && this.view === 'invitations' && this.invitations.status === TaskStatus.INITIAL && this.isConnected)
      this.invitations.run();
    const signature = [this.search, this.departmentFilter, this.groupFilter, this.statusFilter, this.roleFilter, this.sortKey, this.sortOrder].join('\u0000');
    const locale = this.i18n.locale;
    if (this.shownVersion !== this.dataVersion || this.shownSignature !== signature || this.shownLocale !== locale) {
      const filtersChanged = this.shownSignature !== signature;
      this.index.setLocale(intlLocale(locale));
      this.shown = this.index.at(
        this.index.filter(
          {
            query: this.search,
            departmentId: this.departmentFilter,
            groupId: this.groupFilter,
            status: this.statusFilter,
            role: this.roleFilter,
          },
          this.sortKey,
          this.sortOrder,
        ),
      );
      this.shownVersion = this.dataVersion;
      this.shownSignature = signature;
      this.shownLocale = locale;
      if (filtersChanged) this.activeRow = 0;
      else this.activeRow = Math.max(0, Math.min(this.activeRow, this.shown.length - 1));
    }
  }

  override render(): TemplateResult {
    const t = this.i18n.t;
    return html`
      <div class="layout ${this.helpOpen ? 'has-help' : ''}">
        <section aria-labelledby="title">
          <div class="status visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
          <header class="head">
            <h2 id="title">${t('title')}</h2>
            <div class="head-actions">
              ${this.renderHelpButton()}
              <button
                class="button primary"
                part="invite-button"
                id="invite-button"
                data-help-label="members:inviteButton"
                ?disabled=${this.data.status !== TaskStatus.COMPLETE}
                @click=${this.openInviteDialog}
              >
                ${t('inviteButton')}
              </button>
            </div>
          </header>
          <div role="tablist" aria-label=${t('title')} @keydown=${this.onTabKey}>
            ${(['members', 'invitations'] as const).map(
              (tab) => html`<button
                type="button"
                role="tab"
                id="tab-${tab}"
                data-help-label="members:tabs.${tab}"
                aria-controls="panel-${tab}"
                aria-selected=${this.view === tab ? 'true' : 'false'}
                tabindex=${this.view === tab ? 0 : -1}
                @click=${() => this.selectTab(tab)}
              >
                ${t(`tabs.${tab}`)}
              </button>`,
            )}
          </div>
          <div role="tabpanel" id="panel-${this.view}" aria-labelledby="tab-${this.view}">
            ${this.view === 'members'
              ? this.renderTask(this.data, { complete: (org) => this.renderMembers(org) })
              : this.renderTask(this.invitations, {
                  complete: () => this.renderInvitations(),
                  isEmpty: (list) => list.length === 0,
                  empty: () => html`<div class="state empty" part="empty">
                    <div><h3>${t('invitations.emptyTitle')}</h3><p>${t('invitations.emptyBody')}</p></div>
                  </div>`,
                })}
          </div>
        </section>
        ${this.renderHelpPanel()}
      </div>
      ${this.renderInviteDialog()} ${this.renderMemberDialog()}
    `;
  }

  private selectTab(tab: Tab): void {
    this.view = tab;
    this.announcement = '';
  }

  /** Arrow keys, Home and End move between the tabs, as the ARIA tabs pattern says. */
  private onTabKey = (event: KeyboardEvent): void => {
    const next = tabForKey<Tab>(['members', 'invitations'], this.view, event.key);
    if (!next) return;
    event.preventDefault();
    this.selectTab(next);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  };

  // ---- the list ---------------------------------------------------------------

  private org(): Organisation {
    return this.data.value ?? { departments: [], groups: [] };
  }

  private departmentName(id: string): string {
    return this.org().departments.find((d) => d.id === id)?.name ?? '';
  }

  private groupNames(ids: readonly string[]): string[] {
    const groups = this.org().groups;
    return ids.map((id) => groups.find((g) => g.id === id)?.name ?? '').filter(Boolean);
  }

  private renderMembers(org: Organisation): TemplateResult {
    const t = this.i18n.t;
    const shown = this.shown;
    const held = this.index.size;
    const filtered = shown.length !== held;
    return html`
      <div class="filters" part="filters" role="search" aria-label=${t('filters.label')}>
        <div class="field search">
          <label for="search">${t('filters.search')}</label>
          <input
            id="search"
            type="search"
            autocomplete="off"
            aria-describedby="search-hint"
            .value=${live(this.search)}
            @input=${(e: InputEvent) => (this.search = (e.target as HTMLInputElement).value)}
          />
          <span id="search-hint" class="hint">${t('filters.searchHint')}</span>
        </div>
        ${this.renderSelect('filter-department', t('filters.department'), this.departmentFilter, t('filters.allDepartments'),
          org.departments.map((d) => [d.id, d.name]), (v) => (this.departmentFilter = v))}
        ${this.renderSelect('filter-group', t('filters.group'), this.groupFilter, t('filters.allGroups'),
          org.groups.map((g) => [g.id, g.name]), (v) => (this.groupFilter = v))}
        ${this.renderSelect('filter-status', t('filters.status'), this.statusFilter, t('filters.allStatuses'),
          (['active', 'linked'] as const).map((s) => [s, t(`statuses.${s}`)]), (v) => (this.statusFilter = v as MemberStatus | ''))}
        ${this.renderSelect('filter-role', t('filters.role'), this.roleFilter, t('filters.allRoles'),
          (['admin', 'member'] as const).map((r) => [r, t(`roles.${r}`)]), (v) => (this.roleFilter = v as MemberRole | ''))}
      </div>
      <div class="summary-bar">
        <p id="summary" class="summary">
          ${filtered
            ? t('summary.filtered', { count: shown.length, total: this.i18n.number(held) })
            : t('summary.all', { count: held })}
          ${this.loadingRest
            ? html`<span class="progress">${t('summary.loading', { loaded: this.i18n.number(held), total: this.i18n.number(this.total) })}</span>`
            : nothing}
        </p>
        ${this.selected.size > 0
          ? html`<div class="selection" role="group" aria-label=${t('selection.label')}>
              <span>${t('selection.count', { count: this.selected.size })}</span>
              <button class="button small" id="bulk-features" data-help-label="members:actions.features" @click=${this.openBulkFeatures}>${t('actions.features')}</button>
              <button class="button small link" @click=${this.clearSelection}>${t('selection.clear')}</button>
            </div>`
          : nothing}
      </div>
      ${this.restError
        ? html`<div class="alert" role="alert">
            <p>${t('summary.loadFailed', { loaded: this.i18n.number(held), total: this.i18n.number(this.total) })} ${this.errorText(this.restError)}</p>
            <button class="button small" @click=${this.retryRest}>${t('common:retry')}</button>
          </div>`
        : nothing}
      ${held <= 1 && !this.loadingRest
        ? html`<div class="notice alone" part="empty">
            <h3>${t('alone.title')}</h3>
            <p>${t('alone.body')}</p>
          </div>`
        : nothing}
      ${this.renderGrid()}
      ${shown.length === 0 && held > 0
        ? html`<div class="state no-match">
            <p>${t('noMatch')}</p>
            <button class="button" @click=${this.clearFilters}>${t('filters.clear')}</button>
          </div>`
        : nothing}
    `;
  }

  private renderSelect(
    id: string,
    label: string,
    value: string,
    allLabel: string,
    options: ReadonlyArray<readonly [string, string]>,
    set: (value: string) => void,
  ): TemplateResult {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} .value=${live(value)} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${value === ''}>${allLabel}</option>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${value === v}>${text}</option>`)}
      </select>
    </div>`;
  }

  private clearFilters = (): void => {
    this.search = '';
    this.departmentFilter = '';
    this.groupFilter = '';
    this.statusFilter = '';
    this.roleFilter = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#search')?.focus());
  };

  private renderGrid(): TemplateResult {
    const t = this.i18n.t;
    const shown = this.shown;
    const anySelected = this.selected.size > 0;
    const allSelected = anySelected && shown.length > 0 && shown.every((m) => this.selected.has(m.id));
    const someSelected = anySelected && !allSelected && shown.some((m) => this.selected.has(m.id));
    return html`<div class="grid-wrap">
      <div
        role="grid"
        class="grid"
        part="list"
        aria-labelledby="title"
        aria-describedby="summary grid-hint"
        aria-rowcount=${shown.length + 1}
        aria-colcount=${COLUMNS.length}
        aria-multiselectable="true"
        aria-busy=${this.loadingRest ? 'true' : 'false'}
      >
        <div role="rowgroup" class="head-group">
          <div role="row" class="row head-row" aria-rowindex="1">
            ${COLUMNS.map((c, col) => {
              const sorted = c.sort && c.sort === this.sortKey;
              const ariaSort = sorted ? (this.sortOrder === 'asc' ? 'ascending' : 'descending') : c.sort ? 'none' : nothing;
              return html`<div role="columnheader" class="cell ${c.className ?? ''}" aria-colindex=${col + 1} aria-sort=${ariaSort}>
                ${c.id === 'select'
                  ? html`<input
                      type="checkbox"
                      id="select-all"
                      aria-label=${t('selection.all')}
                      .checked=${live(allSelected)}
                      .indeterminate=${someSelected}
                      ?disabled=${shown.length === 0}
                      @change=${this.toggleAll}
                    />`
                  : c.id === 'actions'
                    ? html`<span class="visually-hidden">${t('columns.actions')}</span>`
                    : c.sort
                      ? html`<button type="button" class="sort" data-sort=${c.sort} @click=${() => this.sortBy(c.sort as MemberSortKey)}>
                          ${t(`columns.${c.id}`)}<span class="sort-mark ${sorted ? this.sortOrder : ''}" aria-hidden="true"></span>
                        </button>`
                      : t(`columns.${c.id}`)}
              </div>`;
            })}
          </div>
        </div>
        <div
          role="rowgroup"
          class="body"
          id="scroller"
          @keydown=${this.onGridKey}
          @focusin=${this.onGridFocus}
        >
          ${virtualize({
            items: shown,
            keyFunction: (m: Member) => m.id,
            renderItem: (m: Member, i: number) => this.renderRow(m, i),
            scroller: true,
          })}
        </div>
      </div>
      <p id="grid-hint" class="hint">${t('gridHint')}</p>
    </div>`;
  }

  private renderRow(m: Member, i: number): TemplateResult {
    const t = this.i18n.t;
    const selected = this.selected.has(m.id);
    const active = i === this.activeRow;
    const tab = (col: number): number => (active && col === this.activeCol ? 0 : -1);
    const groups = this.groupNames(m.groupIds);
    return html`<div role="row" class="row ${selected ? 'selected' : ''}" aria-rowindex=${i + 2} aria-selected=${selected ? 'true' : 'false'} data-row=${i}>
      <div role="gridcell" class="cell c-select" aria-colindex="1">
        <input type="checkbox" data-col="0" tabindex=${tab(0)} aria-label=${t('selection.one', { name: m.displayName })}
          .checked=${live(selected)} @change=${() => this.toggle(m.id)} />
      </div>
      <div role="rowheader" class="cell name" aria-colindex="2" data-col="1" tabindex=${tab(1)}>${m.displayName}</div>
      <div role="gridcell" class="cell muted" aria-colindex="3" data-col="2" tabindex=${tab(2)}>${m.accountName}</div>
      <div role="gridcell" class="cell" aria-colindex="4" data-col="3" tabindex=${tab(3)}>${this.departmentName(m.departmentId)}</div>
      <div role="gridcell" class="cell" aria-colindex="5" data-col="4" tabindex=${tab(4)}>${groups.length ? this.i18n.list(groups, 'unit') : t('noGroups')}</div>
      <div role="gridcell" class="cell" aria-colindex="6" data-col="5" tabindex=${tab(5)}>
        <span class="badge ${m.role === 'admin' ? 'admin' : ''}">${t(`roles.${m.role}`)}</span>
      </div>
      <div role="gridcell" class="cell num" aria-colindex="7" data-col="6" tabindex=${tab(6)}>${this.i18n.money(m.credit)}</div>
      <div role="gridcell" class="cell" aria-colindex="8" data-col="7" tabindex=${tab(7)}>${t(`statuses.${m.status}`)}</div>
      <div role="gridcell" class="cell c-actions" aria-colindex="9">
        <button class="button small" data-col="8" tabindex=${tab(8)} data-member=${m.id}
          aria-label=${t('common:actionOn', { action: t('actions.manage'), name: m.displayName })}
          @click=${() => this.openMember(m.id)}>${t('actions.manage')}</button>
      </div>
    </div>`;
  }

  private sortBy(key: MemberSortKey): void {
    if (this.sortKey === key) this.sortOrder = this.sortOrder === 'asc' ? 'desc' : 'asc';
    else {
      this.sortKey = key;
      this.sortOrder = key === 'credit' ? 'desc' : 'asc';
    }
  }

  private toggle(id: string): void {
    const next = new Set(this.selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.selected = next;
  }

  private toggleAll = (): void => {
    const all = this.shown.length > 0 && this.shown.every((m) => this.selected.has(m.id));
    const next = new Set(this.selected);
    for (const m of this.shown) {
      if (all) next.delete(m.id);
      else next.add(m.id);
    }
    this.selected = next;
  };

  private clearSelection = (): void => {
    this.selected = new Set();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#search')?.focus());
  };

  /** Keeps the grid's one tab stop where the focus went (by mouse or by Tab). */
  private onGridFocus = (event: FocusEvent): void => {
    const target = event.composedPath()[0] as HTMLElement;
    const col = target.dataset?.['col'];
    const row = target.closest<HTMLElement>('[data-row]')?.dataset['row'];
    if (col === undefined || row === undefined) return;
    this.activeRow = Number(row);
    this.activeCol = Number(col);
  };

  /** Arrow keys, Page Up/Down, Home and End move through the grid, as the ARIA grid pattern says. */
  private onGridKey = (event: KeyboardEvent): void => {
    const last = this.shown.length - 1;
    if (last < 0) return;
    let row = this.activeRow;
    let col = this.activeCol;
    switch (event.key) {
      case 'ArrowDown': row = Math.min(last, row + 1); break;
      case 'ArrowUp': row = Math.max(0, row - 1); break;
      case 'PageDown': row = Math.min(last, row + 10); break;
      case 'PageUp': row = Math.max(0, row - 10); break;
      case 'ArrowRight': col = Math.min(COLUMNS.length - 1, col + 1); break;
      case 'ArrowLeft': col = Math.max(0, col - 1); break;
      case 'Home': if (event.ctrlKey) row = 0; else col = 0; break;
      case 'End': if (event.ctrlKey) row = last; else col = COLUMNS.length - 1; break;
      case 'Enter':
        if (!WIDGET_COLUMNS.has(col)) {
          event.preventDefault();
          const m = this.shown[row];
          if (m) this.openMember(m.id);
        }
        return;
      case ' ':
        if (!WIDGET_COLUMNS.has(col)) {
          event.preventDefault();
          const m = this.shown[row];
          if (m) this.toggle(m.id);
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    this.activeRow = row;
    this.activeCol = col;
    void this.focusActive();
  };

  /** Focuses the active cell, scrolling the virtualized list to it first when it is not rendered. */
  private async focusActive(): Promise<void> {
    const row = this.activeRow;
    this.scroller?.[virtualizerRef]?.element(row)?.scrollIntoView({ block: 'nearest' });
    for (let tries = 0; tries < 30; tries++) {
      await this.updateComplete;
      const target = this.renderRoot.querySelector<HTMLElement>(`[data-row="${row}"] [data-col="${this.activeCol}"]`);
      if (target) {
        target.focus();
        return;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  // ---- a member: summary, move, role, features, removal -----------------------

  private get managed(): Member | undefined {
    return this.managedId ? this.index.get(this.managedId) : undefined;
  }

  private openMember(id: string): void {
    this.managedId = id;
    this.bulk = false;
    this.setMode('summary');
    this.memberDialog?.showModal();
  }

  private openBulkFeatures = (): void => {
    this.managedId = '';
    this.bulk = true;
    this.bulkDraft = {};
    this.setMode('features');
    this.memberDialog?.showModal();
  };

  private setMode(mode: Mode): void {
    const m = this.managed;
    this.mode = mode;
    this.dialogError = undefined;
    this.formProblem = '';
    if (mode !== 'summary') this.dialogNote = '';
    if (m && mode === 'move') {
      this.moveDepartment = m.departmentId;
      this.moveGroups = [...m.groupIds];
    }
    if (m && mode === 'features') this.featureDraft = { ...m.features };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#member-dialog[open] h2')?.focus());
  }

  private onMemberDialogClose = (): void => {
    const id = this.managedId;
    const bulk = this.bulk;
    this.mode = 'summary';
    this.dialogError = undefined;
    this.dialogNote = '';
    this.formProblem = '';
    this.managedId = '';
    this.bulk = false;
    void this.updateComplete.then(() => {
      const back = bulk
        ? this.renderRoot.querySelector<HTMLElement>('#bulk-features')
        : this.renderRoot.querySelector<HTMLElement>(`button[data-member="${CSS.escape(id)}"]`);
      (back ?? this.renderRoot.querySelector<HTMLElement>('#search'))?.focus();
    });
  };

  private renderMemberDialog(): TemplateResult {
    const t = this.i18n.t;
    const m = this.managed;
    let title = '';
    let body: TemplateResult | typeof nothing = nothing;
    if (this.bulk) {
      title = t('features.bulkTitle', { count: this.selected.size });
      body = this.renderBulkFeatures();
    } else if (m) {
      switch (this.mode) {
        case 'summary':
          title = m.displayName;
          body = this.renderSummary(m);
          break;
        case 'move':
          title = t('move.title', { name: m.displayName });
          body = this.renderMove(m);
          break;
        case 'features':
          title = t('features.title', { name: m.displayName });
          body = this.renderFeatures(m);
          break;
        case 'remove':
          title = t('remove.title', { name: m.displayName });
          body = this.renderRemove(m);
          break;
      }
    }
    return html`<dialog
      id="member-dialog"
      part="dialog"
      aria-labelledby="member-title"
      role=${this.mode === 'remove' ? 'alertdialog' : nothing}
      aria-describedby=${this.mode === 'remove' ? 'remove-body' : nothing}
      @close=${this.onMemberDialogClose}
    >
      <div class="dialog-body">
        <h2 id="member-title" tabindex="-1">${title}</h2>
        <div class="visually-hidden" role="status" aria-live="polite">${this.dialogNote}</div>
        ${body}
      </div>
    </dialog>`;
  }

  private renderDialogError(): TemplateResult | typeof nothing {
    const e = this.dialogError;
    if (!e) return nothing;
    return html`<div class="alert" role="alert" tabindex="-1">
      <p>${this.errorText(e)}</p>
      ${isOutcomeUnknown(e) ? html`<p>${this.i18n.t('keptInput')}</p>` : nothing}
    </div>`;
  }

  private adminFacts(m: Member): { lastAdmin: boolean; linked: boolean } {
    const admins = this.index.count((x) => x.role === 'admin');
    const complete = !this.loadingRest && !this.restError;
    return { lastAdmin: m.role === 'admin' && complete && admins <= 1, linked: m.status === 'linked' || m.sipProfileId !== null };
  }

  private renderSummary(m: Member): TemplateResult {
    const t = this.i18n.t;
    const { lastAdmin, linked } = this.adminFacts(m);
    const groups = this.groupNames(m.groupIds);
    const roleReason = m.role === 'admin' ? (lastAdmin ? t('errors:last_admin') : '') : linked ? t('errors:admin_cannot_be_linked') : '';
    return html`
      <dl class="facts">
        <dt>${t('columns.accountName')}</dt><dd>${m.accountName}</dd>
        ${m.email ? html`<dt>${t('email')}</dt><dd>${m.email}</dd>` : nothing}
        <dt>${t('columns.department')}</dt><dd>${this.departmentName(m.departmentId)}</dd>
        <dt>${t('columns.groups')}</dt><dd>${groups.length ? this.i18n.list(groups) : t('noGroups')}</dd>
        <dt>${t('columns.role')}</dt><dd>${t(`roles.${m.role}`)}</dd>
        <dt>${t('columns.credit')}</dt><dd>${this.i18n.money(m.credit)}</dd>
        <dt>${t('columns.status')}</dt><dd>${t(`statuses.${m.status}`)}</dd>
        <dt>${t('features.heading')}</dt>
        <dd>${this.i18n.list(FEATURES.filter((f) => m.features[f]).map((f) => t(`features.names.${f}`))) || t('features.none')}</dd>
      </dl>
      ${this.renderDialogError()}
      <div class="member-actions">
        <button class="button" id="action-move" data-help-label="members:actions.move" @click=${() => this.setMode('move')}>${t('actions.move')}</button>
        <button class="button" id="action-features" data-help-label="members:actions.features" @click=${() => this.setMode('features')}>${t('actions.features')}</button>
        <button
          class="button"
          id="action-role"
          data-help-label=${m.role === 'admin' ? 'members:actions.removeAdmin' : 'members:actions.makeAdmin'}
          aria-disabled=${roleReason ? 'true' : 'false'}
          aria-describedby=${roleReason ? 'role-reason' : nothing}
          aria-busy=${this.saving ? 'true' : 'false'}
          @click=${() => this.changeRole(m, roleReason)}
        >
          ${m.role === 'admin' ? t('actions.removeAdmin') : t('actions.makeAdmin')}
        </button>
        <button
          class="button danger"
          id="action-remove"
          data-help-label="members:actions.remove"
          aria-disabled=${lastAdmin ? 'true' : 'false'}
          aria-describedby=${lastAdmin ? 'remove-reason' : nothing}
          @click=${() => !lastAdmin && this.setMode('remove')}
        >
          ${t('actions.remove')}
        </button>
      </div>
      ${roleReason ? html`<p class="reason" id="role-reason">${roleReason}</p>` : nothing}
      ${lastAdmin ? html`<p class="reason" id="remove-reason">${t('remove.lastAdmin')}</p>` : nothing}
      <div class="dialog-actions">
        <button type="button" class="button" @click=${() => this.memberDialog?.close()}>${t('common:close')}</button>
      </div>
    `;
  }

  /** Applies a member returned by a write (or by a conflict) to the list. */
  private applyMember(m: Member): void {
    this.index.update(m);
    this.refreshNow();
  }

  private async onDialogWriteError(operation: string, error: DialkitError): Promise<void> {
    this.dialogError = this.reportError(operation, error);
    const current = error.details?.['current'] as Member | undefined;
    if ((error.code === 'conflict' || error.code === 'last_admin') && current && current.id && current.accountName) this.applyMember(current);
    else if (error.code === 'conflict' && this.managedId) {
      const fresh = await this.backend.getMember(this.managedId);
      if (fresh.ok) this.applyMember(fresh.data);
    }
    if (error.code === 'last_admin') await this.refreshAdmins();
    if (error.code === 'not_found' && this.managedId) {
      this.index.remove(this.managedId);
      this.refreshNow();
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#member-dialog .alert')?.focus();
  }

  /** After a `last_admin` refusal: the administrators as the backend has them now. */
  private async refreshAdmins(): Promise<void> {
    const result = await this.backend.listMembers({ role: 'admin', limit: PAGE });
    if (!result.ok) return;
    const admins = new Set(result.data.items.map((m) => m.id));
    this.index.add(result.data.items);
    const stale = this.index.all().filter((m) => m.role === 'admin' && !admins.has(m.id));
    for (const m of stale) {
      const fresh = await this.backend.getMember(m.id);
      if (fresh.ok) this.index.update(fresh.data);
    }
    this.refreshNow();
  }

  private async changeRole(m: Member, reason: string): Promise<void> {
    if (reason || this.saving) return;
    const t = this.i18n.t;
    const role: MemberRole = m.role === 'admin' ? 'member' : 'admin';
    this.saving = true;
    this.dialogError = undefined;
    const result = await this.backend.updateMember(m.id, { version: m.version, role });
    this.saving = false;
    if (!result.ok) return this.onDialogWriteError('updateMember', result.error);
    this.applyMember(result.data);
    this.emit('dk-member-role-changed', { memberId: m.id, role });
    const text = role === 'admin' ? t('role.made', { name: m.displayName }) : t('role.removed', { name: m.displayName });
    this.dialogNote = text;
    this.announcement = text;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#action-role')?.focus();
  }

  private renderMove(m: Member): TemplateResult {
    const t = this.i18n.t;
    const org = this.org();
    return html`<form novalidate @submit=${(e: SubmitEvent) => this.submitMove(e, m)}>
      <div class="field">
        <label for="move-department">${t('columns.department')}</label>
        <select id="move-department" .value=${live(this.moveDepartment)} @change=${(e: Event) => (this.moveDepartment = (e.target as HTMLSelectElement).value)}>
          ${org.departments.map((d) => html`<option value=${d.id} ?selected=${d.id === this.moveDepartment}>${d.name}</option>`)}
        </select>
      </div>
      ${this.renderGroupChoices('move', this.moveGroups, (ids) => (this.moveGroups = ids))}
      ${this.renderDialogError()}
      <div class="dialog-actions">
        <button type="button" class="button" @click=${() => this.setMode('summary')}>${t('common:cancel')}</button>
        <button type="submit" class="button primary" ?disabled=${this.saving} aria-busy=${this.saving ? 'true' : 'false'}>
          ${this.saving ? t('common:saving') : this.dialogError?.code === 'network' ? t('common:retry') : t('common:save')}
        </button>
      </div>
    </form>`;
  }

  private renderGroupChoices(prefix: string, chosen: readonly string[], set: (ids: string[]) => void): TemplateResult {
    const t = this.i18n.t;
    const groups = this.org().groups;
    return html`<fieldset class="choices">
      <legend>${t('columns.groups')}</legend>
      ${groups.length === 0
        ? html`<p class="hint">${t('noGroupsDefined')}</p>`
        : html`<ul>
            ${groups.map(
              (g) => html`<li>
                <input
                  type="checkbox"
                  id="${prefix}-g-${g.id}"
                  .checked=${live(chosen.includes(g.id))}
                  @change=${(e: Event) =>
                    set((e.target as HTMLInputElement).checked ? [...chosen, g.id] : chosen.filter((id) => id !== g.id))}
                />
                <label for="${prefix}-g-${g.id}">${g.name}</label>
              </li>`,
            )}
          </ul>`}
    </fieldset>`;
  }

  private async submitMove(event: SubmitEvent, m: Member): Promise<void> {
    event.preventDefault();
    if (this.saving) return;
    const t = this.i18n.t;
    const current = this.index.get(m.id) ?? m;
    this.saving = true;
    this.dialogError = undefined;
    const groupIds = [...this.moveGroups];
    const result = await this.backend.updateMember(current.id, { version: current.version, departmentId: this.moveDepartment, groupIds });
    this.saving = false;
    if (!result.ok) return this.onDialogWriteError('updateMember', result.error);
    this.applyMember(result.data);
    this.emit('dk-member-moved', { memberId: current.id, departmentId: result.data.departmentId, groupIds: result.data.groupIds });
    const text = t('move.done', { name: current.displayName, department: this.departmentName(result.data.departmentId) });
    this.announcement = text;
    this.dialogNote = text;
    this.setMode('summary');
    this.dialogNote = text;
  }

  private renderFeatures(m: Member): TemplateResult {
    const t = this.i18n.t;
    const draft = this.featureDraft ?? m.features;
    return html`<form novalidate @submit=${(e: SubmitEvent) => this.submitFeatures(e, m)}>
      <fieldset class="choices switches">
        <legend>${t('features.heading')}</legend>
        <ul>
          ${FEATURES.map(
            (f) => html`<li>
              <input
                type="checkbox"
                role="switch"
                id="f-${f}"
                aria-describedby="f-${f}-hint"
                .checked=${live(draft[f])}
                @change=${(e: Event) => (this.featureDraft = { ...draft, [f]: (e.target as HTMLInputElement).checked })}
              />
              <label for="f-${f}">${t(`features.names.${f}`)}</label>
              <span class="reason" id="f-${f}-hint">${t(`features.hints.${f}`)}</span>
            </li>`,
          )}
        </ul>
      </fieldset>
      ${this.renderDialogError()}
      <div class="dialog-actions">
        <button type="button" class="button" @click=${() => this.setMode('summary')}>${t('common:cancel')}</button>
        <button type="submit" class="button primary" ?disabled=${this.saving} aria-busy=${this.saving ? 'true' : 'false'}>
          ${this.saving ? t('common:saving') : this.dialogError?.code === 'network' ? t('common:retry') : t('common:save')}
        </button>
      </div>
    </form>`;
  }

  private async submitFeatures(event: SubmitEvent, m: Member): Promise<void> {
    event.preventDefault();
    if (this.saving) return;
    const t = this.i18n.t;
    const current = this.index.get(m.id) ?? m;
    const features = { ...(this.featureDraft ?? current.features) };
    this.saving = true;
    this.dialogError = undefined;
    const result = await this.backend.setMemberFeatures(current.id, { version: current.version, features });
    this.saving = false;
    if (!result.ok) return this.onDialogWriteError('setMemberFeatures', result.error);
    this.applyMember(result.data);
    this.emit('dk-features-changed', { memberIds: [current.id], features });
    const text = t('features.saved', { name: current.displayName });
    this.announcement = text;
    this.setMode('summary');
    this.dialogNote = text;
  }

  private renderBulkFeatures(): TemplateResult {
    const t = this.i18n.t;
    return html`<form novalidate @submit=${this.submitBulk}>
      <p>${t('features.bulkIntro', { count: this.selected.size })}</p>
      <fieldset class="choices bulk">
        <legend>${t('features.heading')}</legend>
        ${FEATURES.map(
          (f) => html`<div class="field inline">
            <label for="b-${f}">${t(`features.names.${f}`)}</label>
            <select
              id="b-${f}"
              .value=${live(this.bulkDraft[f] ?? 'keep')}
              @change=${(e: Event) => {
                this.bulkDraft = { ...this.bulkDraft, [f]: (e.target as HTMLSelectElement).value as BulkChoice };
                this.formProblem = '';
              }}
            >
              ${(['keep', 'on', 'off'] as const).map(
                (c) => html`<option value=${c} ?selected=${(this.bulkDraft[f] ?? 'keep') === c}>${t(`features.choice.${c}`)}</option>`,
              )}
            </select>
          </div>`,
        )}
      </fieldset>
      ${this.formProblem ? html`<p class="field-error" id="bulk-problem" role="alert">${this.formProblem}</p>` : nothing}
      ${this.renderDialogError()}
      <div class="dialog-actions">
        <button type="button" class="button" @click=${() => this.memberDialog?.close()}>${t('common:cancel')}</button>
        <button type="submit" class="button primary" ?disabled=${this.saving} aria-busy=${this.saving ? 'true' : 'false'}>
          ${this.saving ? t('common:saving') : this.dialogError?.code === 'network' ? t('common:retry') : t('features.apply')}
        </button>
      </div>
    </form>`;
  }

  private submitBulk = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.saving) return;
    const t = this.i18n.t;
    const features: FeatureAccessPatch = {};
    for (const f of FEATURES) {
      const choice = this.bulkDraft[f];
      if (choice === 'on' || choice === 'off') features[f] = choice === 'on';
    }
    if (Object.keys(features).length === 0) {
      this.formProblem = t('features.chooseOne');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#b-${FEATURES[0]}`)?.focus();
      return;
    }
    const memberIds = [...this.selected];
    this.saving = true;
    this.dialogError = undefined;
    const result = await this.backend.setFeaturesForMembers({ memberIds, features });
    this.saving = false;
    if (!result.ok) {
      this.dialogError = this.reportError('setFeaturesForMembers', result.error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#member-dialog .alert')?.focus();
      return;
    }
    for (const m of result.data.items) this.index.update(m);
    this.refreshNow();
    this.emit('dk-features-changed', { memberIds, features });
    this.announcement = t('features.bulkSaved', { count: memberIds.length });
    this.memberDialog?.close();
  };

  private renderRemove(m: Member): TemplateResult {
    const t = this.i18n.t;
    const credit = m.credit.amountMinor > 0
      ? t('remove.credit', { amount: this.i18n.money(m.credit) })
      : t('remove.noCredit');
    const numbers = m.numberIds.length > 0 ? t('remove.numbers', { count: m.numberIds.length }) : t('remove.noNumbers');
    return html`
      <div id="remove-body" class="notice">
        <p>${t('remove.intro', { name: m.displayName })}</p>
        <ul>
          <li>${credit}</li>
          <li>${numbers}</li>
          ${m.subscriptionIds.length > 0 ? html`<li>${t('remove.subscriptions', { count: m.subscriptionIds.length })}</li>` : nothing}
          ${m.sipProfileId ? html`<li>${t('remove.sip')}</li>` : nothing}
        </ul>
      </div>
      ${this.renderDialogError()}
      <div class="dialog-actions">
        <button type="button" class="button" @click=${() => this.setMode('summary')}>${t('common:cancel')}</button>
        <button type="button" class="button danger" id="confirm-remove" ?disabled=${this.saving}
          aria-busy=${this.saving ? 'true' : 'false'} @click=${() => this.confirmRemove(m)}>
          ${this.saving ? t('common:saving') : t('actions.remove')}
        </button>
      </div>
    `;
  }

  private async confirmRemove(m: Member): Promise<void> {
    if (this.saving) return;
    const t = this.i18n.t;
    const current = this.index.get(m.id) ?? m;
    this.saving = true;
    this.dialogError = undefined;
    const result = await this.backend.removeMember(current.id, { version: current.version });
    this.saving = false;
    if (!result.ok) return this.onDialogWriteError('removeMember', result.error);
    const removal = result.data;
    const position = this.shown.findIndex((x) => x.id === current.id);
    this.index.remove(current.id);
    if (this.selected.has(current.id)) {
      const next = new Set(this.selected);
      next.delete(current.id);
      this.selected = next;
    }
    this.refreshNow();
    this.emit('dk-member-removed', {
      memberId: current.id,
      reclaimed: removal.reclaimed,
      releasedNumberIds: removal.releasedNumberIds,
      cancelledSubscriptionIds: removal.cancelledSubscriptionIds,
    });
    this.announcement = t('remove.done', {
      name: current.displayName,
      amount: this.i18n.money(removal.reclaimed),
      count: removal.releasedNumberIds.length,
    });
    this.managedId = '';
    this.memberDialog?.close();
    this.activeRow = Math.max(0, Math.min(position, this.shown.length - 1));
    this.activeCol = COLUMNS.length - 1;
    await this.updateComplete;
    if (this.shown.length > 0) await this.focusActive();
    else this.renderRoot.querySelector<HTMLElement>('#search')?.focus();
  }

  // ---- invitations ----------------------------------------------------------------

  private openInviteDialog = (): void => {
    this.inviteError = undefined;
    this.inviteProblem = '';
    this.rejected = [];
    const org = this.org();
    if (!org.departments.some((d) => d.id === this.inviteDepartment)) this.inviteDepartment = org.departments[0]?.id ?? '';
    if (this.invitations.status !== TaskStatus.COMPLETE) this.invitations.run();
    this.inviteDialog?.showModal();
  };

  private onInviteDialogClose = (): void => {
    this.inviteText = '';
    this.inviteGroups = [];
    this.inviteProblem = '';
    this.inviteError = undefined;
    this.rejected = [];
    void this.updateComplete.then(() => {
      if (this.view === 'invitations') this.renderRoot.querySelector<HTMLElement>('#tab-invitations')?.focus();
      else this.renderRoot.querySelector<HTMLElement>('#invite-button')?.focus();
    });
  };

  private parsed(): ParsedInvitee[] {
    const pending = new Set(
      (this.invitationList ?? []).filter((i) => i.status === 'pending').map((i) => i.invitee.toLowerCase()),
    );
    return parseInvitees(this.inviteText, {
      isMember: (v) => this.index.findByAccountOrEmail(v) !== undefined,
      isPending: (v) => pending.has(v.toLowerCase()),
    });
  }

  private inviteeProblemText(p: ParsedInvitee): string {
    const t = this.i18n.t;
    const problem = p.problem;
    if (!problem) return p.type === 'email' ? t('invite.okEmail') : t('invite.okAccount');
    switch (problem.kind) {
      case 'email':
        return t('invite.badEmail');
      case 'account':
        return t(`validation:accountName.${problem.problem}`);
      case 'duplicate':
        return t('invite.duplicate');
      case 'member':
        return t('invite.member');
      case 'pending':
        return t('invite.pending');
    }
  }

  private renderInviteDialog(): TemplateResult {
    const t = this.i18n.t;
    const org = this.org();
    const entries = this.parsed();
    const sendable = entries.filter((e) => !e.problem);
    const invalid = entries.filter((e) => e.problem?.kind === 'email' || e.problem?.kind === 'account');
    return html`<dialog id="invite-dialog" part="dialog" aria-labelledby="invite-title" @close=${this.onInviteDialogClose}>
      <form class="dialog-body" method="dialog" novalidate @submit=${this.submitInvite}>
        <h2 id="invite-title">${t('invite.title')}</h2>
        <div class="field">
          <label for="invitees">${t('invite.label')}</label>
          <textarea
            id="invitees"
            rows="4"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="invitees-hint ${this.inviteProblem ? 'invitees-problem' : ''}"
            aria-invalid=${invalid.length > 0 || this.inviteProblem ? 'true' : 'false'}
            .value=${live(this.inviteText)}
            @input=${(e: InputEvent) => {
              this.inviteText = (e.target as HTMLTextAreaElement).value;
              this.inviteProblem = '';
            }}
          ></textarea>
          <span id="invitees-hint" class="hint">${t('invite.hint')}</span>
          ${this.inviteProblem ? html`<span id="invitees-problem" class="field-error">${this.inviteProblem}</span>` : nothing}
        </div>
        ${entries.length > 0
          ? html`<ul class="invitees" tabindex="0" aria-label=${t('invite.checked')}>
              ${entries.map(
                (e) => html`<li class=${e.problem ? (invalid.includes(e) ? 'bad' : 'skip') : 'ok'}>
                  <span class="invitee">${e.value}</span>
                  <span class="verdict">${this.inviteeProblemText(e)}</span>
                </li>`,
              )}
            </ul>
            <p class="hint" id="invite-count">${t('invite.willSend', { count: sendable.length })}</p>`
          : nothing}
        <div class="field">
          <label for="invite-department">${t('columns.department')}</label>
          <select id="invite-department" .value=${live(this.inviteDepartment)}
            @change=${(e: Event) => (this.inviteDepartment = (e.target as HTMLSelectElement).value)}>
            ${org.departments.map((d) => html`<option value=${d.id} ?selected=${d.id === this.inviteDepartment}>${d.name}</option>`)}
          </select>
        </div>
        ${this.renderGroupChoices('invite', this.inviteGroups, (ids) => (this.inviteGroups = ids))}
        ${this.rejected.length > 0
          ? html`<div class="alert" role="alert" id="rejections" tabindex="-1">
              <p>${t('invite.rejectedTitle', { count: this.rejected.length })}</p>
              <ul>
                ${this.rejected.map(
                  (r) => html`<li>${t('invite.rejection', {
                    invitee: r.invitee,
                    reason: r.code === 'conflict' ? t('invite.pending') : t(`errors:${r.code}`),
                  })}</li>`,
                )}
              </ul>
            </div>`
          : nothing}
        ${this.inviteError
          ? html`<div class="alert" role="alert" tabindex="-1" id="invite-error">
              <p>${this.errorText(this.inviteError)}</p>
              ${isOutcomeUnknown(this.inviteError) ? html`<p>${t('keptInput')}</p>` : nothing}
            </div>`
          : nothing}
        <div class="dialog-actions">
          <button type="button" class="button" @click=${() => this.inviteDialog?.close()}>${t('common:cancel')}</button>
          <button
            type="submit"
            class="button primary"
            data-help-label="members:invite.send"
            ?disabled=${this.saving}
            aria-busy=${this.saving ? 'true' : 'false'}
          >
            ${this.saving ? t('common:saving') : this.inviteError ? t('common:retry') : t('invite.send')}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  private submitInvite = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.saving) return;
    const t = this.i18n.t;
    const entries = this.parsed();
    const invalid = entries.filter((e) => e.problem?.kind === 'email' || e.problem?.kind === 'account');
    const sendable = entries.filter((e) => !e.problem).map((e) => e.value);
    const focusBox = async (): Promise<void> => {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#invitees')?.focus();
    };
    if (invalid.length > 0) {
      this.inviteProblem = t('invite.fixInvalid', { count: invalid.length });
      return focusBox();
    }
    if (sendable.length === 0) {
      this.inviteProblem = entries.length === 0 ? t('invite.enterOne') : t('invite.nothingToSend');
      return focusBox();
    }
    if (sendable.length > MAX_INVITEES) {
      this.inviteProblem = t('invite.tooMany', { max: this.i18n.number(MAX_INVITEES) });
      return focusBox();
    }
    this.saving = true;
    this.inviteError = undefined;
    this.rejected = [];
    const result = await this.backend.sendInvitations({
      invitees: sendable,
      departmentId: this.inviteDepartment,
      groupIds: [...this.inviteGroups],
    });
    this.saving = false;
    if (!result.ok) {
      this.inviteError = this.reportError('sendInvitations', result.error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#invite-error')?.focus();
      return;
    }
    const { created, rejected } = result.data;
    if (created.length > 0) {
      this.emit('dk-member-invited', { invitations: created });
      this.invitationList = [...created, ...(this.invitationList ?? [])];
    }
    this.announcement = t('invite.sent', { count: created.length });
    if (rejected.length > 0) {
      // What was sent leaves the box; what was refused stays, to be corrected.
      this.rejected = rejected;
      this.inviteText = rejected.map((r) => r.invitee).join('\n');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#rejections')?.focus();
      return;
    }
    this.view = 'invitations';
    this.invitations.run();
    this.inviteDialog?.close();
  };

  private renderInvitations(): TemplateResult {
    const t = this.i18n.t;
    const list = [...(this.invitationList ?? [])]
      .filter((i) => !this.invitationStatusFilter || i.status === this.invitationStatusFilter)
      .sort((a, b) => b.sentAt.localeCompare(a.sentAt));
    const now = new Date();
    return html`
      <div class="filters" part="filters">
        ${this.renderSelect('invitation-status', t('filters.status'), this.invitationStatusFilter, t('filters.allStatuses'),
          (['pending', 'accepted', 'declined', 'expired', 'cancelled'] as const).map((s) => [s, t(`invitations.status.${s}`)]),
          (v) => (this.invitationStatusFilter = v))}
      </div>
      ${this.invitationError
        ? html`<div class="alert" role="alert"><p>${this.errorText(this.invitationError)}</p></div>`
        : nothing}
      ${list.length === 0
        ? html`<p class="state">${t('invitations.noMatch')}</p>`
        : html`<div class="table-wrap">
            <table part="invitations">
              <caption class="visually-hidden">${t('invitations.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">${t('invitations.columns.invitee')}</th>
                  <th scope="col">${t('columns.department')}</th>
                  <th scope="col">${t('columns.status')}</th>
                  <th scope="col">${t('invitations.columns.when')}</th>
                  <th scope="col"><span class="visually-hidden">${t('columns.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                ${list.map((i) => this.renderInvitation(i, now))}
              </tbody>
            </table>
          </div>`}
    `;
  }

  private renderInvitation(i: Invitation, now: Date): TemplateResult {
    const t = this.i18n.t;
    const when =
      i.status === 'pending'
        ? t('invitations.expiresIn', { when: this.i18n.relative(i.expiresAt, now) })
        : i.status === 'expired'
          ? t('invitations.expiredAgo', { when: this.i18n.relative(i.expiresAt, now) })
          : t('invitations.sentOn', { date: this.i18n.date(i.sentAt) });
    const busy = this.busyInvitation === i.id;
    return html`<tr data-invitation=${i.id}>
      <th scope="row">
        <span class="invitee">${i.invitee}</span>
        <span class="muted small-text">${t(`invitations.kind.${i.kind}`)}</span>
      </th>
      <td>${this.departmentName(i.departmentId)}</td>
      <td><span class="badge status-${i.status}">${t(`invitations.status.${i.status}`)}</span></td>
      <td>${when}</td>
      <td class="row-actions">
        ${i.status === 'pending' || i.status === 'expired'
          ? html`<button class="button small" data-action="resend" ?disabled=${busy}
              data-help-label="members:actions.resend"
              aria-label=${t('common:actionOn', { action: t('actions.resend'), name: i.invitee })}
              @click=${() => this.resend(i)}>${t('actions.resend')}</button>`
          : nothing}
        ${i.status === 'pending'
          ? html`<button class="button small danger" data-action="cancel" ?disabled=${busy}
              data-help-label="members:actions.cancelInvitation"
              aria-label=${t('common:actionOn', { action: t('actions.cancelInvitation'), name: i.invitee })}
              @click=${() => this.cancel(i)}>${t('actions.cancelInvitation')}</button>`
          : nothing}
      </td>
    </tr>`;
  }

  private replaceInvitation(next: Invitation): void {
    this.invitationList = (this.invitationList ?? []).map((i) => (i.id === next.id ? next : i));
  }

  private async resend(i: Invitation): Promise<void> {
    if (this.busyInvitation) return;
    const t = this.i18n.t;
    this.busyInvitation = i.id;
    this.invitationError = undefined;
    const result = await this.backend.resendInvitation(i.id);
    this.busyInvitation = '';
    if (!result.ok) return this.onInvitationError('resendInvitation', result.error);
    this.replaceInvitation(result.data);
    this.emit('dk-invitation-resent', { invitationId: i.id, invitee: i.invitee, expiresAt: result.data.expiresAt });
    this.announcement = t('invitations.resent', { invitee: i.invitee, when: this.i18n.relative(result.data.expiresAt) });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`tr[data-invitation="${CSS.escape(i.id)}"] [data-action="resend"]`)?.focus();
  }

  private async cancel(i: Invitation): Promise<void> {
    if (this.busyInvitation) return;
    const t = this.i18n.t;
    this.busyInvitation = i.id;
    this.invitationError = undefined;
    const result = await this.backend.cancelInvitation(i.id);
    this.busyInvitation = '';
    if (!result.ok) return this.onInvitationError('cancelInvitation', result.error);
    this.replaceInvitation(result.data);
    this.emit('dk-invitation-cancelled', { invitationId: i.id, invitee: i.invitee });
    this.announcement = t('invitations.cancelled', { invitee: i.invitee });
    await this.updateComplete;
    const row = this.renderRoot.querySelector<HTMLElement>(`tr[data-invitation="${CSS.escape(i.id)}"]`);
    (row?.querySelector<HTMLElement>('button') ?? this.renderRoot.querySelector<HTMLElement>('#invitation-status'))?.focus();
  }

  private async onInvitationError(operation: string, error: DialkitError): Promise<void> {
    this.invitationError = this.reportError(operation, error);
    const current = error.details?.['current'] as Invitation | undefined;
    if (current?.id) this.replaceInvitation(current);
    await this.updateComplete;
  }
}
