import { fail, type DialkitError } from '../core/errors.js';
import { reimportable } from '../core/reimport.js';
import type { DialkitAdapter } from './adapter.js';
import { safeBaseUrl } from './base-url.js';

const loadClient = reimportable(() => import('./rest-client.js'));

/** One change a write made through a backend: what was done and what the backend answered. */
export interface DialkitChange {
  /** The contract's `operationId` of the write (`linkAccount`, `purchaseCredit`, …). */
  operation: string;
  /** The backend's answer (the record as it is now), checked against the contract; `undefined` when it answers nothing. */
  data: unknown;
  /** The element that made the change, when an element made it. */
  origin?: EventTarget;
}

export type ChangeListener = (change: DialkitChange) => void;

const listeners = new WeakMap<object, Set<ChangeListener>>();
const restAdapters = new Map<string, DialkitAdapter>();

/**
 * The REST adapter of the elements given `api-base="<baseUrl>"` (default
 * `/api`): one per base URL on the page, so that they share its changes.
 */
export function restAdapterFor(baseUrl = '/api'): DialkitAdapter {
  let adapter = restAdapters.get(baseUrl);
  if (!adapter) restAdapters.set(baseUrl, (adapter = lazyRestAdapter(baseUrl)));
  return adapter;
}

/**
 * What `createRestAdapter({ baseUrl })` makes, without its list of
 * operations: any operation's call loads the REST client (`rest-client.ts`,
 * as the REST adapter's first call does), so that a page that gives the
 * elements its own adapter loads nothing of it. Named, as the REST adapter
 * is, by its base URL made absolute; a failed load answers `network` and is
 * tried again with the next call.
 */
function lazyRestAdapter(baseUrl: string): DialkitAdapter {
  let made: DialkitAdapter | undefined;
  const id = safeBaseUrl(baseUrl);
  return new Proxy({} as DialkitAdapter, {
    get: (target, name) =>
      name === 'id'
        ? id
        : typeof name !== 'string' || name === 'then' || name in target
          ? Reflect.get(target, name)
          : (...args: unknown[]) =>
              loadClient().then(
                ({ restClient }) => ((made ??= restClient(id, {}))[name as keyof DialkitAdapter] as (...a: unknown[]) => unknown)(...args),
                (error: DialkitError) => fail(error),
              ),
  });
}

const keyOf = (backend: DialkitAdapter | string): object => (typeof backend === 'string' ? restAdapterFor(backend) : backend);

/**
 * Calls `listener` after every successful write through `backend` (the
 * adapter given to the elements, or the `api-base` of elements that have
 * none), by any element of the page: so that a page can refresh what it shows
 * beside the kit. Every `dk-*` element on the same backend already re-reads
 * what another one changed. Returns the function that stops listening.
 */
export function onBackendChange(backend: DialkitAdapter | string, listener: ChangeListener): () => void {
  const key = keyOf(backend);
  let set = listeners.get(key);
  if (!set) listeners.set(key, (set = new Set()));
  set.add(listener);
  return () => void set.delete(listener);
}

/** Tells every listener of `backend` about a change; one listener failing does not keep it from the others. */
export function publishChange(backend: DialkitAdapter, change: DialkitChange): void {
  for (const listener of [...(listeners.get(backend) ?? [])]) {
    try {
      listener(change);
    } catch (error) {
      globalThis.reportError?.(error);
    }
  }
}
