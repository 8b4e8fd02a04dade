import axe from 'axe-core';
import { expect, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { LitElement } from 'lit';

/** Test bodies that have not finished yet, including ones Vitest gave up on. */
const unfinished = new Set<Promise<unknown>>();

/**
 * Wraps a test body so that `earlierTestsStopped()` can wait for it. When a
 * test runs past its timeout, Vitest reports it failed and starts the next
 * test, but it cannot stop the late body: that body goes on pressing Tab and
 * typing in the same page, into the next test's element (a box typed
 * "some.newcomer late.joiner" ended up holding "oln", and one slow test
 * failed ten more).
 */
export function tracked<A extends unknown[]>(body: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return (...args) => {
    const run = body(...args);
    unfinished.add(run);
    const done = (): void => void unfinished.delete(run);
    run.then(done, done);
    return run;
  };
}

/** Resolves once every tracked test body from before has finished or thrown. */
export async function earlierTestsStopped(): Promise<void> {
  while (unfinished.size > 0) await Promise.allSettled([...unfinished]);
}

/** Mounts `html` in a fresh container and returns the first element matching `selector`. */
export async function mount<T extends HTMLElement>(markup: string, selector: string): Promise<T> {
  document.body.replaceChildren();
  const container = document.createElement('div');
  container.innerHTML = markup; // test fixtures only: fixed markup written in the test
  document.body.append(container);
  const element = container.querySelector<T>(selector)!;
  await (element as unknown as LitElement).updateComplete;
  return element;
}

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whitespace collapsed, no-break spaces as spaces: text as a reader sees it. */
export const norm = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** Text of a node (an element or a shadow root), normalized. */
export const textOf = (node: Element | ShadowRoot): string => norm(node.textContent ?? '');

/**
 * Waits are upper bounds, never the expected time: on a machine shared with
 * another run a render can take seconds, so no wait gives up before this.
 */
export const PATIENCE = 20_000;

/** Waits until `query` finds an element in `root`, and returns it. */
export async function find<T extends Element = HTMLElement>(root: ParentNode, query: string, timeout = PATIENCE): Promise<T> {
  timeout = Math.max(timeout, PATIENCE);
  return vi.waitFor(
    () => {
      const found = root.querySelector<T>(query);
      if (!found) throw new Error(`not found: ${query}`);
      return found;
    },
    { timeout, interval: 20 },
  );
}

/** Waits until the text of `root` contains `text`. */
export async function waitForText(root: Element | ShadowRoot, text: string, timeout = PATIENCE): Promise<void> {
  timeout = Math.max(timeout, PATIENCE);
  await vi.waitFor(() => expect(textOf(root)).toContain(norm(text)), { timeout, interval: 20 });
}

/**
 * Presses Tab until the focused element (across shadow roots) satisfies
 * `predicate`, as a keyboard user would; fails after `max` presses.
 */
export async function tabTo(predicate: (el: Element) => boolean, max = 40, shift = false): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await userEvent.keyboard(shift ? '{Shift>}{Tab}{/Shift}' : '{Tab}');
    const active = deepActiveElement();
    if (active && predicate(active)) return active;
  }
  throw new Error(`Tab did not reach the element after ${max} presses (focus on ${deepActiveElement()?.outerHTML.slice(0, 120)})`);
}

/** A predicate for `tabTo`: the focused element's accessible text starts with `text`. */
export const named = (text: string) => (el: Element) =>
  textOf(el).startsWith(text) || el.getAttribute('aria-label') === text || (el as HTMLInputElement).labels?.[0]?.textContent?.trim() === text;

/** Runs axe on `element` (shadow DOM included) and fails with the violations, readable. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const result = await axe.run(element, {
    resultTypes: ['violations'],
    rules: { 'color-contrast': { enabled: true } },
  });
  const violations = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' > ')).join('\n  ')}`,
  );
  expect(violations, violations.join('\n')).toEqual([]);
}
