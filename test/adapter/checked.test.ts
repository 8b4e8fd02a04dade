// The adapter boundary: whatever an adapter answers (a REST backend, or an
// object given by the page), the elements receive either data of the
// contract's shape or a clean failure.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { checkedAdapter } from '../../src/adapter/checked.js';
import { bearerAuth, createRestAdapter } from '../../src/adapter/rest.js';
import type { DialkitAdapter } from '../../src/adapter/adapter.js';
import { ERROR_MESSAGE_VARIABLES, errorMessageVariables } from '../../src/core/errors.js';
import { fixtures } from './fixtures.js';

/** An adapter object answering every operation with `answer(name)`. */
const answering = (answer: (operation: string) => unknown): DialkitAdapter =>
  new Proxy({}, { get: (_t, name) => async () => answer(String(name)) }) as DialkitAdapter;

describe('checkedAdapter', () => {
  it('passes an answer of the contract through, without the properties the contract does not name', async () => {
    const adapter = checkedAdapter(answering(() => ({ ok: true, data: { ...fixtures.Manager, extra: '<img src=x onerror=alert(1)>' } })));
    const result = await adapter.getManager();
    expect(result).toEqual({ ok: true, data: fixtures.Manager });
  });

  it.each([
    ['an object where a string belongs', { ...fixtures.Manager, companyName: { toString: 'x' } }],
    ['a number where a string belongs', { ...fixtures.Manager, adminAccountName: 42 }],
    ['a missing property', { ...fixtures.Manager, id: undefined }],
    ['an array instead of an object', [fixtures.Manager]],
    ['nothing', undefined],
    ['a string', '<script>alert(1)</script>'],
  ])('turns %s into invalid_response, naming the operation', async (_what, data) => {
    const result = await checkedAdapter(answering(() => ({ ok: true, data }))).getManager();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid_response');
    expect(!result.ok && result.error.details).toEqual({ operation: 'getManager' });
  });

  it('turns an adapter that throws, or answers something else than a Result, into failures', async () => {
    const throwing = checkedAdapter(answering(() => {
      throw new Error('boom');
    }));
    expect(await throwing.getBalance()).toMatchObject({ ok: false, error: { code: 'internal', message: 'boom' } });
    const odd = checkedAdapter(answering(() => 'yes'));
    expect(await odd.getBalance()).toMatchObject({ ok: false, error: { code: 'invalid_response' } });
  });

  it('cleans errors: unknown codes, non-text messages, and details the elements do not read', async () => {
    const adapter = checkedAdapter(
      answering(() => ({
        ok: false,
        error: {
          code: 'pwned',
          message: { html: '<b>x</b>' },
          status: 'teapot',
          details: { interpolation: { prefix: '<', suffix: '>' }, lng: 'xx', $t: 'common:retry', profileName: { x: 1 }, field: 'name' },
        },
      })),
    );
    const result = await adapter.updateManager({} as never);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: '', details: { field: 'name' } } });
  });

  it('keeps a conflict\'s current record only when it has the operation\'s shape, and money only as money', async () => {
    const conflict = (current: unknown) =>
      checkedAdapter(answering(() => ({ ok: false, error: { code: 'conflict', message: 'stale', details: { current, required: { amountMinor: 1.5, currency: 'EUR' }, available: { amountMinor: 100, currency: 'EUR' } } } })));
    const good = await conflict(fixtures.Manager).updateManager({} as never);
    expect(!good.ok && good.error.details).toEqual({ current: fixtures.Manager, available: { amountMinor: 100, currency: 'EUR' } });
    const bad = await conflict({ ...fixtures.Manager, version: 'new' }).updateManager({} as never);
    expect(!bad.ok && bad.error.details).toEqual({ available: { amountMinor: 100, currency: 'EUR' } });
  });

  it('answers network when its checks cannot be loaded (the request went out: its outcome is unknown), and loads them with the next call', async () => {
    vi.resetModules();
    let offline = true;
    vi.doMock('../../src/adapter/settle.js', async (original) => {
      if (offline) throw new Error('offline');
      return original();
    });
    try {
      const { checkedAdapter: fresh } = await import('../../src/adapter/checked.js');
      const calls: string[] = [];
      const adapter = fresh(answering((operation) => (calls.push(operation), { ok: true, data: fixtures.Manager })));
      expect(await adapter.getManager()).toMatchObject({ ok: false, error: { code: 'network' } });
      expect(calls).toEqual(['getManager']);
      offline = false;
      expect(await adapter.getManager()).toEqual({ ok: true, data: fixtures.Manager });
    } finally {
      vi.doUnmock('../../src/adapter/settle.js');
      vi.resetModules();
    }
  });

  it('gives the same checked adapter for the same adapter, and does not check twice', () => {
    const adapter = answering(() => ({ ok: true, data: null }));
    const checked = checkedAdapter(adapter);
    expect(checkedAdapter(adapter)).toBe(checked);
    expect(checkedAdapter(checked)).toBe(checked);
  });
});

