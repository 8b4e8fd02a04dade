import { reimportable } from '../../../core/reimport.js';
import { isAvailable, loadElement } from '../../shared/loader.js';

/** The console's sections, in navigation order; each but the overview is an element of its own. */
export const MANAGER_SECTIONS = [
  { id: 'overview', label: 'nav.overview' },
  { id: 'members', tag: 'dk-members', label: 'nav.members' },
  { id: 'credit', tag: 'dk-credit', label: 'nav.credit' },
  { id: 'features', tag: 'dk-features', label: 'nav.features' },
  { id: 'reports', tag: 'dk-reports', label: 'nav.reports' },
  { id: 'sip-profiles', tag: 'dk-sip-profiles', label: 'nav.sip' },
  { id: 'call-buttons', tag: 'dk-call-button-generator', label: 'nav.callButtons' },
  { id: 'help', tag: 'dk-help-center', label: 'nav.help' },
] as const;

type NavSection = (typeof MANAGER_SECTIONS)[number];
/** A section of the console: one of the navigation's, or `account` (the account details, opened from the overview). */
export type ManagerSection = NavSection['id'] | 'account';

/** The tag of a section's element; none for the overview and the account details. */
export const sectionTag = (section: ManagerSection): string | undefined =>
  (MANAGER_SECTIONS.find((s) => s.id === section) as { tag?: string } | undefined)?.tag;

const SECTION_IDS: readonly string[] = [...MANAGER_SECTIONS.map((s) => s.id), 'account'];
/** Whether `value` names a section. */
export const isSection = (value: string): value is ManagerSection => SECTION_IDS.includes(value);

const loads = new Map<string, () => Promise<unknown>>();

/**
 * Registers the element of `tag`, one of the console's sections, through the
 * registry (shared/loader.ts); a failed load rejects with a network error,
 * and the next call loads it again (core/reimport.ts), which the console's
 * Retry does. (Not in the registry itself: the autoloader shares it, and
 * stays one small file.)
 */
export async function loadSection(tag: string): Promise<void> {
  if (customElements.get(tag) || !isAvailable(tag)) return;
  let load = loads.get(tag);
  if (!load) loads.set(tag, (load = reimportable(() => loadElement(tag))));
  await load();
  await customElements.whenDefined(tag);
}
