// Hostile input against every element: answers of a backend whose every
// free-text field carries a payload, answers of the wrong JSON type, hostile
// error documents, hostile attribute values and hostile text typed into every
// field. Nothing may execute, load, create markup, or throw; wrong shapes
// end in the element's error state with `invalid_response`.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/all.js';
import type { DialkitAdapter } from '../../src/adapter/adapter.js';
import { createRestAdapter } from '../../src/adapter/rest.js';
import { mockBackend } from '../support/browser.js';
import { hostileStrings, resetTraces, traces, wrongTypes } from '../support/hostile.js';
import type { LitElement } from 'lit';

// A fresh company per test; the elements load their own catalogs.
mockBackend({ namespaces: [] });

/** Free-text fields of the contract's records (ids and constrained strings left alone, so records still link up). */
const FREE_TEXT = new Set(['accountName', 'actorAccountName', 'area', 'comment', 'companyName', 'description', 'displayName', 'invitee', 'linkedProfileName', 'message', 'name', 'pbxHost']);

/** `data` with every free-text field replaced by `next()`. */
function poison(data: unknown, next: () => unknown): unknown {
  if (Array.isArray(data)) return data.map((d) => poison(d, next));
  if (!data || typeof data !== 'object') return data;
  return Object.fromEntries(
    Object.entries(data).map(([k, v]) => [k, FREE_TEXT.has(k) && typeof v === 'string' ? next() : poison(v, next)]),
  );
}

/** The mock backend's adapter, with its answers rewritten by `rewrite`. */
function rewriting(rewrite: (operation: string, result: { ok: boolean; data?: unknown; error?: unknown }) => unknown): DialkitAdapter {
  const rest = createRestAdapter({ baseUrl: '/api' });
  return new Proxy(rest, {
    get(target, name) {
      const method = Reflect.get(target, name) as unknown;
      if (typeof method !== 'function') return method;
      return async (...args: unknown[]) => rewrite(String(name), await (method as (...a: unknown[]) => Promise<{ ok: boolean }>).apply(target, args));
    },
  });
}

const ELEMENTS = [
  ['dk-manager', ''],
  ['dk-setup', 'editing'],
  ['dk-members', ''],
  ['dk-credit', ''],
  ['dk-features', ''],
  ['dk-reports', ''],
  ['dk-sip-profiles', ''],
  ['dk-call-button-generator', ''],
  ['dk-help-article', 'article="link-sip-account"'],
  ['dk-help-center', ''],
] as const;

const uncaught: string[] = [];
// ResizeObserver's loop notice is the browser's, benign by its spec, not a throw.
const onError = (event: ErrorEvent) => {
  if (!/ResizeObserver loop/.test(event.message)) uncaught.push(`error: ${event.message}`);
};
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(event.reason)}`);
const dkErrors: string[] = [];
const onDkError = (event: Event) => dkErrors.push((event as CustomEvent<{ error: { code: string } }>).detail.error.code);

beforeEach(() => {
  uncaught.length = 0;
  dkErrors.length = 0;
  resetTraces();
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  document.addEventListener('dk-error', onDkError);
});
afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  document.removeEventListener('dk-error', onDkError);
  document.body.replaceChildren();
});

/** Mounts `tag` with `adapter`, and waits until it and the elements it shows have settled (no loading state left). */
async function mount(tag: string, attributes: string, adapter: DialkitAdapter): Promise<LitElement> {
  const host = document.createElement('div');
  host.innerHTML = `<${tag} ${attributes}></${tag}>`; // fixed test markup
  const element = host.firstElementChild as LitElement & { adapter?: DialkitAdapter };
  element.adapter = adapter;
  document.body.append(host);
  await settle(element);
  return element;
}

/** Every `dk-*` element under `root`, across shadow roots. */
function kitElements(root: Element): LitElement[] {
  const found: LitElement[] = [root as LitElement];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('dk-')) found.push(el as LitElement);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  return found;
}

async function settle(element: Element): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const elements = kitElements(element);
    await Promise.all(elements.map((e) => e.updateComplete));
    const loading = elements.filter((e) =>
      [...(e.shadowRoot?.querySelectorAll<HTMLElement>('[part="loading"], .sending') ?? [])].some((l) => l.checkVisibility() && !l.closest('dialog:not([open])')),
    );
    if (loading.length === 0) break;
    if (Date.now() > deadline) {
      const what = loading.flatMap((e) => [...e.shadowRoot!.querySelectorAll<HTMLElement>('[part="loading"], .sending')].filter((l) => l.checkVisibility()).map((l) => `${e.localName} ${l.parentElement?.className ?? ''}: ${l.textContent?.trim().slice(0, 60)}`));
      throw new Error(`still loading after 20 s: ${what.join('; ')}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 100));
}

const text = (element: Element) => kitElements(element).map((e) => e.shadowRoot?.textContent ?? '').join(' ');

