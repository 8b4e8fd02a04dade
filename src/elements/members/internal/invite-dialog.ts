import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Invitation, InvitationRejection } from '../../../adapter/types.js';
import { DialogController } from '../../shared/controllers/dialog.js';
import { FormController } from '../../shared/controllers/form.js';
import type { WriteController } from '../../shared/controllers/write.js';
import { parseInvitees, type ParsedInvitee } from '../invitees.js';
import type { MemberDirectory } from './directory.js';
import { renderFormActions, renderPlacement, type Placement } from './fields.js';
import { focusAfterUpdate, type WritingKit } from './host.js';

/** Invitees per request, as the contract allows. */
const MAX_INVITEES = 200;

export interface InviteOptions {
  /** Who is invited already (lower case), to say so rather than send again. */
  pending: () => ReadonlySet<string>;
  /** Reads the invitations, when they were not read yet. */
  readInvitations: () => void;
  /** Invitations were sent. */
  created: (invitations: Invitation[]) => void;
  /** Every invitation went: the element shows them. */
  sent: () => void;
}

/**
 * The invitation dialog (`#invite-dialog`): many account names or e-mail
 * addresses at once, each checked as it is typed (its shape, twice, already a
 * member, already invited), the department and groups they join. What the
 * server refuses stays in the box, with the reason, to be corrected.
 */
export class InviteDialog {
  private readonly dialog: DialogController;
  private text = '';
  private placement: Placement = { departmentId: '', groupIds: [] };
  private rejected: readonly InvitationRejection[] = [];
  private readonly form: FormController<'invitees'>;
  private readonly send: WriteController;

  constructor(
    private readonly kit: WritingKit,
    private readonly directory: MemberDirectory,
    private readonly options: InviteOptions,
  ) {
    this.dialog = new DialogController(kit.host, { id: 'invite-dialog', focus: '#invitees', onClose: () => this.closed() });
    this.form = new FormController(kit.host);
    this.send = kit.writer('sendInvitations');
  }

  /** Opens on an empty box; the department chosen last time stays chosen. */
  readonly open = (from: Event | HTMLElement): void => {
    this.send.reset();
    this.form.reset();
    this.rejected = [];
    const { departments } = this.directory.org;
    if (!departments.some((d) => d.id === this.placement.departmentId))
      this.placement = { ...this.placement, departmentId: departments[0]?.id ?? '' };
    this.options.readInvitations();
    void this.dialog.show(from);
  };

  private closed(): void {
    this.text = '';
    this.placement = { ...this.placement, groupIds: [] };
    this.rejected = [];
    this.form.reset();
    this.send.reset();
  }

  private parsed(): ParsedInvitee[] {
    const pending = this.options.pending();
    return parseInvitees(this.text, {
      isMember: (v) => this.directory.index.findByAccountOrEmail(v) !== undefined,
      isPending: (v) => pending.has(v.toLowerCase()),
    });
  }

  /** What stops the box from being sent: an entry to correct, none to send, too many. */
  private problem(entries: readonly ParsedInvitee[]): string {
    const t = this.kit.i18n.t;
    const invalid = entries.filter(isInvalid).length;
    const sendable = entries.filter((e) => !e.problem).length;
    let local: { text: string; empty?: boolean } | null = null;
    if (invalid > 0) local = { text: t('invite.fixInvalid', { count: invalid }) };
    else if (entries.length === 0) local = { text: t('invite.enterOne'), empty: true };
    else if (sendable === 0) local = { text: t('invite.nothingToSend') };
    else if (sendable > MAX_INVITEES) local = { text: t('invite.tooMany', { max: this.kit.i18n.number(MAX_INVITEES) }) };
    return this.form.problem('invitees', local);
  }

  private verdict(p: ParsedInvitee): string {
    const t = this.kit.i18n.t;
    const problem = p.problem;
    if (!problem) return p.type === 'email' ? t('invite.okEmail') : t('invite.okAccount');
    switch (problem.kind) {
      case 'email':
        return t('invite.badEmail');
      case 'account':
        return t(`validation:accountName.${problem.problem}`);
      case 'duplicate':
        return t('invite.duplicate');
      case 'member':
        return t('invite.member');
      case 'pending':
        return t('invite.pending');
    }
  }

  render(): TemplateResult {
    return this.dialog.render(() => this.renderForm(), { labelledBy: 'invite-title' });
  }

