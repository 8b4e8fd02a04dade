import { createIdempotencyKey } from '../../adapter/adapter.js';
import { IntentStore, type UnsettledIntent } from '../../adapter/intents.js';

export interface MoneyIntentOptions {
  /** The contract's operation, and the slot of its intents unless a request names another. */
  operation?: string;
  /**
   * The unsettled intents of the backend in force (read at each use: the
   * backend may change); without it, the intent keeps its own, in memory.
   */
  store?: () => IntentStore;
}

/**
 * One money-moving intent of the user (a purchase, an allocation, a take-back)
 * and its idempotency key. The key is created on the first submit and given
 * again for every retry of the same request (a double click, a retry after a
 * network error, confirming again after reopening the dialog), so the backend
 * charges once. It is replaced only when the request changes (another amount,
 * other members) or when the intent ends ({@link settle}: it went through).
 *
 * While its outcome is unknown, the request and its key are kept in the
 * backend's store of unsettled intents, not in this object alone: an element
 * made again (another section and back, a reload), or another widget on the
 * same backend, finds it there and sends the same request with the same key.
 */
export class MoneyIntent {
  /** The request this intent sent last, its slot and key. */
  private held?: UnsettledIntent;
  private own?: IntentStore;
  /** True while the outcome of the last attempt is unknown (network failure, server error). */
  uncertain = false;

  constructor(private readonly options: MoneyIntentOptions = {}) {}

  private get operation(): string {
    return this.options.operation ?? 'money';
  }

  private get store(): IntentStore {
    return this.options.store?.() ?? (this.own ??= new IntentStore());
  }

  /**
   * The key for `request`: the same one as long as the request is the same,
   * whichever element sent it before. `slot` names what the request is about
   * (default: the operation). The request is kept as unsettled from now on,
   * so that a reload while it is on its way still finds it.
   */
  keyFor(request: unknown, slot = this.operation): string {
    const fingerprint = JSON.stringify(request);
    const kept = this.store.get(slot);
    const held = this.held;
    let same: UnsettledIntent | undefined;
    if (kept?.fingerprint === fingerprint) same = kept;
    else if (held?.slot === slot && held.fingerprint === fingerprint) same = held;
    const key = same?.key ?? createIdempotencyKey();
    // The backend keeps a key from when it first received it: only a kept intent may have been received before.
    const at = same === kept && kept ? kept.at : new Date().toISOString();
    this.held = { operation: this.operation, slot, key, fingerprint, request, at };
    this.store.put(this.held);
    return key;
  }

  /**
   * Whether sending `request` now would repeat the request the key was made
   * for (a retry, not a new request): only then may the user be told that
   * confirming again does not charge twice.
   */
  holds(request: unknown): boolean {
    return !!this.held && JSON.stringify(request) === this.held.fingerprint;
  }

  /** The key in force, if a request was sent. */
  get current(): string | undefined {
    return this.held?.key;
  }

  /** The intent is over (it went through): the next request is a new one with a new key. */
  settle(): void {
    if (this.held) this.store.drop(this.held.key);
    this.held = undefined;
    this.uncertain = false;
  }

  /**
   * The last attempt failed. When its outcome is `unknown`, the intent stays
   * unsettled (kept again, should another element have dropped it while it
   * was on its way); a refusal moved nothing, so nothing is left unsettled,
   * but the same request keeps its key.
   */
  failed(unknown: boolean): void {
    this.uncertain = unknown;
    if (!this.held) return;
    if (unknown) this.store.put(this.held);
    else this.store.drop(this.held.key);
  }

  /** This element lets go of the intent (a new dialog); an unsettled one stays in the store for whoever comes back to it. */
  release(): void {
    this.held = undefined;
    this.uncertain = false;
  }

  /** The unsettled intents of this operation on the backend, in the slots `slot` accepts (all without it), the newest first. */
  unsettled(slot?: (slot: string) => boolean): UnsettledIntent[] {
    return this.store.list(this.operation).filter((i) => !slot || slot(i.slot));
  }

  /**
   * Takes up `intent` again: confirming the same request sends the same key.
   * `uncertain`: its outcome is still unknown.
   */
  resume(intent: UnsettledIntent, uncertain: boolean): void {
    this.held = { ...intent };
    this.uncertain = uncertain;
  }

  /** The store these intents are kept in, for asking the backend about them. */
  get intents(): IntentStore {
    return this.store;
  }
}
