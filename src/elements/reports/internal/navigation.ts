import type { DialkitAdapter } from '../../../adapter/adapter.js';
import { navigationOf, type NavigationState } from '../../shared/navigation.js';
import type { QueryHost, ReportQuery } from './query.js';
import type { MemberFilter, UnitFilter } from './types.js';

/**
 * What the element shows, as a page's history keeps it: the report, the
 * level and the period where they are not the defaults, and where the
 * drill-down is, by id (`unit`: `department:<id>` or `group:<id>`;
 * `member`: an employee), never by name: an address is no place for a
 * person's name.
 */
export function reportNavigation(host: QueryHost, query: ReportQuery): NavigationState {
  return navigationOf({
    kind: host.kind === 'summary' ? undefined : host.kind,
    level: host.level === 'department' ? undefined : host.level,
    from: host.from || undefined,
    to: host.to || undefined,
    unit: query.unit ? `${query.unit.level}:${query.unit.id}` : undefined,
    member: query.member?.id,
  });
}

/** The drill-down a state names, with the names read from the backend; a unit or an employee it no longer has is left out. */
export async function readDrillDown(backend: DialkitAdapter, state: NavigationState): Promise<{ unit?: UnitFilter; member?: MemberFilter }> {
  const [level, id] = (state['unit'] ?? '').split(':');
  const memberId = state['member'];
  const [units, member] = await Promise.all([
    level === 'department' ? backend.listDepartments() : level === 'group' ? backend.listGroups() : undefined,
    memberId ? backend.getMember(memberId) : undefined,
  ]);
  const found = units?.ok ? units.data.find((u) => u.id === id) : undefined;
  return {
    unit: found ? { level: level as UnitFilter['level'], id: found.id, name: found.name } : undefined,
    member: member?.ok ? { id: member.data.id, name: member.data.displayName } : undefined,
  };
}
