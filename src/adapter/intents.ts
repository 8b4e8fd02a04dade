import type { DialkitAdapter } from './adapter.js';
import { publishChange } from './changes.js';
import { givenAdapter } from './checked.js';
import type { IdempotencyRecord } from './types.js';

/**
 * A money-moving request that was sent and is not known to be settled: its
 * answer has not come (it is on its way, or was lost with the network, or the
 * page was reloaded meanwhile). It is kept until the backend's answer, or its
 * record of the key (`getIdempotencyRecord`), says what became of it.
 */
export interface UnsettledIntent {
  /** The contract's operation (`buyCredit`, `reclaimCredit`, …). */
  operation: string;
  /**
   * What the intent is about: another request about the same thing replaces
   * it. The operation itself, or narrower where two intents can stand side by
   * side (a take-back per member: `reclaimCredit:<memberId>`).
   */
  slot: string;
  /** The idempotency key it was sent with. */
  key: string;
  /** The request as the key was made for it (`JSON.stringify`), to tell a retry from another request. */
  fingerprint: string;
  /** The request itself, so that the dialog can show again what the user asked for. */
  request: unknown;
  /** When it was first sent (ISO 8601). */
  at: string;
}

/** How long a backend keeps a key it acted on, at least (the contract's "Idempotency keys"). */
export const KEYS_KEPT_MS = 24 * 60 * 60 * 1000;

const STORAGE_PREFIX = 'dialkit:unsettled:';

/** The tab's storage, or none where the page may not use it (a sandboxed frame, storage switched off). */
function tabStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

const isIntent = (value: unknown): value is UnsettledIntent => {
  const v = value as Partial<UnsettledIntent> | null;
  return !!v && typeof v === 'object' && [v.operation, v.slot, v.key, v.fingerprint, v.at].every((s) => typeof s === 'string');
};

/**
 * The unsettled money intents of one backend, one per slot. Named backends
 * keep them in the tab's `sessionStorage` too (only what the user asked for,
 * with its key, removed once settled), so that a reload finds them; the
 * others in memory, for as long as the page lives.
 */
export class IntentStore {
  private readonly intents = new Map<string, UnsettledIntent>();

  /** `name`: the backend's, under which the intents are kept in `sessionStorage`; none for memory only. */
  constructor(readonly name?: string) {
    if (!name) return;
    try {
      const saved: unknown = JSON.parse(tabStorage()?.getItem(STORAGE_PREFIX + name) ?? '[]');
      for (const intent of Array.isArray(saved) ? saved.filter(isIntent) : []) this.intents.set(intent.slot, intent);
    } catch {
      // What cannot be read was not written by the kit: nothing to resume.
    }
  }

  /** The intent of `slot`, if one is unsettled. */
  get(slot: string): UnsettledIntent | undefined {
    return this.intents.get(slot);
  }

  /** The unsettled intents of `operation` (all of them without it), the newest first. */
  list(operation?: string): UnsettledIntent[] {
    return [...this.intents.values()].filter((i) => !operation || i.operation === operation).sort((a, b) => (a.at < b.at ? 1 : -1));
  }

  /** Keeps `intent`, in place of the one of its slot. */
  put(intent: UnsettledIntent): void {
    this.intents.set(intent.slot, { ...intent });
    this.save();
  }

  /** The intent sent with `key` is settled: forgotten. True when it was still kept (the caller is the first to learn it). */
  drop(key: string): boolean {
    const found = [...this.intents.values()].find((i) => i.key === key);
    if (!found) return false;
    this.intents.delete(found.slot);
    this.save();
    return true;
  }

  /** Forgets every intent (the user signed out, a test starts afresh). */
  clear(): void {
    this.intents.clear();
    this.save();
  }

  private save(): void {
    if (!this.name) return;
    try {
      const storage = tabStorage();
      if (this.intents.size) storage?.setItem(STORAGE_PREFIX + this.name, JSON.stringify([...this.intents.values()]));
      else storage?.removeItem(STORAGE_PREFIX + this.name);
    } catch {
      // A full or refused storage leaves the intents in memory: they still outlive the element.
    }
  }
}

const named = new Map<string, IntentStore>();
const unnamed = new WeakMap<object, IntentStore>();

/**
 * The unsettled intents of `backend` (the adapter given to the elements, or
 * a checked one wrapping it): the same store for every element on that
 * backend, so that a widget re-mounted, another section or another widget
 * knows what the first one left unsettled. An adapter with an `id` (the REST
 * adapter: its base URL) keeps them across reloads of the tab.
 */
export function intentsOf(backend: DialkitAdapter): IntentStore {
  const given = givenAdapter(backend);
  const name = typeof given.id === 'string' && given.id ? given.id : undefined;
  if (name) {
    let store = named.get(name);
    if (!store) named.set(name, (store = new IntentStore(name)));
    return store;
  }
  let store = unnamed.get(given);
  if (!store) unnamed.set(given, (store = new IntentStore()));
  return store;
}

/** The intents kept in `sessionStorage` for the backend named `name`, read afresh: what the page finds after a reload. */
export function readIntents(name: string): IntentStore {
  return new IntentStore(name);
}

/** What became of an unsettled intent, as its backend says. */
export type IntentOutcome =
  /** It went through: `response` is the answer that was lost. */
  | { status: 'completed'; intent: UnsettledIntent; response: IdempotencyRecord['response']; first: boolean }
  /** The backend never received it: nothing happened. */
  | { status: 'not_found'; intent: UnsettledIntent }
  /** The backend no longer keeps keys that old: whether it went through cannot be told. */
  | { status: 'expired'; intent: UnsettledIntent }
  /** Still running, or the backend could not be asked: it stays unsettled. */
  | { status: 'unknown'; intent: UnsettledIntent };

/**
 * Asks `backend` what became of `intent` and settles it in `store`
 * accordingly: a completed one is published as the change it made (to the
 * other elements on the backend, `origin` excepted) and forgotten, like one
 * the backend never received; any other stays.
 */
export async function askBackend(
  backend: DialkitAdapter,
  store: IntentStore,
  intent: UnsettledIntent,
  origin?: EventTarget,
): Promise<IntentOutcome> {
  // An adapter written before the operation existed cannot tell: the intent stays as it was.
  if (typeof backend.getIdempotencyRecord !== 'function') return { status: 'unknown', intent };
  const result = await backend.getIdempotencyRecord(intent.key);
  // A completed record without the answer cannot be shown: kept, its request confirmed again replays that answer.
  const { data } = result.ok ? result : { data: undefined };
  if (data?.status === 'completed' && data.response !== undefined && data.operation === intent.operation) {
    const first = store.drop(intent.key);
    if (first) publishChange(givenAdapter(backend), { operation: intent.operation, data: data.response, origin });
    return { status: 'completed', intent, response: data.response, first };
  }
  if (!result.ok && result.error.code === 'not_found') {
    store.drop(intent.key);
    const old = Date.now() - Date.parse(intent.at) > KEYS_KEPT_MS;
    return { status: old ? 'expired' : 'not_found', intent };
  }
  return { status: 'unknown', intent };
}
