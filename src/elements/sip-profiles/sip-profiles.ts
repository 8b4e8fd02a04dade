import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { SipProfileDetail } from '../../adapter/types.js';
import { DialkitElement, Task, unwrap } from '../shared/base.js';
import { tabsStyles } from '../shared/styles/tabs.js';
import { LazyModule } from '../shared/lazy.js';
import type { AddDialog } from './internal/add-dialog.js';
import type { SipProfiles } from './internal/model.js';
import { renderProfileList } from './internal/profile-list.js';
import type { PbxDialog } from './internal/pbx-dialog.js';
import { ProfileView } from './internal/profile-view.js';
import type { RemoveDialog } from './internal/remove-dialog.js';
import { styles } from './sip-profiles.styles.js';
import type { NavigationState } from '../shared/navigation.js';
import { dialogsStyles } from '../shared/styles/dialogs.js';
import { reimportable } from '../../core/reimport.js';
import { tablesStyles } from '../shared/styles/tables.js';

const loadPbxDialog = reimportable(() => import('./internal/pbx-dialog.js'));

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
 * @fires dk-navigate - The user opened a profile or went back to the list: `state` is the new `navigation`.
 * @fires dk-error - A failure shown to the user.
 *
 * @csspart list - The table of profiles.
 * @csspart profile - The shown profile.
 * @csspart add-button - The "Add number or account" button.
 * @csspart pbx-button - The "PBX configuration" button.
 * @csspart dialog - The add, remove and PBX configuration dialogs.
 * @csspart tabs - The tabs of the add dialog ("Add account", "Add number").
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button of the error state.
 * @csspart empty - Shown when the company has no SIP profile.
 */
export class DkSipProfiles extends DialkitElement {
  static override styles = [...DialkitElement.styles, tablesStyles, dialogsStyles, tabsStyles, styles];
  static override namespaces = ['sip', 'common', 'errors', 'validation'];
  static override helpArticle = 'link-sip-account';
  static override properties: PropertyDeclarations = {
    profileId: { attribute: 'profile-id', reflect: true },
    written: { state: true },
    announcement: { state: true },
  };

  profileId = '';

  /**
   * What is open, for the page's history: `{ profile: "<id>" }` while a
   * profile is shown, `{}` for the list. Setting it shows that again;
   * `dk-navigate` tells each move the user makes.
   */
  get navigation(): NavigationState {
    return this.profileId ? { profile: this.profileId } : {};
  }

  set navigation(state: NavigationState) {
    this.profileId = state['profile'] ?? '';
  }

  /** The shown profile as a write answered it: newer than the last read until the next one. */
  private written?: SipProfileDetail;
  private announcement = '';

  // Both read again when another element changes data on the same backend (a number assigned to a profile).
  private readonly profiles = new Task(this, {
    task: async ([backend], { signal }) => unwrap(await backend.listSipProfiles({ signal })),
    args: () => [this.backend, this.dataRevision] as const,
    onError: (error) => this.reportError('listSipProfiles', error),
  });

  private readonly profile = new Task(this, {
    task: async ([backend, id], { signal }) => (id ? unwrap(await backend.getSipProfile(id, { signal })) : undefined),
    args: () => [this.backend, this.profileId, this.dataRevision] as const,
    onError: (error) => this.reportError('getSipProfile', error),
  });

  /** What the workflows get from the element. */
  private readonly workflows: SipProfiles = {
    host: this,
    i18n: this.i18n,
    services: this.services,
    renderTask: (task, views) => this.renderTask(task, views),
    emit: (name, detail) => this.emit(name, detail),
    announce: (text) => (this.announcement = text),
    profile: () => this.shown,
    written: (detail) => (this.written = detail),
    reload: () => void this.profile.run(),
    profileName: (id) => this.profiles.value?.find((p) => p.id === id)?.name ?? '',
  };

