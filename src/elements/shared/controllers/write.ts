import { html, nothing, type TemplateResult } from 'lit';
import { askBackend, intentsOf } from '../../../adapter/intents.js';
import type { IdempotencyRecord } from '../../../adapter/types.js';
import { isOutcomeUnknown, type DialkitError, type Result } from '../../../core/errors.js';
import { MoneyIntent } from '../intent.js';
import type { ElementServices } from './services.js';
import type { ElementHost as Host } from './services.js';

/** An earlier request of a money write that went through, though its answer was lost. */
export interface EarlierRequest {
  /** What was asked. */
  request: unknown;
  /** The answer that was lost: what the operation answers on success. */
  response: IdempotencyRecord['response'];
  /** This element is the first to learn it, so it is the one to tell the page (its `dk-*` event). */
  first: boolean;
}

/** What the backend said of the earlier requests of a money write, to show in its dialog. */
interface Recall {
  /** The backend is being asked. */
  checking: boolean;
  /** Those that went through. */
  completed: EarlierRequest[];
  /** The request shown again never reached the service, or is too old for the backend to tell. */
  note?: 'notReceived' | 'expired';
}

const NO_RECALL: Recall = { checking: false, completed: [] };

export interface WriteOptions {
  /** The contract's operation, named in `dk-error`. */
  operation: string;
  /**
   * The write moves money: every attempt of the same request carries the same
   * idempotency key (a double click, a retry, confirming again after the
   * dialog was closed), so the backend acts once.
   */
  money?: boolean;
  /**
   * The catalog key of the note under an error whose outcome is unknown
   * (default `common:keptInput`, or `common:notChargedTwice` for money);
   * `false` for a write that keeps no input (a button in a table row).
   */
  keptNote?: string | false;
}

/**
 * One write of an element (saving a member, a purchase, a removal): whether it
 * is under way, the error it ended with, and the one rule for what to offer
 * then. When the outcome is unknown (the network failed, the server broke)
 * the input is kept and the button offers Retry, which sends the same request
 * again (with the same idempotency key for money); any other refusal is
 * explained and the user changes the request.
 */
export class WriteController {
  /** A request is under way: the submit button is busy and a second submit is ignored. */
  pending = false;
  /** How the last attempt failed, until the user changes the request or it goes through. */
  error?: DialkitError;
  /** The idempotency key of a money write, kept across attempts of the same request. */
  readonly intent?: MoneyIntent;
  /** What the backend said of earlier requests since the dialog opened ({@link resume}). */
  private recall = NO_RECALL;
  /** Counts the questions about earlier requests: an answer to one asked before a reset is dropped. */
  private recalls = 0;

  constructor(
    private readonly host: Host,
    private readonly options: WriteOptions,
    private readonly services: ElementServices,
  ) {
    if (options.money) this.intent = new MoneyIntent({ operation: options.operation, store: () => intentsOf(services.backend()) });
  }

  /** The backend is being asked what became of earlier requests. */
  get checking(): boolean {
    return this.recall.checking;
  }

  /** A request, or the question about earlier ones, is under way: the form waits, a submit is ignored. */
  get busy(): boolean {
    return this.pending || this.recall.checking;
  }

  /** Whether the last attempt may have gone through: the input is kept and Retry is offered. */
  get uncertain(): boolean {
    return !!this.error && isOutcomeUnknown(this.error);
  }

  /**
   * Sends `send(key)` unless a request is under way (then answers undefined).
   * For money, `request` is what identifies the intent: the same request gets
   * the same key. A failure is reported and kept in `error`.
   */
  async run<T>(
    send: (idempotencyKey: string | undefined) => Promise<Result<T>>,
    request?: unknown,
    slot?: string,
  ): Promise<Result<T> | undefined> {
    if (this.busy) return undefined;
    const key = this.intent?.keyFor(request ?? null, slot);
    this.pending = true;
    this.error = undefined;
    this.recall = NO_RECALL;
    this.host.requestUpdate();
    let result: Result<T>;
    try {
      result = await send(key);
    } catch (thrown) {
      result = { ok: false, error: this.services.report(this.options.operation, thrown) };
      this.pending = false;
      return this.failed(result);
    }
    this.pending = false;
    if (result.ok) {
      this.intent?.settle();
      this.host.requestUpdate();
      return result;
    }
    this.services.report(this.options.operation, result.error);
    return this.failed(result);
  }

  private failed<T>(result: Result<T> & { ok: false }): Result<T> {
    this.error = result.error;
    this.intent?.failed(isOutcomeUnknown(result.error));
    this.host.requestUpdate();
    return result;
  }

  /**
   * The user changed the request or started again: a refusal is forgotten. An
   * unknown outcome stays (with its key) until the request changes for real,
   * so that it is still said when the user comes back to it.
   */
  dismiss({ force = false } = {}): void {
    if (!this.error || (this.uncertain && !force)) return;
    this.error = undefined;
    this.host.requestUpdate();
  }

