import { reimportable } from '../../../core/reimport.js';
import { isAvailable, loadElement } from '../../shared/loader.js';

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
