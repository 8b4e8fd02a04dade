import { h } from './dom.js';
import type { Strings } from './strings.js';
import { reimportable } from '../../../core/reimport.js';

const loadRest = reimportable(() => import('../../../adapter/rest.js'));

/** E.164 once the spaces, dots, dashes and brackets people type are taken out. */
const E164 = /^\+[1-9]\d{6,14}$/;
const DAY = 864e5;

export interface CallbackContext {
  /** The public API's base URL (the button's `callback`). */
  api: string;
  /** The business account the button calls. */
  accountName: string;
  lang: 'en' | 'pl' | 'fr';
  /** The page, without its query and fragment; absent when not an http(s) page. */
  page?: string;
  s: Strings;
}

/** A local date-time as `<input type=datetime-local>` writes it. */
const local = (date: Date) => new Date(+date - date.getTimezoneOffset() * 6e4).toISOString().slice(0, 16);

/**
 * The callback request: the visitor's phone number (checked as E.164 here;
 * whether a numbering plan knows it, by the backend: a phone library is 29 KB
 * gzip, thirty times this form), a preferred time (optional, within 14 days),
 * and the consent text, versioned. It is sent through the contract's
 * `requestCallback`; the Idempotency-Key lives in this closure only, reused
 * when the same request is sent again. Nothing is stored in the browser.
 */
export function callbackForm({ api, accountName, lang, page, s }: CallbackContext): HTMLFormElement {
  const hint = h('p', { id: 'phone-hint', className: 'hint' }, s.phoneHint);
  const error = h('p', { id: 'callback-error', className: 'error', role: 'alert' });
  const phone = h('input', { id: 'phone', type: 'tel', name: 'phone', autocomplete: 'tel', required: true, 'aria-describedby': 'phone-hint' });
  const time = h('input', { id: 'time', type: 'datetime-local', name: 'time' });
  const consent = h('input', { id: 'consent', type: 'checkbox', name: 'consent', required: true });
  const send = h('button', { type: 'submit' }, s.send);
  const form = h(
    'form',
    { noValidate: true, 'aria-labelledby': 'callback-title' },
    h('h3', { id: 'callback-title' }, s.callbackTitle),
    h('label', { for: 'phone' }, s.phone),
    phone,
    hint,
    h('label', { for: 'time' }, s.time),
    time,
    h('p', { className: 'check' }, consent, h('label', { for: 'consent' }, s.consent)),
    error,
    h('p', { className: 'row' }, send),
  );
  let key = '';
  let sent = '';

  const invalid = (input: HTMLInputElement | null, message: string) => {
    for (const field of [phone, time, consent]) {
      const described = [field === phone ? 'phone-hint' : '', field === input ? 'callback-error' : ''].join(' ').trim();
      if (field === input) field.setAttribute('aria-invalid', 'true');
      else field.removeAttribute('aria-invalid');
      if (described) field.setAttribute('aria-describedby', described);
      else field.removeAttribute('aria-describedby');
    }
    error.textContent = message;
    input?.focus();
  };

  form.onsubmit = async (event) => {
    event.preventDefault();
    if (send.disabled) return;
    const number = phone.value.replace(/[\s.()-]/g, '');
    if (!E164.test(number)) return invalid(phone, s.phoneInvalid);
    const when = time.value ? new Date(time.value) : undefined;
    if (when && !(+when > Date.now() && +when <= Date.now() + 14 * DAY)) return invalid(time, s.timeInvalid);
    if (!consent.checked) return invalid(consent, s.consentRequired);
    invalid(null, '');
    const request = {
      accountName,
      phoneNumber: number,
      ...(when ? { preferredTime: when.toISOString() } : {}),
      ...(page ? { pageUrl: page } : {}),
      consent: true as const,
      consentVersion: s.consentVersion,
      locale: lang,
    };
    // One key per request the visitor means: the same one again on a retry.
    if (JSON.stringify(request) !== sent) {
      sent = JSON.stringify(request);
      key = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
    }
    send.disabled = true;
    send.textContent = s.sending;
    try {
      const { createRestAdapter } = await loadRest();
      const result = await createRestAdapter({ baseUrl: api }).requestCallback(request, key);
      if (result.ok) {
        const until = new Date(result.data.keptUntil).toLocaleDateString(lang, { dateStyle: 'long' });
        const done = h('p', { role: 'status', tabIndex: -1 }, s.sent.replace('{{date}}', until));
        form.replaceChildren(h('h3', { id: 'callback-title' }, s.callbackTitle), done);
        done.focus();
        return;
      }
      const code = result.error.code;
      if (code === 'invalid_phone_number') invalid(phone, s.phoneInvalid);
      else if (code === 'invalid_callback_time') invalid(time, s.timeInvalid);
      else if (code === 'consent_required') invalid(consent, s.consentRequired);
      else invalid(null, code === 'too_many_requests' ? s.tooMany : s.notSent);
    } catch {
      invalid(null, s.notSent);
    } finally {
      send.disabled = false;
      send.textContent = s.send;
    }
  };
  time.min = local(new Date());
  time.max = local(new Date(Date.now() + 14 * DAY));
  return form;
}
