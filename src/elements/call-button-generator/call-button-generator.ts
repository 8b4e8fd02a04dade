import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { DialkitAdapter } from '../../adapter/adapter.js';
import type { Member } from '../../adapter/types.js';
import { loadCatalogs, translate } from '../../i18n/i18n.js';
import { LOCALES, type Locale } from '../../i18n/locales.js';
import { DialkitElement, Task, unwrap } from '../shared/base.js';
import type { CountryCode, PhoneCheck } from './phone.js';

/**
 * Phone numbers are checked with libphonenumber-js, whose metadata outweighs
 * the rest of the generator: it loads with the element, not with the kit.
 */
/** Where websites load `call-button.js` when `script-src` does not say. */
const DEFAULT_SCRIPT_SRC = '/dialkit/call-button.js';
const loadPhone = () => import('./phone.js');
type Phone = Awaited<ReturnType<typeof loadPhone>>;
import {
  absoluteUrl,
  buttonAttributes,
  buttonSnippet,
  cleanText,
  hoursAttribute,
  LABEL_MAX,
  linkSnippet,
  type ButtonLang,
  type ButtonLook,
  type ButtonSize,
  type ButtonSpec,
} from './snippet.js';
import { styles } from './call-button-generator.styles.js';

declare module '../shared/events.js' {
  interface DialkitEventMap {
    /** A snippet was copied to the clipboard. */
    'dk-snippet-copied': { variant: 'button' | 'link'; snippet: string };
  }
}

/** A business account the button can call, with the SIP profile it is linked to, if any. */
export interface CallableAccount {
  memberId: string;
  accountName: string;
  displayName: string;
  link: { profileName: string; extension: string | null } | null;
}

type TargetKind = 'account' | 'phone';
type Preset = 'default' | 'callUs' | 'callSales' | 'callSupport' | 'freeCall' | 'custom';
type Variant = 'button' | 'link';
type CopyState = '' | 'copied' | 'failed';

const PRESETS: readonly Preset[] = ['default', 'callUs', 'callSales', 'callSupport', 'freeCall', 'custom'];
const SIZES: readonly ButtonSize[] = ['s', 'm', 'l'];
const LOOKS: readonly ButtonLook[] = ['light', 'dark'];
const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const DEFAULT_COLOR = '#0b57d0';
const PAGE = 500;

interface Form {
  targetKind: TargetKind;
  memberId: string;
  video: boolean;
  phone: string;
  /** Empty: the manager's country, else the console language's. */
  country: CountryCode | '';
  phoneTouched: boolean;
  preset: Preset;
  customLabel: string;
  size: ButtonSize;
  look: ButtonLook;
  color: string;
  lang: ButtonLang;
  hoursOn: boolean;
  days: number[];
  from: string;
  to: string;
  tz: string;
  fallback: string;
  variant: Variant;
}

const initialForm = (): Form => ({
  targetKind: 'account',
  memberId: '',
  video: false,
  phone: '',
  country: '',
  phoneTouched: false,
  preset: 'default',
  customLabel: '',
  size: 'm',
  look: 'light',
  color: DEFAULT_COLOR,
  lang: '',
  hoursOn: false,
  days: [1, 2, 3, 4, 5],
  from: '09:00',
  to: '17:00',
  tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
  fallback: '',
  variant: 'button',
});

/** Every member, page after page: the button may call any account of the company. */
async function allMembers(backend: DialkitAdapter, signal: AbortSignal): Promise<Member[]> {
  const members: Member[] = [];
  for (;;) {
    const page = unwrap(await backend.listMembers({ offset: members.length, limit: PAGE, sort: 'name' }, { signal }));
    members.push(...page.items);
    if (page.items.length === 0 || members.length >= page.total) return members;
  }
}

