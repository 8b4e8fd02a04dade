import { html, nothing, type PropertyDeclarations, type PropertyValues, type ReactiveElement, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import type { DialkitAdapter } from '../../adapter/adapter.js';
import type { Manager } from '../../adapter/types.js';
import { DialkitElement, Task, TaskStatus } from '../shared/base.js';
import { adapterContext } from '../shared/context.js';
import { isAvailable } from '../shared/loader.js';
import { isSection, loadSection, MANAGER_SECTIONS, sectionTag, type ManagerSection } from './internal/sections.js';
import type { DialkitEvent } from '../shared/events.js';
import { managerTask, newestManager } from '../setup/internal/manager-record.js';
import { sameNavigation, type NavigationState } from '../shared/navigation.js';
import { Overview, type SectionAction } from './internal/overview.js';
import { isHistoryMode, ManagerRouter, type HistoryMode } from './internal/router.js';
import { SoftphonePanel, softphonePanelStyles } from './internal/softphone-panel.js';
import { styles } from './manager.styles.js';

export { MANAGER_SECTIONS, type ManagerSection } from './internal/sections.js';

/** An element that takes back what it had open (`navigation`): SIP profiles, members, reports. */
type Navigable = HTMLElement & { navigation?: NavigationState };

declare module '../shared/events.js' {
  interface DialkitEventMap {
    /** The console shows another section. */
    'dk-section-changed': { section: ManagerSection; previous: ManagerSection };
  }
}

/**
 * The Manager console in one element: the overview (the three key tasks and
 * the headline figures), and navigation to members, credit, features,
 * reports, SIP profiles, call buttons and help. Each section appears in the
 * navigation once its element is registered on the page (the full kit
 * registers them all), and receives this element's backend. A company that
 * has not set up the Manager yet is shown `dk-setup` first; once set up, the
 * console opens on the overview.
 *
 * What is open (the section, and in it a SIP profile, a member, a report's
 * drill-down) is the `navigation` property, told by `dk-navigate` at each
 * move of the user. With `history`, the console also keeps it in the page's
 * address: Back and Forward follow it, and a reload or a shared link opens
 * it again. Without, the page's address is left alone (the page's own router
 * can follow `dk-navigate` and give `navigation` back).
 *
 * @summary The whole Manager console: overview, key tasks and every workflow.
 *
 * @attr section - The section shown (`overview`, `members`, `credit`, `features`, `reports`, `sip-profiles`, `call-buttons`, `help`, `account`). Changes as the user navigates.
 * @attr history - Keeps what is open in the page's address, so that Back, Forward, reloads and links follow it: `hash` in the fragment (`#sip-profiles?profile=…`), `search` in one search parameter (`?dk=…`, named by `history-param`), leaving the rest of the address to the page. Absent (the default): the address is left alone.
 * @attr history-param - The search parameter of `history="search"` (default `dk`).
 * @attr hash-routing - The same as `history="hash"`, for pages written before `history`.
 * @attr api-base - Base URL of a REST backend, when no adapter is given; the sections use the same backend.
 * @attr call-button-src - Where websites load the call button script from; the "Call buttons" section writes it into the snippets it generates.
 *
 * @fires dk-section-changed - The user opened another section (or went Back or Forward to one).
 * @fires dk-navigate - The user opened a section, or moved in one (a profile, a member, a drill-down): `state` is the new `navigation`. A section's own `dk-navigate` does not leave the console: this one carries it.
 * @fires dk-error - A failure shown to the user.
 *
 * @csspart header - The console's header.
 * @csspart nav - The navigation between sections.
 * @csspart content - The section shown.
 * @csspart tasks - The three key tasks on the overview.
 * @csspart figures - The headline figures on the overview.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button of the error state.
 * @csspart unavailable - Shown for a section whose element is not on the page.
 * @csspart softphone - The softphone (the line this browser answers), above the section shown and kept online across sections.
 */
export class DkManager extends DialkitElement {
  static override styles = [...DialkitElement.styles, styles, softphonePanelStyles];
  static override namespaces = ['manager', 'setup', 'common', 'errors'];
  static override helpArticle = 'overview';
  static override properties: PropertyDeclarations = {
    section: { reflect: true },
    historyMode: { attribute: 'history' },
    historyParam: { attribute: 'history-param' },
    hashRouting: { type: Boolean, attribute: 'hash-routing' },
    callButtonSrc: { attribute: 'call-button-src' },
    learnt: { state: true },
    justSetUp: { state: true },
  };

  /** The section shown. */
  section: ManagerSection = 'overview';

  /** Where what is open is kept in the page's address: `hash`, `search`, or `none` (the default). */
  historyMode: HistoryMode = 'none';

  /** The search parameter of `history="search"`. */
  historyParam = 'dk';

  /** The same as `history="hash"`. */
  hashRouting = false;

  /**
   * What is open: `{ section, ...what the section's element has open }`
   * (`{ section: "sip-profiles", profile: "<id>" }`). Setting it opens that
   * again, without a new history entry.
   */
  get navigation(): NavigationState {
    return { section: this.section, ...this.innerOf(this.section) };
  }

  set navigation(state: NavigationState) {
    void this.go(state);
  }

  /** Where websites load the call button script from (the generator's `script-src`). */
  callButtonSrc?: string;

  /** The Manager as this element learnt it after reading it: set up here, or changed in the account section. */
  private learnt?: Manager;
  /** Set once the Manager was set up in this element: the overview greets the new administrator. */
  private justSetUp = false;

  /** The sections render inside this element; they use its backend. */
  private readonly provider = new ContextProvider(this, { context: adapterContext, initialValue: undefined as DialkitAdapter | undefined });

  /** The element of the section shown, made when the section is entered. */
  private sectionElement?: { section: ManagerSection; element: HTMLElement };

  /** What the section's element has open (its `navigation`), for the section it was given in. */
  private inner: { section?: ManagerSection; state: NavigationState } = { state: {} };

  /** The address, with `history`. */
  private readonly router = new ManagerRouter(this, {
    mode: () => this.addressMode,
    param: () => this.historyParam || 'dk',
    follow: (state) => void this.go(state, { user: true }),
  });
  /** The mode the address was last read in. */
  private routed: HistoryMode = 'none';

  /** Where the address keeps what is open: `history`, else `hash-routing`, else nowhere. */
  private get addressMode(): HistoryMode {
    return isHistoryMode(this.historyMode) && this.historyMode !== 'none' ? this.historyMode : this.hashRouting ? 'hash' : 'none';
  }

  private readonly load = managerTask(this, this.services);
  private readonly softphone = new SoftphonePanel(this, (key) => this.i18n.t(key));

  private readonly overview = new Overview(this, {
    services: this.services,
    i18n: this.i18n,
    available: (section) => this.available(section),
    navigate: (section, action) => void this.navigate(section, action),
    revision: () => this.dataRevision,
  });

  private get record(): Manager | undefined {
    return newestManager(this.load.value, this.learnt);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const s of MANAGER_SECTIONS) {
      if ('tag' in s && !customElements.get(s.tag)) void customElements.whenDefined(s.tag).then(() => this.requestUpdate());
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.provider.setValue(this.backend);
    if (changed.has('section') && !isSection(this.section)) this.section = 'overview';
    // A section entered again is made afresh, so that it shows current data.
    if (changed.has('section')) this.sectionElement = undefined;
    // On arrival (a reload, a shared link), or once `history` is set: what the address holds opens.
    if (this.addressMode !== this.routed) {
      this.routed = this.addressMode;
      const state = this.router.read();
      if (state) void this.go(state);
    }
    this.overview.follow(Boolean(this.record) && this.section === 'overview', changed.has('section'));
  }

  /**
   * Whether a section can be shown: the overview and the account details
   * always, the others once their element is registered or can be loaded on
   * demand (through the autoloader).
   */
  private available(section: ManagerSection): boolean {
    const tag = sectionTag(section);
    return !tag || isAvailable(tag);
  }

  override render(): TemplateResult {
    const t = this.i18n.t;
    const setUp = this.load.status === TaskStatus.COMPLETE && this.record;
    return html`
      <div class="layout ${this.helpOpen ? 'has-help' : ''}">
        <div class="console">
          <header class="top" part="header">
            <p class="brand">
              <span class="product">${t('title')}</span>
              ${this.record ? html`<span class="company">${this.record.companyName}</span>` : nothing}
            </p>
            ${setUp && this.section === 'overview' ? this.renderHelpButton() : nothing}
          </header>
          ${this.load.status !== TaskStatus.COMPLETE
            ? this.renderTask(this.load, { complete: () => nothing })
            : setUp
              ? html`<div class="frame"><div class="side">${this.renderNav()}${this.softphone.renderToggle()}</div><div class="main">${this.softphone.renderPanel()}${this.renderContent()}</div></div>`
              : customElements.get('dk-setup')
                ? html`<dk-setup @dk-manager-set-up=${this.onSetUp}></dk-setup>`
                : this.renderElementLoad()}
        </div>
        ${this.renderHelpPanel()}
      </div>
    `;
  }

  private renderNav(): TemplateResult {
    const t = this.i18n.t;
    const shown = MANAGER_SECTIONS.filter((s) => this.available(s.id));
    return html`<nav part="nav" aria-label=${t('nav.label')}>
      <ul>
        ${shown.map((s) => {
          const current = this.section === s.id ? 'page' : nothing;
          const href = this.router.href({ section: s.id });
          return html`<li>
            ${href
              ? html`<a href=${href} data-section=${s.id} data-help-label="manager:${s.label}" aria-current=${current} @click=${this.onLink}>${t(s.label)}</a>`
              : html`<button type="button" data-section=${s.id} data-help-label="manager:${s.label}" aria-current=${current} @click=${() => this.navigate(s.id)}>
                  ${t(s.label)}
                </button>`}
          </li>`;
        })}
      </ul>
    </nav>`;
  }

  private renderContent(): TemplateResult {
    const section = this.section;
    return html`<div id="content" class="content" part="content" tabindex="-1" @dk-navigate=${this.onSectionNavigate}>
      ${section === 'overview' ? this.overview.render(this.record!, this.justSetUp)
      : section === 'account' ? this.renderAccount()
      : this.available(section) ? this.elementFor(section)
      : html`<div class="state" part="unavailable">
          <p>${this.i18n.t('sectionUnavailable')}</p>
          <button type="button" class="button" @click=${() => this.navigate('overview')}>${this.i18n.t('backToOverview')}</button>
        </div>`}
    </div>`;
  }

  /**
   * The section's element, made afresh each time the section is entered so
   * that it shows current data. An element not registered yet is loaded
   * first (`elementLoad`), with the loading state meanwhile.
   */
  private elementFor(section: ManagerSection): HTMLElement | TemplateResult | typeof nothing {
    const tag = sectionTag(section) ?? 'div';
    if (!customElements.get(tag) && tag !== 'div') return this.renderElementLoad();
    if (this.sectionElement?.section !== section) {
      const element = document.createElement(tag);
      if (section === 'call-buttons' && this.callButtonSrc) element.setAttribute('script-src', this.callButtonSrc);
      // What the address or the page asked to open in it (a profile, a member, a drill-down).
      if (this.inner.section === section && Object.keys(this.inner.state).length) (element as Navigable).navigation = this.inner.state;
      this.sectionElement = { section, element };
    }
    return this.sectionElement.element;
  }

  /** The element the page shows now and has not registered yet: a section's, or the set-up form. */
  private get missingTag(): string | undefined {
    if (this.load.status !== TaskStatus.COMPLETE) return undefined;
    const tag = !this.record || this.section === 'account' ? 'dk-setup' : sectionTag(this.section);
    return tag && !customElements.get(tag) ? tag : undefined;
  }

  /** Loads the missing element on demand (the autoloader's registry); a failure shows with a retry. */
  private readonly elementLoad = new Task(this, {
    task: async ([tag]) => {
      // A failure is a network error, which Retry loads again.
      if (tag) await loadSection(tag);
    },
    args: () => [this.missingTag] as const,
    onError: (error) => this.reportError('loadElement', error),
  });

  private renderElementLoad(): TemplateResult | typeof nothing {
    return this.renderTask(this.elementLoad, { complete: () => nothing });
  }

  private renderAccount(): TemplateResult {
    return html`
      <button type="button" class="button link back" @click=${() => this.navigate('overview')}>
        <span aria-hidden="true">←</span> ${this.i18n.t('backToOverview')}
      </button>
      ${customElements.get('dk-setup')
        ? html`<dk-setup editing @dk-manager-updated=${this.onUpdated}></dk-setup>`
        : this.renderElementLoad()}
    `;
  }

  // Navigation
  /** Opens a section as the user asked (and there the workflow `action`): a new history entry, the focus on the section's heading, or in the workflow. */
  private async navigate(section: ManagerSection, action?: SectionAction): Promise<void> {
    await this.go({ section }, { user: true, push: true, action });
  }

  /**
   * Shows `state`. `user`: the user moved (a click, Back, Forward): the
   * section's change is told, the focus moves; `push`: a new history entry
   * and `dk-navigate` too. Else (the page set `navigation`, or the address on
   * arrival) it is shown quietly.
   */
  private async go(state: NavigationState, how: { user?: boolean; push?: boolean; action?: SectionAction } = {}): Promise<void> {
    const { section: asked = 'overview', ...inner } = state;
    const section: ManagerSection = isSection(asked) ? asked : 'overview';
    const previous = this.section;
    const entered = previous !== section;
    const moved = entered || !sameNavigation(inner, this.innerOf(section));
    this.inner = { section, state: inner };
    if (entered) {
      this.section = section;
      // Each section has its own help; the console's article belongs to the overview.
      if (section !== 'overview') this.justSetUp = this.helpOpen = false;
    } else if (moved && this.sectionElement?.section === section) (this.sectionElement.element as Navigable).navigation = inner;
    if (how.push) this.router.push(this.navigation);
    if (how.user && entered) this.emit('dk-section-changed', { section, previous });
    if (how.push) this.emit('dk-navigate', { state: this.navigation });
    if (!how.user || (!entered && !how.action)) return;
    const element = await this.entered(section);
    if (this.section !== section) return;
    const open = how.action && (element as Partial<Record<SectionAction, () => Promise<void>>> | undefined)?.[how.action];
    if (open) await open.call(element);
    else this.focusHeading(element);
  }

  private innerOf(section: ManagerSection): NavigationState {
    return this.inner.section === section ? this.inner.state : {};
  }

  /** The section's element once made and rendered (loaded first if need be); none for the overview. */
  private async entered(section: ManagerSection): Promise<HTMLElement | undefined> {
    await this.updateComplete;
    if (this.missingTag) {
      await this.elementLoad.taskComplete.catch(() => undefined);
      await this.updateComplete;
    }
    const element =
      section === 'account' ? this.renderRoot.querySelector<HTMLElement>('#content dk-setup') ?? undefined
      : this.sectionElement?.section === section ? this.sectionElement.element : undefined;
    await (element as Partial<ReactiveElement> | undefined)?.updateComplete;
    return element;
  }

  /** Focus on the section's heading: the overview's, or the first of the section's element; the content without one. */
  private focusHeading(element?: HTMLElement): void {
    const heading = element ? element.shadowRoot?.querySelector<HTMLElement>('h1, h2') : this.renderRoot.querySelector<HTMLElement>('#overview-title');
    if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    (heading ?? this.renderRoot.querySelector<HTMLElement>('#content'))?.focus();
  }

  /** A navigation link, with `history`: a plain click opens the section here; others (a new tab) are the browser's. */
  private readonly onLink = (event: MouseEvent): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const section = (event.currentTarget as HTMLElement).dataset['section'];
    if (section && isSection(section)) void this.navigate(section);
  };

  /** The section's element moved (a profile, a member, a drill-down): the console's history and its own `dk-navigate` carry it. */
  private readonly onSectionNavigate = (event: CustomEvent<{ state: NavigationState }>): void => {
    if (event.target !== this.sectionElement?.element || this.sectionElement.section !== this.section) return;
    event.stopPropagation();
    this.inner = { section: this.section, state: event.detail.state };
    this.router.push(this.navigation);
    this.emit('dk-navigate', { state: this.navigation });
  };

  private onSetUp = async (event: DialkitEvent<'dk-manager-set-up'>): Promise<void> => {
    this.learnt = event.detail.manager;
    this.justSetUp = true;
    this.section = 'overview';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#overview-title')?.focus();
  };

  private onUpdated = (event: DialkitEvent<'dk-manager-updated'>): void => {
    this.learnt = event.detail.manager;
  };
}
