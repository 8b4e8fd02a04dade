import { html, nothing, type TemplateResult } from 'lit';
import type { Money } from '../../../core/money.js';
import type { DialogController } from '../../shared/controllers/dialog.js';
import { MoneyWriteController, type EarlierRequest } from '../../shared/controllers/money-write.js';
import type { Features } from './model.js';

/** "The balance does not cover it", with both amounts. */
export function insufficientText(f: Features, required: Money, available: Money): string {
  return f.i18n.t('insufficient', { required: f.i18n.money(required), available: f.i18n.money(available) });
}

/** What the end of a purchase dialog says of earlier purchases: the words of one that went through, and what confirming would send now. */
export interface PurchaseRecall {
  completed: (earlier: EarlierRequest) => string;
  request: unknown;
}

/**
 * The end of a purchase dialog: what became of an earlier purchase left
 * unsettled, the purchase under way, or how it failed (the shortfall in
 * figures when the backend gave them), then Cancel and Buy (Retry after an
 * unknown outcome). Buy stays focusable while busy (`aria-disabled`), so the
 * focus is not lost under a keyboard user.
 */
export function renderPurchaseEnd(
  f: Features,
  dialog: DialogController,
  write: MoneyWriteController,
  recall: PurchaseRecall,
  ready = true,
): TemplateResult {
  const t = f.i18n.t;
  const error = write.error;
  const required = error?.details?.['required'] as Money | undefined;
  const available = error?.details?.['available'] as Money | undefined;
  const shortfall =
    error?.code === 'insufficient_balance' && required && available ? insufficientText(f, required, available) : undefined;
  return html`
    ${write.renderRecall({ ...recall, uncertain: t('notChargedTwice') })}
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
        aria-disabled=${write.busy ? 'true' : 'false'}
        aria-busy=${write.busy ? 'true' : 'false'}
      >
        ${write.label(t('buy'), t('buying'))}
      </button>
    </div>
  `;
}

/**
 * Opening a purchase dialog: the purchases left unsettled in `slot` (here,
 * in another element, before a reload) are asked about first. Those that
 * went through are told to the page by `purchased` (when this element is the
 * first to learn it) and the page is read again; the request of any other is
 * given to `restore`, for the dialog to show it again and confirm it with its key.
 */
export async function resumePurchase(
  f: Features,
  write: MoneyWriteController,
  slot: string,
  then: { purchased: (earlier: EarlierRequest) => void; restore: (request: unknown) => void },
): Promise<void> {
  const { completed, restore } = await write.resume((s) => s === slot);
  for (const earlier of completed) if (earlier.first) then.purchased(earlier);
  if (completed.length) f.reload();
  if (restore) then.restore(restore);
  f.host.requestUpdate();
}

/** The writes of the two purchases: money, so a retry of the same purchase keeps its idempotency key. */
export function purchaseWriter(f: Features, operation: 'buySubscriptions' | 'buyNumber'): MoneyWriteController {
  // The choice made in the dialog is kept too: the note says both.
  return new MoneyWriteController(f.host, { operation, keptNote: 'features:notChargedTwice' }, f.services);
}
