import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { FEATURES, type FeatureAccess, type Member, type MemberRole } from '../../../adapter/types.js';
import type { DialkitError, Result } from '../../../core/errors.js';
import type { DialogController, DialogRender } from '../../shared/controllers/dialog.js';
import type { WriteController } from '../../shared/controllers/write.js';
import type { MemberDirectory } from './directory.js';
import { renderFormActions, renderMemberDialogBody, renderPlacement, type Placement } from './fields.js';
import type { MemberGrid } from './grid.js';
import { focusAfterUpdate, type WritingKit } from './host.js';
import { RemovalStep } from './removal.js';

type Mode = 'summary' | 'move' | 'features' | 'remove';

/**
 * The member dialog (`#member-dialog`) for one member: what they have, and
 * each change as a step of the dialog: moving them (department, groups),
 * administrator rights, feature access, removal (an alert dialog naming what
 * goes with them, `removal.ts`). Each change is its own write. A
 * refusal because someone else changed the member meanwhile shows the member
 * as they are now and keeps what was chosen; a refusal for the last
 * administrator reads the administrators again.
 */
export class MemberDialog {
  /** The member shown; '' while the dialog shows none. */
  private id = '';
  private mode: Mode = 'summary';
  private moveTo: Placement = { departmentId: '', groupIds: [] };
  private featureDraft?: FeatureAccess;
  /** What the dialog last said, for screen readers (the element's live region is outside the modal). */
  private note = '';
  private readonly role: WriteController;
  private readonly move: WriteController;
  private readonly features: WriteController;
  private readonly removal: RemovalStep;

  constructor(
    private readonly kit: WritingKit,
    private readonly directory: MemberDirectory,
    private readonly grid: MemberGrid,
    private readonly dialog: DialogController,
  ) {
    this.role = kit.writer('updateMember');
    this.move = kit.writer('updateMember');
    this.features = kit.writer('setMemberFeatures');
    this.removal = new RemovalStep(kit, directory, grid, dialog, {
      member: () => this.member,
      active: () => this.mode === 'remove',
      send: (write, change) => this.write(write, change),
      back: () => this.setMode('summary'),
    });
  }

  private get member(): Member | undefined {
    return this.id ? this.directory.index.get(this.id) : undefined;
  }

  /** Opens the dialog on a member; the focus comes back to their Manage button. */
  open(id: string): void {
    this.id = id;
    this.setMode('summary');
    void this.dialog.show(this.grid.manageButton(id) ?? undefined);
  }

  /** The dialog closed: it shows nobody, and the next opening starts afresh. */
  closed(): void {
    this.id = '';
    this.mode = 'summary';
    this.note = '';
    for (const write of [this.role, this.move, this.features, this.removal.write]) write.reset();
  }

  /** Each step starts from the member as they are, with no earlier refusal. */
  private setMode(mode: Mode): void {
    const m = this.member;
    this.mode = mode;
    for (const write of [this.role, this.move, this.features, this.removal.write]) write.reset();
    if (mode !== 'summary') this.note = '';
    if (m && mode === 'move') this.moveTo = { departmentId: m.departmentId, groupIds: [...m.groupIds] };
    if (m && mode === 'features') this.featureDraft = { ...m.features };
    this.kit.host.requestUpdate();
    void this.dialog.focusIn();
  }

  private say(text: string): void {
    this.note = text;
    this.kit.announce(text);
  }

  /** How the dialog is named: the removal step is an alert dialog described by what happens. */
  get how(): DialogRender {
    const remove = this.mode === 'remove';
    return { labelledBy: 'member-title', alert: remove, describedBy: remove ? 'remove-body' : undefined };
  }

  render(): TemplateResult {
    const t = this.kit.i18n.t;
    const m = this.member;
    if (!m) return renderMemberDialogBody('', this.note, nothing);
    switch (this.mode) {
      case 'summary':
        return renderMemberDialogBody(m.displayName, this.note, this.renderSummary(m));
      case 'move':
        return renderMemberDialogBody(t('move.title', { name: m.displayName }), this.note, this.renderMove());
      case 'features':
        return renderMemberDialogBody(t('features.title', { name: m.displayName }), this.note, this.renderFeatures(m));
      case 'remove':
        return renderMemberDialogBody(t('remove.title', { name: m.displayName }), this.note, this.removal.render(m));
    }
  }

