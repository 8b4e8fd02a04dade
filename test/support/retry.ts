/**
 * The retry of the error state, shared by the conformance suite and the
 * failing stories; free of any test runner, so both can import it.
 */

/**
 * One look at an element whose loads failed, once the backend works again:
 * presses each retry button not pressed yet (each failed load has its own, and
 * some show only once the content does), and says whether `content` shows
 * with no error left. Call it until it says so.
 */
export function retriedAll(root: ParentNode, content: string, pressed: WeakSet<Element>): boolean {
  for (const retry of root.querySelectorAll<HTMLElement>('[part="retry-button"]')) {
    if (!pressed.has(retry)) retry.click();
    pressed.add(retry);
  }
  return root.querySelector(content) !== null && root.querySelector('[part="error"]') === null;
}
