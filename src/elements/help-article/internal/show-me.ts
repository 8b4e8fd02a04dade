import { html, type ReactiveController, type TemplateResult } from 'lit';
import { findHelpControl, highlightHelpControl } from '../../shared/base.js';
import { labelKeys, type ArticleContent } from '../articles.js';
import type { ElementHost as Host } from '../../shared/controllers/services.js';


export interface ShowMeOptions {
  /** The article shown, once loaded. */
  content: () => ArticleContent | null | undefined;
  /** Its id, named in `dk-help-show`. */
  article: () => string;
  /** Asks outwards, from the article element (`dk-help-show`): false when a listener cancelled it (it pointed at the control). */
  ask: (detail: { label: string; article: string }) => boolean;
  /** A label's text in the reader's language. */
  label: (key: string) => string;
  t: (key: string, options?: Record<string, unknown>) => string;
}

/**
 * "Show me" on the steps of an article: a step naming a control that is on
 * the page now offers a button that points at it (`dk-help-show`, answered by
 * the element holding the control), one event per click. Which controls are on
 * the page is looked up again, without events, when the reader comes to the
 * article (focus, pointer) and when the article changes.
 */
export class ShowMe implements ReactiveController {
  /** Labels whose control is on the page now, so their step offers "Show me". */
  private showable: ReadonlySet<string> = new Set();
  /** What the last "Show me" did, for screen readers. */
  private status = '';
  private probed?: ArticleContent | null;

  constructor(
    private readonly host: Host,
    private readonly options: ShowMeOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('focusin', this.probe);
    this.host.addEventListener('pointerenter', this.probe);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusin', this.probe);
    this.host.removeEventListener('pointerenter', this.probe);
  }

  hostUpdated(): void {
    const content = this.options.content();
    if (content !== this.probed) {
      this.probed = content;
      // After this update, not during it: the answer may change what is rendered.
      requestAnimationFrame(() => this.probe());
    }
  }

  /** Another article: what the last "Show me" said no longer holds. */
  reset(): void {
    this.status = '';
  }

  /** The live region saying what the last "Show me" did. */
  renderStatus(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.status}</div>`;
  }

  /** The "Show me" buttons of a step: one per control it names that is on the page. */
  renderButtons(step: string): TemplateResult[] {
    const { t, label } = this.options;
    return labelKeys(step)
      .filter((key) => this.showable.has(key))
      .map(
        (key) => html`<button
          type="button"
          class="button small show-me"
          part="show-me"
          data-label=${key}
          aria-label=${t('showMeOn', { label: label(key) })}
          @click=${() => this.show(key)}
        >
          ${t('showMe')}
        </button>`,
      );
  }

  /**
   * Whether the named control is on the page now: looked up in the page and
   * in the shadow roots of its elements, without any event, so that finding
   * out which steps offer "Show me" tells the page nothing.
   */
  private present(label: string): boolean {
    return findHelpControl(document, label) !== null;
  }

  /** Finds which of the article's labels have their control on the page now. */
  private readonly probe = (event?: Event): void => {
    const a = this.options.content();
    if (!a || !this.host.isConnected) return;
    // Focus moving between the article's own controls changes nothing on the page.
    if (event instanceof FocusEvent && event.relatedTarget === this.host) return;
    const keys = [...new Set(a.steps.flatMap(labelKeys))];
    const present = new Set(keys.filter((key) => this.present(key)));
    if (present.size !== this.showable.size || [...present].some((k) => !this.showable.has(k))) {
      this.showable = present;
      this.host.requestUpdate();
    }
  };

  /**
   * One `dk-help-show` goes outwards from the article: the nearest element
   * holding the control (or the page) points at it and cancels the event.
   * When none did, the first such control on the page is pointed at here.
   */
  private show(key: string): void {
    let found = !this.options.ask({ label: key, article: this.options.article() });
    const control = found ? null : findHelpControl(document, key);
    if (control) highlightHelpControl(control);
    found ||= control !== null;
    this.status = this.options.t(found ? 'shown' : 'notShown', { label: this.options.label(key) });
    this.host.requestUpdate();
    if (!found) this.probe();
  }
}
