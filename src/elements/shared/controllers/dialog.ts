import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { ElementHost as Host } from './services.js';


export interface DialogOptions {
  /** The `id` of the `<dialog>`, unique in the element. */
  id: string;
  /** What takes the focus when the dialog opens (a selector inside it); default: its `[autofocus]`, else its heading. */
  focus?: string;
  /** Where the focus goes when the opener is gone (an Assign button became Unassign). */
  fallback?: () => HTMLElement | null | undefined;
  /** Called when the dialog has closed, by any means (a button, Escape, after a write). */
  onClose?: () => void;
}

export interface DialogRender {
  /** The id of its title. */
  labelledBy: string;
  /** The id of what it asks, for a confirmation. */
  describedBy?: string;
  /** A confirmation of something that cannot be undone (`role="alertdialog"`). */
  alert?: boolean;
}

/**
 * One modal dialog of an element, on the native `<dialog>`: the browser keeps
 * the focus inside and closes it on Escape; this controller opens it, puts the
 * focus on its first control or heading, and gives the focus back to what
 * opened it when it closes (or to `fallback` when that control is gone).
 * Its content is rendered only while it is open, so long lists cost nothing
 * while closed.
 */
export class DialogController implements ReactiveController {
  /** Whether the dialog is open (or about to be). */
  open = false;
  private opener?: HTMLElement;
  /** Where `close(focus)` sends the focus this time, instead of the opener. */
  private focusOnClose?: () => HTMLElement | null | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: DialogOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.opener = undefined;
  }

  get element(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>(`#${this.options.id}`);
  }

  /**
   * Opens the dialog. `from` is the event of the control that opened it (or the
   * control): the focus goes back there on close. Without it, the focused
   * control of the element is taken.
   */
  async show(from?: Event | HTMLElement): Promise<void> {
    const root = this.host.renderRoot as ShadowRoot;
    const target = from instanceof Event ? from.currentTarget : from;
    this.opener = target instanceof HTMLElement ? target : ((root.activeElement as HTMLElement | null) ?? undefined);
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.element;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    await this.focusIn();
  }

  /** Moves the focus into the open dialog: `focus`, else `[autofocus]`, else the heading. */
  async focusIn(selector = this.options.focus): Promise<void> {
    await this.host.updateComplete;
    const dialog = this.element;
    if (!dialog?.open) return;
    const target =
      (selector && dialog.querySelector<HTMLElement>(selector)) ||
      dialog.querySelector<HTMLElement>('[autofocus]') ||
      dialog.querySelector<HTMLElement>('h2, h3');
    if (target && !target.hasAttribute('tabindex') && target.matches('h2, h3')) target.tabIndex = -1;
    target?.focus();
  }

  /**
   * Closes the dialog. `focus`, when given, says where the focus goes this
   * time instead of the opener: the workflow moved on (the list now shows
   * another tab); when it finds nothing, the caller places the focus itself.
   */
  close(focus?: () => HTMLElement | null | undefined): void {
    this.focusOnClose = focus;
    const dialog = this.element;
    if (dialog?.open) dialog.close();
    else if (this.open) this.onClose();
  }

  private readonly onClose = (): void => {
    // The browser fires `close` a task later: when the dialog was opened again
    // meanwhile (closed and reopened at once), that event is no longer news.
    if (this.element?.open) return;
    this.open = false;
    this.options.onClose?.();
    this.host.requestUpdate();
    const opener = this.opener;
    const focus = this.focusOnClose;
    this.opener = undefined;
    this.focusOnClose = undefined;
    void this.host.updateComplete.then(() => {
      if (focus) return focus()?.focus();
      const back = opener?.isConnected && !opener.closest('dialog:not([open])') ? opener : this.options.fallback?.();
      back?.focus();
    });
  };

  /** The `<dialog>`; `content` is rendered while it is open. */
  render(content: () => TemplateResult | typeof nothing, how: DialogRender): TemplateResult {
    return html`<dialog
      id=${this.options.id}
      part="dialog"
      role=${how.alert ? 'alertdialog' : nothing}
      aria-labelledby=${how.labelledBy}
      aria-describedby=${how.describedBy ?? nothing}
      @close=${this.onClose}
    >
      ${this.open ? content() : nothing}
    </dialog>`;
  }
}
