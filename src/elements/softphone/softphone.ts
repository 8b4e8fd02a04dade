import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { CallbackRequest } from '../../adapter/types.js';
import type { CallLike, PhoneFactory } from '../../calling/types.js';
import { DialkitElement, Task, unwrap } from '../shared/base.js';
import { MemberSearchController } from '../shared/controllers/member-search.js';
import { callerOf, renderCall, safePage, pageText } from './internal/call-panel.js';
import { callsOf, clock, dayOf, logCall, type CallOutcome, type LoggedCall } from './internal/calls.js';
import { renderCallbacks, renderCalls } from './internal/day.js';
import { Line, loadPhone, type LineState } from './internal/line.js';
import { styles } from './softphone.styles.js';
import { tablesStyles } from '../shared/styles/tables.js';

/** What the softphone is doing: its line's state, or the call it carries. */
export type SoftphoneState = LineState | 'ringing' | 'in-call';

declare module '../shared/events.js' {
  interface DialkitEventMap {
    /** The softphone went offline, connecting, online, failed, ringing or into a call. */
    'dk-softphone-state': { state: SoftphoneState; previous: SoftphoneState };
    /** A call is over: answered, missed or declined. */
    'dk-softphone-call': { call: LoggedCall };
    /** The user chose the line this browser answers (`choose-line`). */
    'dk-softphone-line': { memberId: string };
  }
}

/**
 * A softphone for the people who answer: it registers the line of one member
 * (a business account linked to a SIP profile that takes web calls: the
 * address a website's call button calls, `sip:<account>@<host>`) over WebSocket with short-lived credentials the backend issues for
 * this session, renewed before they expire and never written in the page.
 * It rings on an incoming call with the website page the call came from,
 * answers, declines, mutes, holds, sends tones and hangs up, and lists the
 * day's calls and callback requests.
 *
 * Nothing happens before the user presses "Go online": then the browser asks
 * for the microphone, and the SIP library loads.
 *
 * @summary Answers the calls of one member's line in the browser.
 *
 * @attr member - Id of the member whose line this browser answers.
 * @attr choose-line - Lets the user choose that member among those whose account is linked, while offline.
 * @attr api-base - Base URL of a REST backend, when no adapter is given.
 *
 * @fires dk-softphone-state - The softphone went offline, connecting, online, failed, ringing or into a call: `state`, `previous`.
 * @fires dk-softphone-call - A call is over: `call` (time, caller, page, seconds, answered, missed or declined).
 * @fires dk-softphone-line - The user chose another line (`choose-line`): `memberId`.
 * @fires dk-error - A failure shown to the user.
 *
 * @csspart line - The line: its state, why it failed, and Go online.
 * @csspart status - The line's state.
 * @csspart failure - Why the line is not connected, with Retry.
 * @csspart online-button - Go online, Go offline or Retry.
 * @csspart call - The call: ringing, or connected.
 * @csspart caller - Who calls.
 * @csspart page - The website page the call came from.
 * @csspart answer-button - Answers the ringing call.
 * @csspart decline-button - Declines it.
 * @csspart timer - The call's time.
 * @csspart mute-button - Mutes the microphone.
 * @csspart hold-button - Holds the call.
 * @csspart keypad-button - Opens the keypad.
 * @csspart keypad - The keypad's tones.
 * @csspart hang-up-button - Hangs up.
 * @csspart tones-received - The tones the caller pressed.
 * @csspart ended - How the last call ended, until the next one rings.
 * @csspart calls - The day's calls.
 * @csspart callbacks - The day's callback requests.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button of the error state.
 */
export class DkSoftphone extends DialkitElement {
  static override styles = [...DialkitElement.styles, tablesStyles, styles];
  static override namespaces = ['softphone', 'common', 'errors'];
  static override properties: PropertyDeclarations = {
    member: { reflect: true },
    chooseLine: { type: Boolean, attribute: 'choose-line' },
    phoneFactory: { attribute: false },
    call: { state: true },
    seconds: { state: true },
    keypadOpen: { state: true },
    tonesIn: { state: true },
    tonesOut: { state: true },
    holding: { state: true },
    announcement: { state: true },
    ended: { state: true },
    alert: { state: true },
  };

  /** The member whose line this browser answers. */
  member = '';

  /** Whether the user chooses the line, among the members whose account is linked. */
  chooseLine = false;

  /** Makes the phone: the kit's by default, loaded on "Go online"; a test's or a story's fake. */
  phoneFactory: PhoneFactory = loadPhone;

  private call: CallLike | null = null;
  private seconds = 0;
  private keypadOpen = false;
  private tonesIn = '';
  private tonesOut = '';
  private holding = false;
  private announcement = '';
  /** How the last call ended, shown until the next one rings. */
  private ended = '';
  /** What an incoming call says at once, to a screen reader. */
  private alert = '';
  private ringingSince = new Date();
  private answered = false;
  private timer?: ReturnType<typeof setInterval>;
  private previous: SoftphoneState = 'offline';
  private readonly stops: (() => void)[] = [];

