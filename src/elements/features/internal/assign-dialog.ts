import { html, nothing, type TemplateResult } from 'lit';
import type { NumberAssignee } from '../../../adapter/types.js';
import { DialogController } from '../../shared/controllers/dialog.js';
import { FormController } from '../../shared/controllers/form.js';
import { AssignmentWrite } from './assignment-write.js';
import { renderRadio } from './controls.js';
import { renderMemberChoices, renderMemberSearch } from './member-picker.js';
import { assigneeText, planName, rowButton, type Features, type Page, type Target } from './model.js';

type AssigneeKind = 'member' | 'sip_profile';

/**
 * Assigning a subscription to a member, or a number to a business account
 * whose online-number feature is on or to a SIP profile. A conflict keeps the
 * choice made here, so confirming again applies it to the fresh record.
 */
export class AssignDialog {
  private target?: Target;
  private kind: AssigneeKind = 'member';
  /** The id of the chosen member or SIP profile. */
  private chosen = '';
  /** What the members tab had typed in the member search the dialog borrows; given back on close. */
  private tabQuery = '';
  private readonly form = new FormController<'assignee'>(this.f.host);
  private readonly write = new AssignmentWrite(this.f);
  private readonly dialog = new DialogController(this.f.host, {
    id: 'assign-dialog',
    // The first control: what to assign to (numbers), else the search.
    focus: 'input[name="assignee-kind"], #assign-search',
    fallback: () => (this.target ? rowButton(this.f.host, this.target) : null),
    onClose: () => this.f.members.setQuery(this.tabQuery),
  });

  constructor(private readonly f: Features) {}

  open(target: Target, from: Event | HTMLElement): void {
    this.target = target;
    this.kind = 'member';
    this.chosen = '';
    this.tabQuery = this.f.members.query;
    this.f.members.setQuery('');
    this.form.reset();
    this.write.reset();
    void this.dialog.show(from);
  }

  render(page: Page): TemplateResult {
    return this.dialog.render(() => this.renderForm(page), { labelledBy: 'assign-title' });
  }

  private renderForm(page: Page): TemplateResult | typeof nothing {
    const t = this.f.i18n.t;
    const target = this.target;
    if (!target) return nothing;
    const write = this.write.of(target.kind);
    const subject =
      target.kind === 'number'
        ? (page.numbers.find((n) => n.id === target.id)?.number ?? '')
        : planName(page, page.subscriptions.find((s) => s.id === target.id)?.planId ?? '');
    const choose = t(this.kind === 'member' ? 'chooseMember' : 'chooseProfile');
    const problem = this.form.problem('assignee', this.chosen ? null : { text: choose, empty: true });
    const describedBy = problem ? 'assign-error' : undefined;
    return html`<form class="dialog-body" novalidate @submit=${(e: SubmitEvent) => this.submit(e, page)}>
      <h2 id="assign-title">${t('assignTitle', { item: subject })}</h2>
      ${target.kind === 'number' ? this.renderKinds() : nothing}
      ${this.kind === 'member'
        ? html`${renderMemberSearch(this.f.members, 'assign-search', t('findMember'))}
          ${renderMemberChoices(this.f.members, {
            legend: t('businessAccounts'),
            chosen: this.chosen,
            choose: (id) => this.choose(id),
            // Numbers ring only members whose online-number feature is on.
            refusal: (m) => (target.kind === 'number' && !m.features.onlineNumber ? t('onlineNumberOff') : ''),
            describedBy,
          })}`
        : this.renderProfiles(page, describedBy)}
      ${problem ? html`<p class="field-error" id="assign-error">${problem}</p>` : nothing}
      ${this.kind === 'sip_profile' ? html`<p class="hint">${t('pbxNote')}</p>` : nothing}
      ${write.renderError()}
      <div class="dialog-actions">
        <button type="button" class="button" @click=${() => this.dialog.close()}>${t('common:cancel')}</button>
        <button type="submit" class="button primary" ?disabled=${write.pending} aria-busy=${write.pending ? 'true' : 'false'}>
          ${write.label(t('assign'))}
        </button>
      </div>
    </form>`;
  }

  /** A number goes to a business account or to a SIP profile. */
  private renderKinds(): TemplateResult {
    const t = this.f.i18n.t;
    return html`<fieldset class="mode">
      <legend>${t('assignTo')}</legend>
      ${(['member', 'sip_profile'] as const).map(
        (kind) => html`<label class="radio">
          ${renderRadio({ name: 'assignee-kind', value: kind, checked: this.kind === kind, change: () => this.setKind(kind) })}
          ${t(kind === 'member' ? 'businessAccount' : 'sipProfile')}
        </label>`,
      )}
    </fieldset>`;
  }

  private renderProfiles(page: Page, describedBy: string | undefined): TemplateResult {
    const t = this.f.i18n.t;
    return html`<fieldset class="choices" aria-describedby=${describedBy ?? nothing}>
      <legend>${t('sipProfiles')}</legend>
      ${page.profiles.length === 0
        ? html`<p>${t('noProfiles')}</p>`
        : html`<ul>
            ${page.profiles.map(
              (p) => html`<li>
                ${renderRadio({ name: 'assignee', id: `p-${p.id}`, value: p.id, checked: this.chosen === p.id, change: () => this.choose(p.id) })}
                <label for="p-${p.id}">${p.name}</label>
              </li>`,
            )}
          </ul>`}
    </fieldset>`;
  }

  /** Another kind of assignee: a new request, whatever happened to the last one. */
  private setKind(kind: AssigneeKind): void {
    this.kind = kind;
    this.chosen = '';
    if (this.target) this.write.of(this.target.kind).dismiss({ force: true });
    this.f.host.requestUpdate();
  }

  /**
   * Another member or profile: a new request, so the last failure is
   * forgotten; except a conflict, which still says the record changed under
   * the choice.
   */
  private choose(id: string): void {
    this.chosen = id;
    const write = this.target && this.write.of(this.target.kind);
    if (write?.error?.code !== 'conflict') write?.dismiss({ force: true });
    this.f.host.requestUpdate();
  }

  private async submit(event: SubmitEvent, page: Page): Promise<void> {
    event.preventDefault();
    const target = this.target;
    if (!target || this.write.of(target.kind).pending) return;
    this.form.submit();
    if (!this.chosen) return this.dialog.focusIn('input[name="assignee"]:not([disabled])');
    const assignee: NumberAssignee =
      this.kind === 'member' ? { kind: 'member', memberId: this.chosen } : { kind: 'sip_profile', sipProfileId: this.chosen };
    if (!(await this.write.run(page, target, assignee))) return this.write.of(target.kind).focusError(this.dialog.element ?? undefined);
    this.f.announce(this.f.i18n.t('assigned', { name: assigneeText(this.f, page, assignee) }));
    this.dialog.close();
  }
}
