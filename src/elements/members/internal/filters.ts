import { html, type TemplateResult } from 'lit';
import type { MemberRole, MemberStatus } from '../../../adapter/types.js';
import type { MemberFilter } from '../member-index.js';
import { renderSelect } from './fields.js';
import type { Organisation } from './directory.js';
import { focusAfterUpdate, type MembersKit } from './host.js';
import { renderSearchField } from '../../shared/templates.js';

export type ListFilter = Required<MemberFilter>;

const NO_FILTER: ListFilter = { query: '', departmentId: '', groupId: '', status: '', role: '' };

/** The search and the filters above the grid (`part="filters"`). */
export class MemberFilters {
  value: ListFilter = NO_FILTER;

  constructor(private readonly kit: MembersKit) {}

  /** Changes when the search or a filter does. */
  get signature(): string {
    const { query, departmentId, groupId, status, role } = this.value;
    return [query, departmentId, groupId, status, role].join('\u0000');
  }

  private set(patch: Partial<ListFilter>): void {
    this.value = { ...this.value, ...patch };
    this.kit.host.requestUpdate();
  }

  /** Clears the search and the filters, and goes back to the search field. */
  readonly clear = (): void => {
    this.value = NO_FILTER;
    this.kit.host.requestUpdate();
    void focusAfterUpdate(this.kit.host, '#search');
  };

  render(org: Organisation): TemplateResult {
    const t = this.kit.i18n.t;
    const f = this.value;
    return html`<div class="filters" part="filters" role="search" aria-label=${t('filters.label')}>
      ${renderSearchField({
        id: 'search',
        label: t('filters.search'),
        hint: t('filters.searchHint'),
        value: f.query,
        onInput: (query) => this.set({ query }),
      })}
      ${renderSelect('filter-department', t('filters.department'), f.departmentId, t('filters.allDepartments'),
        org.departments.map((d) => [d.id, d.name]), (v) => this.set({ departmentId: v }))}
      ${renderSelect('filter-group', t('filters.group'), f.groupId, t('filters.allGroups'),
        org.groups.map((g) => [g.id, g.name]), (v) => this.set({ groupId: v }))}
      ${renderSelect('filter-status', t('filters.status'), f.status, t('filters.allStatuses'),
        (['active', 'linked'] as const).map((s) => [s, t(`statuses.${s}`)]), (v) => this.set({ status: v as MemberStatus | '' }))}
      ${renderSelect('filter-role', t('filters.role'), f.role, t('filters.allRoles'),
        (['admin', 'member'] as const).map((r) => [r, t(`roles.${r}`)]), (v) => this.set({ role: v as MemberRole | '' }))}
    </div>`;
  }
}
