import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { LinkedAccount, SipCandidate, SipProfile, SipProfileDetail, OnlineNumber } from '../../adapter/types.js';
import type { DialkitError } from '../../core/errors.js';
import { isOutcomeUnknown } from '../../core/errors.js';
import { extensionProblem } from '../../core/validation.js';
import { DialkitElement, Task, TaskStatus, unwrap } from '../shared/base.js';
import { matchesQuery } from '../../core/text.js';
import { styles } from './sip-profiles.styles.js';
import { tabForKey } from '../shared/controllers/tabs.js';

declare module '../shared/events.js' {
  interface DialkitEventMap {
    /** An account was linked to a SIP profile: its calls now go to the PBX. */
    'dk-account-linked': { profileId: string; memberId: string; extension: string | null };
    /** An account was removed from a SIP profile: it can sign in again. */
    'dk-account-unlinked': { profileId: string; memberId: string };
    /** An online number was added to a SIP profile. */
    'dk-number-added': { profileId: string; numberId: string };
    /** An online number was removed from a SIP profile. */
    'dk-number-removed': { profileId: string; numberId: string };
  }
}

type Tab = 'account' | 'number';
type Removal = { kind: 'account'; memberId: string; name: string } | { kind: 'number'; numberId: string; name: string };

/**
 * SIP profiles: each profile's linked accounts (with their extension numbers
 * and the online numbers that follow them to the PBX) and numbers; linking an
 * account ("Add number or account"), adding a number, and removing either.
 *
 * @summary Links business accounts and numbers to the SIP profiles of the company PBX.
 *
 * @attr profile-id - The profile shown; empty shows the list of profiles. Changes as the user navigates.
 * @attr api-base - Base URL of a REST backend, when no adapter is given.
 *
 * @fires dk-account-linked - An account was linked to a profile.
 * @fires dk-account-unlinked - An account was removed from a profile.
 * @fires dk-number-added - A number was added to a profile.
 * @fires dk-number-removed - A number was removed from a profile.
 * @fires dk-error - A failure shown to the user.
 *
 * @csspart list - The table of profiles.
 * @csspart profile - The shown profile.
 * @csspart add-button - The "Add number or account" button.
 * @csspart dialog - The add and remove dialogs.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button of the error state.
 * @csspart empty - Shown when the company has no SIP profile.
 */
export class DkSipProfiles extends DialkitElement {
  static override styles = [...DialkitElement.styles, styles];
  static override namespaces = ['sip', 'common', 'errors', 'validation'];
  static override helpArticle = 'link-sip-account';

  @property({ attribute: 'profile-id', reflect: true }) profileId = '';

  /** The shown profile, kept across reloads and replaced by every write's answer. */
  @state() private detail?: SipProfileDetail;
  @state() private expandedMemberId = '';
  @state() private announcement = '';

  @state() private tab: Tab = 'account';
  @state() private search = '';
  @state() private selectedMemberId = '';
  @state() private extension = '';
  @state() private selectedNumberId = '';
  @state() private formProblem = '';
  @state() private saving = false;
  @state() private saveError?: DialkitError;

  @state() private removal?: Removal;
  @state() private removeError?: DialkitError;

  @query('#add-dialog') private addDialog?: HTMLDialogElement;
  @query('#remove-dialog') private removeDialog?: HTMLDialogElement;

  private readonly profiles = new Task(this, {
    task: async ([backend], { signal }) => unwrap(await backend.listSipProfiles({ signal })),
    args: () => [this.backend] as const,
    onError: (error) => this.reportError('listSipProfiles', error),
  });

  private readonly profile = new Task(this, {
    task: async ([backend, id], { signal }) => (id ? unwrap(await backend.getSipProfile(id, { signal })) : undefined),
    args: () => [this.backend, this.profileId] as const,
    onComplete: (detail) => {
      this.detail = detail;
    },
    onError: (error) => this.reportError('getSipProfile', error),
  });

