import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent, VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
import type { Member } from '../../../adapter/types.js';
import { intlLocale } from '../../../i18n/format.js';
import type { Locale } from '../../../i18n/locales.js';
import type { MemberSortKey, SortOrder } from '../member-index.js';
import type { MemberDirectory, Organisation } from './directory.js';
import { MemberFilters } from './filters.js';
import { LIST_LAYOUT } from './list-layout.js';
import { focusAfterUpdate, type MembersKit } from './host.js';

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
/** The column of each row's Manage button. */
const ACTIONS = COLUMNS.length - 1;
/** Columns whose cell holds one widget that takes the focus instead of the cell. */
const WIDGET_COLUMNS = new Set([0, ACTIONS]);

export interface GridOptions {
  /** Opens the member dialog of a member. */
  manage: (id: string) => void;
  /** Opens the feature access dialog of the selection (from the click on its button). */
  bulkFeatures: (event: Event) => void;
}

/**
 * The members of the company as an ARIA grid (`part="list"`), virtualized:
 * only the rows in view are in the page, whatever the company's size. One tab
 * stop; arrow keys, Page Up/Down, Home and End move the active cell (scrolling
 * to rows not rendered yet), Enter manages a member, Space selects one. Above
 * it, the search and filters, the counts and the selection.
 */
export class MemberGrid {
  readonly filters: MemberFilters;
  private sortKey: MemberSortKey = 'name';
  private sortOrder: SortOrder = 'asc';
  /** The members selected, for feature access in bulk. */
  selected: ReadonlySet<string> = new Set();
  private activeRow = 0;
  private activeCol = 1;
  /** The rows in the page (the virtualizer's range), and those in view; -1 when none. */
  private rendered = { first: -1, last: -1 };
  private visible = { first: -1, last: -1 };
  /** The members shown, in order: the result of the search, filters and sort. */
  private shown: readonly Member[] = [];
  private shownPositions: ArrayLike<number> = [];
  private shownVersion = -1;
  private shownSignature = '';
  private shownLocale?: Locale;

  constructor(
    private readonly kit: MembersKit,
    private readonly directory: MemberDirectory,
    private readonly options: GridOptions,
  ) {
    this.filters = new MemberFilters(kit);
  }

  /** Filters and sorts again when the members, the filters, the sort or the language changed (the element's `willUpdate`). */
  update(locale: Locale): void {
    const { index, version } = this.directory;
    const signature = `${this.filters.signature}\u0000${this.sortKey}\u0000${this.sortOrder}`;
    if (this.shownVersion === version && this.shownSignature === signature && this.shownLocale === locale) return;
    const filtersChanged = this.shownSignature !== signature;
    index.setLocale(intlLocale(locale));
    // The same result (another language, the same order): the same list, so
    // the virtualizer keeps its rows and measures only those whose size changed.
    const positions = index.filter(this.filters.value, this.sortKey, this.sortOrder);
    if (positions !== this.shownPositions) this.shown = index.view(positions);
    this.shownPositions = positions;
    this.shownVersion = version;
    this.shownSignature = signature;
    this.shownLocale = locale;
    if (filtersChanged) this.activeRow = 0;
    else this.activeRow = Math.max(0, Math.min(this.activeRow, this.shown.length - 1));
  }

  /** The members tab: filters, counts and selection, the grid, and what to say when it shows nobody. */
  render(org: Organisation): TemplateResult {
    const { t, number } = this.kit.i18n;
    const shown = this.shown;
    const held = this.directory.index.size;
    return html`
      ${this.filters.render(org)}
      <div class="summary-bar spread">
        <p id="summary" class="summary">
          ${shown.length !== held ? t('summary.filtered', { count: shown.length, total: number(held) }) : t('summary.all', { count: held })}
          ${this.directory.renderProgress()}
        </p>
        ${this.selected.size > 0
          ? html`<div class="selection" role="group" aria-label=${t('selection.label')}>
              <span>${t('selection.count', { count: this.selected.size })}</span>
              <button class="button small" id="bulk-features" data-help-label="members:actions.features" @click=${this.options.bulkFeatures}>
                ${t('actions.features')}
              </button>
              <button class="button small link" @click=${this.clearSelection}>${t('selection.clear')}</button>
            </div>`
          : nothing}
      </div>
      ${this.directory.renderRestError()}
      ${held <= 1 && !this.directory.loadingRest
        ? html`<div class="notice alone" part="empty">
            <h3>${t('alone.title')}</h3>
            <p>${t('alone.body')}</p>
          </div>`
        : nothing}
      ${this.renderGrid()}
      ${shown.length === 0 && held > 0
        ? html`<div class="state no-match">
            <p>${t('noMatch')}</p>
            <button class="button" @click=${this.filters.clear}>${t('filters.clear')}</button>
          </div>`
        : nothing}
    `;
  }

