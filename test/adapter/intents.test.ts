// The unsettled money intents of a backend: one store per backend whichever
// element checks its answers, kept in the tab's storage when the backend is
// named, and settled by asking the backend about the key.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DialkitAdapter } from '../../src/adapter/adapter.js';
import { onBackendChange, type DialkitChange } from '../../src/adapter/changes.js';
import { checkedAdapter } from '../../src/adapter/checked.js';
import { askBackend, IntentStore, intentsOf, KEYS_KEPT_MS, readIntents, type UnsettledIntent } from '../../src/adapter/intents.js';
import { createRestAdapter } from '../../src/adapter/rest.js';
import type { Result } from '../../src/core/errors.js';
import { MoneyIntent } from '../../src/elements/shared/intent.js';
import { fixtures } from './fixtures.js';

/** A tab's storage, in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, String(v)),
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
  };
}

let storage: Storage;
beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal('sessionStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

let names = 0;
/** An adapter answering `getIdempotencyRecord` with `lookup`, named `id` when given. */
function backend(lookup: (key: string) => Result<unknown>, id?: string): DialkitAdapter {
  return { ...(id ? { id } : {}), getIdempotencyRecord: async (key: string) => lookup(key) } as unknown as DialkitAdapter;
}
const fresh = () => `backend-${++names}`;

const intent = (over: Partial<UnsettledIntent> = {}): UnsettledIntent => ({
  operation: 'buyCredit',
  slot: 'buyCredit',
  key: 'key-0001-abcd',
  fingerprint: '{"amount":{"amountMinor":23456,"currency":"PLN"}}',
  request: { amount: { amountMinor: 23456, currency: 'PLN' } },
  at: new Date().toISOString(),
  ...over,
});

describe('intentsOf', () => {
  it('is one store per backend, whichever element checks its answers', () => {
    const raw = backend(() => ({ ok: true, data: null }));
    const store = intentsOf(raw);
    expect(intentsOf(checkedAdapter(raw, new EventTarget()))).toBe(store);
    expect(intentsOf(checkedAdapter(raw, new EventTarget()))).toBe(store);
    expect(intentsOf(backend(() => ({ ok: true, data: null })))).not.toBe(store);
  });

  it('names a backend by its id, the REST adapter’s being its base URL: other objects of that name share its intents', () => {
    const id = fresh();
    expect(intentsOf(backend(() => ({ ok: true, data: null }), id))).toBe(intentsOf(backend(() => ({ ok: true, data: null }), id)));
    const rest = createRestAdapter({ baseUrl: 'http://dialkit.test/api' });
    expect(rest.id).toBe('http://dialkit.test/api');
    expect(intentsOf(checkedAdapter(rest)).name).toBe('http://dialkit.test/api');
  });
});

describe('IntentStore', () => {
  it('keeps a named backend’s intents in the tab’s storage, for a store read afresh, and forgets them once settled', () => {
    const name = fresh();
    const store = new IntentStore(name);
    store.put(intent());
    store.put(intent({ slot: 'reclaimCredit:mem_001', operation: 'reclaimCredit', key: 'key-0002-abcd', at: '2999-01-01T00:00:00Z' }));
    expect(JSON.parse(storage.getItem(`dialkit:unsettled:${name}`)!)).toHaveLength(2);
    const reread = readIntents(name);
    expect(reread.list().map((i) => i.key)).toEqual(['key-0002-abcd', 'key-0001-abcd']);
    expect(reread.list('buyCredit')).toEqual([intent({ at: store.get('buyCredit')!.at })]);
    expect(store.drop('key-0001-abcd')).toBe(true);
    expect(store.drop('key-0001-abcd')).toBe(false);
    store.drop('key-0002-abcd');
    expect(storage.getItem(`dialkit:unsettled:${name}`)).toBeNull();
  });

  it('keeps one intent per slot, and an unnamed backend’s in memory only', () => {
    const store = new IntentStore();
    store.put(intent());
    store.put(intent({ key: 'key-0003-abcd' }));
    expect(store.list().map((i) => i.key)).toEqual(['key-0003-abcd']);
    expect(storage.length).toBe(0);
  });

  it('reads nothing from what the kit did not write, and keeps the intents in memory when the storage refuses them', () => {
    const name = fresh();
    storage.setItem(`dialkit:unsettled:${name}`, '{not json');
    expect(new IntentStore(name).list()).toEqual([]);
    storage.setItem(`dialkit:unsettled:${name}`, JSON.stringify([{ key: 1 }, intent()]));
    expect(new IntentStore(name).list()).toHaveLength(1);
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const store = new IntentStore(fresh());
    store.put(intent());
    expect(store.get('buyCredit')?.key).toBe('key-0001-abcd');
  });
});

