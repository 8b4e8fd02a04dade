import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NavigationState } from '../../shared/navigation.js';

/**
 * Where the console keeps what is open: nowhere (the page's own router may
 * follow `dk-navigate` instead), in the address's fragment (`#members`), or
 * in one search parameter of the address (`?dk=members`), leaving the rest
 * of the address to the page.
 */
export type HistoryMode = 'none' | 'hash' | 'search';

export const isHistoryMode = (value: unknown): value is HistoryMode => value === 'none' || value === 'hash' || value === 'search';

export interface RouterOptions {
  mode: () => HistoryMode;
  /** The search parameter of the `search` mode. */
  param: () => string;
  /** The address moved by itself (Back, Forward, a link, the page): what it holds is to be shown. */
  follow: (state: NavigationState) => void;
}

/** `section?name=value&…`: the section first, as it always was alone in the fragment (`#members`). */
export function encodeNavigation(state: NavigationState): string {
  const { section = 'overview', ...rest } = state;
  const params = new URLSearchParams(rest).toString();
  return params ? `${encodeURIComponent(section)}?${params}` : encodeURIComponent(section);
}

/** The state of `encodeNavigation`'s text; undefined for none, or for a malformed one. */
export function decodeNavigation(text: string): NavigationState | undefined {
  if (!text) return undefined;
  const at = text.indexOf('?');
  let section: string;
  try {
    section = decodeURIComponent(at < 0 ? text : text.slice(0, at));
  } catch {
    return undefined; // `#%E0%A4%A` names nothing
  }
  return { ...Object.fromEntries(new URLSearchParams(at < 0 ? '' : text.slice(at + 1))), section };
}

/**
 * The console's history in the page's address: what it holds on arrival (a
 * reload, a shared link), a new entry for each move of the user, and Back
 * and Forward followed. Only the fragment, or only the console's search
 * parameter, is ever changed; the page's history state object is kept.
 */
export class ManagerRouter implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: RouterOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onMove);
    window.addEventListener('hashchange', this.onMove);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onMove);
    window.removeEventListener('hashchange', this.onMove);
  }

  /** What the address holds for the console; undefined when nothing (or without history). */
  read(): NavigationState | undefined {
    const mode = this.options.mode();
    if (mode === 'hash') return decodeNavigation(location.hash.replace(/^#/, ''));
    if (mode === 'search') return decodeNavigation(new URLSearchParams(location.search).get(this.options.param()) ?? '');
    return undefined;
  }

  /** The address showing `state`, for links; undefined without history. */
  href(state: NavigationState): string | undefined {
    const mode = this.options.mode();
    if (mode === 'none') return undefined;
    const url = new URL(location.href);
    if (mode === 'hash') url.hash = encodeNavigation(state);
    else url.searchParams.set(this.options.param(), encodeNavigation(state));
    return url.href;
  }

  /** A move of the user: a new entry in the history, unless the address shows it already. */
  push(state: NavigationState): void {
    const href = this.href(state);
    if (href && href !== location.href) history.pushState(history.state, '', href);
  }

  private readonly onMove = (event: Event): void => {
    const mode = this.options.mode();
    if (mode === 'none' || (event.type === 'hashchange' && mode !== 'hash')) return;
    // An address without the console's part is where the console started: the overview.
    this.options.follow(this.read() ?? { section: 'overview' });
  };
}
