/**
 * Layout checks the browser tests share: text cut off without a way to read
 * it, and a page that scrolls sideways (WCAG 1.4.10, reflow at 320 px).
 */
import { norm } from './dom.js';

/** Every element under `root`, inside open shadow roots too. */
export function deepElements(root: ParentNode, into: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    into.push(el);
    if (el.shadowRoot) deepElements(el.shadowRoot, into);
  }
  return into;
}

const CLIPS = new Set(['hidden', 'clip']);

/** The parent element, crossing out of a shadow root to its host. */
function parentOf(el: Element): Element | null {
  return el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
}

/** Whether `text` can be read in full from a `title` on `el` or on one of its ancestors (a tooltip). */
function titled(el: Element, text: string): boolean {
  for (let at: Element | null = el; at; at = parentOf(at)) {
    const title = at.getAttribute('title');
    if (title && norm(title).includes(text)) return true;
  }
  return false;
}

/**
 * An element hidden on purpose, to be read by screen readers only: a box of
 * 1 px or less, or one clipped away entirely (a table's caption keeps the
 * table's width whatever its own).
 */
function visuallyHidden(el: Element): boolean {
  const box = el.getBoundingClientRect();
  if (box.width <= 1 && box.height <= 1) return true;
  const { clipPath, clip } = getComputedStyle(el);
  return /^inset\(50%\)$/.test(clipPath) || /^rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)$/.test(clip);
}

/**
 * The elements under `root` (shadow roots included) whose text is cut off
 * and cannot be read in full: the element clips what overflows it (overflow
 * hidden or clip, sideways or downwards; an ellipsis is such a clip) and
 * neither it nor an ancestor carries the whole text in a `title`. Scrolling
 * containers are not cut off (their content is reached by scrolling), nor
 * are boxes hidden on purpose for screen readers. One pixel of rounding is
 * allowed. Empty means nothing the user needs is out of reach.
 */
export function clippedText(root: ParentNode): Element[] {
  return deepElements(root).filter((el) => {
    if (el.clientWidth === 0 && el.clientHeight === 0) return false;
    const text = norm(el.textContent ?? '');
    if (!text || visuallyHidden(el)) return false;
    const style = getComputedStyle(el);
    const sideways = CLIPS.has(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
    const downwards = CLIPS.has(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
    if (!sideways && !downwards) return false;
    return !titled(el, text);
  });
}

/** A readable line per element, for a failure message. */
export const describeElements = (elements: readonly Element[]): string[] =>
  elements.map((el) => `<${el.localName} class="${el.getAttribute('class') ?? ''}"> ${norm(el.textContent ?? '').slice(0, 60)}`);

/** How far the page scrolls sideways, in pixels: 0 when everything fits its width. */
export function sidewaysScroll(): number {
  const page = document.scrollingElement ?? document.documentElement;
  return Math.max(0, page.scrollWidth - page.clientWidth);
}
