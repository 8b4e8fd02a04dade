import { afterEach, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { html, type TemplateResult } from 'lit';
import { DialkitElement } from '../../../src/elements/shared/base.js';
import type { DialkitError } from '../../../src/core/errors.js';
import { LazyModule } from '../../../src/elements/shared/lazy.js';
import { loadCatalogs } from '../../../src/i18n/i18n.js';
import { mount } from '../../support/dom.js';
import { mockBackend, worker } from '../../support/browser.js';

mockBackend({ namespaces: ['common', 'errors'] });

afterEach(() => document.body.replaceChildren());

/** An element whose "module" loads when the test says: each load waits for `settle`. */
class LazyHost extends DialkitElement {
  loads = 0;
  used: string[] = [];
  reported: DialkitError[] = [];
  private pending?: { resolve: (m: { name: string }) => void; reject: (e: unknown) => void };
  readonly lazy = new LazyModule<{ name: string }>(
    this,
    () => {
      this.loads++;
      return new Promise((resolve, reject) => (this.pending = { resolve, reject }));
    },
    (error) => this.reported.push(error),
  );
  settle(ok: boolean): void {
    if (ok) this.pending!.resolve({ name: `module ${this.loads}` });
    else this.pending!.reject(new TypeError('Failed to fetch dynamically imported module'));
  }
  override render(): TemplateResult {
    return html`<div id="load">${this.lazy.render((task, views) => this.renderTask(task, views))}</div>`;
  }
}
customElements.define('dk-test-lazy', LazyHost);

async function host(): Promise<{ el: LazyHost; load: Element }> {
  await loadCatalogs('en', ['common', 'errors']);
  const parent = await mount<HTMLElement>('<div lang="en"></div>', 'div');
  const el = document.createElement('dk-test-lazy') as LazyHost;
  parent.append(el);
  await el.updateComplete;
  return { el, load: el.shadowRoot!.querySelector('#load')! };
}

describe('LazyModule', () => {
  it('loads nothing and shows nothing before its first use', async () => {
    const { el, load } = await host();
    expect(el.loads).toBe(0);
    expect(load.children).toHaveLength(0);
    expect(el.lazy.module).toBeUndefined();
  });

  it('shows the loading state while the module loads, then runs what was asked with it, once', async () => {
    const { el, load } = await host();
    el.lazy.use((m) => el.used.push(`first ${m.name}`));
    el.lazy.use((m) => el.used.push(`second ${m.name}`));
    await expect.poll(() => load.querySelector('[part="loading"]')).not.toBeNull();
    el.settle(true);
    await expect.poll(() => el.used).toEqual(['second module 1']);
    await expect.poll(() => load.children).toHaveLength(0);
    expect(el.lazy.module?.name).toBe('module 1');
    el.lazy.use((m) => el.used.push(`again ${m.name}`));
    expect(el.used).toEqual(['second module 1', 'again module 1']);
    expect(el.loads).toBe(1);
  });

  it('shows a failed load as a network error with Retry, which loads again and then runs what was asked', async () => {
    const { el, load } = await host();
    el.lazy.use((m) => el.used.push(m.name));
    el.settle(false);
    await expect.poll(() => load.querySelector('[part="retry-button"]')).not.toBeNull();
    expect(load.querySelector('[part="error"]')!.getAttribute('role')).toBe('alert');
    expect(el.reported.map((e) => e.code)).toEqual(['network']);
    expect(el.used).toEqual([]);
    load.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await expect.poll(() => el.loads).toBe(2);
    el.settle(true);
    await expect.poll(() => el.used).toEqual(['module 2']);
    await expect.poll(() => load.querySelector('[part="error"]')).toBeNull();
  });

  it('loads a module whose fetch failed again on Retry, which the browser would otherwise answer with the same failure', async () => {
    // A module served by the page's worker: the network fails for its first fetch, then serves it.
    let fetches = 0;
    worker.use(
      http.get('*/lazy-probe-module.js', () =>
        ++fetches === 1 ? HttpResponse.error() : new HttpResponse('export const name = "probe";', { headers: { 'Content-Type': 'text/javascript' } }),
      ),
    );
    const url = new URL('/lazy-probe-module.js', location.href).href;
    // A browser keeps a failed import's failure for its address: the same import again fails without a fetch.
    class RealHost extends DialkitElement {
      used: string[] = [];
      readonly lazy = new LazyModule(
        this,
        () => import(/* @vite-ignore */ url) as Promise<{ name: string }>,
        () => undefined,
        (module) => ({ upper: module.name.toUpperCase() }),
      );
      override render(): TemplateResult {
        return html`<div id="load">${this.lazy.render((task, views) => this.renderTask(task, views))}</div>`;
      }
    }
    customElements.define('dk-test-lazy-real', RealHost);
    await loadCatalogs('en', ['common', 'errors']);
    const parent = await mount<HTMLElement>('<div lang="en"></div>', 'div');
    const el = parent.appendChild(document.createElement('dk-test-lazy-real')) as RealHost;
    await el.updateComplete;
    el.lazy.use((m) => el.used.push(m.upper));
    const load = el.shadowRoot!.querySelector('#load')!;
    await expect.poll(() => load.querySelector('[part="retry-button"]')).not.toBeNull();
    expect(fetches).toBe(1);
    load.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await expect.poll(() => el.used).toEqual(['PROBE']);
    expect(fetches).toBe(2);
    expect(load.querySelector('[part="error"]')).toBeNull();
  });
});
