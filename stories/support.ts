import { waitFor } from 'storybook/test';

/** Waits for `selector` inside the shadow root of the first `tag` in the story. */
export async function inShadow<T extends Element = HTMLElement>(canvas: HTMLElement, tag: string, selector: string): Promise<T> {
  return waitFor(
    () => {
      const found = canvas.querySelector(tag)?.shadowRoot?.querySelector<T>(selector);
      if (!found) throw new Error(`${selector} not rendered yet`);
      return found;
    },
    { timeout: 5000 },
  );
}
