import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { loadCatalogs, translate } from '../../i18n/i18n.js';
import type { DialkitChange } from '../../adapter/changes.js';
import { languageOf, type Locale } from '../../i18n/locales.js';
import { DialkitElement, Task, TaskStatus } from '../shared/base.js';
import { FormController } from '../shared/controllers/form.js';
import { LazyModule } from '../shared/lazy.js';
import type { CountryCode } from './phone.js';
import { absoluteUrl } from './clean.js';
import type { ButtonSpec } from './snippet.js';
import { AccountPicker } from './internal/account-picker.js';
import { initialChoices, type Choices, type ChoicesView, type Field } from './internal/choices.js';
import { renderHours, type HoursView } from './internal/hours.js';
import { labelText, renderAppearance, renderLabel } from './internal/look.js';
import type { PhoneModule } from './internal/phone-field.js';
import { renderPreview, renderSnippet } from './internal/output.js';
import type { SnippetOutput } from './internal/snippet-output.js';
import { callUnavailable, renderWebCalling, type WebCallingView } from './internal/web-calling.js';
import { styles } from './call-button-generator.styles.js';

/** Where websites load `call-button.js` when `script-src` does not say. */
const DEFAULT_SCRIPT_SRC = '/dialkit/call-button.js';
/**
 * Phone numbers are checked with libphonenumber-js, whose metadata outweighs
 * the rest of the generator: it loads with the element, not with the kit.
 */
const loadPhone = (): Promise<PhoneModule> => import('./phone.js');

/** The form's later parts (`internal/details.ts`). */
type Details = typeof import('./internal/details.js');

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
 * @csspart loading - The loading state of the accounts.
 * @csspart error - The error state of the accounts.
 * @csspart retry-button - The retry button of the error state.
 * @csspart empty - Shown when the company has no account to call yet.
 */
export class DkCallButtonGenerator extends DialkitElement {
  static override styles = [...DialkitElement.styles, styles];
  static override namespaces = ['callButtons', 'callButton', 'common', 'errors'];
  static override helpArticle = 'call-buttons';

  @property({ attribute: 'script-src' }) scriptSrc = DEFAULT_SCRIPT_SRC;

  /** What the admin chose; kept as typed, whatever its state. */
  @state() private choices: Choices = initialChoices();
  /** Locales whose catalogs are in, for the texts written in the button's language. */
  @state() private loadedLocales: readonly Locale[] = [];

  private readonly form = new FormController<Field>(this);

  /** The phone-number checks, once loaded: the form shows before, and checks the numbers from then on. */
  private phone?: PhoneModule;
  private readonly phoneModule = new Task(this, {
    task: async () => {
      this.phone = await loadPhone();
    },
    args: () => [] as const,
  });

  /** The manager's country, the one phone numbers are read for unless the admin picks another. Its failure only loses that default. */
  private readonly managerCountry = new Task(this, {
    task: async ([backend], { signal }) => {
      const manager = await backend.getManager({ signal });
      return manager.ok ? manager.data.country : null;
    },
    args: () => [this.backend] as const,
  });

  private readonly accounts = new AccountPicker(this, {
    ...this.services,
    chosen: () => this.choices.memberId,
    renderTask: (task, views) => this.renderTask(task, views),
  });

  /**
   * The form's later parts, loaded when first needed: an account chosen, the
   * phone number as target, or the opening hours on. Until they come, the
   * loading state shows above the form, and a failed load its error with
   * Retry; what was chosen meanwhile shows once they are in.
   */
  private details?: Details;
  private readonly detailsModule = new LazyModule(this, () => import('./internal/details.js'), (error) =>
    this.reportError('formDetails', error),
  );
  /** The live button, the snippet and its copy, with the later parts. */
  private output?: SnippetOutput;

