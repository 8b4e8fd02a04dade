import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TOptions } from 'i18next';
import type { Money } from '../core/money.js';
import { isLoaded, loadCatalogs, translate } from './i18n.js';
import { resolveLocale, rootsOf, type Locale } from './locales.js';
import * as format from './format.js';

type Host = ReactiveControllerHost & HTMLElement;

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
    this.refresh();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    window.removeEventListener('languagechange', this.refresh);
  }

  /** Resolves when the catalogs of the current language are in. */
  get ready(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  private readonly refresh = (): void => {
    const next = resolveLocale(this.host);
    if (next === this.locale && isLoaded(next, this.namespaces)) {
      // A switch back before another language finished loading cancels that load.
      this.loading = undefined;
      return;
    }
    const load = loadCatalogs(next, this.namespaces).then(() => {
      if (this.loading !== load) return;
      this.locale = next;
      this.host.requestUpdate();
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
