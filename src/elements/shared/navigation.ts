/**
 * What an element shows that a page may keep in its history and its address
 * (a SIP profile, a member, a report's drill-down): names and values, as a
 * URL's search parameters hold them. An element with such views has a
 * `navigation` property that gives it and takes it back, and fires
 * `dk-navigate` each time the user moves; the page decides whether and where
 * to keep it (`dk-manager` does, with its `history` attribute).
 */
export type NavigationState = Readonly<Record<string, string>>;

declare module './events.js' {
  interface DialkitEventMap {
    /**
     * The user opened something the page may keep in its history (a section,
     * a profile, a member, a drill-down) or went back from it. `state` is what
     * the element's `navigation` property takes back to show it again.
     */
    'dk-navigate': { state: NavigationState };
  }
}

/** Whether two states show the same thing. */
export function sameNavigation(a: NavigationState, b: NavigationState): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** A state without its empty values. */
export function navigationOf(entries: Record<string, string | undefined>): NavigationState {
  return Object.fromEntries(Object.entries(entries).filter((entry): entry is [string, string] => Boolean(entry[1])));
}