  private readonly line = new Line({
    host: this,
    backend: () => this.backend,
    factory: () => this.phoneFactory,
    report: (operation, error) => this.reportError(operation, error),
    changed: () => this.told(),
    incoming: (call) => this.ring(call),
  });

  /** The members whose line may be chosen. */
  private readonly members = new MemberSearchController(this, { ...this.services });

  /** The callback requests left today for the line's SIP profile. */
  private readonly callbacks = new Task(this, {
    task: async ([backend, member], { signal }): Promise<CallbackRequest[]> => {
      if (!member) return [];
      const { sipProfileId } = unwrap(await backend.getMember(member, { signal }));
      if (!sipProfileId) return [];
      const page = unwrap(await backend.listCallbackRequests({ profileId: sipProfileId, limit: 500 }, { signal }));
      const today = dayOf(new Date());
      return page.items.filter((r) => dayOf(new Date(r.receivedAt)) === today).reverse();
    },
    args: () => [this.backend, this.member, this.dataRevision] as const,
    onError: (error) => this.reportError('listCallbackRequests', error),
  });

  /** The state as the page hears it. */
  get state(): SoftphoneState {
    if (this.call) return this.call.state === 'ringing' ? 'ringing' : 'in-call';
    return this.line.state;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.hangUpAll();
    this.line.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another line: this one goes offline.
    if (changed.has('member') && changed.get('member') !== undefined) {
      this.hangUpAll();
      this.line.stop();
    }
  }

  /** Goes online with the member's line. */
  async goOnline(): Promise<void> {
    if (!this.member) return;
    await this.line.start(this.member);
  }

  /** Goes offline; a call in progress ends. */
  goOffline(): void {
    this.hangUpAll();
    this.line.stop();
  }

  override render(): TemplateResult {
    const t = this.i18n.t;
    return this.renderFrame(
      html`${this.renderHeading(t('title'))}
        <div class="visually-hidden" aria-live="assertive">${this.alert}</div>
        ${this.renderLine()}
        ${this.call ? renderCall(this.callView(this.call)) : this.ended ? html`<p class="ended" part="ended">${this.ended}</p>` : nothing}
        ${this.member ? renderCalls(this.dayView, callsOf(this.member)) : nothing}
        ${this.member ? this.renderCallbacks() : nothing}`,
      this.announcement,
    );
  }

  private renderLine(): TemplateResult {
    const t = this.i18n.t;
    const state = this.line.state;
    const busy = state === 'connecting';
    const up = state === 'online' || busy;
    const failure = this.line.failure;
    const why = !failure ? '' : failure.kind === 'backend' ? this.errorText(failure.error) : t(`failure.${failure.reason}`);
    return html`<div class="line" part="line">
      ${this.chooseLine && !up ? this.renderChooser() : nothing}
      <p class="status ${state}" part="status">
        <span class="dot" aria-hidden="true"></span>
        ${state === 'online' ? t('status.online', { name: this.line.displayName }) : t(`status.${state}`)}
      </p>
      ${why ? html`<p class="alert" part="failure" role="alert">${why}</p>` : nothing}
      ${!this.member && !this.chooseLine ? html`<p class="hint">${t('line.missing')}</p>` : nothing}
      <button
        type="button"
        class="button ${up ? '' : 'primary'} online-toggle"
        part="online-button"
        ?disabled=${!this.member || Boolean(this.call && this.call.state === 'ringing')}
        aria-busy=${busy ? 'true' : 'false'}
        @click=${up ? () => this.goOffline() : () => void this.goOnline()}
      >
        ${up ? t('goOffline') : failure ? t('common:retry') : t('goOnline')}
      </button>
    </div>`;
  }

  private renderChooser(): TemplateResult {
    const t = this.i18n.t;
    return this.renderTask(this.members.first, {
      complete: () => {
        const linked = this.members.pool(this.member ? [this.member] : []).filter((m) => m.sipProfileId);
        if (!linked.length && !this.members.large) return html`<p class="notice">${t('line.none')}</p>`;
        return html`${this.members.large ? this.members.renderField({ id: 'line-search', label: t('line.choose') }) : nothing}
          <div class="field">
            <label for="line-choice">${t('line.label')}</label>
            <select id="line-choice" @change=${this.onChoose}>
              <option value="" ?selected=${!this.member}>${t('line.choose')}</option>
              ${linked.map((m) => html`<option value=${m.id} ?selected=${m.id === this.member}>${m.displayName} (${m.accountName})</option>`)}
            </select>
          </div>`;
      },
    });
  }

  private renderCallbacks(): TemplateResult {
    const t = this.i18n.t;
    return html`<section class="day" part="callbacks" aria-labelledby="callbacks-title">
      <h3 id="callbacks-title">${t('day.callbacks')}</h3>
      ${this.renderTask(this.callbacks, {
        complete: (requests) => renderCallbacks(this.dayView, requests),
        isEmpty: (requests) => requests.length === 0,
        empty: () => html`<p class="empty hint">${t('day.noCallbacks')}</p>`,
      })}
    </section>`;
  }

