/**
 * The call on screen: ringing (who calls, from which page, Answer and
 * Decline), then connected (the time, Mute, Hold, the keypad, Hang up, the
 * tones the caller pressed).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CallLike } from '../../../calling/types.js';
import { clock } from './calls.js';

export const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;

export interface CallView {
  call: CallLike;
  t: (key: string, values?: Record<string, unknown>) => string;
  /** Seconds since the call was answered. */
  seconds: number;
  keypadOpen: boolean;
  tonesIn: string;
  tonesOut: string;
  holding: boolean;
  answer: () => void;
  decline: () => void;
  hangUp: () => void;
  toggleMute: () => void;
  toggleHold: () => void;
  toggleKeypad: () => void;
  press: (key: string) => void;
}

/** The caller as a person reads it: the name given, else the number or user. */
export const callerOf = (call: CallLike, t: CallView['t']): string => {
  const { displayName, user } = call.remoteIdentity;
  // A website's visitor calls as `anonymous` (RFC 3323), under a display name in English ("Anonymous"): said in the agent's language.
  if (!user || user === 'anonymous') return t('anonymous');
  return displayName || user;
};

/** The page as a link's text: its host and path, without the scheme. */
export const pageText = (url: string): string => {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return url;
  }
};

/** Only http(s) pages become links. */
export const safePage = (url: string | null): string | null => {
  if (!url) return null;
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol) ? url : null;
  } catch {
    return null;
  }
};

export function renderPage(url: string | null): TemplateResult | typeof nothing {
  const page = safePage(url);
  return page ? html`<a href=${page} target="_blank" rel="noopener noreferrer">${pageText(page)}</a>` : nothing;
}

export function renderCall(v: CallView): TemplateResult {
  return v.call.state === 'ringing' ? renderRinging(v) : renderConnected(v);
}

function renderRinging(v: CallView): TemplateResult {
  const { t, call } = v;
  const page = safePage(call.pageUrl);
  return html`<section class="call ringing" part="call" aria-labelledby="call-title">
    <h3 id="call-title">${t('incoming.title')}</h3>
    <p class="caller" part="caller">${t('incoming.from', { caller: callerOf(call, t) })}</p>
    ${page
      ? html`<p class="page" part="page">${t('incoming.page')} ${renderPage(page)}</p>`
      : html`<p class="hint">${t('incoming.noPage')}</p>`}
    <div class="actions">
      <button type="button" class="button primary answer" part="answer-button" @click=${v.answer}>${t('incoming.answer')}</button>
      <button type="button" class="button danger decline" part="decline-button" @click=${v.decline}>${t('incoming.decline')}</button>
    </div>
  </section>`;
}

function renderConnected(v: CallView): TemplateResult {
  const { t, call } = v;
  const page = safePage(call.pageUrl);
  return html`<section class="call connected" part="call" aria-labelledby="call-title">
    <h3 id="call-title">${t('call.with', { caller: callerOf(call, t) })}</h3>
    ${page ? html`<p class="page" part="page">${t('incoming.page')} ${renderPage(page)}</p>` : nothing}
    <p class="timer">
      <span class="hint">${t('call.duration')}</span>
      <span role="timer" class="clock" part="timer">${clock(v.seconds)}</span>
    </p>
    ${call.held.local ? html`<p class="badge">${t('call.onHold')}</p>` : nothing}
    ${call.held.remote ? html`<p class="notice">${t('call.heldByCaller')}</p>` : nothing}
    ${call.muted ? html`<p class="hint">${t('call.muted')}</p>` : nothing}
    ${v.tonesIn ? html`<p class="tones" part="tones-received">${t('call.tonesReceived', { tones: v.tonesIn })}</p>` : nothing}
    <div class="actions">
      <button type="button" class="button mute" part="mute-button" aria-pressed=${call.muted ? 'true' : 'false'} @click=${v.toggleMute}>
        ${t('call.mute')}
      </button>
      <button
        type="button"
        class="button hold"
        part="hold-button"
        aria-pressed=${call.held.local ? 'true' : 'false'}
        ?disabled=${v.holding}
        @click=${v.toggleHold}
      >
        ${t('call.hold')}
      </button>
      <button
        type="button"
        class="button keypad-toggle"
        part="keypad-button"
        aria-expanded=${v.keypadOpen ? 'true' : 'false'}
        aria-controls="keypad"
        @click=${v.toggleKeypad}
      >
        ${t('call.keypad')}
      </button>
      <button type="button" class="button danger hang-up" part="hang-up-button" @click=${v.hangUp}>${t('call.hangUp')}</button>
    </div>
    ${v.keypadOpen
      ? html`<div id="keypad" class="keypad" part="keypad" role="group" aria-label=${t('call.keypadLabel')}>
          ${KEYS.map((key) => html`<button type="button" class="button key" data-key=${key} @click=${() => v.press(key)}>${key}</button>`)}
        </div>`
      : nothing}
    ${v.tonesOut ? html`<p class="hint tones-sent" aria-live="polite">${t('call.tonesSent', { tones: v.tonesOut })}</p>` : nothing}
  </section>`;
}
