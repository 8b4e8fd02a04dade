import { html, nothing, type TemplateResult } from 'lit';
import type { WriteController } from '../../shared/controllers/write.js';

/**
 * The user edited a money write's form; `request` is what confirming would
 * send now. A refusal is forgotten; an unknown outcome too once the request
 * is another one, since its Retry and "will not charge twice" no longer
 * apply: confirming now sends a new request.
 */
export function edited(write: WriteController, request: unknown): void {
  write.dismiss({ force: !!write.intent?.uncertain && !write.intent.holds(request) });
}

/** What a money dialog starts afresh when it opens. */
export interface MoneyDialog {
  form: { reset(): void };
  write: { reset(): void };
  dialog: { show(from: Event | HTMLElement): Promise<void> };
}

/**
 * Opens a money dialog with an empty form (`clear` empties the dialog's own
 * fields) and no error shown, then asks what became of a request of the same
 * kind left unsettled (`resume`), which may fill the form again.
 */
export function openAfresh(parts: MoneyDialog, from: Event | HTMLElement, clear: () => void, resume: () => Promise<void>): void {
  clear();
  parts.form.reset();
  parts.write.reset();
  void parts.dialog.show(from);
  void resume();
}

/** What is on its way, while it is. */
export function renderProgress(pending: boolean, text: string): TemplateResult | typeof nothing {
  return pending ? html`<p class="progress" role="status"><span class="spinner" aria-hidden="true"></span>${text}</p>` : nothing;
}

export interface DialogActions {
  cancel: { label: string; close: () => void };
  /** The submit button: its words (`WriteController.label`), whether a request is on its way, its help label. */
  submit: { label: string; pending: boolean; help?: string };
  /** Another action between the two (switching a top-up off). */
  extra?: TemplateResult | typeof nothing;
}

/** Cancel, then the submit button; a click on it while the request is on its way does nothing. */
export function renderDialogActions({ cancel, submit, extra }: DialogActions): TemplateResult {
  return html`<div class="dialog-actions">
    <button type="button" class="button" @click=${cancel.close}>${cancel.label}</button>
    ${extra ?? nothing}
    <button
      type="submit"
      class="button primary"
      data-help-label=${submit.help ?? nothing}
      aria-disabled=${submit.pending ? 'true' : 'false'}
      aria-busy=${submit.pending ? 'true' : 'false'}
    >
      ${submit.label}
    </button>
  </div>`;
}
