import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { loadCatalogs } from '../../i18n/i18n.js';
import type { DialkitChange } from '../../adapter/changes.js';
import type { Locale } from '../../i18n/locales.js';
import { DialkitElement, TaskStatus } from '../shared/base.js';
import { LazyModule } from '../shared/lazy.js';
import { absoluteUrl } from './address.js';
import { AccountPicker, type RenderTask } from './internal/account-picker.js';
import { initialChoices, type Choices, type ChoicesView } from './internal/choices.js';
import type { FormDetails } from './internal/details.js';
import { renderHours } from './internal/hours.js';
import { renderAppearance, renderLabel } from './internal/look.js';
import { renderPreview, renderSnippet } from './internal/output.js';
import { callUnavailable, renderWebCalling, type WebCallingView } from './internal/web-calling.js';
import { styles } from './call-button-generator.styles.js';

/** Where websites load `call-button.js` when `script-src` does not say. */
const DEFAULT_SCRIPT_SRC = '/dialkit/call-button.js';

declare module '../shared/events.js' {
  interface DialkitEventMap {
    /** A snippet was copied to the clipboard. */
    'dk-snippet-copied': { variant: 'button' | 'link'; snippet: string };
  }
}

/**
 * Builds the click-to-call button a website embeds: what it calls (a business
 * account, those linked to a SIP profile first, or a phone number), its
 * label, size, look, colour, language and opening hours, and web calling
 * (calls from the browser, for an account whose SIP profile has a WebSocket
 * address, and a callback request form); shows the real button live, where a
 * click places no call, and the snippet to paste, with or without the script.
 *
 * @summary Builds, previews and copies the snippet of a click-to-call button, web calling included.
 *
 * @attr script-src - Address of `call-button.js` as websites load it (the preview loads it too); made absolute against the page. Default `/dialkit/call-button.js`.
 * @attr api-base - Base URL of a REST backend, when no adapter is given; the backend's address is proposed as the public API of the callback form.
 *
 * @fires dk-snippet-copied - The snippet was copied to the clipboard.
 * @fires dk-error - A failure shown to the user.
 *
 * @csspart form - The choices.
 * @csspart preview - The live button.
 * @csspart snippet - The snippet and its copy button.
 * @csspart copy-button - The copy button.
 * @csspart loading - The loading state of the accounts, and of the form's later parts.
 * @csspart error - The error state of the accounts, of the form's later parts and of the phone-number checks.
 * @csspart retry-button - The retry button of the error state.
 * @csspart empty - Shown when the company has no account to call yet.
 */
export class DkCallButtonGenerator extends DialkitElement {
  static override styles = [...DialkitElement.styles, styles];
  static override namespaces = ['callButtons', 'callButton', 'common', 'errors'];
  static override helpArticle = 'call-buttons';
  static override properties: PropertyDeclarations = {
    scriptSrc: { attribute: 'script-src' },
    choices: { state: true },
    loadedLocales: { state: true },
  };

  scriptSrc = DEFAULT_SCRIPT_SRC;

  /** What the admin chose; kept as typed, whatever its state. */
  private choices: Choices = initialChoices();
  /** Locales whose catalogs are in, for the texts written in the button's language. */
  private loadedLocales: readonly Locale[] = [];

  private readonly accounts = new AccountPicker(this, {
    ...this.services,
    renderTask: (task, views) => this.renderTask(task, views),
    linkText: (chosen) => this.details?.linkText(chosen) ?? '',
  });

  /**
   * The form's later parts (`internal/details.ts`), loaded when first needed:
   * an account chosen, the phone number as target, the opening hours on, or a
   * label of the admin's own. Until they come, the loading state shows above
   * the form, and a failed load its error with Retry; what was chosen
   * meanwhile shows once they are in.
   */
  private details?: FormDetails;
  private readonly detailsModule = new LazyModule(this, () => import('./internal/details.js'), (error) =>
    this.reportError('formDetails', error),
  );

  protected override backendChanged(changes: DialkitChange[]): void {
    super.backendChanged(changes);
    this.accounts.refresh();
    this.details?.refresh();
  }

  /**
   * The preview is the real button, loaded from the address the snippet
   * gives websites (the kit does not bundle a second copy of it): what the
   * admin sees is what the website gets. Until it loads, or if it cannot, the
   * preview is the plain link, as on a website.
   */
  private loadButton(): void {
    if (customElements.get('dk-call-button')) return;
    import(/* @vite-ignore */ this.scriptUrl).catch(() => undefined);
  }

