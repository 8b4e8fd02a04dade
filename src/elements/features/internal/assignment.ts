import { html, nothing, type TemplateResult } from 'lit';
import type { NumberAssignee, OnlineNumber, Subscription } from '../../../adapter/types.js';
import { isOutcomeUnknown, type Result } from '../../../core/errors.js';
import type { WriteController, WriteOptions } from '../../shared/controllers/write.js';
import { withRecord, type Features, type Page, type Target } from './model.js';

/**
 * Giving a subscription or a number to someone, or to nobody, with the
 * record's version. Each kind is its own operation of the contract, so its
 * own write; a dialog shows the one of its target.
 */
export class AssignmentWrite {
  private readonly writers: Record<Target['kind'], WriteController>;

  constructor(
    private readonly f: Features,
    options: Omit<WriteOptions, 'operation'> = {},
  ) {
    this.writers = {
      subscription: f.writer('assignSubscription', options),
      number: f.writer('assignNumber', options),
    };
  }

  /** The write of `kind`: its pending state, its error, its Retry. */
  of(kind: Target['kind']): WriteController {
    return this.writers[kind];
  }

  /** A new dialog: nothing failed yet. */
  reset(): void {
    this.writers.subscription.reset();
    this.writers.number.reset();
  }

  /**
   * Sends `assignee` (null: nobody) for `target`, with its version as `page`
   * has it. A conflict puts the fresh record in place and leaves the dialog's
   * choice as it was, so confirming again applies it to the fresh version.
   * True when it went through.
   */
  async run(page: Page, target: Target, assignee: NumberAssignee): Promise<boolean> {
    const result = await this.of(target.kind).run(() => this.send(page, target, assignee));
    if (!result) return false;
    if (result.ok) {
      this.f.change((p) => withRecord(p, target.kind, result.data));
      if (target.kind === 'number') this.f.emit('dk-number-assigned', { numberId: target.id, assignee });
      else this.f.emit('dk-subscription-assigned', { subscriptionId: target.id, memberId: memberOf(assignee) });
      this.f.reload();
      return true;
    }
    const current = result.error.details?.['current'] as Subscription | OnlineNumber | undefined;
    if (result.error.code === 'conflict' && current?.id === target.id) this.f.change((p) => withRecord(p, target.kind, current));
    if (!isOutcomeUnknown(result.error)) this.f.reload();
    return false;
  }

  private send(page: Page, target: Target, assignee: NumberAssignee): Promise<Result<Subscription | OnlineNumber>> {
    const backend = this.f.backend();
    const gone = Promise.resolve({ ok: false, error: { code: 'not_found', message: target.id } } as const);
    if (target.kind === 'subscription') {
      const record = page.subscriptions.find((s) => s.id === target.id);
      return record ? backend.assignSubscription(record.id, { version: record.version, memberId: memberOf(assignee) }) : gone;
    }
    const record = page.numbers.find((n) => n.id === target.id);
    return record ? backend.assignNumber(record.id, { version: record.version, assignee }) : gone;
  }
}

const memberOf = (assignee: NumberAssignee): string | null => (assignee?.kind === 'member' ? assignee.memberId : null);

/**
 * The action of a row of subscriptions or numbers: Unassign when it has a
 * holder, else Assign. The same button element stays with its row (`repeat`
 * by id), so the focus given back to it after a dialog lands on its new
 * action.
 */
export function renderAssignButton(
  f: Features,
  target: Target,
  row: { label: string; holder: string; assignName: string; unassignName: string },
): TemplateResult {
  const t = f.i18n.t;
  const action = row.holder ? 'unassign' : 'assign';
  return html`<button
    class="button small"
    data-subscription=${target.kind === 'subscription' ? target.id : nothing}
    data-number=${target.kind === 'number' ? target.id : nothing}
    data-help-label="features:${action}"
    aria-label=${t('common:actionOn', { action: t(action), name: row.holder ? row.unassignName : row.assignName })}
    @click=${(e: Event) =>
      row.holder ? f.openUnassign({ ...target, label: row.label, holder: row.holder }, e) : f.openAssign(target, e)}
  >
    ${t(action)}
  </button>`;
}