/**
 * Builds the click-to-call button a website embeds: what it calls (a business
 * account, those linked to a SIP profile first, or a phone number), its
 * label, size, look, colour, language and opening hours; shows the real
 * button live, and the snippet to paste, with or without the script.
 *
 * @summary Builds, previews and copies the snippet of a click-to-call button.
 *
 * @attr script-src - Address of `call-button.js` as websites load it (the preview loads it too); made absolute against the page. Default `/dialkit/call-button.js`.
 * @attr api-base - Base URL of a REST backend, when no adapter is given.
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
  @state() private form: Form = initialForm();
  @state() private copyState: CopyState = '';
  /** Locales whose catalogs are in, for the texts written in the button's language. */
  @state() private loadedLocales: readonly Locale[] = [];

  @query('#snippet-code') private code?: HTMLTextAreaElement;

  /** The phone-number checks, once loaded; the form renders from then on. */
  private phone?: Phone;
  private readonly phoneModule = new Task(this, {
    task: async () => {
      this.phone = await loadPhone();
    },
    args: () => [] as const,
  });

  private readonly accounts = new Task(this, {
    task: async ([backend], { signal }) => {
      const [profiles, members, manager] = await Promise.all([
        backend.listSipProfiles({ signal }).then(unwrap),
        allMembers(backend, signal),
        backend.getManager({ signal }),
      ]);
      const details = await Promise.all(profiles.map((p) => backend.getSipProfile(p.id, { signal }).then(unwrap)));
      const links = new Map(
        details.flatMap((d) => d.accounts.map((a) => [a.memberId, { profileName: d.name, extension: a.extension }] as const)),
      );
      const accounts: CallableAccount[] = members.map((m) => ({
        memberId: m.id,
        accountName: m.accountName,
        displayName: m.displayName,
        link: links.get(m.id) ?? null,
      }));
      return { accounts, country: manager.ok ? manager.data.country : undefined };
    },
    args: () => [this.backend] as const,
    onComplete: async ({ accounts, country }) => {
      const { isCountry } = await loadPhone();
      const form = { ...this.form };
      if (!form.country && isCountry(country)) form.country = country;
      if (form.memberId && !accounts.some((a) => a.memberId === form.memberId)) form.memberId = '';
      if (accounts.length === 0) form.targetKind = 'phone';
      this.form = form;
    },
    onError: (error) => this.reportError('listMembers', error),
  });

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
   * says why (`scriptSrcRefused`).
   */
  private get scriptUrl(): string {
    return absoluteUrl(this.scriptSrc, document.baseURI) ?? absoluteUrl(DEFAULT_SCRIPT_SRC, document.baseURI)!;
  }

  private get scriptSrcRefused(): boolean {
    return absoluteUrl(this.scriptSrc, document.baseURI) === null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('scriptSrc')) this.loadButton();
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
    return this.form.lang || this.i18n.locale;
  }

  private get countryInForce(): CountryCode {
    if (this.form.country) return this.form.country;
    const fromLocale = { pl: 'PL', fr: 'FR', en: 'GB' }[this.i18n.locale] as CountryCode;
    return fromLocale;
  }

  private countryName(code: string): string {
    return regionNames(this.i18n.locale).of(code) ?? code;
  }

  // The model: what the form says, checked

  private get selectedAccount(): CallableAccount | undefined {
    return this.accounts.value?.accounts.find((a) => a.memberId === this.form.memberId);
  }

  private get phoneCheck(): PhoneCheck {
    return this.phone!.checkPhone(this.form.phone, this.countryInForce);
  }

  private get fallbackCheck(): PhoneCheck | null {
    return this.form.fallback.trim() ? this.phone!.checkPhone(this.form.fallback, this.countryInForce) : null;
  }

  private get hoursProblem(): 'noDays' | 'order' | null {
    if (!this.form.hoursOn) return null;
    if (this.form.days.length === 0) return 'noDays';
    if (!this.form.from || !this.form.to || this.form.to <= this.form.from) return 'order';
    return null;
  }

  private get labelText(): string {
    if (this.form.preset === 'custom') return cleanText(this.form.customLabel);
    if (this.form.preset === 'default') return '';
    return translate(this.textLocale, `callButtons:labels.${this.form.preset}`);
  }

  /** The button as specified, or null while something is missing or wrong. */
  private get spec(): ButtonSpec | null {
    let href: string;
    if (this.form.targetKind === 'account') {
      const account = this.selectedAccount;
      if (!account) return null;
      href = `skype:${account.accountName}?call${this.form.video ? '&video=true' : ''}`;
    } else {
      const check = this.phoneCheck;
      if (!check.ok) return null;
      href = `tel:${check.e164}`;
    }
    if (this.form.preset === 'custom' && !this.labelText) return null;
    if (this.hoursProblem) return null;
    const fallback = this.fallbackCheck;
    if (fallback && !fallback.ok) return null;
    const label = this.labelText;
    return {
      href,
      label,
      linkText: label || translate(this.textLocale, 'callButton:label'),
      size: this.form.size,
      look: this.form.look,
      color: this.form.color.toLowerCase() === DEFAULT_COLOR ? '' : this.form.color.toLowerCase(),
      lang: this.form.lang,
      hours: this.form.hoursOn ? hoursAttribute(this.form.days, this.form.from, this.form.to) : '',
      tz: this.form.hoursOn ? this.form.tz : '',
      fallback: this.form.hoursOn && fallback?.ok ? fallback.e164 : '',
      scriptSrc: this.scriptUrl,
    };
  }

  // Rendering

  override render(): TemplateResult {
    if (!this.phone) return html`${this.renderTask(this.phoneModule, { complete: () => nothing })}`;
    const t = this.i18n.t;
    const spec = this.spec;
    return html`
      <div class="layout ${this.helpOpen ? 'has-help' : ''}">
        <section aria-labelledby="title">
          <header class="head">
            <h2 id="title">${t('title')}</h2>
            ${this.renderHelpButton()}
          </header>
          <p class="intro">${t('intro')}</p>
          <div class="columns">
            <form part="form" class="form" novalidate @submit=${(e: Event) => e.preventDefault()}>
              ${this.renderTarget()} ${this.renderLabel()} ${this.renderAppearance()} ${this.renderHours()}
            </form>
            <div class="results">
              ${this.renderPreview(spec)} ${this.renderSnippet(spec)}
            </div>
          </div>
        </section>
        ${this.renderHelpPanel()}
      </div>
    `;
  }

  private renderTarget(): TemplateResult {
    const t = this.i18n.t;
    return html`<fieldset class="group">
      <legend>${t('target.legend')}</legend>
      <div class="choices inline">
        ${(['account', 'phone'] as const).map(
          (kind) => html`<label class="choice">
            <input
              type="radio"
              name="target"
              value=${kind}
              data-help-label="callButtons:target.${kind}"
              .checked=${live(this.form.targetKind === kind)}
              @change=${() => this.set({ targetKind: kind })}
            />
            ${t(`target.${kind}`)}
          </label>`,
        )}
      </div>
      ${this.form.targetKind === 'account' ? this.renderAccount() : this.renderPhone()}
    </fieldset>`;
  }

  private renderAccount(): TemplateResult | typeof nothing {
    const t = this.i18n.t;
    return this.renderTask(this.accounts, {
      isEmpty: ({ accounts }) => accounts.length === 0,
      empty: () => html`<p class="notice" part="empty">${t('account.none')}</p>`,
      complete: ({ accounts }) => {
        const linked = accounts.filter((a) => a.link);
        const others = accounts.filter((a) => !a.link);
        const selected = this.selectedAccount;
        const option = (a: CallableAccount) =>
          html`<option value=${a.memberId} ?selected=${a.memberId === this.form.memberId}>
            ${t('account.option', { name: a.displayName, account: a.accountName })}
          </option>`;
        return html`<div class="field">
            <label for="account">${t('account.label')}</label>
            <select
              id="account"
              aria-describedby="account-notice"
              .value=${live(this.form.memberId)}
              @change=${(e: Event) => this.set({ memberId: (e.target as HTMLSelectElement).value })}
            >
              <option value="" ?selected=${!this.form.memberId}>${t('account.choose')}</option>
              ${linked.length ? html`<optgroup label=${t('account.linkedGroup')}>${linked.map(option)}</optgroup>` : nothing}
              ${others.length ? html`<optgroup label=${t('account.otherGroup')}>${others.map(option)}</optgroup>` : nothing}
            </select>
            <span id="account-notice" class=${selected && !selected.link ? 'notice warning' : 'hint'} role="status">
              ${!selected
                ? t('account.required')
                : selected.link
                  ? selected.link.extension
                    ? t('account.linkedExtension', { profile: selected.link.profileName, extension: selected.link.extension })
                    : t('account.linkedNotice', { profile: selected.link.profileName })
                  : t('account.notLinkedNotice', { name: selected.displayName })}
            </span>
          </div>
          <label class="choice">
            <input type="checkbox" .checked=${live(this.form.video)} @change=${(e: Event) => this.set({ video: (e.target as HTMLInputElement).checked })} />
            ${t('account.video')}
          </label>`;
      },
    });
  }

  private renderCountrySelect(id: string): TemplateResult {
    const t = this.i18n.t;
    const current = this.countryInForce;
    const names = sortedCountries(this.i18n.locale, this.phone!.COUNTRIES);
    return html`<div class="field">
      <label for=${id}>${t('phone.country')}</label>
      <select id=${id} .value=${live(current)} @change=${(e: Event) => this.set({ country: (e.target as HTMLSelectElement).value as CountryCode })}>
        ${names.map((c) => html`<option value=${c.code} ?selected=${c.code === current}>${c.name}</option>`)}
      </select>
    </div>`;
  }

  private phoneMessage(check: PhoneCheck): string {
    const t = this.i18n.t;
    return check.ok
      ? t('phone.formatted', { number: check.formatted })
      : t(`phone.errors.${check.problem}`, { country: this.countryName(this.countryInForce) });
  }

  private renderPhone(): TemplateResult {
    const t = this.i18n.t;
    const check = this.phoneCheck;
    const showProblem = !check.ok && this.form.phoneTouched;
    return html`<div class="row">
      ${this.renderCountrySelect('country')}
      <div class="field grow">
        <label for="phone">${t('phone.label')}</label>
        <input
          id="phone"
          type="tel"
          autocomplete="off"
          inputmode="tel"
          aria-describedby="phone-hint phone-status"
          aria-invalid=${showProblem ? 'true' : 'false'}
          .value=${live(this.form.phone)}
          @input=${(e: InputEvent) => this.set({ phone: (e.target as HTMLInputElement).value, phoneTouched: true })}
          @blur=${() => (this.form = { ...this.form, phoneTouched: true })}
        />
        <span id="phone-hint" class="hint">${t('phone.hint')}</span>
        <span id="phone-status" class=${check.ok ? 'ok' : showProblem ? 'field-error' : 'hint'}>
          ${check.ok || showProblem ? this.phoneMessage(check) : nothing}
        </span>
      </div>
    </div>`;
  }

  private renderLabel(): TemplateResult {
    const t = this.i18n.t;
    const locale = this.textLocale;
    const ready = this.loadedLocales.includes(locale);
    const presetText = (p: Preset) =>
      p === 'default'
        ? t('labels.default', { text: ready ? translate(locale, 'callButton:label') : '' })
        : p === 'custom'
          ? t('labels.custom')
          : ready
            ? translate(locale, `callButtons:labels.${p}`)
            : t(`labels.${p}`);
    const customMissing = this.form.preset === 'custom' && !cleanText(this.form.customLabel);
    return html`<fieldset class="group">
      <legend>${t('label')}</legend>
      <div class="field">
        <label for="preset" class="visually-hidden">${t('label')}</label>
        <select id="preset" data-help-label="callButtons:label" .value=${live(this.form.preset)} @change=${(e: Event) => this.set({ preset: (e.target as HTMLSelectElement).value as Preset })}>
          ${PRESETS.map((p) => html`<option value=${p} ?selected=${p === this.form.preset}>${presetText(p)}</option>`)}
        </select>
      </div>
      ${this.form.preset === 'custom'
        ? html`<div class="field">
            <label for="custom-label">${t('customLabel')}</label>
            <input
              id="custom-label"
              maxlength=${LABEL_MAX * 2}
              autocomplete="off"
              aria-describedby="custom-hint ${customMissing ? 'custom-error' : ''}"
              aria-invalid=${customMissing ? 'true' : 'false'}
              .value=${live(this.form.customLabel)}
              @input=${(e: InputEvent) => this.set({ customLabel: (e.target as HTMLInputElement).value })}
            />
            <span id="custom-hint" class="hint">${t('customHint', { max: LABEL_MAX })}</span>
            ${customMissing ? html`<span id="custom-error" class="field-error">${t('customRequired')}</span>` : nothing}
          </div>`
        : nothing}
    </fieldset>`;
  }

  private renderAppearance(): TemplateResult {
    const t = this.i18n.t;
    const radios = <V extends string>(name: string, values: readonly V[], current: V, apply: (v: V) => void) =>
      html`<fieldset class="group compact">
        <legend>${t(`${name}.legend`)}</legend>
        <div class="choices inline">
          ${values.map(
            (v) => html`<label class="choice">
              <input type="radio" name=${name} value=${v} .checked=${live(current === v)} @change=${() => apply(v)} />
              ${t(`${name}.${v}`)}
            </label>`,
          )}
        </div>
      </fieldset>`;
    return html`<div class="appearance">
      ${radios('size', SIZES, this.form.size, (size) => this.set({ size }))}
      ${radios('look', LOOKS, this.form.look, (look) => this.set({ look }))}
      <div class="field">
        <label for="color">${t('color')}</label>
        <input id="color" type="color" .value=${live(this.form.color)} @input=${(e: InputEvent) => this.set({ color: (e.target as HTMLInputElement).value })} />
      </div>
      <div class="field">
        <label for="language">${t('language.label')}</label>
        <select id="language" .value=${live(this.form.lang)} @change=${(e: Event) => this.set({ lang: (e.target as HTMLSelectElement).value as ButtonLang })}>
          <option value="" ?selected=${this.form.lang === ''}>${t('language.auto')}</option>
          ${LOCALES.map((l) => html`<option value=${l} lang=${l} ?selected=${this.form.lang === l}>${t(`language.${l}`)}</option>`)}
        </select>
      </div>
    </div>`;
  }

  private renderHours(): TemplateResult {
    const t = this.i18n.t;
    const problem = this.hoursProblem;
    const fallback = this.fallbackCheck;
    // 2 November 2026 is a Monday: day names from Intl, in the console's language.
    const dayName = (d: number) => this.i18n.date(new Date(Date.UTC(2026, 10, 1 + d, 12)), { weekday: 'long', timeZone: 'UTC' });
    return html`<fieldset class="group">
      <legend>
        <label class="choice">
          <input type="checkbox" id="hours-on" .checked=${live(this.form.hoursOn)} @change=${(e: Event) => this.set({ hoursOn: (e.target as HTMLInputElement).checked })} />
          ${t('hours.toggle')}
        </label>
      </legend>
      ${this.form.hoursOn
        ? html`<fieldset class="group compact" aria-describedby=${problem === 'noDays' ? 'hours-error' : nothing}>
              <legend>${t('hours.days')}</legend>
              <div class="choices inline">
                ${DAYS.map(
                  (d) => html`<label class="choice">
                    <input
                      type="checkbox"
                      value=${d}
                      .checked=${live(this.form.days.includes(d))}
                      @change=${(e: Event) =>
                        this.set({
                          days: (e.target as HTMLInputElement).checked ? [...this.form.days, d] : this.form.days.filter((x) => x !== d),
                        })}
                    />
                    ${dayName(d)}
                  </label>`,
                )}
              </div>
            </fieldset>
            <div class="row">
              <div class="field">
                <label for="from">${t('hours.from')}</label>
                <input id="from" type="time" required .value=${live(this.form.from)} @input=${(e: InputEvent) => this.set({ from: (e.target as HTMLInputElement).value })} />
              </div>
              <div class="field">
                <label for="to">${t('hours.to')}</label>
                <input
                  id="to"
                  type="time"
                  required
                  aria-invalid=${problem === 'order' ? 'true' : 'false'}
                  aria-describedby=${problem === 'order' ? 'hours-error' : nothing}
                  .value=${live(this.form.to)}
                  @input=${(e: InputEvent) => this.set({ to: (e.target as HTMLInputElement).value })}
                />
              </div>
              <div class="field grow">
                <label for="tz">${t('hours.timeZone')}</label>
                <select id="tz" .value=${live(this.form.tz)} @change=${(e: Event) => this.set({ tz: (e.target as HTMLSelectElement).value })}>
                  ${timeZones(this.form.tz).map((z) => html`<option value=${z} ?selected=${z === this.form.tz}>${z.replace(/_/g, ' ')}</option>`)}
                </select>
              </div>
            </div>
            ${problem ? html`<p id="hours-error" class="field-error">${t(`hours.${problem}`)}</p>` : nothing}
            <div class="field">
              <label for="fallback">${t('hours.fallback')}</label>
              <input
                id="fallback"
                type="tel"
                inputmode="tel"
                autocomplete="off"
                aria-describedby="fallback-hint fallback-status"
                aria-invalid=${fallback && !fallback.ok ? 'true' : 'false'}
                .value=${live(this.form.fallback)}
                @input=${(e: InputEvent) => this.set({ fallback: (e.target as HTMLInputElement).value })}
              />
              <span id="fallback-hint" class="hint">${t('hours.fallbackHint')}</span>
              <span id="fallback-status" class=${fallback?.ok ? 'ok' : 'field-error'}>
                ${fallback ? this.phoneMessage(fallback) : nothing}
              </span>
            </div>`
        : nothing}
    </fieldset>`;
  }

  private renderPreview(spec: ButtonSpec | null): TemplateResult {
    const t = this.i18n.t;
    const attributes = spec ? Object.fromEntries(buttonAttributes(spec)) : {};
    return html`<section class="preview" part="preview" aria-labelledby="preview-title">
      <h3 id="preview-title">${t('preview.title')}</h3>
      ${spec
        ? html`<p class="hint">${t('preview.hint')}</p>
            <div class="stage ${spec.look}">
              <dk-call-button
                size=${attributes['size'] ?? nothing}
                look=${attributes['look'] ?? nothing}
                color=${attributes['color'] ?? nothing}
                label=${attributes['label'] ?? nothing}
                lang=${attributes['lang'] ?? nothing}
                hours=${attributes['hours'] ?? nothing}
                tz=${attributes['tz'] ?? nothing}
                fallback=${attributes['fallback'] ?? nothing}
                ><a href=${spec.href}>${cleanText(spec.linkText)}</a></dk-call-button
              >
            </div>`
        : html`<p class="hint">${t('snippet.incomplete')}</p>`}
    </section>`;
  }

  private renderSnippet(spec: ButtonSpec | null): TemplateResult {
    const t = this.i18n.t;
    const text = spec ? (this.form.variant === 'button' ? buttonSnippet(spec) : linkSnippet(spec)) : '';
    return html`<section class="snippet" part="snippet" aria-labelledby="snippet-title">
      <h3 id="snippet-title">${t('snippet.title')}</h3>
      ${this.scriptSrcRefused
        ? html`<p class="alert" role="alert">${t('snippet.scriptSrcRefused', { address: this.scriptUrl })}</p>`
        : nothing}
      <fieldset class="group compact">
        <legend>${t('snippet.kind')}</legend>
        <div class="choices inline">
          ${(['button', 'link'] as const).map(
            (v) => html`<label class="choice">
              <input
                type="radio"
                name="variant"
                value=${v}
                data-help-label=${v === 'link' ? 'callButtons:noscript' : nothing}
                .checked=${live(this.form.variant === v)}
                @change=${() => this.set({ variant: v })}
              />
              ${v === 'button' ? t('snippet.withScript') : t('noscript')}
            </label>`,
          )}
        </div>
      </fieldset>
      ${spec
        ? html`<div class="field">
              <label for="snippet-code">${t('snippet.codeLabel')}</label>
              <textarea
                id="snippet-code"
                readonly
                spellcheck="false"
                rows=${text.split('\n').length + 1}
                aria-describedby="snippet-hint"
                .value=${text}
              ></textarea>
              <span id="snippet-hint" class="hint">${this.form.variant === 'button' ? t('snippet.hint') : t('snippet.noscriptHint')}</span>
            </div>
            <div class="copy-row">
              <button type="button" class="button primary" part="copy-button" data-help-label="callButtons:copy" @click=${() => this.copy(text)}>${t('copy')}</button>
              <p class=${this.copyState === 'failed' ? 'field-error' : 'ok'} role="status">
                ${this.copyState ? t(this.copyState === 'copied' ? 'copied' : 'copyFailed') : nothing}
              </p>
            </div>`
        : html`<p class="hint">${t('snippet.incomplete')}</p>`}
    </section>`;
  }

  /** Applies a change from the form; the confirmation of an earlier copy no longer holds. */
  private set(change: Partial<Form>): void {
    this.form = { ...this.form, ...change };
    this.copyState = '';
  }

  private async copy(text: string): Promise<void> {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this.copyState = 'copied';
      this.emit('dk-snippet-copied', { variant: this.form.variant, snippet: text });
    } catch {
      // Denied or unavailable: select the text so that the keyboard copies it.
      this.copyState = 'failed';
      await this.updateComplete;
      this.code?.focus();
      this.code?.select();
    }
  }
}

const displayNames = new Map<Locale, Intl.DisplayNames>();
function regionNames(locale: Locale): Intl.DisplayNames {
  let names = displayNames.get(locale);
  if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })));
  return names;
}

const countryLists = new Map<Locale, Array<{ code: CountryCode; name: string }>>();
/** Every country, named and sorted in the console's language (computed once per language). */
function sortedCountries(locale: Locale, countries: readonly CountryCode[]): Array<{ code: CountryCode; name: string }> {
  let list = countryLists.get(locale);
  if (!list) {
    const names = regionNames(locale);
    const collator = new Intl.Collator(locale);
    list = countries.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
    countryLists.set(locale, list);
  }
  return list;
}

/** Time zones for the opening hours; the current one stays listed even if Intl does not know it. */
let knownZones: string[] | undefined;
function timeZones(current: string): string[] {
  knownZones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  return knownZones.includes(current) ? knownZones : [current, ...knownZones];
}
