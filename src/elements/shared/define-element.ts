/**
 * Registers a tag once. A second copy of the kit on the page (or a browser
 * extension that injects one) must not throw: the first definition wins, and a
 * different class for the same tag is reported, not fatal.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor && import.meta.env?.DEV) {
    console.warn(`[dialkit] <${tag}> is already defined by another copy of the kit; keeping the first one.`);
  }
}
