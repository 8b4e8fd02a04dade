import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { TaskStatus } from '@lit/task';
import type { Member, OnlineNumber } from '../../../adapter/types.js';
import { extensionProblem } from '../../../core/validation.js';
import type { FormController } from '../../shared/controllers/form.js';
import { MemberSearchController } from '../../shared/controllers/member-search.js';
import { renderChoice, type SipProfiles } from './model.js';

export type AddField = 'account' | 'extension' | 'number';

/** A member as a candidate for linking: why it cannot be linked ('' when it can), and the numbers that would follow it. */
interface Candidate {
  member: Member;
  unavailable: string;
  numbers: readonly OnlineNumber[];
}

/**
 * The "Add account" tab: finding the account (in the page in a small company,
 * on the server in a large one), choosing it, and its extension number. An
 * administrator, or an account linked to a profile already, is shown but
 * cannot be chosen, with the reason; for the chosen one, what linking does is
 * said before "Confirm".
 */
export class AccountPicker {
  /** The id of the chosen member, or ''. */
  chosen = '';
  extension = '';
  /** Made when the dialog first opens: the list view reads no member. */
  private search?: MemberSearchController;

  constructor(
    private readonly s: SipProfiles,
    private readonly form: FormController<AddField>,
  ) {}

  /** The dialog opens: the members are read (again, since links may have changed them). */
  open(): void {
    if (this.search) this.search.refresh();
    else this.search = new MemberSearchController(this.s.host, { ...this.s.services });
  }

  /** A refusal says the accounts changed (linked elsewhere meanwhile): read them again, keeping the choice. */
  refresh(): void {
    this.search?.refresh();
  }

  clear(): void {
    this.chosen = '';
    this.extension = '';
    this.search?.setQuery('');
  }

  /** The members have been read and can be chosen from. */
  get ready(): boolean {
    return this.search?.first.value !== undefined;
  }

  name(memberId: string): string {
    return this.search?.get(memberId)?.displayName ?? memberId;
  }

  /** Who can be linked, as the backend has it: not an administrator, not linked to a profile already. */
  private candidate(member: Member, numbers: readonly OnlineNumber[]): Candidate {
    const t = this.s.i18n.t;
    let unavailable = '';
    if (member.sipProfileId) unavailable = t('unavailableLinked', { profileName: this.s.profileName(member.sipProfileId) });
    else if (member.role === 'admin') unavailable = t('unavailableAdmin');
    return { member, unavailable, numbers: numbers.filter((n) => member.numberIds.includes(n.id)) };
  }

  /** `numbers`: every number of the company, to say which follow the chosen account to the PBX. */
  render(numbers: readonly OnlineNumber[]): TemplateResult | typeof nothing {
    const search = this.search;
    if (!search) return nothing;
    const t = this.s.i18n.t;
    const extensionIssue = extensionProblem(this.extension);
    const extensionText = this.form.problem('extension', extensionIssue && t(`validation:extension.${extensionIssue}`));
    const chosen = search.get(this.chosen);
    const candidate = chosen && this.candidate(chosen, numbers);
    return html`
      ${search.renderField({ id: 'search', label: t('searchLabel'), hint: t('searchHint') })}
      ${this.s.renderTask(search.first, { complete: () => this.renderChoices(search, numbers) })}
      <div class="field">
        <label for="extension">${t('extensionLabel')}</label>
        <input
          id="extension"
          data-help-label="sip:extensionLabel"
          inputmode="numeric"
          autocomplete="off"
          maxlength="12"
          aria-describedby="extension-hint ${extensionText ? 'extension-error' : ''}"
          aria-invalid=${extensionText ? 'true' : 'false'}
          .value=${live(this.extension)}
          @input=${(e: InputEvent) => {
            this.extension = (e.target as HTMLInputElement).value.trim();
            this.form.edit('extension');
            this.s.host.requestUpdate();
          }}
        />
        <span id="extension-hint" class="hint">${t('extensionHint')}</span>
        ${extensionText ? html`<span id="extension-error" class="field-error">${extensionText}</span>` : nothing}
      </div>
      ${candidate && !candidate.unavailable ? this.renderConsequences(candidate) : nothing}
    `;
  }

  /** The accounts answering the search, as radio buttons. */
  private renderChoices(search: MemberSearchController, numbers: readonly OnlineNumber[]): TemplateResult {
    const t = this.s.i18n.t;
    const problem = this.form.problem('account', this.chosen ? null : { text: t('chooseAccount'), empty: true });
    const shown = search.pool(this.chosen ? [this.chosen] : []).filter((m) => search.matches(m));
    let list: TemplateResult | typeof nothing;
    if (search.total === 0) list = html`<p>${t('noCandidates')}</p>`;
    // In a large company, the hint under the search says to type, or that the search is under way.
    else if (search.large && (!search.query.trim() || search.search.status === TaskStatus.PENDING)) list = nothing;
    else if (shown.length === 0) list = html`<p>${t('noMatches', { query: search.query })}</p>`;
    else list = html`<ul>${shown.map((m) => this.renderChoice(this.candidate(m, numbers)))}</ul>`;
    return html`<fieldset class="choices" aria-describedby=${problem ? 'form-problem' : nothing}>
        <legend>${t('accountsLegend')}</legend>
        ${list}
      </fieldset>
      ${problem ? html`<p class="field-error" id="form-problem">${problem}</p>` : nothing}`;
  }

  private renderChoice({ member: m, unavailable }: Candidate): TemplateResult {
    return renderChoice({
      name: 'account',
      id: `c-${m.id}`,
      value: m.id,
      checked: this.chosen === m.id,
      label: m.displayName,
      detail: m.accountName,
      unavailable,
      choose: () => {
        this.chosen = m.id;
        this.s.host.requestUpdate();
      },
    });
  }

  /** What linking does, said plainly before "Confirm". */
  private renderConsequences({ member, numbers }: Candidate): TemplateResult {
    const { t, list } = this.s.i18n;
    return html`<div class="notice" id="consequences">
      <h3>${t('consequencesTitle')}</h3>
      <ul>
        <li>${t('cannotSignIn', { name: member.displayName })}</li>
        <li>${numbers.length ? t('numbersFollow', { numbers: list(numbers.map((n) => n.number)) }) : t('noNumbersFollow')}</li>
      </ul>
    </div>`;
  }
}
