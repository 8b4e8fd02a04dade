import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { DialkitAdapter } from '../../adapter/adapter.js';
import { checkedAdapter } from '../../adapter/checked.js';
import { restAdapterFor, type DialkitChange } from '../../adapter/changes.js';
import { errorMessageVariables, type DialkitError, type Result } from '../../core/errors.js';
import { LocalizeController } from '../../i18n/controller.js';
import { adapterContext, ensureContextRoot } from './context.js';
import { emit, type DialkitEventMap, type EmitOptions } from './events.js';
import { reimportable } from '../../core/reimport.js';
import { baseStyles } from './styles.js';
import type { ElementServices } from './controllers/services.js';
import { BackendChangesController } from './controllers/changes.js';

declare module './events.js' {
  interface DialkitEventMap {
    /**
     * "Show me" in a help article (`article`, its id): asks to point at the control
     * carrying `data-help-label="<label>"` (the catalog key of its label). One event
     * per click, bubbling and composed from the article; cancelable: the nearest
     * element (or the page) that has the control points at it and calls
     * `preventDefault()`. Finding which steps offer "Show me" fires none.
     */
    'dk-help-show': { label: string; article: string };
  }
}

/** The help article, loaded when help is first opened (a failed load is tried again at the next opening). */
const loadHelp = reimportable(() => import('../help-article/define.js'));

/**
 * The shown control, in `root` or in the shadow roots of its descendants, whose
 * `data-help-label` names `label` (a space-separated list of catalog keys).
 */
export function findHelpControl(root: ParentNode, label: string): HTMLElement | null {
  const selector = `[data-help-label~="${label.replace(/["\\]/g, '')}"]`;
  for (const el of root.querySelectorAll<HTMLElement>(selector)) {
    if (el.checkVisibility?.({ visibilityProperty: true } as CheckVisibilityOptions) ?? true) {
      if (!el.closest('[inert]')) return el;
    }
  }
  for (const el of root.querySelectorAll('*')) {
    if (!el.shadowRoot) continue;
    const found = findHelpControl(el.shadowRoot, label);
    if (found) return found;
  }
  return null;
}

/** Brings a control into view, focuses it, and outlines it until it loses focus. */
export function highlightHelpControl(control: HTMLElement): void {
  const still = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  control.scrollIntoView({ block: 'center', inline: 'nearest', behavior: still ? 'auto' : 'smooth' });
  control.setAttribute('data-help-highlight', '');
  control.focus({ preventScroll: true });
  const clear = (): void => control.removeAttribute('data-help-highlight');
  control.addEventListener('blur', clear, { once: true });
  // A control that cannot take focus (disabled) loses its outline after a while.
  if ((control.getRootNode() as Document | ShadowRoot).activeElement !== control) setTimeout(clear, 6000);
}

/** Turns a failed result into a thrown error, for task functions. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw result.error;
  return result.data;
}

function asDialkitError(error: unknown): DialkitError {
  if (error && typeof error === 'object' && 'code' in error) return error as DialkitError;
  return { code: 'internal', message: String(error) };
}

/**
 * What every `dk-*` element shares: the language, the backend, typed events,
 * and the four states of remote data (loading, empty, error with retry,
 * content).
 *
 * @fires dk-error - A failure shown to the user: `detail.error` (its `code` and `message`) and the `operation` that failed.
 *
 * @csspart loading - The loading state.
 * @csspart error - The error state, with its message.
 * @csspart retry-button - The retry button of the error state.
 * @csspart help-button - The button opening the workflow's help article beside the element.
 * @csspart help-panel - The panel holding that article.
 *
 * @cssproperty [--dk-color-accent=#0a5cc2] - Brand colour of buttons, links and focus rings.
 * @cssproperty [--dk-color-accent-contrast=#ffffff] - Text on the brand colour.
 * @cssproperty [--dk-color-text=#1b1f24] - Body text.
 * @cssproperty [--dk-color-muted=#555e69] - Secondary text (hints, captions); keep a 4.5:1 contrast with the surfaces.
 * @cssproperty [--dk-color-surface=#ffffff] - Background of the element, its dialogs and tables.
 * @cssproperty [--dk-color-surface-alt=#f3f5f8] - Background of headers, striped rows and panels.
 * @cssproperty [--dk-color-border=#c9d0d9] - Borders and separators.
 * @cssproperty [--dk-color-danger=#b3261e] - Errors and destructive actions.
 * @cssproperty [--dk-color-success=#1e6b34] - Confirmations.
 * @cssproperty [--dk-color-warning-surface=#fff4d6] - Background of notices and warnings.
 * @cssproperty [--dk-radius=6px] - Corner radius of buttons, fields and panels.
 * @cssproperty [--dk-space=0.5rem] - The spacing unit; gaps and paddings are multiples of it.
 * @cssproperty [--dk-font-family=system-ui, sans-serif] - Font of the element.
 * @cssproperty [--dk-font-size=0.9375rem] - Base font size; everything else scales with it.
 */
