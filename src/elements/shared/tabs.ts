/**
 * The keyboard of the ARIA tabs pattern: arrow keys move to the next or
 * previous tab (wrapping), Home and End to the first and last. Returns the
 * tab to select, or undefined when the key is not one of those; the caller
 * selects it and moves the focus to it.
 */
export function tabForKey<T>(tabs: readonly T[], current: T, key: string): T | undefined {
  const index = tabs.indexOf(current);
  switch (key) {
    case 'ArrowRight':
      return tabs[(index + 1) % tabs.length];
    case 'ArrowLeft':
      return tabs[(index + tabs.length - 1) % tabs.length];
    case 'Home':
      return tabs[0];
    case 'End':
      return tabs[tabs.length - 1];
    default:
      return undefined;
  }
}