describe.each(ELEMENTS)('%s', { timeout: 60_000 }, (tag, attributes) => {
  it('renders hostile answers as text: nothing runs, loads or becomes markup', async () => {
    for (const offset of [0, 9, 19]) {
      let i = offset;
      const adapter = rewriting((_op, result) =>
        result.ok ? { ok: true, data: poison(result.data, () => hostileStrings[i++ % hostileStrings.length]) } : result,
      );
      const element = await mount(tag, attributes, adapter);
      expect(traces()).toEqual([]);
      element.remove();
    }
    expect(uncaught).toEqual([]);
  });

  it('shows its error state, never a crash, when answers have the wrong types', async () => {
    let i = 0;
    const adapter = rewriting((_op, result) =>
      result.ok ? { ok: true, data: poison(result.data, () => wrongTypes[i++ % wrongTypes.length]) } : result,
    );
    const element = await mount(tag, attributes, adapter);
    expect(uncaught).toEqual([]);
    expect(traces()).toEqual([]);
    // Every element but the help (whose articles are in the catalogs) reads a record with free text.
    if (tag !== 'dk-help-article' && tag !== 'dk-help-center') {
      expect(dkErrors).toContain('invalid_response');
      expect(kitElements(element).some((e) => e.shadowRoot?.querySelector('[part="error"], [role="alert"]'))).toBe(true);
    }
  });

  it('renders hostile error documents as text', async () => {
    let i = 0;
    const adapter = rewriting(() => {
      const p = hostileStrings[i++ % hostileStrings.length];
      return {
        ok: false,
        error: {
          code: i % 2 ? 'account_already_linked' : p,
          message: p,
          status: p,
          details: { profileName: p, interpolation: { escapeValue: false, prefix: '<' }, lng: 'xx', current: { name: p }, field: p },
        },
      };
    });
    const element = await mount(tag, attributes, adapter);
    expect(uncaught).toEqual([]);
    expect(traces()).toEqual([]);
    expect(text(element)).not.toMatch(/\{\{|\$t\(/);
  });

  it('survives hostile values in every attribute it observes', async () => {
    const element = await mount(tag, attributes, rewriting((_op, result) => result));
    // The generator's script-src may name any http(s) address (where websites load
    // the button); its refusal of other schemes is tested on its own below.
    const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes.filter((a) => a !== 'script-src');
    expect(observed.length).toBeGreaterThan(0);
    for (const value of hostileStrings) {
      for (const name of observed) element.setAttribute(name, value);
      await element.updateComplete;
    }
    await settle(element);
    expect(uncaught).toEqual([]);
    expect(traces()).toEqual([]);
  });

  it('keeps hostile text typed into its fields, as text', async () => {
    const element = await mount(tag, attributes, rewriting((_op, result) => result));
    const fields = kitElements(element).flatMap((e) =>
      [...(e.shadowRoot?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input:not([type]), input[type="text"], input[type="search"], textarea') ?? [])].filter(
        (f) => !f.disabled && !f.readOnly,
      ),
    );
    for (const value of hostileStrings.slice(0, 28)) {
      for (const field of fields) {
        if (!field.isConnected) continue;
        field.value = value;
        field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      }
      await Promise.all(kitElements(element).map((e) => e.updateComplete));
      const connected = fields.filter((f) => f.isConnected);
      // What was typed stays (a field may cap its length with maxlength, as the browser would when typing).
      for (const field of connected) expect(value.startsWith(field.value) || field.value === value).toBe(true);
    }
    await settle(element);
    expect(uncaught).toEqual([]);
    expect(traces()).toEqual([]);
  });
});

describe('dk-call-button-generator script-src', () => {
  it.each([`javascript:window.__dkPwned=1`, `data:text/javascript,window.__dkPwned=1`, 'vbscript:msgbox(1)', 'blob:https://evil.test/x'])(
    'refuses %s: nothing is imported, the snippet keeps the default address, and the form says why',
    async (src) => {
      const element = await mount('dk-call-button-generator', `script-src="${src.replace(/"/g, '&quot;')}"`, rewriting((_op, result) => result));
      await settle(element);
      expect(traces()).toEqual([]);
      expect(performance.getEntriesByType('resource').filter((e) => /call-button\.js|evil|javascript|data:/.test(e.name)).map((e) => e.name)).toEqual([
        `${location.origin}/dialkit/call-button.js`,
      ].filter((url) => performance.getEntriesByType('resource').some((e) => e.name === url)));
      const root = element.shadowRoot!;
      expect(root.querySelector('[role="alert"]')?.textContent).toContain('script-src');
      const snippet = root.querySelector<HTMLTextAreaElement>('#snippet-code')?.value ?? '';
      if (snippet) expect(snippet).toContain(`src="${location.origin}/dialkit/call-button.js"`);
      expect(uncaught).toEqual([]);
    },
  );
});

describe('dk-manager with hash routing', () => {
  it('ignores a malformed address instead of throwing', async () => {
    location.hash = '#%E0%A4%A';
    const element = await mount('dk-manager', 'hash-routing', rewriting((_op, result) => result));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle(element);
    expect(uncaught).toEqual([]);
    expect(element.getAttribute('section') ?? 'overview').toBe('overview');
    location.hash = '';
  });
});
