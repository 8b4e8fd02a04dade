import { html, nothing, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { DialkitAdapter } from '../../../adapter/adapter.js';
import type { Member, MemberQuery } from '../../../adapter/types.js';
import type { DialkitError, Result } from '../../../core/errors.js';
import { matchesQuery } from '../../../core/text.js';
import { renderSearchField } from '../templates.js';
import type { ElementServices } from './services.js';
import type { ElementHost as Host } from './services.js';


/** Members a picker holds at once: a company up to this size is searched in the page. */
export const WHOLE_COMPANY = 500;
/** Members the server is asked for per search in a larger company. */
export const FOUND_LIMIT = 50;
/** The pause after the last keystroke before the server is asked. */
export const SEARCH_PAUSE_MS = 250;

export type MemberFilter = Omit<MemberQuery, 'query' | 'offset' | 'limit'>;

/** The element's services (`{ ...this.services }`), and which members the picker offers. */
export interface MemberSearchOptions extends ElementServices {
  /** Which members the picker offers (a status, a role), and their order; default: all, by name. */
  filter?: () => MemberFilter;
}

const unwrap = <T>(result: Result<T>): T => {
  if (!result.ok) throw result.error;
  return result.data;
};

/**
 * Finding members to pick (to give credit, to assign a number, to be called by
 * a button), one strategy at any company size. The first page of up to
 * {@link WHOLE_COMPANY} members, by name, is read once; when it is the whole
 * company, typing filters it in the page (case and accents ignored). In a
 * larger company, typing asks the server (`listMembers` with `query`, the
 * {@link FOUND_LIMIT} best, after {@link SEARCH_PAUSE_MS} of quiet, the
 * previous question aborted); members found or chosen stay known, so a choice
 * made from one search survives the next. No read goes page after page
 * through the whole company.
 */
export class MemberSearchController {
  /** What is typed in the search field. */
  query = '';
  private readonly known = new Map<string, Member>();
  private found: string[] = [];

  /** The first page: the whole company, when it is small. */
  readonly first: Task<readonly [DialkitAdapter, string], { members: Member[]; total: number }>;
  /** The server's answer to `query`, in a large company. */
  readonly search: Task<readonly [DialkitAdapter, string, string, boolean], Member[] | null>;

  constructor(
    private readonly host: Host,
    private readonly options: MemberSearchOptions,
  ) {
    const filter = (): MemberFilter => ({ sort: 'name', ...options.filter?.() });
    this.first = new Task(host, {
      task: async ([backend], { signal }) => {
        const page = unwrap(await backend.listMembers({ ...filter(), limit: WHOLE_COMPANY }, { signal }));
        // Read whole, the company says who is gone; in a larger one, members found
        // by a search stay known, so that a choice made from a search survives a reload.
        if (page.items.length >= page.total) this.known.clear();
        for (const m of page.items) this.known.set(m.id, m);
        return { members: page.items, total: page.total };
      },
      args: () => [options.backend(), JSON.stringify(filter())] as const,
      onError: (error) => options.report('listMembers', error),
    });
    this.search = new Task(host, {
      task: async ([backend, query, , large], { signal }) => {
        if (!large || !query.trim()) return null;
        await new Promise((resolve) => setTimeout(resolve, SEARCH_PAUSE_MS));
        signal.throwIfAborted();
        return unwrap(await backend.listMembers({ ...filter(), query: query.trim(), limit: FOUND_LIMIT }, { signal })).items;
      },
      args: () => [options.backend(), this.query, JSON.stringify(filter()), this.large] as const,
      onComplete: (found) => {
        if (!found) return;
        for (const m of found) this.known.set(m.id, m);
        this.found = found.map((m) => m.id);
      },
      onError: (error) => options.report('listMembers', error),
    });
  }

  /** How many members the company has (with the filter). */
  get total(): number {
    return this.first.value?.total ?? 0;
  }

  /** The company is larger than a page: searches go to the server. */
  get large(): boolean {
    const first = this.first.value;
    return !!first && first.members.length < first.total;
  }

  /** Every member known: the first page, and those found since. */
  get members(): Member[] {
    return [...this.known.values()];
  }

  get(id: string): Member | undefined {
    return this.known.get(id);
  }

  /** A member as a write returned it. */
  remember(member: Member): void {
    this.known.set(member.id, member);
    this.host.requestUpdate();
  }

  setQuery(query: string): void {
    this.query = query;
    this.host.requestUpdate();
  }

  /** Reads the first page again (after a write changed members). */
  refresh(): void {
    void this.first.run();
  }

  /** Whether `member` answers what is typed. */
  matches(member: Member): boolean {
    if (!this.query.trim()) return true;
    return this.large ? this.found.includes(member.id) : matchesQuery(this.query, member.displayName, member.accountName);
  }

  /**
   * The members a picker lists: every known member in a small company (those
   * not matching are the caller's to hide or not); in a large one, those
   * `chosen` and those the server found.
   */
  pool(chosen: readonly string[] = []): Member[] {
    if (!this.large) return this.first.value?.members.map((m) => this.known.get(m.id) ?? m) ?? [];
    const ids = new Set([...chosen, ...(this.query.trim() ? this.found : [])]);
    return [...ids].map((id) => this.known.get(id)).filter((m): m is Member => !!m);
  }

  /** What to say under the search field of a large company: type to search, searching, or the search failed. */
  renderHint(): TemplateResult | typeof nothing {
    if (!this.large) return nothing;
    const { t } = this.options;
    if (!this.query.trim()) return html`<p class="hint">${t('common:typeToFind', { count: this.total })}</p>`;
    if (this.search.status === TaskStatus.PENDING)
      return html`<p class="hint" role="status"><span class="spinner" aria-hidden="true"></span>${t('common:loading')}</p>`;
    if (this.search.status === TaskStatus.ERROR)
      return html`<p class="field-error">${this.options.describe(this.search.error as DialkitError)}</p>`;
    return nothing;
  }

  /** The search field, bound to `query`, with what can be typed (`hint`) and what the search is doing under it. */
  renderField(o: { id: string; label: string; hint?: string }): TemplateResult {
    return renderSearchField({ ...o, value: this.query, onInput: (value) => this.setQuery(value), status: this.renderHint() });
  }
}
