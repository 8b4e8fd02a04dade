import { html, nothing, type TemplateResult } from 'lit';
import { askBackend, intentsOf } from '../../../adapter/intents.js';
import type { IdempotencyRecord } from '../../../adapter/types.js';
import { MoneyIntent } from '../intent.js';
import type { ElementServices, ElementHost as Host } from './services.js';
import { WriteController, type WriteOptions } from './write.js';

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

/**
 * A write that moves money (a purchase, an allocation, a take-back): every
 * attempt of the same request carries the same idempotency key (a double
 * click, a retry, confirming again after the dialog was closed, in another
 * element on the same backend, after a reload), so the backend acts once; a
 * request whose outcome is unknown stays so until the backend says what
 * became of it ({@link resume}).
 */
export class MoneyWriteController extends WriteController {
  /** What the backend said of earlier requests since the dialog opened ({@link resume}). */
  private recall = NO_RECALL;
  /** Counts the questions about earlier requests: an answer to one asked before a reset is dropped. */
  private recalls = 0;

  constructor(host: Host, options: WriteOptions, services: ElementServices) {
    super(host, options, services, new MoneyIntent({ operation: options.operation, store: () => intentsOf(services.backend()) }));
  }

  override get checking(): boolean {
    return this.recall.checking;
  }

  protected override sending(): void {
    this.recall = NO_RECALL;
  }

  override reset(): void {
    this.recalls++;
    this.recall = NO_RECALL;
    super.reset();
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
    const intent = this.intent!;
    const found = intent.unsettled(slot);
    if (!found.length) return { completed: [] };
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

}
