import { navigationOf, type NavigationState } from '../../shared/navigation.js';
import type { QueryHost, ReportQuery } from './query.js';

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