  protected override backendChanged(changes: DialkitChange[]): void {
    super.backendChanged(changes);
    this.accounts.refresh();
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
    const { memberId, targetKind, hoursOn } = this.choices;
    // Asked once; a failed load is loaded again by its Retry.
    if ((memberId || targetKind === 'phone' || hoursOn) && this.detailsModule.task.status === TaskStatus.INITIAL) {
      this.detailsModule.use((details) => {
        this.output = new details.SnippetOutput(this, {
          copied: (variant, snippet) => this.emit('dk-snippet-copied', { variant, snippet }),
        });
        this.details = details;
        this.requestUpdate();
      });
    }
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

  /** The country numbers are read for: the admin's choice, else the manager's, else the console language's. */
  private country(phone: PhoneModule | undefined): CountryCode {
    if (this.choices.country) return this.choices.country;
    const manager = this.managerCountry.value ?? undefined;
    // Until the checks load, the manager's country as the backend gives it (a region code).
    if (phone ? phone.isCountry(manager) : !!manager && /^[A-Z]{2}$/.test(manager)) return manager as CountryCode;
    return ({ pl: 'PL', fr: 'FR', en: 'GB' } as const)[languageOf(this.i18n.locale)];
  }

  /** Applies a change from the form; the confirmation of an earlier copy no longer holds. */
  private readonly set: ChoicesView['set'] = (change): void => {
    const next = { ...this.choices, ...(typeof change === 'function' ? change(this.choices) : change) };
    // Another account: its profile's endpoint and address are proposed again.
    if (next.memberId !== this.choices.memberId) Object.assign(next, { ws: null, sipAddress: null });
    this.choices = next;
    this.output?.reset();
  };

  private view(phone: PhoneModule | undefined): HoursView {
    return {
      choices: this.choices,
      t: this.i18n.t,
      set: this.set,
      phone,
      country: this.country(phone),
      locale: this.i18n.locale,
      regionName: (code) => this.i18n.displayName('region', code),
      form: this.form,
      date: this.i18n.date,
    };
  }

  /** What web calling needs: the chosen account, its profile as read, and the backend's address. */
  private webView(view: HoursView): WebCallingView {
    const account = this.accounts.get(this.choices.memberId);
    const task = this.accounts.link;
    const value = task.value;
    const link = task.status === TaskStatus.ERROR ? null : value && value.memberId === account?.id ? value : undefined;
    const id = this.backend.id;
    return { ...view, account, link, apiBase: id && absoluteUrl(id, document.baseURI) === id ? id : '' };
  }

  /** The button as specified, or null while something is missing or wrong (always, until the later parts are in). */
  private spec(view: HoursView): ButtonSpec | null {
    const details = this.details;
    if (!details) return null;
    const phone = details.numberCheck(view, 'phone');
    return details.buttonSpec(this.choices, {
      accountName: this.accounts.get(this.choices.memberId)?.accountName,
      phone: phone ?? { ok: false, problem: 'empty' },
      fallback: details.numberCheck(view, 'fallback'),
      label: labelText(view, this.textLocale),
      defaultLabel: translate(this.textLocale, 'callButton:label'),
      scriptSrc: this.scriptUrl,
      web: details.webSpec(this.webView(view)),
    });
  }

  override render(): TemplateResult {
    const t = this.i18n.t;
    const view = this.view(this.phone);
    const output = {
      ...view,
      spec: this.spec(view),
      refusedScriptSrc: absoluteUrl(this.scriptSrc, document.baseURI) === null ? this.scriptUrl : null,
    };
    const label = { ...view, textLocale: this.textLocale, textsReady: this.loadedLocales.includes(this.textLocale) };
    const details = this.details;
    return this.renderFrame(html`${this.renderHeading(t('title'))}
      <p class="intro">${t('intro')}</p>
      ${this.phoneModule.status === TaskStatus.ERROR ? this.renderTask(this.phoneModule, { complete: () => nothing }) : nothing}
      ${this.detailsModule.render((task, views) => this.renderTask(task, views))}
      <div class="columns">
        <form part="form" class="form" novalidate @submit=${(e: Event) => e.preventDefault()}>
          ${this.renderTarget(view)} ${renderLabel(label)} ${renderAppearance(view)} ${renderHours(view, details?.renderHoursDetails)}
          ${renderWebCalling(this.webView(view), details?.renderAddresses)}
        </form>
        <div class="results">${renderPreview(output, this.output)} ${renderSnippet(output, this.output)}</div>
      </div>`);
  }

  private renderTarget(view: HoursView): TemplateResult {
    const { t, choices } = view;
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
        ? this.accounts.render(view, choices.webCall && !callUnavailable(this.webView(view)))
        : (this.details?.renderPhone(view) ?? nothing)}
    </fieldset>`;
  }
}