  /** Accounts and free numbers, loaded when the dialog opens. */
  private readonly choices = new Task(this, {
    task: async ([backend, id], { signal }) => {
      const [candidates, numbers] = await Promise.all([
        backend.listSipCandidates(id, {}, { signal }),
        backend.listNumbers({ signal }),
      ]);
      return { candidates: unwrap(candidates), numbers: unwrap(numbers).filter((n) => n.assignee === null) };
    },
    autoRun: false,
    args: () => [this.backend, this.profileId] as const,
    onError: (error) => this.reportError('listSipCandidates', error),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('profileId') && this.detail && this.detail.id !== this.profileId) {
      this.detail = undefined;
      this.expandedMemberId = '';
    }
  }

  override render(): TemplateResult {
    return html`
      <div class="layout ${this.helpOpen ? 'has-help' : ''}">
        <section aria-labelledby="title">
          <div class="status visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
          ${this.profileId ? this.renderProfileView() : this.renderListView()}
        </section>
        ${this.renderHelpPanel()}
      </div>
      ${this.renderAddDialog()} ${this.renderRemoveDialog()}
    `;
  }

  // The list of profiles

  private renderListView(): TemplateResult {
    const t = this.i18n.t;
    return html`
      <header class="head">
        <h2 id="title">${t('title')}</h2>
        ${this.renderHelpButton()}
      </header>
      <p class="intro">${t('intro')}</p>
      ${this.renderTask(this.profiles, {
        isEmpty: (list) => list.length === 0,
        empty: () => html`<div class="state empty" part="empty">
          <div><h3>${t('emptyTitle')}</h3><p>${t('emptyBody')}</p></div>
        </div>`,
        complete: (list) => this.renderList(list),
      })}
    `;
  }

