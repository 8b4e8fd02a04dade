// Every write through a backend reaches every element and the page listening
// to that backend: two widgets on one page agree without a reload.
import { describe, expect, it } from 'vitest';
import { checkedAdapter } from '../../src/adapter/checked.js';
import { onBackendChange, restAdapterFor, type DialkitChange } from '../../src/adapter/changes.js';
import type { DialkitAdapter } from '../../src/adapter/adapter.js';
import { fixtures } from './fixtures.js';

const member = fixtures.MemberPage.items[0]!;

/** An adapter whose every operation answers `answer(name)`. */
const answering = (answer: (operation: string) => unknown): DialkitAdapter =>
  new Proxy({}, { get: (_t, name) => async () => answer(String(name)) }) as DialkitAdapter;

const backend = () =>
  answering((operation) =>
    operation === 'removeMember' ? { ok: false, error: { code: 'conflict', message: 'stale' } } : { ok: true, data: operation === 'listMembers' ? fixtures.MemberPage : member },
  );

describe('onBackendChange', () => {
  it('hears each successful write through the backend, with its answer and the element that made it', async () => {
    const raw = backend();
    const heard: DialkitChange[] = [];
    onBackendChange(raw, (change) => heard.push(change));
    const origin = new EventTarget();
    await checkedAdapter(raw, origin).updateMember(member.id, { version: member.version, role: 'admin' });
    await checkedAdapter(raw).setMemberFeatures(member.id, { version: member.version, features: { ...member.features, voicemail: false } });
    expect(heard).toEqual([
      { operation: 'updateMember', data: member, origin },
      { operation: 'setMemberFeatures', data: member, origin: undefined },
    ]);
  });

  it('hears no read and no refused write', async () => {
    const raw = backend();
    const heard: string[] = [];
    onBackendChange(raw, (change) => heard.push(change.operation));
    await checkedAdapter(raw).listMembers();
    await checkedAdapter(raw).getMember(member.id);
    await checkedAdapter(raw).removeMember(member.id, { version: 1 });
    expect(heard).toEqual([]);
  });

  it('keeps the backends apart, and stops when told', async () => {
    const one = backend();
    const other = backend();
    const heard: string[] = [];
    const stop = onBackendChange(one, (change) => heard.push(change.operation));
    await checkedAdapter(other).updateMember(member.id, { version: 1, role: 'member' });
    await checkedAdapter(one).updateMember(member.id, { version: 1, role: 'member' });
    stop();
    await checkedAdapter(one).updateMember(member.id, { version: 1, role: 'member' });
    expect(heard).toEqual(['updateMember']);
  });

  it('names the backend of `api-base` elements by its URL', () => {
    // Outside a browser a base URL must be absolute; in a page `/api` is the default.
    expect(restAdapterFor('https://calls.example/api')).toBe(restAdapterFor('https://calls.example/api'));
    expect(restAdapterFor('https://calls.example/other')).not.toBe(restAdapterFor('https://calls.example/api'));
  });

  it('tells every listener even when one throws', async () => {
    const raw = backend();
    const heard: string[] = [];
    const reported: unknown[] = [];
    const report = globalThis.reportError;
    globalThis.reportError = (error: unknown) => void reported.push(error);
    try {
      onBackendChange(raw, () => {
        throw new Error('listener broke');
      });
      onBackendChange(raw, (change) => heard.push(change.operation));
      await checkedAdapter(raw).updateMember(member.id, { version: 1, role: 'member' });
    } finally {
      globalThis.reportError = report;
    }
    expect(heard).toEqual(['updateMember']);
    expect(reported).toHaveLength(1);
  });
});

describe('restAdapterFor', () => {
  it('is the REST adapter on its base URL, named by it, loaded with its first call', async () => {
    const adapter = restAdapterFor('http://127.0.0.1:9/api/');
    expect(restAdapterFor('http://127.0.0.1:9/api/')).toBe(adapter);
    expect(adapter.id).toBe('http://127.0.0.1:9/api');
    // Not a thenable, and what every object has is still there.
    expect((adapter as unknown as { then?: unknown }).then).toBeUndefined();
    expect(typeof adapter.toString).toBe('function');
    // Nothing listens on port 9 (discard): the request fails as the network does.
    const answer = await adapter.getBalance();
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.code).toBe('network');
  });

  it('names a base URL it cannot use by nothing, and answers every call with invalid_backend_url', async () => {
    const adapter = restAdapterFor('javascript:alert(1)');
    expect(adapter.id).toBeUndefined();
    const answer = await adapter.listMembers({});
    expect(!answer.ok && answer.error.code).toBe('invalid_backend_url');
  });
});