  private adminFacts(m: Member): { lastAdmin: boolean; linked: boolean } {
    const admins = this.directory.index.count((x) => x.role === 'admin');
    return {
      lastAdmin: m.role === 'admin' && this.directory.complete && admins <= 1,
      linked: m.status === 'linked' || m.sipProfileId !== null,
    };
  }

  private renderSummary(m: Member): TemplateResult {
    const { t, list, money } = this.kit.i18n;
    const { lastAdmin, linked } = this.adminFacts(m);
    const groups = this.directory.groupNames(m.groupIds);
    const roleReason = m.role === 'admin' ? (lastAdmin ? t('errors:last_admin') : '') : linked ? t('errors:admin_cannot_be_linked') : '';
    return html`
      <dl class="facts">
        <dt>${t('columns.accountName')}</dt><dd>${m.accountName}</dd>
        ${m.email ? html`<dt>${t('email')}</dt><dd>${m.email}</dd>` : nothing}
        <dt>${t('columns.department')}</dt><dd>${this.directory.departmentName(m.departmentId)}</dd>
        <dt>${t('columns.groups')}</dt><dd>${groups.length ? list(groups) : t('noGroups')}</dd>
        <dt>${t('columns.role')}</dt><dd>${t(`roles.${m.role}`)}</dd>
        <dt>${t('columns.credit')}</dt><dd>${money(m.credit)}</dd>
        <dt>${t('columns.status')}</dt><dd>${t(`statuses.${m.status}`)}</dd>
        <dt>${t('features.heading')}</dt>
        <dd>${list(FEATURES.filter((f) => m.features[f]).map((f) => t(`features.names.${f}`))) || t('features.none')}</dd>
      </dl>
      ${this.role.renderError()}
      <div class="member-actions">
        <button class="button" id="action-move" data-help-label="members:actions.move" @click=${() => this.setMode('move')}>${t('actions.move')}</button>
        <button class="button" id="action-features" data-help-label="members:actions.features" @click=${() => this.setMode('features')}>
          ${t('actions.features')}
        </button>
        <button
          class="button"
          id="action-role"
          data-help-label=${m.role === 'admin' ? 'members:actions.removeAdmin' : 'members:actions.makeAdmin'}
          aria-disabled=${roleReason ? 'true' : 'false'}
          aria-describedby=${roleReason ? 'role-reason' : nothing}
          aria-busy=${this.role.pending ? 'true' : 'false'}
          @click=${() => this.changeRole(m, roleReason)}
        >
          ${m.role === 'admin' ? t('actions.removeAdmin') : t('actions.makeAdmin')}
        </button>
        <button
          class="button danger"
          id="action-remove"
          data-help-label="members:actions.remove"
          aria-disabled=${lastAdmin ? 'true' : 'false'}
          aria-describedby=${lastAdmin ? 'remove-reason' : nothing}
          @click=${() => !lastAdmin && this.setMode('remove')}
        >
          ${t('actions.remove')}
        </button>
      </div>
      ${roleReason ? html`<p class="reason" id="role-reason">${roleReason}</p>` : nothing}
      ${lastAdmin ? html`<p class="reason" id="remove-reason">${t('remove.lastAdmin')}</p>` : nothing}
      <div class="dialog-actions">
        <button type="button" class="button" @click=${() => this.dialog.close()}>${t('common:close')}</button>
      </div>
    `;
  }

  /**
   * Sends a change of the member shown (as the list has them now). A refusal
   * is shown in the step; undefined then, or while the write is under way.
   */
  private async write<T>(write: WriteController, send: (m: Member) => Promise<Result<T>>): Promise<{ member: Member; data: T } | undefined> {
    const member = this.member;
    if (!member) return undefined;
    const result = await write.run(() => send(member));
    if (!result) return undefined;
    if (result.ok) return { member, data: result.data };
    await this.refused(write, result.error);
    return undefined;
  }

