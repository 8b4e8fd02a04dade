import { html, type TemplateResult } from 'lit';
import { AssignDialog } from './assign-dialog.js';
import { BuyNumberDialog } from './buy-number-dialog.js';
import { BuyPlanDialog } from './buy-plan-dialog.js';
import type { Features, Page } from './model.js';
import { UnassignDialog } from './unassign-dialog.js';

/**
 * The dialogs of `dk-features` with their writes, loaded when one of them
 * first opens: buying subscriptions or a number, assigning, unassigning. A
 * purchase left unsettled before they were loaded is found when its dialog
 * opens (its idempotency key is kept per backend).
 */
export class FeatureDialogs {
  readonly buyPlan: BuyPlanDialog;
  readonly buyNumber: BuyNumberDialog;
  readonly assign: AssignDialog;
  readonly unassign: UnassignDialog;

  constructor(f: Features) {
    this.buyPlan = new BuyPlanDialog(f);
    this.buyNumber = new BuyNumberDialog(f);
    this.assign = new AssignDialog(f);
    this.unassign = new UnassignDialog(f);
  }

  render(page: Page): TemplateResult {
    return html`${this.buyPlan.render(page)} ${this.buyNumber.render(page)} ${this.assign.render(page)} ${this.unassign.render(page)}`;
  }
}