  private renderGrid(): TemplateResult {
    const t = this.kit.i18n.t;
    const shown = this.shown;
    const anySelected = this.selected.size > 0;
    const allSelected = anySelected && this.allShownSelected();
    const someSelected = anySelected && !allSelected && this.findShown((m) => this.selected.has(m.id)) >= 0;
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
        aria-busy=${this.directory.loadingRest ? 'true' : 'false'}
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
          aria-labelledby=${this.scrollerFocusable ? 'title' : nothing}
          tabindex=${this.scrollerFocusable ? '0' : nothing}
          @keydown=${this.onKey}
          @focusin=${this.onFocus}
          @rangeChanged=${this.onRange}
          @visibilityChanged=${this.onVisible}
        >
          ${virtualize({
            // Read only: the virtualizer reads the length and the rows in its range.
            items: shown as Member[],
            keyFunction: (_m: Member, i: number) => i,
            renderItem: (m: Member, i: number) => this.renderRow(m, i),
            layout: LIST_LAYOUT,
            scroller: true,
          })}
        </div>
      </div>
      <p id="grid-hint" class="hint">${t('gridHint')}</p>
    </div>`;
  }

  private renderRow(m: Member, i: number): TemplateResult {
    const { t, list, money } = this.kit.i18n;
    const selected = this.selected.has(m.id);
    const active = i === this.activeRow;
    const tab = (col: number): number => (active && col === this.activeCol ? 0 : -1);
    const groups = this.directory.groupNames(m.groupIds);
    return html`<div role="row" class="row ${selected ? 'selected' : ''}" aria-rowindex=${i + 2} aria-selected=${selected ? 'true' : 'false'} data-row=${i}>
      <div role="gridcell" class="cell c-select" aria-colindex="1">
        <input type="checkbox" data-col="0" tabindex=${tab(0)} aria-label=${t('selection.one', { name: m.displayName })}
          .checked=${live(selected)} @change=${() => this.toggle(m.id)} />
      </div>
      <div role="rowheader" class="cell name" aria-colindex="2" data-col="1" tabindex=${tab(1)}>${m.displayName}</div>
      <div role="gridcell" class="cell muted" aria-colindex="3" data-col="2" tabindex=${tab(2)}>${m.accountName}</div>
      <div role="gridcell" class="cell" aria-colindex="4" data-col="3" tabindex=${tab(3)}>${this.directory.departmentName(m.departmentId)}</div>
      <div role="gridcell" class="cell" aria-colindex="5" data-col="4" tabindex=${tab(4)}>${groups.length ? list(groups, 'unit') : t('noGroups')}</div>
      <div role="gridcell" class="cell" aria-colindex="6" data-col="5" tabindex=${tab(5)}>
        <span class="badge ${m.role === 'admin' ? 'admin' : ''}">${t(`roles.${m.role}`)}</span>
      </div>
      <div role="gridcell" class="cell num" aria-colindex="7" data-col="6" tabindex=${tab(6)}>${money(m.credit)}</div>
      <div role="gridcell" class="cell" aria-colindex="8" data-col="7" tabindex=${tab(7)}>${t(`statuses.${m.status}`)}</div>
      <div role="gridcell" class="cell c-actions" aria-colindex="9">
        <button class="button small" data-col=${ACTIONS} tabindex=${tab(ACTIONS)} data-member=${m.id}
          aria-label=${t('common:actionOn', { action: t('actions.manage'), name: m.displayName })}
          @click=${() => this.options.manage(m.id)}>${t('actions.manage')}</button>
      </div>
    </div>`;
  }

  /** The Manage button of a member, when its row is rendered. */
  manageButton(id: string): HTMLElement | null {
    return this.kit.host.renderRoot.querySelector<HTMLElement>(`button[data-member="${CSS.escape(id)}"]`);
  }

  private sortBy(key: MemberSortKey): void {
    if (this.sortKey === key) this.sortOrder = this.sortOrder === 'asc' ? 'desc' : 'asc';
    else {
      this.sortKey = key;
      this.sortOrder = key === 'credit' ? 'desc' : 'asc';
    }
    this.kit.host.requestUpdate();
  }

  private select(next: ReadonlySet<string>): void {
    this.selected = next;
    this.kit.host.requestUpdate();
  }

  private toggle(id: string): void {
    const next = new Set(this.selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.select(next);
  }

  /** Whether every member shown is selected (and one is shown at least). */
  private allShownSelected(): boolean {
    return this.shown.length > 0 && this.findShown((m) => !this.selected.has(m.id)) < 0;
  }

  /** The first row whose member passes `test`, or -1: a loop over the index, not over the view of the rows. */
  private findShown(test: (m: Member) => boolean): number {
    return this.directory.index.findIn(this.shownPositions, test);
  }

  private readonly toggleAll = (): void => {
    const all = this.allShownSelected();
    const next = new Set(this.selected);
    for (const m of this.directory.index.at(this.shownPositions)) {
      if (all) next.delete(m.id);
      else next.add(m.id);
    }
    this.select(next);
  };

  private readonly clearSelection = (): void => {
    this.select(new Set());
    void focusAfterUpdate(this.kit.host, '#search');
  };

  /**
   * A member was removed from row `position`: it leaves the selection, and the
   * focus goes to the Manage button of the row that took its place (the
   * search field when no row is left).
   */
  async removed(id: string, position: number): Promise<void> {
    if (this.selected.has(id)) {
      const next = new Set(this.selected);
      next.delete(id);
      this.select(next);
    }
    this.activeRow = Math.max(0, Math.min(position, this.shown.length - 1));
    this.activeCol = ACTIONS;
    this.kit.host.requestUpdate();
    await this.kit.host.updateComplete;
    if (this.shown.length > 0) await this.focusActive();
    else this.kit.host.renderRoot.querySelector<HTMLElement>('#search')?.focus();
  }

  /** The row a member is shown in, or -1. */
  rowOf(id: string): number {
    return this.findShown((m) => m.id === id);
  }

  /** No row in the page holds the grid's tab stop: the list itself does, named as the grid is. */
  private get scrollerFocusable(): boolean {
    return this.shown.length > 0 && !this.activeRendered;
  }

  /** Whether the row holding the grid's tab stop is in the page. */
  private get activeRendered(): boolean {
    return this.activeRow >= this.rendered.first && this.activeRow <= this.rendered.last;
  }

  /**
   * The list scrolled away from the row holding the tab stop, which left the
   * page: the list itself takes the tab stop until that row is back, so that
   * the grid stays reachable by Tab wherever it was scrolled.
   */
  private readonly onRange = (event: RangeChangedEvent): void => {
    const before = this.activeRendered;
    this.rendered = { first: event.first, last: event.last };
    if (before !== this.activeRendered) this.kit.host.requestUpdate();
  };

  private readonly onVisible = (event: VisibilityChangedEvent): void => {
    this.visible = { first: event.first, last: event.last };
  };

  /** Keeps the grid's one tab stop where the focus went (by mouse or by Tab); the list itself passes it on to a row. */
  private readonly onFocus = (event: FocusEvent): void => {
    const target = event.composedPath()[0] as HTMLElement;
    if (target === event.currentTarget) {
      // The row in view nearest the tab stop's, so that the list does not jump back to it.
      const { first, last } = this.visible;
      if (first >= 0) this.activeRow = Math.max(first, Math.min(this.activeRow, last));
      this.kit.host.requestUpdate();
      void this.focusActive();
      return;
    }
    const col = target.dataset?.['col'];
    const row = target.closest<HTMLElement>('[data-row]')?.dataset['row'];
    if (col === undefined || row === undefined) return;
    this.activeRow = Number(row);
    this.activeCol = Number(col);
    this.kit.host.requestUpdate();
  };

  /** Arrow keys, Page Up/Down, Home and End move through the grid, as the ARIA grid pattern says. */
  private readonly onKey = (event: KeyboardEvent): void => {
    const last = this.shown.length - 1;
    if (last < 0) return;
    let row = this.activeRow;
    let col = this.activeCol;
    switch (event.key) {
      case 'ArrowDown': row = Math.min(last, row + 1); break;
      case 'ArrowUp': row = Math.max(0, row - 1); break;
      case 'PageDown': row = Math.min(last, row + 10); break;
      case 'PageUp': row = Math.max(0, row - 10); break;
      case 'ArrowRight': col = Math.min(ACTIONS, col + 1); break;
      case 'ArrowLeft': col = Math.max(0, col - 1); break;
      case 'Home': if (event.ctrlKey) row = 0; else col = 0; break;
      case 'End': if (event.ctrlKey) row = last; else col = ACTIONS; break;
      case 'Enter':
      case ' ': {
        if (WIDGET_COLUMNS.has(col)) return;
        event.preventDefault();
        const m = this.shown[row];
        if (m && event.key === 'Enter') this.options.manage(m.id);
        else if (m) this.toggle(m.id);
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    this.activeRow = row;
    this.activeCol = col;
    this.kit.host.requestUpdate();
    void this.focusActive();
  };

  /** Focuses the active cell, scrolling the virtualized list to it first when it is not rendered. */
  private async focusActive(): Promise<void> {
    const row = this.activeRow;
    const root = this.kit.host.renderRoot;
    root.querySelector<VirtualizerHostElement>('#scroller')?.[virtualizerRef]?.element(row)?.scrollIntoView({ block: 'nearest' });
    for (let tries = 0; tries < 30; tries++) {
      await this.kit.host.updateComplete;
      const target = root.querySelector<HTMLElement>(`[data-row="${row}"] [data-col="${this.activeCol}"]`);
      if (target) {
        target.focus();
        return;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }
}
