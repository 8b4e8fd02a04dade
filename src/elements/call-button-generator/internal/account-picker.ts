import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { TaskStatus, type Task } from '@lit/task';
import type { Member } from '../../../adapter/types.js';
import { MemberSearchController } from '../../shared/controllers/member-search.js';
import type { ElementServices } from '../../shared/controllers/services.js';
import type { Choices, ChoicesView } from './choices.js';
import type { ElementHost as Host } from '../../shared/controllers/services.js';
import { renderSearchField } from '../../shared/templates.js';

export type { AccountLink } from './account-link.js';

/** The element's `renderTask`, which renders a read's four states. */
export type RenderTask = <T>(
  task: Task<readonly unknown[], T>,
  views: { complete: (data: T) => TemplateResult | typeof nothing; isEmpty?: (data: T) => boolean; empty?: () => TemplateResult },
) => TemplateResult;

/** The element's services (`{ ...this.services }`), and what the picker shows. */
export interface AccountPickerOptions extends ElementServices {
  renderTask: RenderTask;
  /** Where the chosen account, linked, calls: its profile and extension, once read (`account-link.ts`); empty meanwhile. */
  linkText: (chosen: Member) => string;
}

const isLinked = (m: Member): boolean => m.sipProfileId !== null;

/**
 * The business account the button calls. Accounts linked to a SIP profile
 * come first, in their own group; in a company too large to list, a search
 * field finds any other account on the server (`MemberSearchController`).
 * Once one is chosen, the form's later parts read its SIP profile to say
 * where its calls go.
 */
export class AccountPicker {
  /** The accounts linked to a SIP profile, offered first. */
  private readonly linked: MemberSearchController;
  /** Every account of the company. */
  private readonly everyone: MemberSearchController;
  private followed?: unknown;

  constructor(
    host: Host,
    private readonly options: AccountPickerOptions,
  ) {
    this.linked = new MemberSearchController(host, { ...options, filter: () => ({ status: 'linked' }) });
    this.everyone = new MemberSearchController(host, options);
  }

  get(id: string): Member | undefined {
    if (!id) return undefined;
    return this.linked.get(id) ?? this.everyone.get(id);
  }

  /** Another element changed data on the same backend (linked an account, invited a member): read the accounts again. */
  refresh(): void {
    this.linked.refresh();
    this.everyone.refresh();
  }

  /**
   * Once per read of the accounts, what the choices must follow: a company
   * without an account calls a phone number; a chosen account that is gone is
   * no longer chosen.
   */
  follow(choices: Choices): Partial<Choices> | null {
    const first = this.everyone.first.value;
    if (!first || first === this.followed) return null;
    this.followed = first;
    const change: Partial<Choices> = {};
    if (first.total === 0) change.targetKind = 'phone';
    if (choices.memberId && !this.get(choices.memberId)) change.memberId = '';
    return change;
  }

  /** `webCall`: the button calls from the browser (a `sip:` link), where a video call has no meaning. */
  render(view: ChoicesView, webCall = false): TemplateResult {
    const { everyone } = this;
    const { renderTask } = this.options;
    return renderTask(everyone.first, {
      isEmpty: (first) => first.total === 0,
      empty: () => html`<p class="notice" part="empty">${view.t('account.none')}</p>`,
      complete: () => this.renderPicker(view, webCall),
    });
  }

  /** The accounts to list, linked first; in a large company, those found and the one chosen. */
  private groups(chosen: string): { linked: Member[]; others: Member[] } {
    const { linked, everyone } = this;
    const shown = (search: MemberSearchController) => (m: Member) => m.id === chosen || search.matches(m);
    if (!everyone.large) {
      const all = everyone.pool();
      return { linked: all.filter(isLinked), others: all.filter((m) => !isLinked(m)) };
    }
    return {
      linked: linked.pool([chosen]).filter(shown(linked)),
      others: everyone.pool([chosen]).filter((m) => !isLinked(m)),
    };
  }

  private renderPicker(view: ChoicesView, webCall: boolean): TemplateResult {
    const { t, choices, set } = view;
    const { linked, everyone } = this;
    const { renderTask } = this.options;
    const groups = this.groups(choices.memberId);
    const option = (m: Member) =>
      html`<option value=${m.id} ?selected=${m.id === choices.memberId}>
        ${t('account.option', { name: m.displayName, account: m.accountName })}
      </option>`;
    return html`${everyone.large ? this.renderSearch(view) : nothing}
      ${everyone.large && linked.first.status === TaskStatus.ERROR ? renderTask(linked.first, { complete: () => nothing }) : nothing}
      <div class="field">
        <label for="account">${t('account.label')}</label>
        <select
          id="account"
          aria-describedby="account-notice"
          .value=${live(choices.memberId)}
          @change=${(e: Event) => set({ memberId: (e.target as HTMLSelectElement).value })}
        >
          <option value="" ?selected=${!choices.memberId}>${t('account.choose')}</option>
          ${groups.linked.length ? html`<optgroup label=${t('account.linkedGroup')}>${groups.linked.map(option)}</optgroup>` : nothing}
          ${groups.others.length ? html`<optgroup label=${t('account.otherGroup')}>${groups.others.map(option)}</optgroup>` : nothing}
        </select>
        ${this.renderNotice(view)}
      </div>
      <label class="choice">
        <input
          type="checkbox"
          .checked=${live(choices.video && !webCall)}
          ?disabled=${webCall}
          aria-describedby=${webCall ? 'video-hint' : nothing}
          @change=${(e: Event) => set({ video: (e.target as HTMLInputElement).checked })}
        />
        ${t('account.video')}
      </label>
      ${webCall ? html`<span id="video-hint" class="hint">${t('account.videoWebCall')}</span>` : nothing}`;
  }

  /** The search of a company too large to list, on the server. */
  private renderSearch({ t }: ChoicesView): TemplateResult {
    const { linked, everyone } = this;
    const onInput = (query: string): void => {
      linked.setQuery(query);
      everyone.setQuery(query);
    };
    const field = renderSearchField({ id: 'account-search', label: t('account.search'), value: everyone.query, onInput, status: everyone.renderHint() });
    return html`<div role="search">${field}</div>`;
  }

  /** Where the chosen account's calls go: the PBX through its SIP profile, or the account itself. */
  private renderNotice({ t, choices }: ChoicesView): TemplateResult {
    const chosen = this.get(choices.memberId);
    const warn = !!chosen && !isLinked(chosen);
    return html`<span id="account-notice" class=${warn ? 'notice warning' : 'hint'} role="status">
      ${!chosen ? t('account.required') : warn ? t('account.notLinkedNotice', { name: chosen.displayName }) : this.options.linkText(chosen)}
    </span>`;
  }
}
