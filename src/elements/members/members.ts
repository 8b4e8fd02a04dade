import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { FeatureAccessPatch, Invitation, MemberRole } from '../../adapter/types.js';
import type { Money } from '../../core/money.js';
import { DialkitElement, Task, TaskStatus, unwrap } from '../shared/base.js';
import { TabsController, tabsStyles } from '../shared/controllers/tabs.js';
import { MemberDirectory, type Organisation } from './internal/directory.js';
import { MemberGrid } from './internal/grid.js';
import type { MembersKit } from './internal/host.js';
import type { MemberDialogs } from './internal/dialogs.js';
import { styles } from './members.styles.js';
import { LazyModule } from '../shared/lazy.js';
import type { NavigationState } from '../shared/navigation.js';
import { dialogsStyles } from '../shared/styles/dialogs.js';
import { tablesStyles } from '../shared/styles/tables.js';

declare module '../shared/events.js' {
  interface DialkitEventMap {
    /** Invitations were sent (one event per batch). */
    'dk-member-invited': { invitations: Invitation[] };
    /** An invitation was sent again; it now expires later. */
    'dk-invitation-resent': { invitationId: string; invitee: string; expiresAt: string };
    /** A pending invitation was cancelled. */
    'dk-invitation-cancelled': { invitationId: string; invitee: string };
    /** A member was moved to another department or other groups. */
    'dk-member-moved': { memberId: string; departmentId: string; groupIds: string[] };
    /** A member was made an administrator, or lost the administrator rights. */
    'dk-member-role-changed': { memberId: string; role: MemberRole };
    /** A member was removed: their credit went back to the company, their numbers were released. */
    'dk-member-removed': { memberId: string; reclaimed: Money; releasedNumberIds: string[]; cancelledSubscriptionIds: string[] };
    /** Features were switched on or off for one member or a selection. */
    'dk-features-changed': { memberIds: string[]; features: FeatureAccessPatch };
  }
}

type Tab = 'members' | 'invitations';
const TABS: readonly Tab[] = ['members', 'invitations'];

/**
 * Members of the company: the list (search, filters, sort, for companies of
 * any size: the list is virtualized and filtered in memory), invitations
 * (send to many account names or e-mail addresses at once, resend, cancel),
 * moving members between departments and groups, administrator rights,
 * removal, and feature access per member or for a selection.
 *
 * @summary Members, invitations, departments, groups, administrators and feature access.
 *
 * @attr view - The tab shown: `members` (default) or `invitations`.
 * @attr api-base - Base URL of a REST backend, when no adapter is given.
 *
 * @fires dk-member-invited - Invitations were sent.
 * @fires dk-invitation-resent - An invitation was sent again.
 * @fires dk-invitation-cancelled - A pending invitation was cancelled.
 * @fires dk-member-moved - A member changed department or groups.
 * @fires dk-member-role-changed - A member became, or stopped being, an administrator.
 * @fires dk-member-removed - A member was removed.
 * @fires dk-features-changed - Feature access changed for one or more members.
 * @fires dk-navigate - The user opened a member or closed them: `state` is the new `navigation`.
 * @fires dk-error - A failure shown to the user.
 *
 * @csspart tabs - The members and invitations tabs.
 * @csspart list - The grid of members.
 * @csspart filters - Search, filters and the selection bar.
 * @csspart invite-button - The "Invite members" button.
 * @csspart invitations - The table of invitations.
 * @csspart dialog - The invitation, member and feature dialogs.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button of the error state.
 * @csspart empty - Shown when no member matches, or the company has none yet.
 *
 * @cssproperty [--dk-members-list-height=28rem] - Height of the scrolling list of members.
 */