export class DialkitElement extends LitElement {
  static override styles = [baseStyles];

  /** Catalog namespaces the element uses; the first one is the default for `t()`. */
  static namespaces: readonly string[] = ['common'];

  /** Id of the help article of the element's workflow, opened by its help button. */
  static helpArticle?: string;

  static override properties: PropertyDeclarations = {
    adapter: { attribute: false },
    apiBase: { attribute: 'api-base' },
    providedAdapter: { state: true },
    helpOpen: { state: true },
    dataRevision: { state: true },
  };

  /** The backend. Wins over a provided one and over `api-base`. */
  adapter?: DialkitAdapter;

  /** Base URL of a REST backend implementing the contract, when no adapter is given. */
  apiBase?: string;

  protected providedAdapter?: DialkitAdapter;

  // First of the controllers, so that the provided adapter is known before the
  // others connect (the backend's changes follow it).
  private readonly adapterConsumer = new ContextConsumer(this, {
    context: adapterContext,
    subscribe: true,
    callback: (adapter) => {
      this.providedAdapter = adapter;
    },
  });

  protected readonly i18n = new LocalizeController(
    this,
    (this.constructor as typeof DialkitElement).namespaces,
  );

  /** Whether the element's help article is shown beside it. */
  protected helpOpen = false;

  constructor() {
    super();
    this.addEventListener('dk-help-show', this.onHelpShow);
  }

  override connectedCallback(): void {
    // Before the adapter's context request goes out, so that a provider made
    // later still finds this element.
    ensureContextRoot(this.ownerDocument);
    super.connectedCallback();
  }

  /**
   * "Show me" from a help article: the nearest element (going outwards from the
   * article) whose content has the named control answers, and points at it.
   */
  private readonly onHelpShow = (event: CustomEvent<{ label: string }>): void => {
    if (event.defaultPrevented || !event.detail?.label) return;
    const control = findHelpControl(this.renderRoot, event.detail.label);
    if (!control) return;
    event.preventDefault();
    highlightHelpControl(control);
  };

  /**
   * The element's help button: opens its workflow's article beside it,
   * without leaving the page. The article element loads on first use.
   */
  protected renderHelpButton(): TemplateResult | typeof nothing {
    const article = (this.constructor as typeof DialkitElement).helpArticle;
    if (!article) return nothing;
    return html`<button
      type="button"
      class="button help-button"
      part="help-button"
      aria-expanded=${this.helpOpen ? 'true' : 'false'}
      aria-controls="help-panel"
      @click=${this.toggleHelp}
    >
      <span aria-hidden="true">?</span> ${this.i18n.t('common:help')}
    </button>`;
  }

  /**
   * The frame of a workflow element: its section, labelled by the heading's
   * title (`#title`), a polite status line for what a screen reader should
   * hear (`announcement`), the content, and the help panel beside them.
   */
  protected renderFrame(content: unknown, announcement = ''): TemplateResult {
    return html`<div class="layout ${this.helpOpen ? 'has-help' : ''}">
      <section aria-labelledby="title">
        <div class="status visually-hidden" role="status" aria-live="polite">${announcement}</div>
        ${content}
      </section>
      ${this.renderHelpPanel()}
    </div>`;
  }

  /**
   * The element's heading: its title (`#title`, which labels the section),
   * the element's own actions, and the help button last.
   */
  protected renderHeading(
    title: string,
    options: { helpLabel?: string; actions?: unknown; focusable?: boolean; actionsClass?: string } = {},
  ): TemplateResult {
    return html`<header class="head">
      <h2 id="title" tabindex=${options.focusable ? '-1' : nothing} data-help-label=${options.helpLabel ?? nothing}>${title}</h2>
      <div class="head-actions ${options.actionsClass ?? ''}">${options.actions ?? nothing}${this.renderHelpButton()}</div>
    </header>`;
  }

  /** The panel holding the help article, where the element wants it (usually last). */
  protected renderHelpPanel(): TemplateResult | typeof nothing {
    const article = (this.constructor as typeof DialkitElement).helpArticle;
    if (!article || !this.helpOpen) return nothing;
    return html`<aside
      id="help-panel"
      class="help-panel"
      part="help-panel"
      aria-label=${this.i18n.t('common:help')}
      @keydown=${this.onHelpKey}
    >
      <button type="button" class="button link help-close" @click=${this.toggleHelp}>${this.i18n.t('common:close')}</button>
      <dk-help-article article=${article}></dk-help-article>
    </aside>`;
  }