  /**
   * Where websites load `call-button.js`: `script-src` made absolute, if it is
   * an http(s) or relative address; else the default address, and the form
   * says why.
   */
  private get scriptUrl(): string {
    return absoluteUrl(this.scriptSrc, document.baseURI) ?? absoluteUrl(DEFAULT_SCRIPT_SRC, document.baseURI)!;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('scriptSrc')) this.loadButton();
    const follow = this.accounts.follow(this.choices);
    if (follow) this.choices = { ...this.choices, ...follow };
    const { memberId, targetKind, hoursOn, preset } = this.choices;
    // Asked once; a failed load is loaded again by its Retry.
    if ((memberId || targetKind === 'phone' || hoursOn || preset === 'custom') && this.detailsModule.task.status === TaskStatus.INITIAL) {
      this.detailsModule.use(({ FormDetails }) => {
        this.details = new FormDetails(this, {
          services: this.services,
          i18n: this.i18n,
          account: () => this.accounts.get(this.choices.memberId),
          textLocale: () => this.textLocale,
          scriptUrl: () => this.scriptUrl,
          copied: (variant, snippet) => this.emit('dk-snippet-copied', { variant, snippet }),
        });
        this.requestUpdate();
      });
    }
    this.details?.prepare(this.view());
    // The texts written into the snippet follow the button's language, which
    // may differ from the console's: its catalogs load on demand.
    const needed = this.textLocale;
    if (!this.loadedLocales.includes(needed)) {
      void loadCatalogs(needed, ['callButtons', 'callButton']).then(() => {
        this.loadedLocales = [...this.loadedLocales, needed];
      });
    }
  }

  /** The language of the texts the snippet carries: the button's, else the console's. */
  private get textLocale(): Locale {
    return this.choices.lang || this.i18n.locale;
  }

  /** Applies a change from the form; the confirmation of an earlier copy no longer holds. */
  private readonly set: ChoicesView['set'] = (change): void => {
    const next = { ...this.choices, ...(typeof change === 'function' ? change(this.choices) : change) };
    // Another account: its profile's endpoint and address are proposed again.
    if (next.memberId !== this.choices.memberId) Object.assign(next, { ws: null, sipAddress: null });
    this.choices = next;
    this.details?.output.reset();
  };

  /** What every part of the form needs: the choices, the element's words, and a way to change them. */
  private view(): ChoicesView {
    return { choices: this.choices, t: this.i18n.t, set: this.set };
  }

  /** What web calling needs: the chosen account, and its profile as read. */
  private webView(view: ChoicesView): WebCallingView {
    const account = this.accounts.get(this.choices.memberId);
    return { ...view, account, link: this.details?.linkOf(account) };
  }

  override render(): TemplateResult {
    const t = this.i18n.t;
    const view = this.view();
    const web = this.webView(view);
    const details = this.details;
    const output = {
      ...view,
      spec: details?.spec(web) ?? null,
      refusedScriptSrc: absoluteUrl(this.scriptSrc, document.baseURI) === null ? this.scriptUrl : null,
    };
    const label = { ...view, textLocale: this.textLocale, textsReady: this.loadedLocales.includes(this.textLocale) };
    const renderTask: RenderTask = (task, views) => this.renderTask(task, views);
    return this.renderFrame(html`${this.renderHeading(t('title'))}
      <p class="intro">${t('intro')}</p>
      ${details?.renderPhoneError(renderTask) ?? nothing} ${this.detailsModule.render(renderTask)}
      <div class="columns">
        <form part="form" class="form" novalidate @submit=${(e: Event) => e.preventDefault()}>
          ${this.renderTarget(web)} ${renderLabel(label, details && (() => details.renderCustomLabel(view)))} ${renderAppearance(view)}
          ${renderHours(view, details && (() => details.renderHours(view)))}
          ${renderWebCalling(web, details && ((option) => details.renderAddresses(web, option)))}
        </form>
        <div class="results">${renderPreview(output, details?.output)} ${renderSnippet(output, details?.output)}</div>
      </div>`);
  }

  private renderTarget(web: WebCallingView): TemplateResult {
    const { t, choices } = web;
    return html`<fieldset class="group">
      <legend>${t('target.legend')}</legend>
      <div class="choices inline">
        ${(['account', 'phone'] as const).map(
          (kind) => html`<label class="choice">
            <input type="radio" name="target" value=${kind} data-help-label="callButtons:target.${kind}"
              .checked=${live(choices.targetKind === kind)} @change=${() => this.set({ targetKind: kind })} />
            ${t(`target.${kind}`)}
          </label>`,
        )}
      </div>
      ${choices.targetKind === 'account'
        ? this.accounts.render(web, choices.webCall && !callUnavailable(web))
        : (this.details?.renderPhone(web) ?? nothing)}
    </fieldset>`;
  }
}