  private renderList(list: readonly SipProfile[]): TemplateResult {
    const t = this.i18n.t;
    return html`<div class="table-wrap">
      <table part="list" class="stack">
        <caption class="visually-hidden">${t('listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${t('columns.name')}</th>
            <th scope="col">${t('columns.status')}</th>
            <th scope="col" class="num">${t('columns.channels')}</th>
            <th scope="col">${t('columns.auth')}</th>
            <th scope="col">${t('columns.linked')}</th>
            <th scope="col"><span class="visually-hidden">${t('columns.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${list.map(
            (p) => html`<tr>
              <th scope="row">${p.name}</th>
              <td data-label=${t('columns.status')}>
                <span class="badge ${p.status === 'active' ? 'ok' : ''}">${t(`status.${p.status}`)}</span>
              </td>
              <td class="num" data-label=${t('columns.channels')}>${t('channels_count', { count: p.channels })}</td>
              <td data-label=${t('columns.auth')}>${t(`auth.${p.authMode}`)}</td>
              <td data-label=${t('columns.linked')}>
                ${this.i18n.list(
                  [t('accounts_count', { count: p.linkedAccountCount }), t('numbers_count', { count: p.numberCount })],
                  'unit',
                )}
              </td>
              <td>
                <button
                  class="button"
                  data-profile=${p.id}
                  data-help-label="sip:showProfile"
                  aria-label=${t('common:actionOn', { action: t('showProfile'), name: p.name })}
                  @click=${() => this.open(p.id)}
                >
                  ${t('showProfile')}
                </button>
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private async open(id: string): Promise<void> {
    this.announcement = '';
    this.profileId = id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  private async back(): Promise<void> {
    const previous = this.profileId;
    this.profileId = '';
    this.profiles.run();
    await this.profiles.taskComplete.catch(() => undefined);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`button[data-profile="${CSS.escape(previous)}"]`)?.focus();
  }

  // One profile

  private renderProfileView(): TemplateResult {
    const t = this.i18n.t;
    const back = html`<button class="button link back" @click=${() => this.back()}>
      <span aria-hidden="true">←</span> ${t('back')}
    </button>`;
    if (this.detail?.id === this.profileId) return html`${back}${this.renderProfile(this.detail)}`;
    return html`${back}<h2 id="title" tabindex="-1">${t('title')}</h2>
      ${this.renderTask(this.profile, { complete: () => nothing })}`;
  }

  private renderProfile(p: SipProfileDetail): TemplateResult {
    const t = this.i18n.t;
    return html`<div part="profile" class="profile">
      <header class="profile-head">
        <div>
          <h2 id="title" tabindex="-1">${p.name}</h2>
          <p class="facts">
            <span class="badge ${p.status === 'active' ? 'ok' : ''}">${t(`status.${p.status}`)}</span>
            <span>${t('channels_count', { count: p.channels })}</span>
            <span>${t(`auth.${p.authMode}`)}</span>
            ${p.pbxHost ? html`<span>${t('pbxHost', { host: p.pbxHost })}</span>` : nothing}
          </p>
        </div>
        <div class="head-actions">
          ${this.renderHelpButton()}
          <button
            class="button primary"
            part="add-button"
            id="add-button"
            data-help-label="sip:addButton"
            @click=${this.openAddDialog}
          >
            ${t('addButton')}
          </button>
        </div>
      </header>

      <h3 id="accounts-heading">${t('accountsHeading')}</h3>
      ${p.accounts.length === 0
        ? html`<p class="none">${t('noAccounts')}</p>`
        : html`<ul class="accounts" aria-labelledby="accounts-heading">
            ${p.accounts.map((a) => this.renderAccount(a))}
          </ul>`}

      <h3 id="numbers-heading">${t('numbersHeading')}</h3>
      ${p.numbers.length === 0
        ? html`<p class="none">${t('noNumbers')}</p>`
        : html`<ul class="numbers" aria-labelledby="numbers-heading">
            ${p.numbers.map(
              (n) => html`<li>
                <span class="number">${n.number}</span>
                <button
                  class="button danger small"
                  aria-label=${t('common:actionOn', { action: t('removeNumber'), name: n.number })}
                  @click=${() => this.askRemoval({ kind: 'number', numberId: n.id, name: n.number })}
                >
                  ${t('removeNumber')}
                </button>
              </li>`,
            )}
          </ul>`}
    </div>`;
  }

  /** An account's entry: its name opens its details and the "Remove account" action. */
  private renderAccount(a: LinkedAccount): TemplateResult {
    const t = this.i18n.t;
    const expanded = this.expandedMemberId === a.memberId;
    const panelId = `account-${a.memberId}`;
    return html`<li class="account">
      <button
        class="button link account-name"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls=${panelId}
        @click=${() => (this.expandedMemberId = expanded ? '' : a.memberId)}
      >
        ${a.displayName}
      </button>
      <span class="account-id">${a.accountName}</span>
      <div id=${panelId} class="account-panel" ?hidden=${!expanded}>
        <dl>
          <dt>${t('accountColumns.extension')}</dt>
          <dd>${a.extension ?? t('noExtension')}</dd>
          <dt>${t('accountColumns.numbers')}</dt>
          <dd>${a.numbers.length ? this.i18n.list(a.numbers.map((n) => n.number)) : t('noFollowingNumbers')}</dd>
        </dl>
        <button
          class="button danger"
          data-help-label="sip:removeAccount"
          aria-label=${t('common:actionOn', { action: t('removeAccount'), name: a.displayName })}
          @click=${() => this.askRemoval({ kind: 'account', memberId: a.memberId, name: a.displayName })}
        >
          ${t('removeAccount')}
        </button>
      </div>
    </li>`;
  }

  // "Add number or account"

  private openAddDialog = (): void => {
    this.saveError = undefined;
    this.formProblem = '';
    this.addDialog?.showModal();
    this.choices.run();
  };

  private closeAddDialog = (): void => {
    this.addDialog?.close();
  };

  /** Closing keeps nothing: the next opening starts clean. */
  private onAddDialogClose = (): void => {
    this.search = '';
    this.selectedMemberId = '';
    this.selectedNumberId = '';
    this.extension = '';
    this.formProblem = '';
    this.saveError = undefined;
    this.tab = 'account';
  };

  private renderAddDialog(): TemplateResult {
    const t = this.i18n.t;
    return html`<dialog id="add-dialog" part="dialog" aria-labelledby="add-title" @close=${this.onAddDialogClose}>
      <form class="dialog-body" method="dialog" novalidate @submit=${this.onSubmit}>
        <h2 id="add-title">${t('dialogTitle')}</h2>
        <div role="tablist" aria-label=${t('dialogTitle')} @keydown=${this.onTabKey}>
          ${(['account', 'number'] as const).map(
            (tab) => html`<button
              type="button"
              role="tab"
              id="tab-${tab}"
              data-help-label=${tab === 'account' ? 'sip:tabAccount' : 'sip:tabNumber'}
              aria-controls="panel-${tab}"
              aria-selected=${this.tab === tab ? 'true' : 'false'}
              tabindex=${this.tab === tab ? 0 : -1}
              @click=${() => this.selectTab(tab)}
            >
              ${t(tab === 'account' ? 'tabAccount' : 'tabNumber')}
            </button>`,
          )}
        </div>
        <div role="tabpanel" id="panel-${this.tab}" aria-labelledby="tab-${this.tab}">
          ${this.renderTask(this.choices, {
            complete: ({ candidates, numbers }) =>
              this.tab === 'account' ? this.renderAccountForm(candidates) : this.renderNumberForm(numbers),
          })}
        </div>
        ${this.saveError
          ? html`<div class="alert" role="alert">
              <p>${this.errorText(this.saveError)}</p>
              ${isOutcomeUnknown(this.saveError)
                ? html`<p>${t('keptInput')}</p>`
                : nothing}
            </div>`
          : nothing}
        <div class="dialog-actions">
          <button type="button" class="button" @click=${this.closeAddDialog}>${t('common:cancel')}</button>
          <button
            type="submit"
            class="button primary"
            data-help-label="common:confirm"
            ?disabled=${this.saving || this.choices.status !== TaskStatus.COMPLETE}
            aria-busy=${this.saving ? 'true' : 'false'}
          >
            ${this.saving ? t('common:saving') : this.saveError?.code === 'network' ? t('common:retry') : t('common:confirm')}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  private selectTab(tab: Tab): void {
    this.tab = tab;
    this.formProblem = '';
    this.saveError = undefined;
  }

  /** Arrow keys, Home and End move between the tabs, as the ARIA tabs pattern says. */
  private onTabKey = (event: KeyboardEvent): void => {
    const next = tabForKey<Tab>(['account', 'number'], this.tab, event.key);
    if (!next) return;
    event.preventDefault();
    this.selectTab(next);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  };

  private renderAccountForm(candidates: readonly SipCandidate[]): TemplateResult {
    const t = this.i18n.t;
    const shown = candidates.filter((c) => matchesQuery(this.search, c.displayName, c.accountName));
    const selected = candidates.find((c) => c.memberId === this.selectedMemberId);
    const extensionIssue = extensionProblem(this.extension);
    return html`
      <div class="field">
        <label for="search">${t('searchLabel')}</label>
        <input
          id="search"
          type="search"
          autocomplete="off"
          aria-describedby="search-hint"
          .value=${live(this.search)}
          @input=${(e: InputEvent) => (this.search = (e.target as HTMLInputElement).value)}
        />
        <span id="search-hint" class="hint">${t('searchHint')}</span>
      </div>
      <fieldset class="choices" aria-describedby=${this.formProblem ? 'form-problem' : nothing}>
        <legend>${t('accountsLegend')}</legend>
        ${candidates.length === 0
          ? html`<p>${t('noCandidates')}</p>`
          : shown.length === 0
            ? html`<p>${t('noMatches', { query: this.search })}</p>`
            : html`<ul>
                ${shown.map((c) => {
                  const reason = !c.available ? this.unavailableText(c) : '';
                  return html`<li class=${c.available ? '' : 'unavailable'}>
                    <input
                      type="radio"
                      name="account"
                      id="c-${c.memberId}"
                      value=${c.memberId}
                      .checked=${live(this.selectedMemberId === c.memberId)}
                      ?disabled=${!c.available}
                      aria-describedby=${reason ? `r-${c.memberId}` : nothing}
                      @change=${() => {
                        this.selectedMemberId = c.memberId;
                        this.formProblem = '';
                      }}
                    />
                    <label for="c-${c.memberId}">
                      ${c.displayName} <span class="account-id">${c.accountName}</span>
                    </label>
                    ${reason ? html`<span class="reason" id="r-${c.memberId}">${reason}</span>` : nothing}
                  </li>`;
                })}
              </ul>`}
      </fieldset>
      ${this.formProblem ? html`<p class="field-error" id="form-problem">${this.formProblem}</p>` : nothing}
      <div class="field">
        <label for="extension">${t('extensionLabel')}</label>
        <input
          id="extension"
          data-help-label="sip:extensionLabel"
          inputmode="numeric"
          autocomplete="off"
          maxlength="12"
          aria-describedby="extension-hint ${extensionIssue ? 'extension-error' : ''}"
          aria-invalid=${extensionIssue ? 'true' : 'false'}
          .value=${live(this.extension)}
          @input=${(e: InputEvent) => (this.extension = (e.target as HTMLInputElement).value.trim())}
        />
        <span id="extension-hint" class="hint">${t('extensionHint')}</span>
        ${extensionIssue
          ? html`<span id="extension-error" class="field-error">${t(`validation:extension.${extensionIssue}`)}</span>`
          : nothing}
      </div>
      ${selected?.available ? this.renderConsequences(selected) : nothing}
    `;
  }

  private unavailableText(c: SipCandidate): string {
    const t = this.i18n.t;
    return c.reason === 'admin_cannot_be_linked'
      ? t('unavailableAdmin')
      : t('unavailableLinked', { profileName: c.linkedProfileName ?? '' });
  }

  /** What linking does, said plainly before "Confirm". */
  private renderConsequences(c: SipCandidate): TemplateResult {
    const t = this.i18n.t;
    const numbers = c.numbers ?? [];
    return html`<div class="notice" id="consequences">
      <h3>${t('consequencesTitle')}</h3>
      <ul>
        <li>${t('cannotSignIn', { name: c.displayName })}</li>
        <li>
          ${numbers.length
            ? t('numbersFollow', { numbers: this.i18n.list(numbers.map((n) => n.number)) })
            : t('noNumbersFollow')}
        </li>
      </ul>
    </div>`;
  }

  private renderNumberForm(numbers: readonly OnlineNumber[]): TemplateResult {
    const t = this.i18n.t;
    if (numbers.length === 0) return html`<p class="notice">${t('noFreeNumbers')}</p>`;
    return html`<fieldset class="choices">
        <legend>${t('numbersLegend')}</legend>
        <ul>
          ${numbers.map(
            (n) => html`<li>
              <input
                type="radio"
                name="number"
                id="n-${n.id}"
                value=${n.id}
                .checked=${live(this.selectedNumberId === n.id)}
                @change=${() => {
                  this.selectedNumberId = n.id;
                  this.formProblem = '';
                }}
              />
              <label for="n-${n.id}">${n.number} <span class="account-id">${n.area}</span></label>
            </li>`,
          )}
        </ul>
      </fieldset>
      ${this.formProblem ? html`<p class="field-error" id="form-problem">${this.formProblem}</p>` : nothing}
      <p class="hint">${t('numberNote')}</p>`;
  }

  private onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.saving || !this.detail) return;
    const t = this.i18n.t;
    const profile = this.detail;
    if (this.tab === 'account') {
      if (!this.selectedMemberId) {
        this.formProblem = t('chooseAccount');
        return this.focusFirst('input[name="account"]:not([disabled])');
      }
      if (extensionProblem(this.extension)) return this.focusFirst('#extension');
    } else if (!this.selectedNumberId) {
      this.formProblem = t('chooseNumber');
      return this.focusFirst('input[name="number"]');
    }

    this.saving = true;
    this.saveError = undefined;
    const choices = this.choices.value;
    const result =
      this.tab === 'account'
        ? await this.backend.linkSipAccount(profile.id, {
            version: profile.version,
            memberId: this.selectedMemberId,
            extension: this.extension || null,
          })
        : await this.backend.addSipNumber(profile.id, { version: profile.version, numberId: this.selectedNumberId });
    this.saving = false;

    if (!result.ok) return this.onWriteError(this.tab === 'account' ? 'linkSipAccount' : 'addSipNumber', result.error);

    this.detail = result.data;
    if (this.tab === 'account') {
      const memberId = this.selectedMemberId;
      const name = choices?.candidates.find((c) => c.memberId === memberId)?.displayName ?? memberId;
      this.emit('dk-account-linked', { profileId: profile.id, memberId, extension: this.extension || null });
      this.announcement = t('linked', { name, profile: profile.name });
    } else {
      const numberId = this.selectedNumberId;
      const number = choices?.numbers.find((n) => n.id === numberId)?.number ?? numberId;
      this.emit('dk-number-added', { profileId: profile.id, numberId });
      this.announcement = t('numberAdded', { number, profile: profile.name });
    }
    this.addDialog?.close();
  };

  /**
   * A refused or failed write keeps the dialog open with what was typed. A
   * conflict reloads the profile (its fresh version) so that confirming again
   * applies to the current state; candidates are reloaded too, since their
   * availability may have changed.
   */
  private async onWriteError(operation: string, error: DialkitError): Promise<void> {
    this.saveError = this.reportError(operation, error);
    if (error.code === 'conflict' || error.code === 'account_already_linked' || error.code === 'number_already_linked') {
      const fresh = (error.details?.current as SipProfileDetail | undefined) ?? undefined;
      if (fresh?.id === this.detail?.id && fresh?.accounts) this.detail = fresh;
      else this.profile.run();
      if (this.addDialog?.open) this.choices.run();
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('dialog[open] .alert')?.focus();
  }

  private async focusFirst(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#add-dialog ${selector}`)?.focus();
  }