  /** Escape in the help panel closes it and returns to the help button. */
  private readonly onHelpKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    void this.toggleHelp();
  };

  private readonly toggleHelp = async (): Promise<void> => {
    if (!this.helpOpen) await loadHelp();
    this.helpOpen = !this.helpOpen;
    await this.updateComplete;
    if (this.helpOpen) this.renderRoot.querySelector<HTMLElement>('#help-panel dk-help-article')?.focus();
    else this.renderRoot.querySelector<HTMLElement>('.help-button')?.focus();
  };

  /** The adapter in force: own property, else the nearest provider, else REST on `api-base` (default `/api`). */
  private get givenBackend(): DialkitAdapter {
    return this.adapter ?? this.providedAdapter ?? restAdapterFor(this.apiBase ?? '/api');
  }

  /**
   * The backend as the element calls it: the adapter in force, its answers
   * checked against the contract (`checkedAdapter`), its writes published to
   * the other elements on the same backend.
   */
  protected get backend(): DialkitAdapter {
    return checkedAdapter(this.givenBackend, this);
  }

  /**
   * Counts the changes other elements (or the page) made through this
   * element's backend. A task that shows data another element can change
   * lists it in its `args`, so it reads again.
   */
  protected dataRevision = 0;

  /** Follows the changes of the element's backend (see `backendChanged`). */
  protected readonly backendChanges = new BackendChangesController(
    this,
    () => this.givenBackend,
    (changes) => this.backendChanged(changes),
  );

  /**
   * Another element or the page changed data through this element's backend
   * (linked an account, bought credit). By default, tasks that list
   * `dataRevision` in their args read again; an element that can apply the
   * answers itself (`change.data`) overrides this.
   */
  protected backendChanged(_changes: DialkitChange[]): void {
    this.dataRevision++;
  }

  /** Holds the first render until the catalogs of the element's language are loaded. */
  protected override async scheduleUpdate(): Promise<void> {
    await this.i18n.ready;
    super.scheduleUpdate();
  }

  /** Dispatches a `dk-*` event from the element; false when a listener cancelled it. */
  protected emit<K extends keyof DialkitEventMap>(name: K, detail: DialkitEventMap[K], options?: EmitOptions): boolean {
    return emit(this, name, detail, options);
  }

  /** Shows a failure: the element renders it, and `dk-error` tells the page. */
  protected reportError(operation: string, error: unknown): DialkitError {
    const dkError = asDialkitError(error);
    if (dkError.code !== 'aborted') this.emit('dk-error', { error: dkError, operation });
    return dkError;
  }

  /** The user-facing text for an error code. */
  protected errorText(error: DialkitError): string {
    return this.i18n.t(`errors:${error.code}`, errorMessageVariables(error));
  }

  /**
   * What a shared controller needs of the element: its backend, error
   * reporting and words. A write is `new WriteController(this, { operation },
   * this.services)`, a member picker `new MemberSearchController(this,
   * { ...this.services, filter })`: each imported by the elements that use
   * it only, so the others do not carry it.
   */
  protected get services(): ElementServices {
    return {
      backend: () => this.backend,
      report: (operation, error) => this.reportError(operation, error),
      describe: (error) => this.errorText(error),
      t: (key, values) => this.i18n.t(key, values),
    };
  }

  /**
   * Renders a task's four states: loading, error (what failed, and a retry),
   * empty (when `isEmpty` says the data holds nothing) and content. Once the
   * task has had a value, that value stays on screen while it reloads and
   * after a failed reload (under the error), so the page does not jump and
   * nothing the user was reading disappears.
   */
  protected renderTask<T>(
    task: Task<readonly unknown[], T>,
    views: TaskViews<T>,
  ): TemplateResult {
    const t = this.i18n.t;
    if (task.status === TaskStatus.COMPLETE) lastValues.set(task, task.value);
    const kept = lastValues.has(task) && (task.status === TaskStatus.COMPLETE || (views.current?.(lastValues.get(task) as T) ?? true));
    const last = kept ? { value: lastValues.get(task) as T } : undefined;
    let notice: TemplateResult | typeof nothing = nothing;
    if (task.status === TaskStatus.ERROR) {
      const error = asDialkitError(task.error);
      notice = html`<div class="state error" part="error" role="alert">
        <p>${this.errorText(error)}</p>
        <button class="button" part="retry-button" @click=${() => task.run()}>${t('common:retry')}</button>
      </div>`;
    } else if (!last) {
      notice = html`<div class="state loading" part="loading" role="status" aria-live="polite">
        <span class="spinner" aria-hidden="true"></span>${views.loadingLabel ?? t('common:loading')}
      </div>`;
    }
    let body: TemplateResult | typeof nothing = nothing;
    if (last) body = views.isEmpty?.(last.value) && views.empty ? views.empty() : views.complete(last.value);
    return html`${notice}${body}`;
  }
}

/** How `renderTask` shows a task's value, and when it has none. */
export interface TaskViews<T> {
  complete: (data: T) => TemplateResult | typeof nothing;
  isEmpty?: (data: T) => boolean;
  empty?: () => TemplateResult;
  loadingLabel?: string;
  /**
   * Whether the last value still answers what is now asked (default: it
   * does). When it does not (the user moved to another view that the same
   * task loads, such as a drill-down), the loading state shows instead of it
   * until the new value comes.
   */
  current?: (last: T) => boolean;
}

/** The last value of each task, kept through a reload or a failure (`Task` forgets it on failure). */
const lastValues = new WeakMap<object, unknown>();

export { Task, TaskStatus };
