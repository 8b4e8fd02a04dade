/**
 * The call panel of `<dk-call-button>`: built as `call-panel-<lang>.js` beside the
 * button's script, which loads it on a first click only (the button itself
 * stays within its size budget). It calls from the page over WebRTC through
 * the kit's phone (`src/calling/phone.ts`, JsSIP, a chunk of its own loaded
 * once the microphone is granted), or, when the line is closed or nobody
 * answers, offers the fallback number and a callback request. The button
 * loads it on a click whenever `ws` (or, the line closed, `callback`) is
 * set; whether a web call can be made (`ws` valid, a `sip:` link, WebRTC) is
 * decided here, and when not, the click follows the link as without it.
 *
 * Its strings are the `callPanel` catalog of the button's language: built,
 * one panel per language (`call-panel-<lang>.js`, the catalog inlined, no
 * translation runtime; docs/decisions.md, "The call panel's strings"). It
 * reads everything else from the button: `ws`, `callback`, `fallback`,
 * `hours`, `tz`, the link and the language.
 *
 * A modal `<dialog>` in the button's shadow root: focus moves in and goes
 * back to the button when it closes; Escape closes it, and during a call
 * first asks whether to hang up. Every state is announced (a status region).
 */
import type { CallFailureReason, CallLike, PhoneLike } from '../../../calling/types.js';
import { HOURS, minutesToOpen } from '../rules.js';
import { callbackForm } from './callback.js';
import { stringsOf, type Lang } from './strings.js';
import { css, h } from './dom.js';
import { reimportable } from '../../../core/reimport.js';

const loadPhone = reimportable(() => import('../../../calling/phone.js'));

export type { Strings } from './strings.js';

const LANGS = ['en', 'pl', 'fr'];
/** The button's language, found as the button finds it: its own `lang`, or its nearest ancestor's it speaks, else English (in development, where one panel speaks every language). */
function langOf(n: Node | null): Lang {
  for (; n; n = n.parentNode || (n as ShadowRoot).host) {
    const tag = (n as HTMLElement).lang?.slice(0, 2);
    if (tag && LANGS.includes(tag)) return tag as Lang;
  }
  return 'en';
}

/** Follows the button's link as if the panel were not there (a click on it that the button does not take). */
function follow(link: HTMLAnchorElement): void {
  const taken = link.onclick;
  link.onclick = null;
  link.click();
  link.onclick = taken;
}

const panels = new WeakMap<HTMLElement, HTMLDialogElement>();
const sheet = new CSSStyleSheet();
sheet.replaceSync(css);

/** The page as the far side is told of it: no query, no fragment (they often carry personal data). */
export const pageUrl = (): string | undefined => (/^https?:$/.test(location.protocol) ? location.origin + location.pathname : undefined);

/** Opens the panel of `button` (the one it has, if it is already open). Should it fail before showing, the link is followed. */
export function open(button: HTMLElement): void {
  const link = button.shadowRoot!.querySelector('a')!;
  const shown = panels.get(button);
  if (shown?.open) return shown.focus();
  start(button, link).catch(() => follow(link));
}

/** The SIP over WebSocket endpoint: TLS, or the loopback address (tests, demos). */
const WS = /^wss:|^ws:\/\/127\.0\.0\.1[:/]/;
/** The `ws` values named in the console, each once a page (as the button names the others). */
const said: Record<string, boolean> = {};

