import { HttpResponse, delay, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { bearerAuth, createIdempotencyKey, createRestAdapter } from '../../src/adapter/index.js';
import { fixtures } from './fixtures.js';

const API = 'http://dialkit.test/api';
const server = setupServer();
/** Created before MSW starts listening: the adapter must pick up the patched fetch at call time. */
const adapter = createRestAdapter({ baseUrl: API });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.unstubAllGlobals();
});
afterAll(() => server.close());

/** Serves one handler and records the requests it receives. */
function serve(
  method: 'get' | 'post' | 'put' | 'patch' | 'delete',
  path: string,
  answer: (request: Request) => Response | Promise<Response>,
): Request[] {
  const seen: Request[] = [];
  server.use(
    http[method](`${API}${path}`, ({ request }) => {
      seen.push(request.clone());
      return answer(request);
    }),
  );
  return seen;
}

describe('createRestAdapter: answers', () => {
  it('maps a success to ok with the body', async () => {
    serve('get', '/sip-profiles/:profileId', () => HttpResponse.json(fixtures.SipProfileDetail));
    expect(await adapter.getSipProfile('p-1')).toEqual({ ok: true, data: fixtures.SipProfileDetail });
  });

  it('sends path, query and body as the contract says', async () => {
    const seen = serve('post', '/sip-profiles/:profileId/accounts', () =>
      HttpResponse.json(fixtures.SipProfileDetail, { status: 201 }),
    );
    const result = await adapter.linkSipAccount('p 1', { version: 7, memberId: 'm-2', extension: '204' });
    expect(result.ok).toBe(true);
    expect(new URL(seen[0]!.url).pathname).toBe('/api/sip-profiles/p%201/accounts');
    expect(seen[0]!.headers.get('content-type')).toBe('application/json');
    expect(await seen[0]!.json()).toEqual({ version: 7, memberId: 'm-2', extension: '204' });

    const listed = serve('get', '/members', () => HttpResponse.json(fixtures.MemberPage));
    await adapter.listMembers({ query: 'anna', status: 'linked', sort: 'credit', order: 'desc', offset: 50, limit: 25 });
    expect(Object.fromEntries(new URL(listed[0]!.url).searchParams)).toEqual({
      query: 'anna',
      status: 'linked',
      sort: 'credit',
      order: 'desc',
      offset: '50',
      limit: '25',
    });
  });

  it('maps a Problem to its code, message, status and details', async () => {
    serve('post', '/sip-profiles/:profileId/accounts', () => HttpResponse.json(fixtures.Problem, { status: 409 }));
    const result = await adapter.linkSipAccount('p-1', { version: 7, memberId: 'm-4' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'account_already_linked',
        message: 'piotr.w is linked to Kraków PBX',
        status: 409,
        details: { profileId: 'p-2', profileName: 'Kraków PBX' },
      },
    });
  });

  it('maps a conflict with the fresh record in details.current', async () => {
    const current = { ...fixtures.SipProfileDetail, version: 8 };
    serve('delete', '/sip-profiles/:profileId/numbers/:numberId', () =>
      HttpResponse.json({ code: 'conflict', message: 'stale', details: { current } }, { status: 409 }),
    );
    const result = await adapter.removeSipNumber('p-1', 'n-2', { version: 7 });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'conflict', status: 409, details: { current } });
  });

  it('maps an unreadable error body, or an unknown code, to internal', async () => {
    serve('get', '/manager', () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 }));
    const html = await adapter.getManager();
    expect(html.ok ? null : html.error).toMatchObject({ code: 'internal', status: 502 });

    serve('get', '/manager', () => HttpResponse.json({ code: 'network', message: 'not a server code' }, { status: 500 }));
    const unknown = await adapter.getManager();
    expect(unknown.ok ? null : unknown.error).toMatchObject({ code: 'internal', status: 500 });

    serve('get', '/manager', () => new HttpResponse(null, { status: 503 }));
    const empty = await adapter.getManager();
    expect(empty.ok ? null : empty.error).toMatchObject({ code: 'internal', status: 503 });
  });

  it('maps an unreadable success body to internal', async () => {
    serve('get', '/manager', () => new HttpResponse('{"id":', { headers: { 'Content-Type': 'application/json' } }));
    const result = await adapter.getManager();
    expect(result.ok ? null : result.error.code).toBe('internal');
  });

  it('maps 204 No Content to ok', async () => {
    serve('delete', '/departments/:departmentId', () => new HttpResponse(null, { status: 204 }));
    expect(await adapter.deleteDepartment('d-2', { version: 1 })).toEqual({ ok: true, data: undefined });
  });
});

