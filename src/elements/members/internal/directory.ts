import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { DialkitAdapter } from '../../../adapter/adapter.js';
import type { Department, Group, Member, MemberPage } from '../../../adapter/types.js';
import type { DialkitError, Result } from '../../../core/errors.js';
import { unwrap } from '../../shared/base.js';
import { MemberIndex } from '../member-index.js';
import type { MembersKit } from './host.js';

/** Members per request: the contract's largest page. */
export const PAGE = 500;
/** Pages asked for at once while the list fills. */
const CONCURRENCY = 4;

export interface Organisation {
  departments: Department[];
  groups: Group[];
}

export interface DirectoryOptions {
  /** The departments and groups, as the element's load task last read them. */
  org: () => Organisation | undefined;
  /** Runs the element's load task again (its reads were aborted). */
  reload: () => void;
}

/**
 * Every member of the company, held in memory for the virtual grid: this is
 * a listing of the whole company (search, filters and sort are done in the
 * page), not a picker. The first page comes with the departments and groups;
 * the rest follows a few pages at a time, appended in order, the list usable
 * from the first page on and refreshed at most once a frame. Every read,
 * including those after a refused write, goes with the load's signal, so a
 * new load (another backend) aborts what the previous one still had under way.
 */
export class MemberDirectory implements ReactiveController {
  readonly index = new MemberIndex();
  /** How many members the company has, as the last page said. */
  total = 0;
  /** Pages after the first are still coming. */
  loadingRest = false;
  /** A page after the first failed: the list holds fewer members than the company. */
  restError?: DialkitError;
  /** The index version the view shows; it follows the index at most once a frame while pages arrive. */
  version = 0;
  private resumeAt = 0;
  private signal: AbortSignal = new AbortController().signal;
  private refreshFrame = 0;

  constructor(
    private readonly kit: MembersKit,
    private readonly options: DirectoryOptions,
  ) {
    kit.host.addController(this);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.refreshFrame);
    this.refreshFrame = 0;
  }

  get org(): Organisation {
    return this.options.org() ?? { departments: [], groups: [] };
  }

  /** Every member is in: no page is missing or still coming. */
  get complete(): boolean {
    return !this.loadingRest && !this.restError;
  }

  departmentName(id: string): string {
    return this.org.departments.find((d) => d.id === id)?.name ?? '';
  }

  groupNames(ids: readonly string[]): string[] {
    const groups = this.org.groups;
    return ids.map((id) => groups.find((g) => g.id === id)?.name ?? '').filter(Boolean);
  }

  /** The load task: the departments, the groups and the first page; the other pages follow. */
  async load(backend: DialkitAdapter, signal: AbortSignal): Promise<Organisation> {
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
    this.signal = signal;
    if (page.items.length < page.total) void this.loadRest(backend, page.items.length, signal);
    this.refresh();
    return org;
  }

  /** The pages after `from`, a few at a time, appended in order. */
  private async loadRest(backend: DialkitAdapter, from: number, signal: AbortSignal): Promise<void> {
    this.loadingRest = true;
    this.restError = undefined;
    this.kit.host.requestUpdate();
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
        this.restError = this.kit.report('listMembers', result.error);
        this.kit.host.requestUpdate();
        return;
      }
      this.index.append(result.data.items);
      this.total = result.data.total;
      fill();
      this.scheduleRefresh();
    }
    this.loadingRest = false;
    this.refresh();
  }

  /** Loads the pages again from the one that failed, or everything when that load was replaced. */
  private readonly retryRest = (): void => {
    if (!this.signal.aborted) void this.loadRest(this.kit.backend(), this.resumeAt, this.signal);
    else this.options.reload();
  };

  private scheduleRefresh(): void {
    if (this.refreshFrame) return;
    this.refreshFrame = requestAnimationFrame(() => {
      this.refreshFrame = 0;
      this.refresh();
    });
  }

  /** Shows the index as it is now. */
  refresh(): void {
    this.version = this.index.version;
    this.kit.host.requestUpdate();
  }

  /** A member as a write (or a refusal) returned it. */
  apply(member: Member): void {
    this.index.update(member);
    this.refresh();
  }

  remove(id: string): void {
    this.index.remove(id);
    this.refresh();
  }

  /** Reads a member again (a conflict that did not say how it is now). */
  async reread(id: string): Promise<void> {
    const fresh = await this.kit.backend().getMember(id, { signal: this.signal });
    if (fresh.ok) this.apply(fresh.data);
  }

  /** After a `last_admin` refusal: the administrators as the backend has them now. */
  async refreshAdmins(): Promise<void> {
    const backend = this.kit.backend();
    const signal = this.signal;
    const result = await backend.listMembers({ role: 'admin', limit: PAGE }, { signal });
    if (!result.ok) return;
    const admins = new Set(result.data.items.map((m) => m.id));
    this.index.add(result.data.items);
    const stale = this.index.all().filter((m) => m.role === 'admin' && !admins.has(m.id));
    for (const m of stale) {
      const fresh = await backend.getMember(m.id, { signal });
      if (fresh.ok) this.index.update(fresh.data);
    }
    this.refresh();
  }

  /** How far the loading got, beside the count of members. */
  renderProgress(): TemplateResult | typeof nothing {
    if (!this.loadingRest) return nothing;
    const { t, number } = this.kit.i18n;
    return html`<span class="progress">${t('summary.loading', { loaded: number(this.index.size), total: number(this.total) })}</span>`;
  }

  /** A page failed: how many members are shown of how many, and a Retry from that page. */
  renderRestError(): TemplateResult | typeof nothing {
    if (!this.restError) return nothing;
    const { t, number } = this.kit.i18n;
    return html`<div class="alert" role="alert">
      <p>${t('summary.loadFailed', { loaded: number(this.index.size), total: number(this.total) })} ${this.kit.describe(this.restError)}</p>
      <button class="button small" @click=${this.retryRest}>${t('common:retry')}</button>
    </div>`;
  }
}
