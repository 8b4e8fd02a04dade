import { html, nothing, type TemplateResult } from 'lit';
import type { Invitation } from '../../../adapter/types.js';
import type { Result } from '../../../core/errors.js';
import type { WriteController } from '../../shared/controllers/write.js';
import type { MemberDirectory } from './directory.js';
import { renderSelect } from './fields.js';
import { focusAfterUpdate, type WritingKit } from './host.js';
import { renderTableHead } from '../../shared/templates.js';

const STATUSES = ['pending', 'accepted', 'declined', 'expired', 'cancelled'] as const;

/**
 * The invitations tab: every invitation the company sent, newest first, with
 * its state and when it expires; a pending or expired one can be sent again,
 * a pending one cancelled.
 */
export class InvitationsPanel {
  private status = '';
  /** Invitations sent, resent or cancelled since the list was read: they join or replace what was read. */
  private readonly changed = new Map<string, Invitation>();
  /** The invitation the resend or cancel under way is for. */
  private acting = '';
  private readonly resend: WriteController;
  private readonly cancel: WriteController;

  constructor(
    private readonly kit: WritingKit,
    private readonly directory: MemberDirectory,
  ) {
    // A row's button keeps no input: an unknown outcome says only what failed.
    this.resend = kit.writer('resendInvitation', { keptNote: false });
    this.cancel = kit.writer('cancelInvitation', { keptNote: false });
  }

  /** The list was read again: it holds every change made before. */
  read(): void {
    this.changed.clear();
  }

  /** Invitations as a write returned them. */
  update(invitations: readonly Invitation[]): void {
    for (const i of invitations) this.changed.set(i.id, i);
    this.kit.host.requestUpdate();
  }

  /** The invitations as read, with the changes made since. */
  list(read: readonly Invitation[]): Invitation[] {
    const ids = new Set(read.map((i) => i.id));
    const added = [...this.changed.values()].filter((i) => !ids.has(i.id));
    return [...added, ...read.map((i) => this.changed.get(i.id) ?? i)];
  }

  /** Who is invited and has not answered yet (lower case). */
  pending(read: readonly Invitation[]): ReadonlySet<string> {
    return new Set(this.list(read).filter((i) => i.status === 'pending').map((i) => i.invitee.toLowerCase()));
  }

  render(read: readonly Invitation[]): TemplateResult {
    const t = this.kit.i18n.t;
    const list = this.list(read)
      .filter((i) => !this.status || i.status === this.status)
      .sort((a, b) => b.sentAt.localeCompare(a.sentAt));
    const now = new Date();
    return html`
      <div class="filters" part="filters">
        ${renderSelect('invitation-status', t('filters.status'), this.status, t('filters.allStatuses'),
          STATUSES.map((s) => [s, t(`invitations.status.${s}`)]), (v) => {
            this.status = v;
            this.kit.host.requestUpdate();
          })}
      </div>
      ${this.resend.renderError()} ${this.cancel.renderError()}
      ${list.length === 0
        ? html`<p class="state">${t('invitations.noMatch')}</p>`
        : html`<div class="table-wrap">
            <table part="invitations">
              <caption class="visually-hidden">${t('invitations.caption')}</caption>
              ${renderTableHead(t, ['invitations.columns.invitee', 'columns.department', 'columns.status', 'invitations.columns.when'], true)}
              <tbody>
                ${list.map((i) => this.renderRow(i, now))}
              </tbody>
            </table>
          </div>`}
    `;
  }

  private renderRow(i: Invitation, now: Date): TemplateResult {
    const { t, relative, date } = this.kit.i18n;
    const when =
      i.status === 'pending'
        ? t('invitations.expiresIn', { when: relative(i.expiresAt, now) })
        : i.status === 'expired'
          ? t('invitations.expiredAgo', { when: relative(i.expiresAt, now) })
          : t('invitations.sentOn', { date: date(i.sentAt) });
    const busy = this.acting === i.id && (this.resend.pending || this.cancel.pending);
    const action = (key: string): string => t('common:actionOn', { action: t(key), name: i.invitee });
    return html`<tr data-invitation=${i.id}>
      <th scope="row">
        <span class="invitee">${i.invitee}</span>
        <span class="muted small-text">${t(`invitations.kind.${i.kind}`)}</span>
      </th>
      <td>${this.directory.departmentName(i.departmentId)}</td>
      <td><span class="badge status-${i.status}">${t(`invitations.status.${i.status}`)}</span></td>
      <td>${when}</td>
      <td class="row-actions">
        ${i.status === 'pending' || i.status === 'expired'
          ? html`<button class="button small" data-action="resend" ?disabled=${busy} data-help-label="members:actions.resend"
              aria-label=${action('actions.resend')} @click=${() => this.resendOne(i)}>${t('actions.resend')}</button>`
          : nothing}
        ${i.status === 'pending'
          ? html`<button class="button small danger" data-action="cancel" ?disabled=${busy} data-help-label="members:actions.cancelInvitation"
              aria-label=${action('actions.cancelInvitation')} @click=${() => this.cancelOne(i)}>${t('actions.cancelInvitation')}</button>`
          : nothing}
      </td>
    </tr>`;
  }

  /**
   * Sends a resend or a cancel of `i`, one at a time; the alert shown is the
   * last action's. A refusal that says how the invitation is now shows it so.
   */
  private async act(i: Invitation, write: WriteController, send: () => Promise<Result<Invitation>>): Promise<Invitation | undefined> {
    if (this.resend.pending || this.cancel.pending) return undefined;
    (write === this.resend ? this.cancel : this.resend).reset();
    this.acting = i.id;
    const result = await write.run(send);
    if (!result) return undefined;
    if (!result.ok) {
      const current = result.error.details?.['current'] as Invitation | undefined;
      if (current?.id) this.update([current]);
      return undefined;
    }
    this.update([result.data]);
    return result.data;
  }

  private async resendOne(i: Invitation): Promise<void> {
    const next = await this.act(i, this.resend, () => this.kit.backend().resendInvitation(i.id));
    if (!next) return;
    this.kit.emit('dk-invitation-resent', { invitationId: i.id, invitee: i.invitee, expiresAt: next.expiresAt });
    this.kit.announce(this.kit.i18n.t('invitations.resent', { invitee: i.invitee, when: this.kit.i18n.relative(next.expiresAt) }));
    await focusAfterUpdate(this.kit.host, `tr[data-invitation="${CSS.escape(i.id)}"] [data-action="resend"]`);
  }

  private async cancelOne(i: Invitation): Promise<void> {
    const next = await this.act(i, this.cancel, () => this.kit.backend().cancelInvitation(i.id));
    if (!next) return;
    this.kit.emit('dk-invitation-cancelled', { invitationId: i.id, invitee: i.invitee });
    this.kit.announce(this.kit.i18n.t('invitations.cancelled', { invitee: i.invitee }));
    await this.kit.host.updateComplete;
    const root = this.kit.host.renderRoot;
    const row = root.querySelector<HTMLElement>(`tr[data-invitation="${CSS.escape(i.id)}"]`);
    (row?.querySelector<HTMLElement>('button') ?? root.querySelector<HTMLElement>('#invitation-status'))?.focus();
  }
}