describe('createRestAdapter: failures before an answer', () => {
  it('maps a network failure to network', async () => {
    serve('get', '/sip-profiles', () => HttpResponse.error());
    const result = await adapter.listSipProfiles();
    expect(result.ok ? null : result.error.code).toBe('network');
  });

  it('maps an abort during the request to aborted', async () => {
    serve('get', '/sip-profiles', async () => {
      await delay(2_000);
      return HttpResponse.json([]);
    });
    const controller = new AbortController();
    const pending = adapter.listSipProfiles({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const result = await pending;
    expect(result.ok ? null : result.error.code).toBe('aborted');
  });

  it('maps an already aborted signal to aborted without a request', async () => {
    const seen = serve('get', '/sip-profiles', () => HttpResponse.json([]));
    const result = await adapter.listSipProfiles({ signal: AbortSignal.abort() });
    expect(result.ok ? null : result.error.code).toBe('aborted');
    expect(seen).toHaveLength(0);
  });

  it('never rejects, even when a middleware throws', async () => {
    const broken = createRestAdapter({
      baseUrl: API,
      middleware: [
        {
          onRequest() {
            throw new Error('token store unavailable');
          },
        },
      ],
    });
    expect(await broken.getManager()).toEqual({
      ok: false,
      error: { code: 'internal', message: 'token store unavailable' },
    });
  });
});

describe('createRestAdapter: headers and parameters', () => {
  it('sends the Idempotency-Key of money-moving calls', async () => {
    const seen = serve('post', '/credit/purchases', () => HttpResponse.json(fixtures.Purchase, { status: 201 }));
    const amount = { amountMinor: 10_000, currency: 'EUR' };
    expect(await adapter.buyCredit({ amount }, 'key-0001-abcd')).toEqual({ ok: true, data: fixtures.Purchase });
    await adapter.buyCredit({ amount }, 'key-0001-abcd');
    expect(seen.map((r) => r.headers.get('idempotency-key'))).toEqual(['key-0001-abcd', 'key-0001-abcd']);

    const allocations = serve('post', '/credit/allocations', () =>
      HttpResponse.json({ allocations: [], balance: amount }, { status: 201 }),
    );
    await adapter.allocateCredit({ memberIds: ['m-2'], amount }, 'key-0002-abcd');
    expect(allocations[0]!.headers.get('idempotency-key')).toBe('key-0002-abcd');
  });

  it('sends the version read as a query parameter of deletes', async () => {
    const unlinked = serve('delete', '/sip-profiles/:profileId/accounts/:memberId', () =>
      HttpResponse.json(fixtures.SipProfileDetail),
    );
    const removed = serve('delete', '/members/:memberId', () =>
      HttpResponse.json({ reclaimed: { amountMinor: 0, currency: 'EUR' }, releasedNumberIds: [], cancelledSubscriptionIds: [] }),
    );
    await adapter.unlinkSipAccount('p-1', 'm-2', { version: 7 });
    await adapter.removeMember('m-3', { version: 4 });
    const url = new URL(unlinked[0]!.url);
    expect(url.pathname).toBe('/api/sip-profiles/p-1/accounts/m-2');
    expect(url.searchParams.get('version')).toBe('7');
    expect(new URL(removed[0]!.url).searchParams.get('version')).toBe('4');
  });

  it('adds auth headers through middleware, asking for the token on each call', async () => {
    let token = 'first';
    const authed = createRestAdapter({
      baseUrl: API,
      headers: { 'X-Dialkit-Tenant': 'architectes' },
      middleware: [bearerAuth(() => token)],
    });
    const seen = serve('get', '/manager', () => HttpResponse.json(fixtures.Manager));
    await authed.getManager();
    token = 'second';
    await authed.getManager();
    expect(seen.map((r) => r.headers.get('authorization'))).toEqual(['Bearer first', 'Bearer second']);
    expect(seen[0]!.headers.get('x-dialkit-tenant')).toBe('architectes');

    token = '';
    await authed.getManager();
    expect(seen[2]!.headers.has('authorization')).toBe(false);
  });
});

describe('createRestAdapter: fetch and base URL', () => {
  it('uses an injected fetch', async () => {
    const fetch = vi.fn(async (_request: Request) => Response.json([fixtures.Department[0]]));
    const custom = createRestAdapter({ baseUrl: 'https://backend.example/v1/', fetch });
    expect(await custom.listDepartments()).toEqual({ ok: true, data: [fixtures.Department[0]] });
    expect(fetch.mock.calls[0]![0].url).toBe('https://backend.example/v1/departments');
  });

  it('maps a rejection of the injected fetch to network', async () => {
    const custom = createRestAdapter({ baseUrl: API, fetch: () => Promise.reject(new TypeError('fetch failed')) });
    expect(await custom.getManager()).toEqual({ ok: false, error: { code: 'network', message: 'fetch failed' } });
  });

  it('resolves a relative base URL against location.href in a browser', async () => {
    vi.stubGlobal('location', { href: 'https://portal.example/admin/console?tab=sip' });
    const fetch = vi.fn(async (_request: Request) => Response.json(fixtures.Manager));
    await createRestAdapter({ fetch }).getManager();
    await createRestAdapter({ baseUrl: 'backend/api', fetch }).getManager();
    expect(fetch.mock.calls.map(([request]) => request.url)).toEqual([
      'https://portal.example/api/manager',
      'https://portal.example/admin/backend/api/manager',
    ]);
  });

  it('requires an absolute base URL outside a browser', () => {
    expect(() => createRestAdapter({ baseUrl: '/api' })).toThrow(TypeError);
  });
});

describe('createIdempotencyKey', () => {
  it('makes a fresh key of a length the contract accepts', () => {
    const keys = new Set(Array.from({ length: 100 }, createIdempotencyKey));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('works where crypto.randomUUID is missing (insecure contexts)', () => {
    const { getRandomValues } = globalThis.crypto;
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (bytes: Uint8Array) => getRandomValues.call(real, bytes) });
    expect(createIdempotencyKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