describe('error messages', () => {
  it('take only their own variables from details, as text', () => {
    expect(errorMessageVariables({ code: 'account_already_linked', message: '', details: { profileName: 'Centrala', interpolation: { escapeValue: true } } })).toEqual({ profileName: 'Centrala' });
    expect(errorMessageVariables({ code: 'conflict', message: '', details: { current: {}, lng: 'pl' } })).toEqual({});
  });

  it.each(['en', 'pl', 'fr'])('name in the %s catalog exactly the variables listed for them', (locale) => {
    const catalog = JSON.parse(readFileSync(new URL(`../../locales/${locale}/errors.json`, import.meta.url), 'utf8')) as Record<string, string>;
    for (const [code, text] of Object.entries(catalog)) {
      const used = [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
      expect(used, code).toEqual([...(ERROR_MESSAGE_VARIABLES[code as keyof typeof ERROR_MESSAGE_VARIABLES] ?? [])].sort());
    }
  });
});

describe('createRestAdapter', () => {
  it.each(['javascript:alert(1)', 'vbscript:msgbox(1)', 'data:application/json,{}', 'file:///etc/passwd', 'ftp://example.com/api'])(
    'refuses the base URL %s: every call fails with invalid_backend_url, and nothing is fetched',
    async (baseUrl) => {
      const fetch = vi.fn();
      const adapter = createRestAdapter({ baseUrl, fetch });
      expect(await adapter.getManager()).toMatchObject({ ok: false, error: { code: 'invalid_backend_url' } });
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  it('sends cookies only when asked (credentials), and a bearer token through bearerAuth', async () => {
    const seen: Request[] = [];
    const fetch = async (request: Request) => {
      seen.push(request);
      return new Response(JSON.stringify(fixtures.Manager), { headers: { 'content-type': 'application/json' } });
    };
    await createRestAdapter({ baseUrl: 'https://telephony.example.com/api', fetch }).getManager();
    await createRestAdapter({ baseUrl: 'https://telephony.example.com/api', fetch, credentials: 'include' }).getManager();
    await createRestAdapter({ baseUrl: 'https://telephony.example.com/api', fetch, middleware: [bearerAuth(() => 'tok-123')] }).getManager();
    expect(seen.map((r) => r.credentials)).toEqual(['same-origin', 'include', 'same-origin']);
    expect(seen[2]!.headers.get('authorization')).toBe('Bearer tok-123');
    expect(seen[0]!.headers.get('authorization')).toBeNull();
  });
});

describe('errors from real servers and gateways', () => {
  const answering = (status: number, body: string, type: string) =>
    createRestAdapter({ baseUrl: 'https://telephony.example.com/api', fetch: async () => new Response(body, { status, headers: { 'content-type': type } }) });

  it.each([
    [404, 'not_found'],
    [409, 'conflict'],
    [422, 'validation_failed'],
    // A rate limiter in front of the backend (the public callback request).
    [429, 'too_many_requests'],
    [503, 'internal'],
  ])('reads an RFC 9457 problem document answered %i as %s, with its detail', async (status, code) => {
    const body = JSON.stringify({ type: 'https://example.com/probs/x', title: 'Something', status, detail: 'The detail' });
    const result = await answering(status, body, 'application/problem+json').getManager();
    expect(result).toEqual({ ok: false, error: { code, message: 'The detail', status } });
  });

  it('reads a gateway HTML page by its status', async () => {
    const result = await answering(502, '<html><body>Bad gateway</body></html>', 'text/html').getManager();
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', status: 502 } });
  });

  it('takes a 200 with an empty body where data is expected for an invalid answer, not for data', async () => {
    const result = await checkedAdapter(answering(200, '', 'application/json')).getManager();
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_response' } });
  });
});