export class DkMembers extends DialkitElement {
  static override styles = [...DialkitElement.styles, tablesStyles, dialogsStyles, tabsStyles, styles];
  static override namespaces = ['members', 'common', 'errors', 'validation'];
  static override helpArticle = 'invite-members';
  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    announcement: { state: true },
  };

  /** The tab shown. */
  view: Tab = 'members';

  /** What just happened, said by the live region. */
  private announcement = '';

  /** The member whose dialog is open; '' when none is. */
  private memberShown = '';
  /** The member the last `navigation` given asked for, opened once the members are read. */
  private memberAsked = '';

  /**
   * What is open, for the page's history: `{ member: "<id>" }` while a
   * member's dialog is open, `{}` otherwise. Setting it opens (once the
   * members are read) or closes that dialog; `dk-navigate` tells each move
   * the user makes.
   */
  get navigation(): NavigationState {
    return this.memberShown ? { member: this.memberShown } : {};
  }

  set navigation(state: NavigationState) {
    this.memberAsked = state['member'] ?? '';
    if (!this.memberAsked && this.memberShown) {
      this.memberShown = '';
      this.dialogs.module?.dialog.close();
    } else if (this.memberAsked && this.memberAsked !== this.memberShown) void this.openAsked();
  }

  /**
   * Opens the "Invite members" dialog once the members are read, with the
   * focus in its first field (the invitees). Resolves once it is open, or
   * when it cannot be (the members failed to load: the error shows).
   */
  async openInvitation(): Promise<void> {
    const button = await this.whenRead('#invite-button');
    button?.click();
    // The dialogs' module may be loading: the dialog opens once it is in.
    if (button) await this.dialogs.task.taskComplete.catch(() => undefined);
    await this.updateComplete;
  }

  /** The control of `selector`, once the members are read (none when they failed). */
  private async whenRead(selector: string): Promise<HTMLElement | null> {
    await this.updateComplete;
    await this.data.taskComplete.catch(() => undefined);
    await this.updateComplete;
    return this.data.status === TaskStatus.COMPLETE ? this.renderRoot.querySelector<HTMLElement>(selector) : null;
  }

  private async openAsked(): Promise<void> {
    const id = this.memberAsked;
    await this.whenRead('#invite-button');
    if (id !== this.memberAsked || id === this.memberShown || !this.directory.index.get(id)) return;
    this.memberShown = id;
    this.dialogs.use((d) => d.member.open(id));
  }

  /** The user opened a member from the list. */
  private manage(id: string): void {
    this.memberShown = this.memberAsked = id;
    this.dialogs.use((d) => d.member.open(id));
    this.emit('dk-navigate', { state: this.navigation });
  }

  private readonly kit: MembersKit = {
    ...this.services,
    host: this,
    i18n: this.i18n,
    emit: (name, detail) => this.emit(name, detail),
    announce: (text) => {
      this.announcement = text;
    },
  };

  /** The departments, the groups and the first page of members; the other pages follow (see `MemberDirectory`). */
  private readonly data = new Task(this, {
    task: ([backend], { signal }): Promise<Organisation> => this.directory.load(backend, signal),
    args: () => [this.backend] as const,
    onError: (error) => this.reportError('listMembers', error),
  });

  private readonly invitations = new Task(this, {
    task: async ([backend], { signal }) => unwrap(await backend.listInvitations({}, { signal })),
    args: () => [this.backend] as const,
    autoRun: false,
    onComplete: (): void => this.dialogs.module?.invitationsPanel.read(),
    onError: (error) => this.reportError('listInvitations', error),
  });

  private readonly directory = new MemberDirectory(this.kit, { org: (): Organisation | undefined => this.data.value, reload: () => void this.data.run() });
  private readonly grid = new MemberGrid(this.kit, this.directory, {
    manage: (id) => this.manage(id),
    bulkFeatures: (event) => this.opener((d, from) => d.bulkFeatures.open(from))(event),
  });
  /**
   * The dialogs and the invitations panel, with their writes, loaded when
   * one is first used: a dialog opened, the invitations tab shown (the
   * loading state, or the error with Retry, shows under the tabs meanwhile).
   */
  private readonly dialogs: LazyModule<typeof import('./internal/dialogs.js'), MemberDialogs> = new LazyModule(
    this,
    () => import('./internal/dialogs.js'),
    (error) => this.reportError('loadElement', error),
    (module) =>
      new module.MemberDialogs(this.kit, this.directory, this.grid, {
        invitations: () => this.invitations.value,
        readInvitations: () => {
          if (this.invitations.status !== TaskStatus.COMPLETE) void this.invitations.run();
        },
        created: (invitations) => this.dialogs.module?.invitationsPanel.update(invitations),
        sent: () => {
          this.view = 'invitations';
          void this.invitations.run();
        },
        closed: () => {
          // Closed by the user (not by a `navigation` given): the page's history follows.
          if (this.memberShown) {
            this.memberShown = this.memberAsked = '';
            this.emit('dk-navigate', { state: this.navigation });
          }
        },
      }),
  );

  /** Opens a dialog from the button of `event`, which gets the focus back when it closes. */
  private opener(open: (dialogs: MemberDialogs, from: HTMLElement) => void): (event: Event) => void {
    return (event) => {
      const from = event.currentTarget as HTMLElement;
      this.dialogs.use((d) => open(d, from));
    };
  }
  private readonly openInvite = this.opener((d, from) => d.invite.open(from));
  private readonly tabs = new TabsController<Tab>(this, {
    tabs: TABS,
    current: () => this.view,
    select: (tab) => {
      this.view = tab;
      this.announcement = '';
    },
    labelKey: (tab) => `members:tabs.${tab}`,
    t: (key) => this.i18n.t(key),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.view === 'invitations') void this.invitations.run();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // An unknown tab in the `view` attribute shows the members (as the default does).
    if (changed.has('view') && !TABS.includes(this.view)) this.view = 'members';
    if (changed.has('view') && this.view === 'invitations' && this.invitations.status === TaskStatus.INITIAL && this.isConnected)
      void this.invitations.run();
    // The invitations panel comes with the dialogs' module.
    if (this.view === 'invitations' && !this.dialogs.module) this.dialogs.use(() => undefined);
    this.grid.update(this.i18n.locale);
  }

  override render(): TemplateResult {
    const t = this.i18n.t;
    const invite = html`<button
      class="button primary"
      part="invite-button"
      id="invite-button"
      data-help-label="members:inviteButton"
      ?disabled=${this.data.status !== TaskStatus.COMPLETE}
      @click=${this.openInvite}
    >
      ${t('inviteButton')}
    </button>`;
    return html`
      ${this.renderFrame(
        html`${this.renderHeading(t('title'), { actions: invite })} ${this.tabs.renderList(t('title'))}
        ${this.dialogs.render((task, views) => this.renderTask(task, views))}
        ${this.tabs.renderPanel(
          this.view === 'members'
            ? this.renderTask(this.data, { complete: (org) => this.grid.render(org) })
            : this.renderTask(this.invitations, {
                complete: (read) => this.dialogs.module?.invitationsPanel.render(read) ?? nothing,
                isEmpty: (read) => (this.dialogs.module?.invitationsPanel.list(read) ?? read).length === 0,
                empty: () => html`<div class="state empty" part="empty">
                  <div><h3>${t('invitations.emptyTitle')}</h3><p>${t('invitations.emptyBody')}</p></div>
                </div>`,
              }),
        )}`,
        this.announcement,
      )}
      ${this.dialogs.module?.render() ?? nothing}
    `;
  }
}
