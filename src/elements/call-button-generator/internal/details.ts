import { nothing, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import type { Member } from '../../../adapter/types.js';
import { translate } from '../../../i18n/i18n.js';
import type { LocalizeController } from '../../../i18n/controller.js';
import type { Locale } from '../../../i18n/locales.js';
import { FormController } from '../../shared/controllers/form.js';
import type { ElementHost as Host, ElementServices } from '../../shared/controllers/services.js';
import { absoluteUrl } from '../address.js';
import type { ButtonSpec } from '../snippet.js';
import { AccountLinkReader, type AccountLink } from './account-link.js';
import type { RenderTask } from './account-picker.js';
import type { ChoicesView, Field } from './choices.js';
import { renderCustomLabel } from './custom-label.js';
import { renderHoursDetails, type HoursView } from './hours-details.js';
import { numberCheck, renderPhone } from './phone-field.js';
import { countryFor, PhoneChecks } from './phone-checks.js';
import { SnippetOutput, type OutputOptions } from './snippet-output.js';
import { buttonSpec, labelText } from './spec.js';
import { renderAddresses, webSpec, type AddressesView } from './web-addresses.js';
import type { WebCallingView } from './web-calling.js';

/** What the later parts need of the element. */
export interface DetailsOptions extends OutputOptions {
  services: ElementServices;
  i18n: LocalizeController;
  /** The account chosen now, if known. */
  account: () => Member | undefined;
  /** The language of the texts the snippet carries. */
  textLocale: () => Locale;
  /** Where websites load `call-button.js`. */
  scriptUrl: () => string;
}

/**
 * The generator's later parts, loaded when the form first needs one of them
 * (an account chosen, the phone number as target, the opening hours on, a
 * label of the admin's own), not at its first paint, which has no button to
 * show yet: where the chosen account calls, the phone fields and their checks,
 * the details of the opening hours, the custom label, the addresses of web
 * calling, the button the choices make, and the live button, the snippet and
 * its copy.
 */
export class FormDetails {
  readonly form: FormController<Field>;
  readonly output: SnippetOutput;
  private readonly link: AccountLinkReader;
  /** From when a phone field first shows (the phone number as target, or the fallback of the opening hours). */
  private checks?: PhoneChecks;

  constructor(
    private readonly host: Host,
    private readonly options: DetailsOptions,
  ) {
    this.form = new FormController(host);
    this.output = new SnippetOutput(host, options);
    this.link = new AccountLinkReader(host, options.services, options.account);
  }

  /** Before each update: the phone checks load when a phone field first shows. */
  prepare({ choices }: ChoicesView): void {
    if (!this.checks && (choices.targetKind === 'phone' || choices.hoursOn)) this.checks = new PhoneChecks(this.host, this.options.services.backend);
    this.checks?.want([choices.phone, choices.fallback], countryFor(choices, this.options.i18n.locale, this.checks));
  }

  /** Another element changed data on the same backend: the chosen account's profile is read again. */
  refresh(): void {
    void this.link.task.run();
  }

  /** The SIP profile of `account`: undefined while it is read, null when it could not be read. */
  linkOf(account: Member | undefined): AccountLink | null | undefined {
    return this.link.of(account);
  }

  /** What the account's notice says of a linked account. */
  linkText(chosen: Member): string {
    return this.link.text(chosen);
  }

  /** A failure to load the phone checks or the metadata a number needs (the network), with its Retry. */
  renderPhoneError(renderTask: RenderTask): TemplateResult | typeof nothing {
    const failed = [this.checks?.load, this.checks?.parts].find((task) => task?.status === TaskStatus.ERROR);
    return failed ? renderTask(failed, { complete: () => nothing }) : nothing;
  }

  private view(base: ChoicesView): HoursView {
    const { i18n } = this.options;
    return {
      ...base,
      phone: this.checks?.module,
      country: countryFor(base.choices, i18n.locale, this.checks),
      locale: i18n.locale,
      regionName: (code) => i18n.displayName('region', code),
      form: this.form,
      date: i18n.date,
    };
  }

  private addressesView(web: WebCallingView): AddressesView {
    const id = this.options.services.backend().id;
    return { ...web, form: this.form, apiBase: id && absoluteUrl(id, document.baseURI) === id ? id : '' };
  }

  renderPhone(base: ChoicesView): TemplateResult {
    return renderPhone(this.view(base));
  }

  renderHours(base: ChoicesView): TemplateResult {
    return renderHoursDetails(this.view(base));
  }

  renderCustomLabel(base: ChoicesView): TemplateResult {
    return renderCustomLabel(base, this.form);
  }

  renderAddresses(web: WebCallingView, option: 'webCall' | 'callbackOn'): TemplateResult {
    return renderAddresses(this.addressesView(web), option);
  }

  /** The button as specified, or null while something is missing or wrong. */
  spec(web: WebCallingView): ButtonSpec | null {
    const { options } = this;
    const view = this.view(web);
    const textLocale = options.textLocale();
    return buttonSpec(web.choices, {
      accountName: web.account?.accountName,
      phone: numberCheck(view, 'phone') ?? { ok: false, problem: 'empty' },
      fallback: numberCheck(view, 'fallback'),
      label: labelText(web.choices, textLocale),
      defaultLabel: translate(textLocale, 'callButton:label'),
      scriptSrc: options.scriptUrl(),
      web: webSpec(this.addressesView(web)),
    });
  }
}
