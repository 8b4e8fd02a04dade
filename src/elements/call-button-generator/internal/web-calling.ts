import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Member } from '../../../adapter/types.js';
import type { AccountLink } from './account-picker.js';
import type { ChoicesView } from './choices.js';

/** What web calling needs besides the choices: the chosen account and its SIP profile. */
export interface WebCallingView extends ChoicesView {
  /** The chosen account, if any. */
  readonly account: Member | undefined;
  /** Its SIP profile: undefined while it is read, null when it could not be read. */
  readonly link: AccountLink | null | undefined;
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

/**
 * Calls from the browser and the callback form: each a switch, said why it is
 * off when it cannot be on, and, once on, its addresses (`addresses`, from the
 * form's later parts, `web-addresses.ts`).
 */
export function renderWebCalling(view: WebCallingView, addresses: ((option: 'webCall' | 'callbackOn') => TemplateResult) | undefined): TemplateResult {
  const { t, choices } = view;
  const call = callUnavailable(view);
  const back = callbackUnavailable(view);
  return html`<fieldset class="group">
    <legend>${t('web.legend')}</legend>
    ${renderSwitch(view, 'webCall', call)}
    ${choices.webCall && !call && addresses ? addresses('webCall') : nothing}
    ${renderSwitch(view, 'callbackOn', back)}
    ${choices.callbackOn && !back && addresses ? addresses('callbackOn') : nothing}
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
