import { html, type TemplateResult } from 'lit';
import type { Balance } from '../../../adapter/types.js';
import { MoneyWriteController } from '../../shared/controllers/money-write.js';
import { WriteController } from '../../shared/controllers/write.js';
import { AllocateDialog } from './allocate-dialog.js';
import { BuyDialog } from './buy-dialog.js';
import type { CreditContext } from './context.js';
import { ReclaimDialog } from './reclaim-dialog.js';

/**
 * The buy, allocate and take-back dialogs with their writes, loaded when one
 * of them first opens. Each money write keeps the idempotency key of its
 * request in its `intent` (kept per backend, so a request left unsettled
 * before they were loaded is found when its dialog opens).
 */
export class CreditDialogs {
  readonly buy: BuyDialog;
  readonly allocate: AllocateDialog;
  readonly reclaim: ReclaimDialog;

  constructor(ctx: CreditContext) {
    const money = (operation: string): MoneyWriteController => new MoneyWriteController(ctx.host, { operation }, ctx);
    this.buy = new BuyDialog(ctx, money('buyCredit'));
    this.allocate = new AllocateDialog(ctx, money('allocateCredit'), new WriteController(ctx.host, { operation: 'setAutoRecharge' }, ctx));
    this.reclaim = new ReclaimDialog(ctx, money('reclaimCredit'));
  }

  render(b: Balance): TemplateResult {
    return html`${this.buy.render(b)} ${this.allocate.render(b)} ${this.reclaim.render(b)}`;
  }
}