async function start(button: HTMLElement, link: HTMLAnchorElement): Promise<void> {
  // Built, one panel per language, the one the button loaded: its own.
  const lang = import.meta.env.DEV ? langOf(button) : (import.meta.env.MODE as Lang);
  const s = await stringsOf(lang);
  const attr = (name: string) => button.getAttribute(name) ?? '';
  const ws = attr('ws');
  const web = WS.test(ws);
  if (ws && !web) said[ws] ||= !(console.warn(`dk-call-button ws=${ws}`) as unknown);
  // The values the button ignores (and names in the console), ignored here too.
  const fallback = /^\+[1-9]\d{6,14}$/.test(attr('fallback')) ? attr('fallback') : '';
  const hours = /^1(, 1)*$/.test(attr('hours').replace(HOURS, '1')) ? attr('hours') : '';
  const now = new Date();
  let tz: string | undefined = attr('tz') || undefined;
  try {
    minutesToOpen('', tz, now);
  } catch {
    tz = undefined;
  }
  const wait = hours ? minutesToOpen(hours, tz, now) : 0;
  const href = button.querySelector('a')?.href ?? '';
  // Open, and no web call to make (`ws` invalid or absent, no `sip:` link, no
  // WebRTC): the link, as without the panel.
  if (!wait && !(web && /^sip:/i.test(href) && self.RTCPeerConnection)) return follow(link);
  const account = decodeURIComponent(/^(?:skype:|sips?:)([^?@;]+)/i.exec(href)?.[1] ?? '');
  let api = '';
  try {
    const url = new URL(attr('callback'), location.href);
    if (attr('callback') && /^https?:$/.test(url.protocol)) api = url.href;
  } catch {}

  // The panel: its own shadow root, so the button's styles stay out of it.
  const host = h('div');
  host.setAttribute('part', 'panel');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet];
  const status = h('p', { id: 'status', role: 'status' });
  const clock = h('time');
  const timer = h('p', { hidden: true }, `${s.duration} `, clock);
  const mute = h('button', { type: 'button', 'aria-pressed': 'false' }, s.mute);
  const keys = h('div', { id: 'keys', className: 'keys', role: 'group', 'aria-label': s.keypad, hidden: true });
  const keypad = h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'keys' }, s.keypad);
  const hangup = h('button', { type: 'button', className: 'end' }, s.hangup);
  const controls = h('div', { className: 'row', hidden: true }, mute, keypad, hangup);
  const stay = h('button', { type: 'button' }, s.stay);
  const sure = h('button', { type: 'button', className: 'end' }, s.hangup);
  const confirm = h('div', { hidden: true }, h('p', {}, s.confirm), h('div', { className: 'row' }, sure, stay));
  const phoneLink = h('p', { hidden: true }, h('a', { href: `tel:${fallback}` }, s.fallback.replace('{{number}}', fallback)));
  const extra = h('div');
  const again = h('button', { type: 'button', hidden: true }, s.again);
  const close = h('button', { type: 'button' }, s.close);
  const dialog = h(
    'dialog',
    { 'aria-labelledby': 'title', 'aria-describedby': 'status' },
    h('h2', { id: 'title' }, s.title),
    status,
    timer,
    controls,
    keys,
    confirm,
    phoneLink,
    extra,
    h('div', { className: 'row' }, again, close),
  );
  root.append(dialog);
  for (const key of '123456789*0#') keys.append(h('button', { type: 'button', value: key }, key));
  button.shadowRoot!.append(host);
  panels.set(button, dialog);

  let phone: PhoneLike | undefined;
  let session: CallLike | undefined;
  let tick: ReturnType<typeof setInterval> | undefined;
  const inCall = () => session?.state === 'ringing' || session?.state === 'connected';

  const say = (text: string) => {
    status.textContent = text;
  };
  /** The call is over (or never was): its controls go, the ways left show, and focus stays in the panel. */
  const over = (text: string, offer: boolean) => {
    clearInterval(tick);
    phone?.unregister();
    phone = undefined;
    say(text);
    controls.hidden = keys.hidden = confirm.hidden = true;
    keypad.setAttribute('aria-expanded', 'false');
    phoneLink.hidden = !fallback;
    if (offer && api && account && !extra.firstChild) extra.append(callbackForm({ api, accountName: account, lang, page: pageUrl(), s }));
    again.hidden = !!wait;
    (phoneLink.hidden ? close : phoneLink.querySelector('a')!).focus();
  };
  const failed = (reason: CallFailureReason | 'closed') => {
    const key = reason === 'not_found' ? 'unavailable' : reason === 'rejected' ? 'unknown' : reason;
    const opens = new Date(+now + wait * 6e4).toLocaleString(lang, { weekday: 'short', hour: 'numeric', minute: 'numeric' });
    const text = reason === 'closed' ? s.closed.replace('{{when}}', opens) : s[key];
    over(text, reason === 'closed' || reason === 'no_answer' || reason === 'busy' || reason === 'unavailable' || reason === 'not_found');
  };

  async function call(): Promise<void> {
    again.hidden = phoneLink.hidden = true;
    say(s.mic);
    try {
      // Asked here, before the phone loads, so that a refusal is told as such.
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      for (const track of stream.getTracks()) track.stop();
    } catch (error) {
      return failed((error as Error).name === 'NotAllowedError' || (error as Error).name === 'SecurityError' ? 'microphone_refused' : 'unknown');
    }
    // Closed meanwhile (Escape while the microphone was asked for): no call.
    if (!dialog.open) return;
    say(s.calling);
    let createPhone: typeof import('../../../calling/phone.js').createPhone;
    try {
      ({ createPhone } = await loadPhone());
    } catch {
      // The phone could not be loaded (the network): said, with "Call again", which loads it again.
      if (dialog.open) failed('network');
      return;
    }
    if (!dialog.open) return;
    phone = createPhone({ websocketUrl: ws });
    const page = pageUrl();
    try {
      session = await phone.call(href, { extraHeaders: page ? [`X-Dialkit-Page: ${page}`] : [] });
    } catch {
      // The server cannot be reached: the link, as without the panel (unless the visitor closed it meanwhile).
      phone.unregister();
      if (!dialog.open) return;
      dialog.close();
      return follow(link);
    }
    if (!dialog.open) {
      session.hangup();
      return phone.unregister();
    }
    controls.hidden = false;
    mute.hidden = keypad.hidden = true;
    hangup.focus();
    session.on('ringing', () => say(s.ringing));
    session.on('connected', () => {
      say(s.connected);
      mute.hidden = keypad.hidden = timer.hidden = false;
      const started = Date.now();
      const show = () => {
        const seconds = Math.floor((Date.now() - started) / 1000);
        clock.dateTime = `PT${seconds}S`;
        clock.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
      };
      show();
      tick = setInterval(show, 1000);
      // Media lost: the phone fails the call as `network` (src/calling/phone.ts).
    });
    session.on('ended', ({ originator }) => over(originator === 'system' ? s.network : s.ended, false));
    session.on('failed', ({ reason }) => failed(reason));
  }

  mute.onclick = () => {
    const on = mute.getAttribute('aria-pressed') !== 'true';
    session?.mute(on);
    mute.setAttribute('aria-pressed', String(on));
  };
  keypad.onclick = () => {
    keys.hidden = !keys.hidden;
    keypad.setAttribute('aria-expanded', String(!keys.hidden));
    if (!keys.hidden) keys.querySelector('button')!.focus();
  };
  keys.onclick = (event) => {
    const key = (event.target as HTMLButtonElement).value;
    if (key) session?.sendDtmf(key);
  };
  hangup.onclick = sure.onclick = () => {
    session?.hangup();
  };
  stay.onclick = () => {
    confirm.hidden = true;
    hangup.focus();
  };
  again.onclick = () => {
    extra.replaceChildren();
    call().catch(() => failed('unknown'));
  };
  close.onclick = () => dialog.close();
  // Escape: closes, but during a call asks first.
  dialog.oncancel = (event) => {
    if (!inCall()) return;
    event.preventDefault();
    confirm.hidden = false;
    stay.focus();
  };
  dialog.onclose = () => {
    if (inCall()) session!.hangup();
    clearInterval(tick);
    phone?.unregister();
    host.remove();
    panels.delete(button);
    link.focus();
  };

  dialog.showModal();
  if (wait) return failed('closed');
  await call().catch((error) => {
    // The phone's module did not load: the link, as without the panel.
    if (!session) {
      dialog.close();
      throw error;
    }
  });
}