  /**
   * Starts afresh (a dialog opens): the error is forgotten, and the element
   * lets go of its intent. One whose outcome is unknown stays unsettled on
   * the backend's store, for {@link resume} to find.
   */
  reset(): void {
    this.error = undefined;
    this.recalls++;
    this.recall = NO_RECALL;
    this.intent?.release();
    this.host.requestUpdate();
  }

  /**
   * The user comes back to a money write (its dialog opens): asks the
   * backend what became of the requests of this operation left unsettled
   * (in the slots `slot` accepts), by this element or by another on the same
   * backend, before or since a reload. Those that went through are settled
   * and returned, for the dialog to say and the data to be read again. The
   * newest other one is taken up again and its request returned as
   * `restore`, for the dialog to show: never received, it is sent by a
   * deliberate confirmation (the same request with the same key); still
   * unknown, confirming again completes it without charging twice.
   */
  async resume(slot?: (slot: string) => boolean): Promise<{ completed: EarlierRequest[]; restore?: unknown }> {
    const intent = this.intent;
    const found = intent?.unsettled(slot) ?? [];
    if (!intent || !found.length) return { completed: [] };
    const asked = ++this.recalls;
    this.recall = { checking: true, completed: [] };
    this.host.requestUpdate();
    const backend = this.services.backend();
    const outcomes = await Promise.all(found.map((unsettled) => askBackend(backend, intent.intents, unsettled, this.host)));
    if (asked !== this.recalls) return { completed: [] };
    const completed = outcomes.flatMap((o) => (o.status === 'completed' ? [{ request: o.intent.request, response: o.response, first: o.first }] : []));
    const open = outcomes.find((o) => o.status !== 'completed');
    if (open?.status === 'unknown' || open?.status === 'not_found') intent.resume(open.intent, open.status === 'unknown');
    const note = open?.status === 'not_found' ? 'notReceived' : open?.status === 'expired' ? 'expired' : undefined;
    this.recall = { checking: false, completed, note };
    this.host.requestUpdate();
    return { completed, restore: open?.intent.request };
  }

  /**
   * What the dialog of a money write says of earlier requests, in one live
   * region: that the backend is being asked, then those that went through
   * (`completed` words each), or that the one shown again never reached the
   * service (or is too old to tell); and, while `request` (what confirming
   * would send now) is still one whose outcome is unknown, `uncertain`:
   * confirming again will not charge twice.
   */
  renderRecall(words: { completed: (earlier: EarlierRequest) => string; request: unknown; uncertain: string }): TemplateResult {
    const t = this.services.t;
    const { checking, completed, note } = this.recall;
    const intent = this.intent;
    const reopened = !!intent?.uncertain && intent.holds(words.request) && !this.error;
    return html`<div class="recall" role="status">
        ${checking ? html`<p class="progress"><span class="spinner" aria-hidden="true"></span>${t('common:earlier.checking')}</p>` : nothing}
        ${completed.map((earlier) => html`<p class="notice">${words.completed(earlier)}</p>`)}
        ${note ? html`<p class="notice">${t(`common:earlier.${note}`)}</p>` : nothing}
      </div>
      ${reopened ? html`<p class="notice">${words.uncertain}</p>` : nothing}`;
  }

  /** The submit button's words: busy while sending, Retry after an unknown outcome, else `idle`. */
  label(idle: string, busy = this.services.t('common:saving')): string {
    if (this.pending) return busy;
    return this.uncertain ? this.services.t('common:retry') : idle;
  }

  /**
   * The alert of a failed attempt: `text` (default: the error's own), and when
   * the outcome is unknown, that the input is kept (and, for money, that
   * trying again will not charge twice). `more` is what the element adds
   * about this failure (the values someone else saved meanwhile); `id` names
   * the alert for the page.
   */
  renderError(text?: string, { id, more = nothing }: { id?: string; more?: TemplateResult | typeof nothing } = {}): TemplateResult | typeof nothing {
    const error = this.error;
    if (!error) return nothing;
    const note = this.options.keptNote ?? (this.options.money ? 'common:notChargedTwice' : 'common:keptInput');
    return html`<div class="alert write-error" id=${id ?? nothing} role="alert" tabindex="-1">
      <p>${text ?? this.services.describe(error)}</p>
      ${this.uncertain && note ? html`<p>${this.services.t(note)}</p>` : nothing}
      ${more}
    </div>`;
  }

  /** Moves the focus to the alert, once rendered, so that a screen reader reads it in context. */
  async focusError(within: ParentNode = this.host.renderRoot): Promise<void> {
    await this.host.updateComplete;
    within.querySelector<HTMLElement>('.write-error')?.focus();
  }
}
