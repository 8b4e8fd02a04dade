import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { defaultSipAddress, httpsUrl, sipAddress, wssUrl } from '../snippet.js';
import type { FormController } from '../../shared/controllers/form.js';
import type { Field } from './choices.js';
import type { SpecInputs } from './spec.js';
import { callbackUnavailable, callUnavailable, type WebCallingView } from './web-calling.js';

/** What the addresses need besides web calling's switches: the form's problems and the element's backend. */
export interface AddressesView extends WebCallingView {
  readonly form: FormController<Field>;
  /** The element's backend (its base URL), proposed as the public API of the callback form; empty when it has none. */
  readonly apiBase: string;
}

/** The three addresses as the fields show them: as typed, else proposed from the profile and the backend. */
export function webFields({ choices, account, link, apiBase }: AddressesView): Record<'ws' | 'sipAddress' | 'callbackUrl', string> {
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
export function webSpec(view: AddressesView): SpecInputs['web'] {
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

/** The addresses of an option that is on: the endpoint and the SIP address of calls from the browser, the public API of the callback form. */
export function renderAddresses(view: AddressesView, option: 'webCall' | 'callbackOn'): TemplateResult {
  const fields = webFields(view);
  return option === 'webCall'
    ? html`${renderAddress(view, 'ws', fields.ws)} ${renderAddress(view, 'sipAddress', fields.sipAddress)}`
    : renderAddress(view, 'callbackUrl', fields.callbackUrl);
}

/** An address, kept as typed, and what is wrong with it. */
function renderAddress(view: AddressesView, field: 'ws' | 'sipAddress' | 'callbackUrl', value: string): TemplateResult {
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
