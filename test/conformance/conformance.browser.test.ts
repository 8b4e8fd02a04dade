/**
 * What every element promises, checked on each in a real browser: its loading,
 * error (with a retry that works) and empty states, its language taken from
 * the page and followed as it changes, the backend it takes (its own adapter,
 * else a provided one, else `api-base`), events that reach the document, and
 * no accessibility violations. The elements' own tests go deeper; this suite
 * keeps a new element, or a split one, from drifting away from the others.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/all.js';
import type { DialkitAdapter } from '../../src/adapter/adapter.js';
import { createRestAdapter } from '../../src/adapter/rest.js';
import { provideAdapter } from '../../src/elements/shared/context.js';
import { createScenario } from '../../mocks/scenarios.js';
import { PATIENCE, expectNoAxeViolations, find, norm, textOf } from '../support/dom.js';
import { eventsAtDocument, mockBackend, scenario, use } from '../support/browser.js';
import { retriedAll } from '../support/retry.js';
import { ELEMENTS, type ElementCase } from './elements.js';

mockBackend({ namespaces: ['common', 'help'], instant: true });

afterEach(() => document.body.replaceChildren());

/** How the document saw an event: the target as the listener ran, before a shadow root's event loses it. */
const howSeen = (e: Event) => ({ bubbles: e.bubbles, composed: e.composed, target: e.target });
type Heard = ReturnType<typeof howSeen>;
const heard = (type: string): Heard[] => eventsAtDocument([type], howSeen);

/** Events reached the document from `element`, and would have from inside any shadow root too. */
async function expectReached(events: Heard[], element: Element): Promise<void> {
  await vi.waitFor(() => expect(events.length).toBeGreaterThan(0), { timeout: PATIENCE });
  for (const e of events) expect(e).toEqual({ bubbles: true, composed: true, target: element });
}

interface Placing {
  lang?: string;
  attributes?: Record<string, string>;
  adapter?: DialkitAdapter;
  /** Where it goes: a fresh container in the page by default. */
  parent?: HTMLElement;
}

/** Places the element as a page would: attributes and adapter set before it connects. */
function place(c: ElementCase, { lang = 'en', attributes, adapter, parent }: Placing = {}): { el: HTMLElement; root: ShadowRoot } {
  const el = document.createElement(c.tag) as HTMLElement & { adapter?: DialkitAdapter };
  for (const [name, value] of Object.entries({ ...c.attributes, ...attributes })) el.setAttribute(name, value);
  if (c.children) el.innerHTML = c.children; // fixed test markup from the table
  if (adapter) el.adapter = adapter;
  if (!parent) {
    parent = document.createElement('div');
    document.body.append(parent);
  }
  parent.lang = parent.lang || lang;
  parent.append(el);
  return { el, root: el.shadowRoot! };
}

/** An adapter on the REST backend at `baseUrl` that counts the calls made through it. */
function counting(baseUrl: string): DialkitAdapter & { calls: number } {
  const rest = createRestAdapter({ baseUrl }) as unknown as Record<string | symbol, unknown>;
  const counter = { calls: 0 };
  return new Proxy(rest, {
    get: (target, key) => {
      if (key === 'calls') return counter.calls;
      const value = target[key];
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        counter.calls += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as unknown as DialkitAdapter & { calls: number };
}

/** Waits until the element shows its data (or, for one that calls only when asked, until a call succeeded). */
async function served(c: ElementCase, root: ShadowRoot): Promise<void> {
  if (c.callBackend) await c.callBackend(root);
  else await find(root, c.content);
}

describe.each(ELEMENTS.map((c) => [c.tag, c] as const))('%s', (_tag, c) => {
  it('takes its language from an ancestor’s lang, and follows it when it changes', async () => {
    const { el, root } = place(c, { lang: 'pl' });
    // Queried afresh each time: a re-render may replace the node.
    const says = async (locale: 'pl' | 'fr'): Promise<void> => {
      const text = norm(c.language.text(locale));
      await vi.waitFor(
        () => {
          const shown = root.querySelector(c.language.selector);
          expect(shown && textOf(shown)).toContain(text);
        },
        { timeout: PATIENCE },
      );
    };
    await says('pl');
    el.parentElement!.lang = 'fr';
    await says('fr');
    // The probe must tell the languages apart, or the test proves nothing.
    expect(c.language.text('pl')).not.toBe(c.language.text('fr'));
  });

  if (c.loads) {
    it('shows its loading state, then its content, with no accessibility violations', async () => {
      use('slow');
      const { el, root } = place(c);
      await find(root, '[part="loading"]');
      await find(root, c.content);
      await expectNoAxeViolations(el);
    });

    for (const fault of ['failing', 'offline'] as const) {
      it(`when the backend is ${fault}, shows the error and says so to the page; its retries bring the content`, async () => {
        use(fault);
        const errors = heard('dk-error');
        const { el, root } = place(c);
        await find(root, '[part="error"]');
        await find(root, '[part="retry-button"]');
        await expectReached(errors, el);
        Object.assign(scenario.control, { failNext: 0, offline: false });
        const pressed = new WeakSet<Element>();
        await vi.waitFor(() => expect(retriedAll(root, c.content, pressed)).toBe(true), { timeout: PATIENCE, interval: 50 });
      });
    }
  } else {
    it('shows its content with no accessibility violations', async () => {
      const { el, root } = place(c);
      await find(root, c.content);
      await expectNoAxeViolations(el);
    });
  }

  if (c.empty) {
    const { scenario: company, attributes } = c.empty;
    it(`shows its empty state (${company} company${attributes ? `, ${JSON.stringify(attributes)}` : ''})`, async () => {
      use(company);
      const { root } = place(c, { attributes });
      await find(root, '[part="empty"]');
      expect(root.querySelector('[part="error"]')).toBeNull();
    });
  }

  if (c.loads || c.callBackend) {
    it('takes its own adapter over a provided one, and a provided one over api-base', async () => {
      // Only /elsewhere answers: an element on the default /api, or on api-base="/nowhere", fails.
      use(createScenario('default', { baseUrl: '/elsewhere' }));
      const provided = counting('/elsewhere');
      const own = counting('/elsewhere');
      const page = document.createElement('div');
      page.lang = 'en';
      document.body.append(page);
      provideAdapter(page, provided);

      // One at a time: a long list pushed below the fold renders no rows.
      const first = place(c, { parent: page, attributes: { 'api-base': '/nowhere' }, adapter: own });
      await served(c, first.root);
      expect(own.calls).toBeGreaterThan(0);
      expect(provided.calls).toBe(0);
      first.el.remove();

      const second = place(c, { parent: page, attributes: { 'api-base': '/nowhere' } });
      await served(c, second.root);
      expect(provided.calls).toBeGreaterThan(0);
      second.el.remove();

      const third = place(c, { attributes: { 'api-base': '/elsewhere' } });
      await served(c, third.root);
    });
  }

  if (c.event) {
    const { type, fire } = c.event;
    it(`fires ${type}, bubbling and composed, to the document`, async () => {
      const events = heard(type);
      const { el, root } = place(c);
      await find(root, c.content);
      await fire(root);
      await expectReached(events, el);
    });
  }
});
