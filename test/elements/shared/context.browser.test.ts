// The backend reaches elements through context, whatever the order of
// scripts and markup: a provider made after an element connected reaches it,
// and elements registered on demand (the autoloader's registry) appear in
// the console when opened.
import { afterEach, describe, expect, it } from 'vitest';
import '../../../src/elements/sip-profiles/define.js';
import '../../../src/elements/manager/define.js';
import { createRestAdapter } from '../../../src/adapter/rest.js';
import type { DialkitAdapter } from '../../../src/adapter/adapter.js';
import { provideAdapter } from '../../../src/elements/shared/context.js';
import { isAvailable, loadElement, registerLoaders } from '../../../src/elements/shared/loader.js';
import { find, waitForText } from '../../support/dom.js';
import type { DkManager } from '../../../src/elements/manager/manager.js';
import { mockBackend } from '../../support/browser.js';

// The console on demand reads its company from the mock backend; the other tests bring their own adapters.
mockBackend({ namespaces: [] });

/** An adapter answering the SIP profile list with one profile named `name`. */
function adapterNamed(name: string): DialkitAdapter {
  const profile = { id: 'sp-1', name, status: 'active', channels: 4, authMode: 'registration', linkedAccountCount: 0, numberCount: 0, version: 1 };
  const operations: Record<string, unknown> = {
    listSipProfiles: async () => ({ ok: true, data: [profile] }),
  };
  return new Proxy(operations, {
    get: (target, key) => target[key as string] ?? (async () => ({ ok: false, error: { code: 'internal', message: String(key) } })),
  }) as unknown as DialkitAdapter;
}

afterEach(() => document.body.replaceChildren());

describe('provideAdapter', () => {
  it('reaches an element that connected before it, which then loads from it', async () => {
    const container = document.createElement('div');
    // An address nobody answers: until a provider comes, the element fails.
    container.innerHTML = '<dk-sip-profiles api-base="/no-such-backend"></dk-sip-profiles>'; // fixed test markup
    document.body.append(container);
    const element = container.querySelector('dk-sip-profiles')!;
    await find(element.shadowRoot!, '[part="error"]', 10_000);

    provideAdapter(container, adapterNamed('Late Provider PBX'));
    await waitForText(element.shadowRoot!, 'Late Provider PBX', 10_000);
  });

  it('reaches elements added after it, and a closer provider wins', async () => {
    const outer = document.createElement('div');
    const inner = document.createElement('section');
    outer.append(inner);
    document.body.append(outer);
    provideAdapter(outer, adapterNamed('Outer PBX'));
    const first = document.createElement('dk-sip-profiles');
    outer.append(first);
    await waitForText(first.shadowRoot!, 'Outer PBX', 10_000);

    const second = document.createElement('dk-sip-profiles');
    inner.append(second);
    provideAdapter(inner, adapterNamed('Inner PBX'));
    await waitForText(second.shadowRoot!, 'Inner PBX', 10_000);
    expect(first.shadowRoot!.textContent).toContain('Outer PBX');
  });
});

describe('the on-demand registry', () => {
  it('knows a tag it can load, loads it once asked, and leaves unknown tags alone', async () => {
    let loads = 0;
    registerLoaders({
      'dk-test-on-demand': async () => {
        loads += 1;
        customElements.define('dk-test-on-demand', class extends HTMLElement {});
      },
    });
    expect(customElements.get('dk-test-on-demand')).toBeUndefined();
    expect(isAvailable('dk-test-on-demand')).toBe(true);
    expect(isAvailable('dk-test-unknown')).toBe(false);
    await loadElement('dk-test-on-demand');
    await loadElement('dk-test-on-demand');
    expect(customElements.get('dk-test-on-demand')).toBeDefined();
    expect(loads).toBe(1);
    await expect(loadElement('dk-test-unknown')).resolves.toBeUndefined();
  });
});

describe('dk-manager with elements loaded on demand', () => {
  it('shows the loading state, then a failure with a retry, then the section once its element loads', async () => {
    let attempts = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    registerLoaders({
      // A stand-in for the credit section: the first load fails (the network), the second works.
      'dk-credit': async () => {
        attempts += 1;
        await gate;
        if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
        if (!customElements.get('dk-credit')) customElements.define('dk-credit', class extends HTMLElement {});
      },
    });
    const manager = document.createElement('dk-manager') as DkManager;
    manager.adapter = createRestAdapter({ baseUrl: '/api' });
    manager.setAttribute('section', 'credit');
    document.body.append(manager);
    const root = manager.shadowRoot!;
    await find(root, '#content [part="loading"]');
    release();
    const retry = await find<HTMLButtonElement>(root, '#content [part="retry-button"]');
    retry.click();
    await find(root, '#content dk-credit');
    expect(attempts).toBe(2);
  });
});
