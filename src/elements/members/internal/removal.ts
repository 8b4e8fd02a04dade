import { html, nothing, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { DialkitAdapter } from '../../../adapter/adapter.js';
import type { Member, MemberRemoval } from '../../../adapter/types.js';
import type { DialkitError, Result } from '../../../core/errors.js';
import type { Money } from '../../../core/money.js';
import type { DialogController } from '../../shared/controllers/dialog.js';
import type { WriteController } from '../../shared/controllers/write.js';
import type { MemberDirectory } from './directory.js';
import type { MemberGrid } from './grid.js';
import type { WritingKit } from './host.js';

/** What goes with a member, by name: the plans of their subscriptions (and what each costs), their numbers. */
interface Holdings {
  subscriptions: { id: string; plan: string; price: Money }[];
  numbers: { id: string; number: string; area: string }[];
}

/** The removal step's member and version, or no member while another step shows. */
type Args = readonly [DialkitAdapter, string, number];

export interface RemovalStepOptions {
  /** The member the dialog shows, as the list has them now. */
  member: () => Member | undefined;
  /** Whether the dialog is on the removal step. */
  active: () => boolean;
  /** Sends a change of the member shown; a refusal (a conflict among them) is shown and the member read again. */
  send: (write: WriteController, change: (m: Member) => Promise<Result<MemberRemoval>>) => Promise<{ member: Member; data: MemberRemoval } | undefined>;
  /** Back to the member's summary. */
  back: () => void;
}

/**
 * The removal step of the member dialog: an alert dialog saying what goes
 * with the member, by name: the credit that returns to the company, each
 * paid subscription that is cancelled and each number that is released,
 * read for the member and version shown (a new version reads them again,
 * and leaving the step aborts the read). The removal carries that version:
 * when someone changed the member meanwhile (a subscription assigned, credit
 * spent), it is refused, the member and the list are shown as they are now,
 * and the removal waits for a second confirmation.
 */
export class RemovalStep {
  readonly write: WriteController;
  private readonly holdings: Task<Args, Holdings | undefined>;

  constructor(
    private readonly kit: WritingKit,
    private readonly directory: MemberDirectory,
    private readonly grid: MemberGrid,
    private readonly dialog: DialogController,
    private readonly options: RemovalStepOptions,
  ) {
    this.write = kit.writer('removeMember');
    this.holdings = new Task(kit.host, {
      task: ([backend, id], { signal }) => (id ? this.read(backend, signal) : Promise.resolve(undefined)),
      args: (): Args => {
        const m = options.active() ? options.member() : undefined;
        return [kit.backend(), m?.id ?? '', m?.version ?? 0];
      },
    });
  }

  /** The plans and numbers of the member shown, only those the member record lists (the version the removal sends). */
  private async read(backend: DialkitAdapter, signal: AbortSignal): Promise<Holdings | undefined> {
    const m = this.options.member();
    if (!m) return undefined;
    const take = <T>(operation: string, result: Result<T> | undefined): T | undefined => {
      if (result && !result.ok) throw this.kit.report(operation, result.error);
      return result?.data;
    };
    const subscribed = m.subscriptionIds.length > 0;
    const [subscriptions, plans, numbers] = await Promise.all([
      subscribed ? backend.listSubscriptions({ signal }) : undefined,
      subscribed ? backend.listPlans({ signal }) : undefined,
      m.numberIds.length > 0 ? backend.listNumbers({ signal }) : undefined,
    ]);
    const planOf = new Map((take('listPlans', plans) ?? []).map((p) => [p.id, p]));
    const theirs = new Set(m.subscriptionIds);
    const held = new Set(m.numberIds);
    return {
      subscriptions: (take('listSubscriptions', subscriptions) ?? []).flatMap((s) => {
        const plan = planOf.get(s.planId);
        return theirs.has(s.id) && plan ? [{ id: s.id, plan: plan.name, price: plan.price }] : [];
      }),
      numbers: (take('listNumbers', numbers) ?? []).flatMap((n) => (held.has(n.id) ? [{ id: n.id, number: n.number, area: n.area }] : [])),
    };
  }

  /** What goes with them is still being read: the removal waits for it. */
  private get reading(): boolean {
    return this.holdings.status === TaskStatus.PENDING || this.holdings.status === TaskStatus.INITIAL;
  }

  render(m: Member): TemplateResult {
    const { t, money } = this.kit.i18n;
    const held = this.holdings.status === TaskStatus.COMPLETE ? this.holdings.value : undefined;
    const list = <T>(items: readonly T[] | undefined, item: (x: T) => string): TemplateResult | typeof nothing => {
      if (items?.length) return html`<ul>${items.map((x) => html`<li>${item(x)}</li>`)}</ul>`;
      return this.reading ? html`<ul><li class="muted">${t('common:loading')}</li></ul>` : nothing;
    };
    const credit = m.credit.amountMinor > 0 ? t('remove.credit', { amount: money(m.credit) }) : t('remove.noCredit');
    const subscriptions = m.subscriptionIds.length;
    const numbers = m.numberIds.length;
    const waiting = this.reading || this.write.pending;
    const changed = this.write.error?.code === 'conflict' ? t('remove.changed', { name: m.displayName }) : undefined;
    return html`
      <div id="remove-body" class="notice" aria-busy=${this.reading ? 'true' : 'false'}>
        <p>${t('remove.intro', { name: m.displayName })}</p>
        <ul>
          <li>${credit}</li>
          <li>
            ${subscriptions > 0 ? t('remove.subscriptions', { count: subscriptions }) : t('remove.noSubscriptions')}
            ${subscriptions > 0 ? list(held?.subscriptions, (s) => t('remove.subscriptionItem', { plan: s.plan, price: money(s.price) })) : nothing}
          </li>
          <li>
            ${numbers > 0 ? t('remove.numbers', { count: numbers }) : t('remove.noNumbers')}
            ${numbers > 0 ? list(held?.numbers, (n) => t('remove.numberItem', { number: n.number, area: n.area })) : nothing}
          </li>
          ${m.sipProfileId ? html`<li>${t('remove.sip')}</li>` : nothing}
        </ul>
      </div>
      ${this.holdings.status === TaskStatus.ERROR ? this.renderReadError() : nothing} ${this.write.renderError(changed)}
      <div class="dialog-actions">
        <button type="button" class="button" @click=${this.options.back}>${t('common:cancel')}</button>
        <button
          type="button"
          class="button danger"
          id="confirm-remove"
          aria-disabled=${waiting ? 'true' : 'false'}
          aria-busy=${waiting ? 'true' : 'false'}
          @click=${this.confirm}
        >
          ${this.write.label(t('actions.remove'))}
        </button>
      </div>
    `;
  }

  /** The names could not be read: the counts above still say what goes; Retry reads them again. */
  private renderReadError(): TemplateResult {
    const t = this.kit.i18n.t;
    return html`<div class="alert" role="alert">
      <p>${t('remove.readFailed')} ${this.kit.describe(this.holdings.error as DialkitError)}</p>
      <button type="button" class="button small" @click=${() => void this.holdings.run()}>${t('common:retry')}</button>
    </div>`;
  }

  private readonly confirm = async (): Promise<void> => {
    // Never before the names are in: what is confirmed is what was shown.
    if (this.reading || this.write.pending) return;
    const { t, money } = this.kit.i18n;
    const done = await this.options.send(this.write, (m) => this.kit.backend().removeMember(m.id, { version: m.version }));
    if (!done) return;
    const { member, data: removal } = done;
    const position = this.grid.rowOf(member.id);
    this.directory.remove(member.id);
    this.kit.emit('dk-member-removed', {
      memberId: member.id,
      reclaimed: removal.reclaimed,
      releasedNumberIds: removal.releasedNumberIds,
      cancelledSubscriptionIds: removal.cancelledSubscriptionIds,
    });
    this.kit.announce(t('remove.done', { name: member.displayName, amount: money(removal.reclaimed), count: removal.releasedNumberIds.length }));
    // The member's row is gone: the grid gives the focus to the row that took its place.
    this.dialog.close(() => undefined);
    await this.grid.removed(member.id, position);
  };
}
