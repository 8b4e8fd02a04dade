import { html, nothing, type TemplateResult } from 'lit';
import type { Money } from '../../../core/money.js';
import type { DialogController } from '../../shared/controllers/dialog.js';
import type { WriteController } from '../../shared/controllers/write.js';
import type { Features } from './model.js';

/** "The balance does not cover it", with both amounts. */
export function insufficientText(f: Features, required: Money, available: Money): string {
  return f.i18n.t('insufficient', { required: f.i18n.money(required), available: f.i18n.money(available) });
}

/**
 * The end of a purchase dialog: the purchase under way, or how it failed (the
 * shortfall in figures when the backend gave them), then Cancel and Buy (Retry
 * after an unknown outcome). Buy stays focusable while busy (`aria-disabled`),
 * so the focus is not lost under a keyboard user.
 */
export function renderPurchaseEnd(
  f: Features,
  dialog: DialogController,
  write: WriteController,
  ready = true,
): TemplateResult {
  const t = f.i18n.t;
  const error = write.error;
  const required = error?.details?.['required'] as Money | undefined;
  const available = error?.details?.['available'] as Money | undefined;
  const shortfall =
    error?.code === 'insufficient_balance' && required && available ? insufficientText(f, required, available) : undefined;
  return html`
    ${write.pending
      ? html`<p class="progress" role="status"><span class="spinner" aria-hidden="true"></span>${t('buying')}</p>`
      : nothing}
    ${write.renderError(shortfall)}
    <div class="dialog-actions">
      <button type="button" class="button" @click=${() => dialog.close()}>${t('common:cancel')}</button>
      <button
        type="submit"
        class="button primary"
        ?disabled=${!ready}
        aria-disabled=${write.pending ? 'true' : 'false'}
        aria-busy=${write.pending ? 'true' : 'false'}
      >
        ${write.label(t('buy'), t('buying'))}
      </button>
    </div>
  `;
}

/** The writes of the two purchases: money, so a retry of the same purchase keeps its idempotency key. */
export function purchaseWriter(f: Features, operation: 'buySubscriptions' | 'buyNumber'): WriteController {
  // The choice made in the dialog is kept too: the note says both.
  return f.writer(operation, { money: true, keptNote: 'features:notChargedTwice' });
}