  // Removing an account or a number

  private askRemoval(removal: Removal): void {
    this.removal = removal;
    this.removeError = undefined;
    this.removeDialog?.showModal();
  }

  private renderRemoveDialog(): TemplateResult {
    const t = this.i18n.t;
    const r = this.removal;
    const profile = this.detail?.name ?? '';
    const title = !r
      ? ''
      : r.kind === 'account'
        ? t('removeAccountTitle', { name: r.name, profile })
        : t('removeNumberTitle', { number: r.name, profile });
    const body = !r
      ? ''
      : r.kind === 'account'
        ? t('removeAccountBody', { name: r.name })
        : t('removeNumberBody', { number: r.name });
    return html`<dialog
      id="remove-dialog"
      part="dialog"
      role="alertdialog"
      aria-labelledby="remove-title"
      aria-describedby="remove-body"
      @close=${() => (this.removeError = undefined)}
    >
      <div class="dialog-body">
        <h2 id="remove-title">${title}</h2>
        <p id="remove-body">${body}</p>
        ${this.removeError ? html`<div class="alert" role="alert"><p>${this.errorText(this.removeError)}</p></div>` : nothing}
        <div class="dialog-actions">
          <button type="button" class="button" autofocus @click=${() => this.removeDialog?.close()}>
            ${t('common:cancel')}
          </button>
          <button
            type="button"
            class="button danger"
            ?disabled=${this.saving}
            aria-busy=${this.saving ? 'true' : 'false'}
            @click=${this.confirmRemoval}
          >
            ${this.saving ? t('common:saving') : r?.kind === 'number' ? t('removeNumber') : t('removeAccount')}
          </button>
        </div>
      </div>
    </dialog>`;
  }

