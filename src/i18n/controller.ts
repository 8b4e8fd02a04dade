import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TOptions } from 'i18next';
import type { Money } from '../core/money.js';
import { isLoaded, loadCatalogs, translate } from './i18n.js';
import { resolveLocale, rootsOf, type Locale } from './locales.js';
import * as format from './format.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Which hosts are on screen (or near it), for every controller of the page:
 * one observer, each host's last answer. A host not answered for yet counts
 * as shown.
 */
const onScreen = new WeakMap<Element, boolean>();
const waiting = new WeakMap<Element, () => void>();
let observer: IntersectionObserver | undefined;
function watch(host: Element, shown: () => void): void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        onScreen.set(entry.target, entry.isIntersecting);
        if (entry.isIntersecting) waiting.get(entry.target)?.();
      }
    },
    { rootMargin: '10%' },
  );
  waiting.set(host, shown);
  observer.observe(host);
}
function unwatch(host: Element): void {
  observer?.unobserve(host);
  waiting.delete(host);
  onScreen.delete(host);
}
const idle: (run: () => void) => void =
  typeof requestIdleCallback === 'function' ? (run) => requestIdleCallback(run, { timeout: 500 }) : (run) => setTimeout(run, 50);
/** Hosts to render when the page is idle, all in one go: one layout for all of them. */
const queued = new Set<() => void>();
function later(render: () => void): void {
  if (queued.size === 0) {
    idle(() => {
      const renders = [...queued];
      queued.clear();
      for (const run of renders) run();
    });
  }
  queued.add(render);
}

/**
 * The catalogs of `locale`, however long the network takes: a failed load is
 * tried again as soon as the browser is back online, else after 2, 4, 8 … up
 * to 30 seconds. An element renders once its texts are in (it has none to
 * show meanwhile), so it must not wait for a load that has failed.
 */
async function loadUntilIn(locale: Locale, namespaces: readonly string[]): Promise<void> {
  for (let wait = 2000; ; wait = Math.min(2 * wait, 30_000)) {
    try {
      return await loadCatalogs(locale, namespaces);
    } catch {
      await new Promise<void>((again) => {
        const go = (): void => {
          clearTimeout(timer);
          removeEventListener('online', go);
          again();
        };
        const timer = setTimeout(go, wait);
        addEventListener('online', go);
      });
    }
  }
}

/**
 * One controller for every element: resolves the element's language (own
 * `lang`, nearest ancestor across shadow roots, `<html lang>`, browser), loads
 * the catalogs it needs, and re-renders the host whenever any of those change,
 * without a reload. The host keeps showing the previous language until the new
 * one's catalogs are in.
 */
export class LocalizeController implements ReactiveController {
  locale: Locale;
  private observer?: MutationObserver;
  private loading?: Promise<void>;
  /** The language changed while the host was off screen: it renders when shown, or when the page is idle. */
  private stale = false;
  /** The first language is in: what comes after is a switch. */
  private loaded = false;

  constructor(
    private readonly host: Host,
    private readonly namespaces: readonly string[],
  ) {
    this.locale = 'en';
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.refresh());
    for (const root of rootsOf(this.host)) {
      this.observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    window.addEventListener('languagechange', this.refresh);
    watch(this.host, this.renderStale);
    this.refresh();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    window.removeEventListener('languagechange', this.refresh);
    unwatch(this.host);
  }

  private readonly renderStale = (): void => {
    if (!this.stale) return;
    this.stale = false;
    this.host.requestUpdate();
  };

  /** Resolves when the catalogs of the current language are in. */
  get ready(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  private readonly refresh = (): void => {
    const next = resolveLocale(this.host);
    if (next === this.locale && isLoaded(next, this.namespaces)) {
      // A switch back before another language finished loading cancels that load.
      this.loading = undefined;
      this.loaded = true;
      return;
    }
    const load = loadUntilIn(next, this.namespaces).then(() => {
      if (this.loading !== load) return;
      const first = !this.loaded;
      this.loaded = true;
      this.locale = next;
      // A language switch renders what is on screen at once, and the rest
      // when it comes into view or the page is idle: on a page of widgets,
      // laying out all of them again is what made a switch slow.
      if (first || onScreen.get(this.host) !== false) this.host.requestUpdate();
      else if (!this.stale) {
        this.stale = true;
        later(this.renderStale);
      }
    });
    this.loading = load;
  };

  /** `key` is `namespace:key`, or a key of the host's first namespace. */
  t = (key: string, options: TOptions = {}): string =>
    translate(this.locale, key, { ns: this.namespaces[0], ...options });

  money = (value: Money): string => format.formatMoney(this.locale, value);
  number = (value: number, options?: Intl.NumberFormatOptions): string => format.formatNumber(this.locale, value, options);
  date = (value: Date | string, options?: Intl.DateTimeFormatOptions): string => format.formatDate(this.locale, value, options);
  list = (items: readonly string[], type?: Intl.ListFormatType): string => format.formatList(this.locale, items, type);
  /** A region's or currency's name in the element's language. */
  displayName = (type: 'region' | 'currency' | 'language', code: string): string => format.formatDisplayName(this.locale, type, code);
  relative = (value: Date | string, now?: Date): string => format.formatRelative(this.locale, value, now);
}