  /** After a refusal: the member (and for `last_admin`, the administrators) as the backend has them now. */
  private async refused(write: WriteController, error: DialkitError): Promise<void> {
    const current = error.details?.['current'] as Member | undefined;
    if ((error.code === 'conflict' || error.code === 'last_admin') && current?.id && current.accountName) this.directory.apply(current);
    else if (error.code === 'conflict' && this.id) await this.directory.reread(this.id);
    if (error.code === 'last_admin') await this.directory.refreshAdmins();
    if (error.code === 'not_found' && this.id) this.directory.remove(this.id);
    await write.focusError(this.dialog.element ?? undefined);
  }

  private async changeRole(m: Member, reason: string): Promise<void> {
    if (reason) return;
    const t = this.kit.i18n.t;
    const role: MemberRole = m.role === 'admin' ? 'member' : 'admin';
    const done = await this.write(this.role, () => this.kit.backend().updateMember(m.id, { version: m.version, role }));
    if (!done) return;
    this.directory.apply(done.data);
    this.kit.emit('dk-member-role-changed', { memberId: m.id, role });
    this.say(role === 'admin' ? t('role.made', { name: m.displayName }) : t('role.removed', { name: m.displayName }));
    await focusAfterUpdate(this.kit.host, '#action-role');
  }

  /** A step's form: `fields`, the write's refusal, Cancel (back to the summary) and Save. */
  private renderStep(submit: (event: SubmitEvent) => void, fields: TemplateResult, write: WriteController): TemplateResult {
    const t = this.kit.i18n.t;
    return html`<form novalidate @submit=${submit}>
      ${fields} ${write.renderError()}
      ${renderFormActions(
        { label: t('common:cancel'), onClick: () => this.setMode('summary') },
        { label: write.label(t('common:save')), pending: write.pending },
      )}
    </form>`;
  }

  private renderMove(): TemplateResult {
    const fields = renderPlacement(this.kit.i18n.t, this.directory.org, 'move', this.moveTo, (placement) => {
      this.moveTo = placement;
      this.kit.host.requestUpdate();
    });
    return this.renderStep(this.submitMove, fields, this.move);
  }

  private readonly submitMove = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const t = this.kit.i18n.t;
    const departmentId = this.moveTo.departmentId;
    const groupIds = [...this.moveTo.groupIds];
    const done = await this.write(this.move, (m) => this.kit.backend().updateMember(m.id, { version: m.version, departmentId, groupIds }));
    if (!done) return;
    const { member, data } = done;
    this.directory.apply(data);
    this.kit.emit('dk-member-moved', { memberId: member.id, departmentId: data.departmentId, groupIds: data.groupIds });
    this.setMode('summary');
    this.say(t('move.done', { name: member.displayName, department: this.directory.departmentName(data.departmentId) }));
  };

  private renderFeatures(m: Member): TemplateResult {
    const t = this.kit.i18n.t;
    const draft = this.featureDraft ?? m.features;
    const fields = html`<fieldset class="choices switches">
      <legend>${t('features.heading')}</legend>
      <ul>
        ${FEATURES.map(
          (f) => html`<li>
            <input
              type="checkbox"
              role="switch"
              id="f-${f}"
              aria-describedby="f-${f}-hint"
              .checked=${live(draft[f])}
              @change=${(e: Event) => {
                this.featureDraft = { ...draft, [f]: (e.target as HTMLInputElement).checked };
                this.kit.host.requestUpdate();
              }}
            />
            <label for="f-${f}">${t(`features.names.${f}`)}</label>
            <span class="reason" id="f-${f}-hint">${t(`features.hints.${f}`)}</span>
          </li>`,
        )}
      </ul>
    </fieldset>`;
    return this.renderStep(this.submitFeatures, fields, this.features);
  }

  private readonly submitFeatures = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const t = this.kit.i18n.t;
    const current = this.member;
    if (!current) return;
    const features = { ...(this.featureDraft ?? current.features) };
    const done = await this.write(this.features, (m) => this.kit.backend().setMemberFeatures(m.id, { version: m.version, features }));
    if (!done) return;
    this.directory.apply(done.data);
    this.kit.emit('dk-features-changed', { memberIds: [done.member.id], features });
    this.setMode('summary');
    this.say(t('features.saved', { name: done.member.displayName }));
  };
}
