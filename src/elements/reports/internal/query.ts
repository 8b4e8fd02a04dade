import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ReportLevel } from '../../../adapter/types.js';
import { isDay, monthRange, today, type DayRange } from '../../../core/period.js';
import type { ReportKind, MemberFilter, UnitFilter } from './types.js';

/** The element's public query (its reflected attributes), which this controller reads and changes. */
export interface QueryHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  kind: ReportKind;
  level: ReportLevel;
  from: string;
  to: string;
}

export interface QueryOptions {
  /** Says a change to screen readers (the element's live region). */
  announce: (text: string) => void;
  /** Settles when what is now shown has loaded, or failed. */
  settled: () => Promise<unknown>;
  /** The user chose another report, level or period. */
  chosen: () => void;
  /** The user moved along the drill-down (down to a unit or a member, or back up). */
  moved?: () => void;
  t: (key: string, values?: Record<string, unknown>) => string;
}

/** A change of report, level or period. */
export interface QueryChange {
  kind?: ReportKind;
  level?: ReportLevel;
  from?: string;
  to?: string;
}

/** Calls of an employee shown per page. */
export const CALLS_PAGE = 50;

/**
 * What the element shows: the report, level and period (the element's
 * attributes), and the drill-down below them, from a group or department to
 * its employees (`unit`) and from an employee to their calls (`member`, one
 * page at `callsOffset`). Moving along the drill-down puts the focus on the
 * results and says where the user is.
 */
export class ReportQuery {
  unit?: UnitFilter;
  member?: MemberFilter;
  callsOffset = 0;

  constructor(
    private readonly host: QueryHost,
    private readonly options: QueryOptions,
  ) {}

  /** Today, as the backend's reports count days (UTC). */
  get today(): string {
    return today();
  }

  /** The range shown: the `from`/`to` given, else this month so far. */
  get range(): DayRange {
    const { from, to } = this.host;
    if (isDay(from) && isDay(to)) return { from, to };
    return monthRange(this.today.slice(0, 7), this.today);
  }

  /** Changes what is shown; a drill-down to a member's calls ends, the unit filter stays unless the level moves above it. */
  choose(change: QueryChange): void {
    const host = this.host;
    if (change.kind) {
      host.kind = change.kind;
      // Purchases belong to the company as a whole: no drill-down applies.
      if (change.kind === 'purchases') this.unit = undefined;
    }
    if (change.level) {
      host.level = change.level;
      if (this.unit && change.level !== 'employee') this.unit = undefined;
    }
    if (change.from !== undefined) host.from = change.from;
    if (change.to !== undefined) host.to = change.to;
    this.member = undefined;
    this.callsOffset = 0;
    this.options.chosen();
    host.requestUpdate();
  }

  /** Back to this month so far. */
  toThisMonth(): void {
    const range = monthRange(this.today.slice(0, 7), this.today);
    this.choose({ from: range.from, to: range.to });
  }

  async toUnit(unit: UnitFilter): Promise<void> {
    this.unit = unit;
    this.host.level = 'employee';
    this.member = undefined;
    this.options.announce(this.options.t('drilledTo', { name: unit.name }));
    this.options.moved?.();
    await this.focusResults();
  }

  async toMember(member: MemberFilter): Promise<void> {
    this.member = member;
    this.callsOffset = 0;
    this.options.announce(this.options.t('drilledTo', { name: member.name }));
    this.options.moved?.();
    await this.focusResults();
  }

  /** The next or previous page of the member's calls. */
  async pageCalls(direction: 1 | -1): Promise<void> {
    this.callsOffset = Math.max(0, this.callsOffset + direction * CALLS_PAGE);
    this.host.requestUpdate();
    await this.options.settled().catch(() => undefined);
    await this.focusResults();
  }

  /** Where the drill-down is, with a way back up. */
  renderTrail(): TemplateResult | typeof nothing {
    const t = this.options.t;
    if (!this.unit && !this.member) return nothing;
    const crumbs: TemplateResult[] = [html`<li><button type="button" class="button link" @click=${this.toTop}>${t('trail.all')}</button></li>`];
    if (this.unit) {
      crumbs.push(
        this.member
          ? html`<li><button type="button" class="button link" @click=${this.toUnitOfMember}>${this.unit.name}</button></li>`
          : html`<li aria-current="page">${this.unit.name}</li>`,
      );
    }
    if (this.member) crumbs.push(html`<li aria-current="page">${this.member.name}</li>`);
    return html`<nav class="trail no-print" aria-label=${t('trail.label')}><ol>${crumbs}</ol></nav>`;
  }

  private readonly toTop = async (): Promise<void> => {
    const level = this.unit?.level ?? this.host.level;
    this.unit = undefined;
    this.member = undefined;
    this.host.level = level;
    this.options.moved?.();
    await this.focusResults();
  };

  private readonly toUnitOfMember = async (): Promise<void> => {
    this.member = undefined;
    this.options.moved?.();
    await this.focusResults();
  };

  /** Moves the focus to the results (their heading once loaded, else the error's button). */
  private async focusResults(): Promise<void> {
    const host = this.host;
    host.requestUpdate();
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>('.results')?.focus();
    await this.options.settled().catch(() => undefined);
    await host.updateComplete;
    (host.renderRoot.querySelector<HTMLElement>('#results-title') ?? host.renderRoot.querySelector<HTMLElement>('[part="retry-button"]'))?.focus();
  }
}