  private renderForm(): TemplateResult {
    const t = this.kit.i18n.t;
    const entries = this.parsed();
    const problem = this.problem(entries);
    const sendable = entries.filter((e) => !e.problem).length;
    return html`<form class="dialog-body" method="dialog" novalidate @submit=${this.submit}>
      <h2 id="invite-title">${t('invite.title')}</h2>
      <div class="field">
        <label for="invitees">${t('invite.label')}</label>
        <textarea
          id="invitees"
          rows="4"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="invitees-hint ${problem ? 'invitees-problem' : ''}"
          aria-invalid=${entries.some(isInvalid) || problem ? 'true' : 'false'}
          .value=${live(this.text)}
          @input=${(e: InputEvent) => {
            this.text = (e.target as HTMLTextAreaElement).value;
            this.form.edit('invitees');
            this.send.dismiss();
            this.kit.host.requestUpdate();
          }}
          @blur=${() => this.form.touch('invitees')}
        ></textarea>
        <span id="invitees-hint" class="hint">${t('invite.hint')}</span>
        ${problem ? html`<span id="invitees-problem" class="field-error">${problem}</span>` : nothing}
      </div>
      ${entries.length > 0
        ? html`<ul class="invitees" tabindex="0" aria-label=${t('invite.checked')}>
              ${entries.map(
                (e) => html`<li class=${e.problem ? (isInvalid(e) ? 'bad' : 'skip') : 'ok'}>
                  <span class="invitee">${e.value}</span>
                  <span class="verdict">${this.verdict(e)}</span>
                </li>`,
              )}
            </ul>
            <p class="hint" id="invite-count">${t('invite.willSend', { count: sendable })}</p>`
        : nothing}
      ${renderPlacement(t, this.directory.org, 'invite', this.placement, (placement) => {
        this.placement = placement;
        this.kit.host.requestUpdate();
      })}
      ${this.renderRejections()}
      ${this.send.error && !this.form.refusedField ? html`<div id="invite-error">${this.send.renderError()}</div>` : nothing}
      ${renderFormActions(
        { label: t('common:cancel'), onClick: () => this.dialog.close() },
        { label: this.send.label(t('invite.send')), pending: this.send.pending, help: 'members:invite.send' },
      )}
    </form>`;
  }

  private renderRejections(): TemplateResult | typeof nothing {
    if (this.rejected.length === 0) return nothing;
    const t = this.kit.i18n.t;
    return html`<div class="alert" role="alert" id="rejections" tabindex="-1">
      <p>${t('invite.rejectedTitle', { count: this.rejected.length })}</p>
      <ul>
        ${this.rejected.map(
          (r) => html`<li>${t('invite.rejection', {
            invitee: r.invitee,
            reason: r.code === 'conflict' ? t('invite.pending') : t(`errors:${r.code}`),
          })}</li>`,
        )}
      </ul>
    </div>`;
  }

  private readonly submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.send.pending) return;
    const t = this.kit.i18n.t;
    this.form.submit();
    const entries = this.parsed();
    if (this.problem(entries)) return focusAfterUpdate(this.kit.host, '#invitees');
    this.rejected = [];
    const request = {
      invitees: entries.filter((e) => !e.problem).map((e) => e.value),
      departmentId: this.placement.departmentId,
      groupIds: [...this.placement.groupIds],
    };
    const result = await this.send.run(() => this.kit.backend().sendInvitations(request));
    if (!result) return;
    if (!result.ok) {
      const atField = this.form.refuse(result.error, (path) => (/^invitees\b/.test(path) ? 'invitees' : undefined), this.kit.describe(result.error));
      if (atField) return focusAfterUpdate(this.kit.host, '#invitees');
      return this.send.focusError(this.dialog.element ?? undefined);
    }
    const { created, rejected } = result.data;
    if (created.length > 0) {
      this.kit.emit('dk-member-invited', { invitations: created });
      this.options.created(created);
    }
    this.kit.announce(t('invite.sent', { count: created.length }));
    if (rejected.length > 0) {
      // What was sent leaves the box; what was refused stays, to be corrected.
      this.rejected = rejected;
      this.text = rejected.map((r) => r.invitee).join('\n');
      this.kit.host.requestUpdate();
      return focusAfterUpdate(this.kit.host, '#rejections');
    }
    this.options.sent();
    this.dialog.close(() => this.kit.host.renderRoot.querySelector<HTMLElement>('#tab-invitations'));
  };
}

/** An entry that is not an e-mail address or an account name at all (the others are skipped, not wrong). */
function isInvalid(e: ParsedInvitee): boolean {
  return e.problem?.kind === 'email' || e.problem?.kind === 'account';
}
