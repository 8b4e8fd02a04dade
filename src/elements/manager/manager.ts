import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { DialkitAdapter } from '../../adapter/adapter.js';
import type { Manager } from '../../adapter/types.js';
import type { DialkitError } from '../../core/errors.js';
import { DialkitElement, Task, TaskStatus } from '../shared/base.js';
import { adapterContext } from '../shared/context.js';
import { isAvailable, loadElement } from '../shared/loader.js';
import type { DialkitEvent } from '../shared/events.js';
import { managerTask, newestManager } from '../setup/internal/manager-record.js';
import { Overview } from './internal/overview.js';
import { styles } from './manager.styles.js';

/** The console's sections, in navigation order; each but the overview is an element of its own. */
export const MANAGER_SECTIONS = [
  { id: 'overview', label: 'nav.overview' },
  { id: 'members', tag: 'dk-members', label: 'nav.members' },
  { id: 'credit', tag: 'dk-credit', label: 'nav.credit' },
  { id: 'features', tag: 'dk-features', label: 'nav.features' },
  { id: 'reports', tag: 'dk-reports', label: 'nav.reports' },
  { id: 'sip-profiles', tag: 'dk-sip-profiles', label: 'nav.sip' },
  { id: 'call-buttons', tag: 'dk-call-button-generator', label: 'nav.callButtons' },
  { id: 'help', tag: 'dk-help-center', label: 'nav.help' },
] as const;

type NavSection = (typeof MANAGER_SECTIONS)[number];
/** A section of the console: one of the navigation's, or `account` (the account details, opened from the overview). */
export type ManagerSection = NavSection['id'] | 'account';

/** The tag of a section's element; none for the overview and the account details. */
const sectionTag = (section: ManagerSection): string | undefined =>
  (MANAGER_SECTIONS.find((s) => s.id === section) as { tag?: string } | undefined)?.tag;

const SECTION_IDS: readonly string[] = [...MANAGER_SECTIONS.map((s) => s.id), 'account'];
const isSection = (value: string): value is ManagerSection => SECTION_IDS.includes(value);

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
 * @summary The whole Manager console: overview, key tasks and every workflow.
 *
 * @attr section - The section shown (`overview`, `members`, `credit`, `features`, `reports`, `sip-profiles`, `call-buttons`, `help`, `account`). Changes as the user navigates.
 * @attr hash-routing - Keeps the section in the page address (`#members`), so that links, reloads and the back button follow it.
 * @attr api-base - Base URL of a REST backend, when no adapter is given; the sections use the same backend.
 * @attr call-button-src - Where websites load the call button script from; the "Call buttons" section writes it into the snippets it generates.
 *
 * @fires dk-section-changed - The user opened another section.
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
 */
export class DkManager extends DialkitElement {
  static override styles = [...DialkitElement.styles, styles];
  static override namespaces = ['manager', 'setup', 'common', 'errors'];
  static override helpArticle = 'overview';

  /** The section shown. */
  @property({ reflect: true }) section: ManagerSection = 'overview';

  /** Keeps the section in the page address (`#members`). */
  @property({ type: Boolean, attribute: 'hash-routing' }) hashRouting = false;

  /** Where websites load the call button script from (the generator's `script-src`). */
  @property({ attribute: 'call-button-src' }) callButtonSrc?: string;

  /** The Manager as this element learnt it after reading it: set up here, or changed in the account section. */
  @state() private learnt?: Manager;
  /** Set once the Manager was set up in this element: the overview greets the new administrator. */
  @state() private justSetUp = false;

  /** The sections render inside this element; they use its backend. */
  private readonly provider = new ContextProvider(this, { context: adapterContext, initialValue: undefined as DialkitAdapter | undefined });

  /** The element of the section shown, made when the section is entered. */
  private sectionElement?: { section: ManagerSection; element: HTMLElement };

  private readonly load = managerTask(this, this.services);

  private readonly overview = new Overview(this, {
    services: this.services,
    i18n: this.i18n,
    available: (section) => this.available(section),
    navigate: (section) => void this.navigate(section),
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
    if (this.hashRouting) {
      this.readHash(false);
      window.addEventListener('hashchange', this.onHashChange);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.provider.setValue(this.backend);
    if (changed.has('section') && !isSection(this.section)) this.section = 'overview';
    this.overview.follow(Boolean(this.record) && this.section === 'overview', changed.has('section'));
    if (changed.has('hashRouting') && changed.get('hashRouting') !== undefined) {
      if (this.hashRouting) {
        window.addEventListener('hashchange', this.onHashChange);
        this.readHash(false);
      } else window.removeEventListener('hashchange', this.onHashChange);
    }
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
              ? html`<div class="frame">${this.renderNav()}${this.renderContent()}</div>`
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
          return html`<li>
            ${this.hashRouting
              ? html`<a href="#${s.id}" data-section=${s.id} data-help-label="manager:${s.label}" aria-current=${current}>${t(s.label)}</a>`
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
    return html`<div id="content" class="content" part="content" tabindex="-1">
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
      if (!tag) return;
      try {
        await loadElement(tag);
      } catch (cause) {
        throw { code: 'network', message: `<${tag}> could not be loaded: ${String(cause)}` } satisfies DialkitError;
      }
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

  /** Opens a section as the user asked: the address follows (with `hash-routing`), focus moves to the section. */
  private async navigate(section: ManagerSection): Promise<void> {
    if (this.hashRouting && section !== 'account') {
      if (location.hash !== `#${section}`) {
        location.hash = section;
        return;
      }
    }
    await this.show(section);
  }

  private async show(section: ManagerSection, focus = true): Promise<void> {
    const previous = this.section;
    if (previous === section) return;
    this.section = section;
    if (section !== 'overview') {
      // Each section has its own help; the console's article belongs to the overview.
      this.justSetUp = false;
      this.helpOpen = false;
    }
    this.emit('dk-section-changed', { section, previous });
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#content')?.focus();
  }

  /** The section named in the address; an address without one (back to where the console started) is the overview. */
  private readHash(navigating: boolean): void {
    let id: string;
    try {
      id = decodeURIComponent(location.hash.replace(/^#/, ''));
    } catch {
      return; // a malformed address (`#%E0%A4%A`) names no section
    }
    if (isSection(id) && id !== 'account') void this.show(id, navigating);
    else if (!id && navigating) void this.show('overview', navigating);
  }

  private readonly onHashChange = (): void => this.readHash(true);

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
