import { html, nothing, type TemplateResult } from 'lit';
import type { LinkedAccount, SipProfileDetail } from '../../../adapter/types.js';
import type { Removal } from './remove-dialog.js';
import type { SipProfiles } from './model.js';

export interface ProfileActions {
  /** The element's help button. */
  helpButton: () => TemplateResult | typeof nothing;
  add: (event: Event) => void;
  /** Opens "PBX configuration". */
  pbx: (event: Event) => void;
  remove: (removal: Removal, event: Event) => void;
  /** A dialog's module loading, or its failure with Retry, under the profile's head. */
  loading: () => unknown;
}

/**
 * One profile: its facts, its linked accounts (each opening its extension,
 * the numbers that follow it and "Remove account") and its numbers.
 */
export class ProfileView {
  /** The account whose details are open, or ''. */
  private expanded = '';

  constructor(
    private readonly s: SipProfiles,
    private readonly actions: ProfileActions,
  ) {}

  collapse(): void {
    this.expanded = '';
    this.s.host.requestUpdate();
  }

  render(p: SipProfileDetail): TemplateResult {
    const t = this.s.i18n.t;
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
          ${this.actions.helpButton()}
          ${p.trunk
            ? html`<button class="button" part="pbx-button" id="pbx-button" data-help-label="sip:pbx.button" @click=${this.actions.pbx}>
                ${t('pbx.button')}
              </button>`
            : nothing}
          <button class="button primary" part="add-button" id="add-button" data-help-label="sip:addButton" @click=${this.actions.add}>
            ${t('addButton')}
          </button>
        </div>
      </header>
      ${this.actions.loading()}

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
                  @click=${(e: Event) => this.actions.remove({ kind: 'number', numberId: n.id, name: n.number }, e)}
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
    const { t, list } = this.s.i18n;
    const expanded = this.expanded === a.memberId;
    const panelId = `account-${a.memberId}`;
    return html`<li class="account">
      <button
        class="button link account-name"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls=${panelId}
        @click=${() => {
          this.expanded = expanded ? '' : a.memberId;
          this.s.host.requestUpdate();
        }}
      >
        ${a.displayName}
      </button>
      <span class="account-id">${a.accountName}</span>
      <div id=${panelId} class="account-panel" ?hidden=${!expanded}>
        <dl>
          <dt>${t('accountColumns.extension')}</dt>
          <dd>${a.extension ?? t('noExtension')}</dd>
          <dt>${t('accountColumns.numbers')}</dt>
          <dd>${a.numbers.length ? list(a.numbers.map((n) => n.number)) : t('noFollowingNumbers')}</dd>
        </dl>
        <button
          class="button danger"
          data-help-label="sip:removeAccount"
          aria-label=${t('common:actionOn', { action: t('removeAccount'), name: a.displayName })}
          @click=${(e: Event) => this.actions.remove({ kind: 'account', memberId: a.memberId, name: a.displayName }, e)}
        >
          ${t('removeAccount')}
        </button>
      </div>
    </li>`;
  }
}