  private get dayView() {
    const today = dayOf(new Date());
    return {
      t: this.i18n.t,
      time: (value: Date | string) => {
        const date = new Date(value);
        return dayOf(date) === today
          ? this.i18n.date(date, { timeStyle: 'short' })
          : this.i18n.date(date, { dateStyle: 'medium', timeStyle: 'short' });
      },
    };
  }

  private callView(call: CallLike) {
    return {
      call,
      t: this.i18n.t,
      seconds: this.seconds,
      keypadOpen: this.keypadOpen,
      tonesIn: this.tonesIn,
      tonesOut: this.tonesOut,
      holding: this.holding,
      answer: () => this.answer(),
      decline: () => call.decline(),
      hangUp: () => call.hangup(),
      toggleMute: () => {
        call.mute(!call.muted);
        this.requestUpdate();
      },
      toggleHold: () => void this.toggleHold(call),
      toggleKeypad: () => {
        this.keypadOpen = !this.keypadOpen;
      },
      press: (key: string) => {
        call.sendDtmf(key);
        this.tonesOut += key;
      },
    };
  }

  private readonly onChoose = (event: Event): void => {
    const memberId = (event.target as HTMLSelectElement).value;
    this.member = memberId;
    this.emit('dk-softphone-line', { memberId });
  };

  /** A call comes in: it rings, unless a call is already on (then the caller hears busy). */
  private ring(call: CallLike): void {
    if (this.call) {
      call.decline();
      this.over(call, 'missed', new Date());
      return;
    }
    const t = this.i18n.t;
    this.call = call;
    this.ended = '';
    this.ringingSince = new Date();
    this.answered = false;
    this.tonesIn = this.tonesOut = '';
    this.keypadOpen = false;
    const caller = callerOf(call, t);
    const page = safePage(call.pageUrl);
    this.alert = page ? t('incoming.announcePage', { caller, page: pageText(page) }) : t('incoming.announce', { caller });
    this.stops.push(
      call.on('connected', () => {
        this.answered = true;
        this.alert = '';
        this.announcement = t('call.connected', { caller });
        this.seconds = 0;
        clearInterval(this.timer);
        this.timer = setInterval(() => {
          this.seconds = call.startedAt ? Math.floor((Date.now() - call.startedAt.getTime()) / 1000) : 0;
        }, 1000);
        this.told();
        void this.focusPart('hang-up-button');
      }),
      call.on('dtmf', (tone) => {
        this.tonesIn += tone;
      }),
      call.on('hold', () => this.requestUpdate()),
      call.on('ended', () => this.over(call, 'answered', this.ringingSince)),
      call.on('failed', ({ originator, reason }) => {
        // Answered, then the media lost (the caller's page closed, the network): said so.
        if (this.answered) return this.over(call, 'answered', this.ringingSince, undefined, reason === 'network');
        const refused = reason === 'microphone_refused';
        const outcome: CallOutcome = originator === 'local' && !refused ? 'declined' : 'missed';
        this.over(call, outcome, this.ringingSince, refused ? t('call.failed', { reason: t('failure.microphone_refused') }) : undefined);
      }),
    );
    this.told();
  }

  private answer(): void {
    this.call?.answer();
  }

  private async toggleHold(call: CallLike): Promise<void> {
    this.holding = true;
    try {
      await call.hold(!call.held.local);
    } finally {
      this.holding = false;
    }
  }

  /** A call is over: logged, said, and the line is free again. */
  private over(call: CallLike, outcome: CallOutcome, since: Date, why?: string, lost = false): void {
    const t = this.i18n.t;
    const entry = logCall(this.member, call, outcome, since);
    this.emit('dk-softphone-call', { call: entry });
    if (call !== this.call) return this.requestUpdate();
    const focused = this.shadowRoot?.activeElement?.closest('.call');
    this.stops.splice(0).forEach((stop) => stop());
    clearInterval(this.timer);
    this.call = null;
    this.alert = '';
    const caller = callerOf(call, t);
    this.ended = this.announcement =
      why ??
      (outcome === 'answered'
        ? t(lost ? 'call.lost' : 'call.ended', { caller, duration: clock(entry.seconds) })
        : t(outcome === 'missed' ? 'call.missed' : 'call.declined', { caller }));
    this.told();
    // The focus was on a button of the call, gone now: it goes to the line's button.
    if (focused) void this.focusPart('online-button');
  }

  private hangUpAll(): void {
    this.call?.hangup();
  }

  private async focusPart(part: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[part="${part}"]`)?.focus();
  }

  /** Tells the page the state, when it changed. */
  private told(): void {
    this.requestUpdate();
    const state = this.state;
    if (state === this.previous) return;
    const previous = this.previous;
    this.previous = state;
    // The line's own moves are said; the end of a call says how it ended instead.
    const lineMove = (s: SoftphoneState) => s !== 'ringing' && s !== 'in-call';
    if (lineMove(state) && lineMove(previous) && state !== 'failed')
      this.announcement = state === 'online' ? this.i18n.t('status.online', { name: this.line.displayName }) : this.i18n.t(`status.${state}`);
    this.emit('dk-softphone-state', { state, previous });
  }
}