  /** The dialogs, each loaded when it first opens: the element's first load carries none of them. */
  private addDialog?: AddDialog;
  private readonly addModule = new LazyModule(this, () => import('./internal/add-dialog.js'), (error) => this.reportError('addDialog', error));
  private removeDialog?: RemoveDialog;
  private readonly removeModule = new LazyModule(this, () => import('./internal/remove-dialog.js'), (error) =>
    this.reportError('removeDialog', error),
  );
  /** "PBX configuration", loaded with its generators on first use. */
  private pbxDialog?: PbxDialog;
  private readonly view = new ProfileView(this.workflows, {
    helpButton: () => this.renderHelpButton(),
    add: (event) => {
      const opener = event.currentTarget as HTMLElement;
      this.addModule.use(({ AddDialog }) => (this.addDialog ??= new AddDialog(this.workflows)).show(opener));
    },
    pbx: (event) => void this.openPbx(event.currentTarget as HTMLElement),
    remove: (removal, event) => {
      const opener = event.currentTarget as HTMLElement;
      this.removeModule.use(({ RemoveDialog }) =>
        (this.removeDialog ??= new RemoveDialog(this.workflows, () => this.view.collapse())).ask(removal, opener),
      );
    },
    loading: () => {
      const renderTask = this.renderTask.bind(this);
      return html`${this.addModule.render(renderTask)}${this.removeModule.render(renderTask)}`;
    },
  });

  /** The profile shown: the last read, or a write's answer when newer. */
  private get shown(): SipProfileDetail | undefined {
    const read = this.profile.value;
    const written = this.written;
    const latest = written && (!read || written.version > read.version) ? written : read;
    return latest?.id === this.profileId ? latest : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('profileId')) return;
    if (this.written?.id !== this.profileId) this.written = undefined;
    this.view.collapse();
  }

  override render(): TemplateResult {
    return html`
      ${this.renderFrame(this.profileId ? this.renderProfileView() : this.renderListView(), this.announcement)}
      ${this.addDialog?.render() ?? nothing} ${this.removeDialog?.render() ?? nothing} ${this.pbxDialog?.render() ?? nothing}
    `;
  }

  private renderListView(): TemplateResult {
    const t = this.i18n.t;
    return html`
      ${this.renderHeading(t('title'))}
      <p class="intro">${t('intro')}</p>
      ${this.renderTask(this.profiles, {
        isEmpty: (list) => list.length === 0,
        empty: () => html`<div class="state empty" part="empty">
          <div><h3>${t('emptyTitle')}</h3><p>${t('emptyBody')}</p></div>
        </div>`,
        complete: (list) => renderProfileList(this.i18n, list, (id) => void this.open(id)),
      })}
    `;
  }

  private renderProfileView(): TemplateResult {
    const t = this.i18n.t;
    const shown = this.shown;
    return html`<button class="button link back" @click=${() => this.back()}>
        <span aria-hidden="true">←</span> ${t('back')}
      </button>
      ${shown ? nothing : html`<h2 id="title" tabindex="-1">${t('title')}</h2>`}
      ${this.renderTask(this.profile, {
        // Another profile opened: loading, not the one left.
        current: (last) => last?.id === this.profileId,
        complete: () => (shown ? this.view.render(shown) : nothing),
      })}`;
  }

  private async openPbx(opener: HTMLElement): Promise<void> {
    try {
      const { PbxDialog } = await loadPbxDialog();
      this.pbxDialog ??= new PbxDialog(this.workflows);
    } catch (error) {
      // The module could not be loaded (the network): said in the live region, and to the page.
      this.announcement = this.errorText(this.reportError('pbxConfiguration', error));
      return;
    }
    this.requestUpdate();
    await this.updateComplete;
    this.pbxDialog.show(opener);
  }

  private async open(id: string): Promise<void> {
    this.announcement = '';
    this.profileId = id;
    this.emit('dk-navigate', { state: this.navigation });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  private async back(): Promise<void> {
    const previous = this.profileId;
    this.profileId = '';
    this.emit('dk-navigate', { state: this.navigation });
    this.profiles.run();
    await this.profiles.taskComplete.catch(() => undefined);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`button[data-profile="${CSS.escape(previous)}"]`)?.focus();
  }
}
