import { createIdempotencyKey } from '../../adapter/adapter.js';

/**
 * One money-moving intent of the user (a purchase, an allocation, a take-back)
 * and its idempotency key. The key is created on the first submit and given
 * again for every retry of the same request (a double click, a retry after a
 * network error, confirming again after reopening the dialog), so the backend
 * charges once. It is replaced only when the request changes (another amount,
 * other members) or when the intent ends ({@link settle}: it went through, or
 * the user starts a new one).
 */
export class MoneyIntent {
  private key?: string;
  private fingerprint?: string;
  /** True while the outcome of the last attempt is unknown (network failure, server error). */
  uncertain = false;

  /** The key for `request`: the same one as long as the request is the same. */
  keyFor(request: unknown): string {
    const fingerprint = JSON.stringify(request);
    if (!this.key || fingerprint !== this.fingerprint) {
      this.key = createIdempotencyKey();
      this.fingerprint = fingerprint;
    }
    return this.key;
  }

  /**
   * Whether sending `request` now would repeat the request the key was made
   * for (a retry, not a new request): only then may the user be told that
   * confirming again does not charge twice.
   */
  holds(request: unknown): boolean {
    return !!this.key && JSON.stringify(request) === this.fingerprint;
  }

  /** The key in force, if a request was sent. */
  get current(): string | undefined {
    return this.key;
  }

  /** The intent is over: the next request is a new one with a new key. */
  settle(): void {
    this.key = undefined;
    this.fingerprint = undefined;
    this.uncertain = false;
  }
}