describe('askBackend', () => {
  const purchase = fixtures.Purchase;

  it('settles a completed intent: forgotten, and published as the change it made, once', async () => {
    const raw = backend((key) => ({ ok: true, data: { key, operation: 'buyCredit', status: 'completed', createdAt: purchase.createdAt, response: purchase } }));
    const heard: DialkitChange[] = [];
    onBackendChange(raw, (change) => heard.push(change));
    const store = intentsOf(raw);
    store.put(intent());
    const origin = new EventTarget();
    const outcome = await askBackend(checkedAdapter(raw, origin), store, intent(), origin);
    expect(outcome).toMatchObject({ status: 'completed', response: purchase, first: true });
    expect(store.list()).toEqual([]);
    expect(heard).toEqual([{ operation: 'buyCredit', data: purchase, origin }]);
    expect(await askBackend(raw, store, intent())).toMatchObject({ status: 'completed', first: false });
    expect(heard).toHaveLength(1);
  });

  it('drops an intent the backend never received, and says when it is too old for the backend to tell', async () => {
    const raw = backend(() => ({ ok: false, error: { code: 'not_found', message: 'never' } }));
    const store = new IntentStore();
    store.put(intent());
    expect(await askBackend(raw, store, intent())).toMatchObject({ status: 'not_found' });
    expect(store.list()).toEqual([]);
    const old = intent({ at: new Date(Date.now() - KEYS_KEPT_MS - 60_000).toISOString() });
    store.put(old);
    expect(await askBackend(raw, store, old)).toMatchObject({ status: 'expired' });
  });

  it('keeps an intent still processing, one completed without its answer (confirming again replays it), one the backend could not be asked about, and one an older adapter cannot tell', async () => {
    const store = new IntentStore();
    store.put(intent());
    const processing = backend((key) => ({ ok: true, data: { key, operation: 'buyCredit', status: 'processing', createdAt: purchase.createdAt } }));
    expect(await askBackend(processing, store, intent())).toMatchObject({ status: 'unknown' });
    const unanswered = backend((key) => ({ ok: true, data: { key, operation: 'buyCredit', status: 'completed', createdAt: purchase.createdAt } }));
    expect(await askBackend(unanswered, store, intent())).toMatchObject({ status: 'unknown' });
    const offline = backend(() => ({ ok: false, error: { code: 'network', message: 'offline' } }));
    expect(await askBackend(offline, store, intent())).toMatchObject({ status: 'unknown' });
    expect(await askBackend({} as DialkitAdapter, store, intent())).toMatchObject({ status: 'unknown' });
    expect(store.list()).toHaveLength(1);
  });
});

describe('MoneyIntent on a backend’s store', () => {
  const request = { amount: { amountMinor: 23456, currency: 'PLN' } };

  it('gives another intent on the same store the key of the same unsettled request', () => {
    const store = new IntentStore();
    const first = new MoneyIntent({ operation: 'buyCredit', store: () => store });
    const key = first.keyFor(request);
    first.failed(true);
    const second = new MoneyIntent({ operation: 'buyCredit', store: () => store });
    expect(second.keyFor({ ...request })).toBe(key);
    expect(second.keyFor({ amount: { amountMinor: 100, currency: 'PLN' } })).not.toBe(key);
  });

  it('leaves nothing unsettled after a refusal or once settled, and lets go without settling', () => {
    const store = new IntentStore();
    const money = new MoneyIntent({ operation: 'buyCredit', store: () => store });
    const key = money.keyFor(request);
    money.failed(false);
    expect(store.list()).toEqual([]);
    expect(money.keyFor(request)).toBe(key);
    money.failed(true);
    money.release();
    expect(money.current).toBeUndefined();
    expect(money.unsettled().map((i) => i.key)).toEqual([key]);
    money.resume(store.get('buyCredit')!, true);
    expect(money.holds(request)).toBe(true);
    money.settle();
    expect(store.list()).toEqual([]);
  });

  it('keeps intents per slot: a take-back from another member does not replace the first', () => {
    const store = new IntentStore();
    const money = new MoneyIntent({ operation: 'reclaimCredit', store: () => store });
    money.keyFor({ memberId: 'a', amount: 1 }, 'reclaimCredit:a');
    money.failed(true);
    money.keyFor({ memberId: 'b', amount: 1 }, 'reclaimCredit:b');
    money.failed(true);
    expect(money.unsettled().map((i) => i.slot).sort()).toEqual(['reclaimCredit:a', 'reclaimCredit:b']);
    expect(money.unsettled((slot) => slot.endsWith(':a'))).toHaveLength(1);
  });
});