  private confirmRemoval = async (): Promise<void> => {
    const r = this.removal;
    const profile = this.detail;
    if (!r || !profile || this.saving) return;
    const t = this.i18n.t;
    this.saving = true;
    this.removeError = undefined;
    const result =
      r.kind === 'account'
        ? await this.backend.unlinkSipAccount(profile.id, r.memberId, { version: profile.version })
        : await this.backend.removeSipNumber(profile.id, r.numberId, { version: profile.version });
    this.saving = false;
    if (!result.ok) {
      this.removeError = this.reportError(r.kind === 'account' ? 'unlinkSipAccount' : 'removeSipNumber', result.error);
      if (result.error.code === 'conflict' || result.error.code === 'account_not_linked') this.profile.run();
      return;
    }
    this.detail = result.data;
    if (r.kind === 'account') {
      this.expandedMemberId = '';
      this.emit('dk-account-unlinked', { profileId: profile.id, memberId: r.memberId });
      this.announcement = t('unlinked', { name: r.name, profile: profile.name });
    } else {
      this.emit('dk-number-removed', { profileId: profile.id, numberId: r.numberId });
      this.announcement = t('numberRemoved', { number: r.name, profile: profile.name });
    }
    this.removeDialog?.close();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#add-button')?.focus();
  };
}
