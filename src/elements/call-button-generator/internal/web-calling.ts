import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Member } from '../../../adapter/types.js';
import type { FormController } from '../../shared/controllers/form.js';
import { defaultSipAddress, httpsUrl, sipAddress, wssUrl } from '../snippet.js';
import type { AccountLink } from './account-picker.js';
import type { ChoicesView, Field, SpecInputs } from './choices.js';

/** What web calling needs besides the choices: the chosen account, its SIP profile and the element's backend. */
export interface WebCallingView extends ChoicesView {
  readonly form: FormController<Field>;
  /** The chosen account, if any. */
  readonly account: Member | undefined;
  /** Its SIP profile: undefined while it is read, null when it could not be read. */
  readonly link: AccountLink | null | undefined;
  /** The element's backend (its base URL), proposed as the public API of the callback form; empty when it has none. */
  readonly apiBase: string;
}

/** Why an option is not offered for the choices as they are. */
export type Unavailable = 'phone' | 'noAccount' | 'notLinked' | 'reading' | 'failed' | 'inactive' | 'noWebsocket';

/**
 * Why the callback form cannot be offered, or null: a callback request names
 * the business account the button calls, which must be linked to an active
 * SIP profile (`requestCallback`).
 */
export function callbackUnavailable({ choices, account, link }: WebCallingView): Unavailable | null {
  if (choices.targetKind !== 'account') return 'phone';
  if (!account) return 'noAccount';
  if (account.sipProfileId === null) return 'notLinked';
  if (link === null) return 'failed';
  if (!link || link.memberId !== account.id) return 'reading';
  return link.active ? null : 'inactive';
}

/** Why calls from the browser cannot be offered, or null: besides the callback's needs, a profile with a WebSocket address. */
export function callUnavailable(view: WebCallingView): Unavailable | null {
  return callbackUnavailable(view) ?? (view.link?.websocketUrl ? null : 'noWebsocket');
}

/** The three addresses as the fields show them: as typed, else proposed from the profile and the backend. */
export function webFields({ choices, account, link, apiBase }: WebCallingView): Record<'ws' | 'sipAddress' | 'callbackUrl', string> {
  let host = '';
  try {
    host = link?.websocketUrl ? new URL(link.websocketUrl).hostname : '';
  } catch {}
  return {
    ws: choices.ws ?? link?.websocketUrl ?? '',
    sipAddress: choices.sipAddress ?? (host && account ? defaultSipAddress(account.accountName, host) : ''),
    callbackUrl: choices.callbackUrl ?? apiBase,
  };
}

/** The web-calling attributes the snippet carries, checked; null while an option that is on is wrong. */
export function webSpec(view: WebCallingView): SpecInputs['web'] {
  const { choices } = view;
  const fields = webFields(view);
  // Until the chosen account's profile is read, an option that is on waits for it (no snippet that changes under the admin's eyes).
  if ((choices.webCall || choices.callbackOn) && callbackUnavailable(view) === 'reading') return null;
  const web: NonNullable<SpecInputs['web']> = {};
  if (choices.webCall && !callUnavailable(view)) {
    const ws = wssUrl(fields.ws);
    const href = sipAddress(fields.sipAddress);
    if (!ws || !href) return null;
    Object.assign(web, { ws, href });
  }
  if (choices.callbackOn && !callbackUnavailable(view)) {
    const callback = httpsUrl(fields.callbackUrl);
    if (!callback) return null;
    web.callback = callback;
  }
  return web;
}

const CHECKS = { ws: wssUrl, sipAddress, callbackUrl: httpsUrl } as const;

/** Calls from the browser and the callback form: each a switch, said why it is off when it cannot be on, and its addresses. */
export function renderWebCalling(view: WebCallingView): TemplateResult {
  const { t, choices } = view;
  const call = callUnavailable(view);
  const back = callbackUnavailable(view);
  const fields = webFields(view);
  return html`<fieldset class="group">
    <legend>${t('web.legend')}</legend>
    ${renderSwitch(view, 'webCall', call)}
    ${choices.webCall && !call
      ? html`${renderAddress(view, 'ws', fields.ws)} ${renderAddress(view, 'sipAddress', fields.sipAddress)}`
      : nothing}
    ${renderSwitch(view, 'callbackOn', back)}
    ${choices.callbackOn && !back ? renderAddress(view, 'callbackUrl', fields.callbackUrl) : nothing}
  </fieldset>`;
}

/** A switch, off and disabled with the reason as its description when the option cannot be offered. */
function renderSwitch(view: WebCallingView, key: 'webCall' | 'callbackOn', reason: Unavailable | null): TemplateResult {
  const { t, choices, set, account, link } = view;
  const id = key === 'webCall' ? 'web-call' : 'callback-on';
  const texts = key === 'webCall' ? 'call' : 'callback';
  const why = reason ? t(`web.unavailable.${reason}`, { name: account?.displayName ?? '', profile: link?.profileName ?? '' }) : '';
  return html`<div class="field">
    <label class="choice">
      <input
        type="checkbox"
        role="switch"
        id=${id}
        ?disabled=${!!reason}
        aria-describedby="${id}-hint"
        .checked=${live(choices[key] && !reason)}
        @change=${(e: Event) => set({ [key]: (e.target as HTMLInputElement).checked })}
      />
      ${t(`web.${texts}`)}
    </label>
    <span id="${id}-hint" class=${reason && reason !== 'reading' ? 'notice' : 'hint'}>${why || t(`web.${texts}Hint`)}</span>
  </div>`;
}

/** An address, kept as typed, and what is wrong with it. */
function renderAddress(view: WebCallingView, field: 'ws' | 'sipAddress' | 'callbackUrl', value: string): TemplateResult {
  const { t, set, form } = view;
  const wrong = CHECKS[field](value) === null;
  const problem = wrong ? form.problem(field, { text: t(`web.${field}Invalid`), empty: !value.trim() }) : '';
  return html`<div class="field">
    <label for=${field}>${t(`web.${field}`)}</label>
    <input
      id=${field}
      type=${field === 'sipAddress' ? 'text' : 'url'}
      autocomplete="off"
      spellcheck="false"
      aria-describedby="${field}-hint ${problem ? `${field}-error` : ''}"
      aria-invalid=${problem ? 'true' : 'false'}
      .value=${live(value)}
      @input=${(e: InputEvent) => {
        form.edit(field);
        set({ [field]: (e.target as HTMLInputElement).value });
      }}
      @blur=${() => form.touch(field)}
    />
    <span id="${field}-hint" class="hint">${t(`web.${field}Hint`)}</span>
    ${problem ? html`<span id="${field}-error" class="field-error">${problem}</span>` : nothing}
  </div>`;
}
