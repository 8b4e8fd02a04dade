/**
 * What the call panel builds its DOM with: elements made by hand (no
 * template library in the panel's file), text always as text, and its styles
 * as a constructed stylesheet, which a strict Content Security Policy allows.
 */

/** Makes `tag` with properties and attributes (`aria-*`, `data-*`, `for`…) and children (text as text). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & Record<string, unknown> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (/^(aria-|data-|role$|for$)/.test(key)) el.setAttribute(key, String(value));
    else (el as unknown as Record<string, unknown>)[key] = value;
  }
  el.append(...children);
  return el;
}

export const css =
  ':host{all:initial}' +
  'dialog{box-sizing:border-box;width:min(22rem,100vw - 2rem);padding:1rem 1.25rem;border:1px solid #8a8a8a;border-radius:.75rem;background:#fff;color:#1b1b1b;font:16px/1.4 system-ui,sans-serif}' +
  'dialog::backdrop{background:#0006}' +
  'h2{margin:0 0 .5rem;font-size:1.1rem}h3{margin:1rem 0 .5rem;font-size:1rem}' +
  'p{margin:.5rem 0}[role=status]{font-weight:600}time{font-variant-numeric:tabular-nums}' +
  '.row{display:flex;flex-wrap:wrap;gap:.5rem;margin:.75rem 0}' +
  'button{min-height:2.75rem;min-width:2.75rem;padding:0 1rem;border:2px solid #0b57d0;border-radius:1.5rem;background:#fff;color:#0b57d0;font:inherit;font-weight:600;cursor:pointer}' +
  'button[aria-pressed=true],button[type=submit]{background:#0b57d0;color:#fff}' +
  '.end{border-color:#b3261e;background:#b3261e;color:#fff}' +
  ':focus-visible{outline:3px solid #0b57d0;outline-offset:2px}' +
  '.keys{display:grid;grid-template-columns:repeat(3,1fr);gap:.5rem;margin:.75rem 0}.keys[hidden],[hidden]{display:none}' +
  'a{color:#0b57d0;font-weight:600}' +
  'label{display:block;margin:.75rem 0 .25rem}input{box-sizing:border-box;width:100%;min-height:2.5rem;padding:0 .5rem;border:1px solid #6b6b6b;border-radius:.25rem;font:inherit}' +
  '.check{display:flex;gap:.5rem;align-items:flex-start}.check input{width:auto;min-height:1.25rem;margin:.2rem 0 0}.check label{margin:0}' +
  '.hint{font-size:.9rem;color:#4a4a4a}.error{color:#b3261e;font-weight:600}[aria-invalid=true]{border-color:#b3261e}';
