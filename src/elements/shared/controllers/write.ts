import { html, nothing, type TemplateResult } from 'lit';
import { isOutcomeUnknown, type DialkitError, type Result } from '../../../core/errors.js';
import type { MoneyIntent } from '../intent.js';
import type { ElementServices } from './services.js';
import type { ElementHost as Host } from './services.js';

export interface WriteOptions {
  /** The contract's operation, named in `dk-error`. */
  operation: string;
  /**
   * The catalog key of the note under an error whose outcome is unknown
   * (default `common:keptInput`; `common:notChargedTwice` for money);
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
 * explained and the user changes the request. A write that moves money is a
 * `MoneyWriteController` (money-write.ts), which only the elements that move
 * money import.
 */
export class WriteController {
  /** A request is under way: the submit button is busy and a second submit is ignored. */
  pending = false;
  /** How the last attempt failed, until the user changes the request or it goes through. */
  error?: DialkitError;
  constructor(
    protected readonly host: Host,
    protected readonly options: WriteOptions,
    protected readonly services: ElementServices,
    /** The idempotency key of a money write, kept across attempts of the same request. */
    readonly intent?: MoneyIntent,
  ) {}

  /** The backend is being asked what became of earlier requests (a money write's). */
  get checking(): boolean {
    return false;
  }

  /** A request, or the question about earlier ones, is under way: the form waits, a submit is ignored. */
  get busy(): boolean {
    return this.pending || this.checking;
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
    this.sending();
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

  /** A request leaves: what a subclass forgets then. */
  protected sending(): void {}

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
    this.intent?.release();
    this.host.requestUpdate();
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
    const note = this.options.keptNote ?? (this.intent ? 'common:notChargedTwice' : 'common:keptInput');
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
