/**
 * Elements that can be registered on demand. The autoloader (`dialkit/autoloader`)
 * fills this registry with one `import()` per tag; an element that renders
 * another `dk-*` element in its shadow root (the console's sections, the set-up
 * form) asks for it here, since the autoloader only sees the page's own markup.
 * The registry is page-global, under a global symbol, so that copies of the kit
 * on one page share it.
 */
type Registry = Map<string, () => Promise<unknown>>;

const KEY = Symbol.for('dialkit.loaders');

function registry(): Registry {
  const scope = globalThis as { [KEY]?: Registry };
  return (scope[KEY] ??= new Map());
}

/** Registers how to load the element of each tag (the autoloader does this). */
export function registerLoaders(loaders: Record<string, () => Promise<unknown>>): void {
  for (const [tag, load] of Object.entries(loaders)) registry().set(tag, load);
}

/** Whether `tag` is registered, or can be on demand. */
export function isAvailable(tag: string): boolean {
  return customElements.get(tag) !== undefined || registry().has(tag);
}

/**
 * Registers `tag` if it is not yet and a loader knows it. Resolves once the tag
 * is defined; rejects when the element's code could not be loaded.
 */
export async function loadElement(tag: string): Promise<void> {
  if (customElements.get(tag)) return;
  const load = registry().get(tag);
  if (!load) return;
  await load();
  await customElements.whenDefined(tag);
}
