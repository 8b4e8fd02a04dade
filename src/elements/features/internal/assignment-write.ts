import type { NumberAssignee, OnlineNumber, Subscription } from '../../../adapter/types.js';
import { isOutcomeUnknown, type Result } from '../../../core/errors.js';
import { WriteController, type WriteOptions } from '../../shared/controllers/write.js';
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
      subscription: new WriteController(f.host, { operation: 'assignSubscription', ...options }, f.services),
      number: new WriteController(f.host, { operation: 'assignNumber', ...options }, f.services),
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
