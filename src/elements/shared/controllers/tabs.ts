import { html, type TemplateResult } from 'lit';
import type { ElementHost as Host } from './services.js';


/**
 * The keyboard of the ARIA tabs pattern: arrow keys move to the next or
 * previous tab (wrapping), Home and End to the first and last. Returns the
 * tab to select, or undefined when the key is not one of those.
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

export interface TabsOptions<T extends string> {
  tabs: readonly T[];
  /** The selected tab, wherever the element keeps it (a property, a reflected attribute). */
  current: () => T;
  /** Selects a tab (by click or key); the controller then focuses it. */
  select: (tab: T) => void;
  /** The catalog key of a tab's label, also its `data-help-label`. */
  labelKey: (tab: T) => string;
  /** The element's translation function. */
  t: (key: string) => string;
}

/**
 * Tabs as the ARIA pattern has them: one tab stop, arrows, Home and End, the
 * panel labelled by its tab. Ids are `tab-<id>` and `panel-<id>`; the list
 * is `part="tabs"`.
 */
export class TabsController<T extends string> {
  constructor(
    private readonly host: Host,
    private readonly options: TabsOptions<T>,
  ) {
  }

  /** The tab list, named `label`. */
  renderList(label: string): TemplateResult {
    const { tabs, current, labelKey, t } = this.options;
    const selected = current();
    return html`<div role="tablist" part="tabs" aria-label=${label} @keydown=${this.onKey}>
      ${tabs.map(
        (tab) => html`<button
          type="button"
          role="tab"
          id="tab-${tab}"
          data-help-label=${labelKey(tab)}
          aria-controls="panel-${tab}"
          aria-selected=${tab === selected ? 'true' : 'false'}
          tabindex=${tab === selected ? 0 : -1}
          @click=${() => this.options.select(tab)}
        >
          ${t(labelKey(tab))}
        </button>`,
      )}
    </div>`;
  }

  /** The panel of the selected tab. */
  renderPanel(content: TemplateResult | unknown): TemplateResult {
    const selected = this.options.current();
    return html`<div role="tabpanel" id="panel-${selected}" aria-labelledby="tab-${selected}">${content}</div>`;
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    const next = tabForKey(this.options.tabs, this.options.current(), event.key);
    if (!next) return;
    event.preventDefault();
    this.options.select(next);
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  };
}

// The look of tabs lives with the styles: an element applies it before it loads the controller (its tabs in a dialog opened later).
export { tabsStyles } from '../styles/tabs.js';
