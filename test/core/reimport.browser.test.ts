// An import that can be tried again (src/core/reimport.ts), with modules the
// page's worker serves: a browser keeps a failed import's failure for its
// address, so without it a module whose first fetch failed never loads.
import { describe, expect, it } from 'vitest';
import { http, HttpResponse, passthrough } from 'msw';
import { reimportable } from '../../src/core/reimport.js';
import { checkedAdapter } from '../../src/adapter/checked.js';
import { createRestAdapter } from '../../src/adapter/rest.js';
import { mockBackend, worker } from '../support/browser.js';

mockBackend({ namespaces: [], instant: true });

/** A module at `name`, served by the worker: its fetches are counted, and those listed in `failing` fail (the network). */
function serve(name: string, failing: number[] = []): { url: string; fetches: () => number } {
  let fetches = 0;
  worker.use(
    http.get(`*/${name}`, () =>
      failing.includes(++fetches)
        ? HttpResponse.error()
        : new HttpResponse(`export const name = ${JSON.stringify(name)};`, { headers: { 'Content-Type': 'text/javascript' } }),
    ),
  );
  return { url: new URL(`/${name}`, location.href).href, fetches: () => fetches };
}

describe('reimportable', () => {
  it('loads once, however many ask, while it loads and after', async () => {
    const { url, fetches } = serve('reimport-once.js');
    const load = reimportable(() => import(/* @vite-ignore */ url) as Promise<{ name: string }>);
    const [a, b] = await Promise.all([load(), load()]);
    expect(a.name).toBe('reimport-once.js');
    expect(await load()).toBe(a);
    expect(b).toBe(a);
    expect(fetches()).toBe(1);
  });

  it('rejects a failed load as a network error, and the next call fetches the module anew', async () => {
    const { url, fetches } = serve('reimport-again.js', [1, 2]);
    const plain = () => import(/* @vite-ignore */ url) as Promise<{ name: string }>;
    const load = reimportable(plain);
    await expect(load()).rejects.toMatchObject({ code: 'network', message: expect.stringContaining('reimport-again.js') });
    expect(fetches()).toBe(1);
    // What it works around: the same import again fails at once, without a fetch.
    await expect(plain()).rejects.toBeInstanceOf(TypeError);
    expect(fetches()).toBe(1);
    // Failing again: still a network error, and still tried anew.
    await expect(load()).rejects.toMatchObject({ code: 'network' });
    expect(fetches()).toBe(2);
    expect((await load()).name).toBe('reimport-again.js');
    expect(fetches()).toBe(3);
    await load();
    expect(fetches()).toBe(3);
  });
});

describe('the answers’ checks, loaded with the first answer', () => {
  it('answer the next call once loaded, after their first load failed', async () => {
    // The checks' module (src/adapter/settle.ts in development) fails once; the page has not loaded it yet.
    let fetches = 0;
    worker.use(http.get('*/src/adapter/settle.ts', () => (++fetches === 1 ? HttpResponse.error() : passthrough())));
    const backend = checkedAdapter(createRestAdapter({ baseUrl: '/api' }));
    const first = await backend.getManager();
    expect(first).toMatchObject({ ok: false, error: { code: 'network' } });
    expect(fetches).toBe(1);
    const second = await backend.getManager();
    expect(fetches).toBe(2);
    expect(second.ok).toBe(true);
  });
});
