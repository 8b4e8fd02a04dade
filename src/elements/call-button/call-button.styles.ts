/**
 * The button's styles, written minified: they ship as a string inside the
 * script and are adopted as a constructed stylesheet, which a strict Content
 * Security Policy allows (no `<style>` element, no `style` attribute).
 * The host's box depends only on `size` and the label, and the line for the
 * opening-hours note is kept whenever `hours` is set, so crossing the opening
 * time moves nothing on the page. (Rules in the order that compresses best;
 * no two of them compete but by specificity.)
 */
export const css =
  'a{display:flex;align-items:center;gap:.4em;min-height:2.5em;padding:0 1em;border:2px solid var(--dk-call-button-color,#0b57d0);border-radius:2em;background-color:var(--dk-call-button-color,#0b57d0);color:var(--dk-call-button-text,#fff);text-decoration:none}' +
  ':host([hours]) a+span{min-height:1.2em;font-size:.8em}:host([look=dark]) a{background:#222}' +
  ':host([invalid]){display:none}:host([size=s]){font-size:14px}:host([size=l]){font-size:20px}' +
  ':host{display:inline-grid;font:600 16px system-ui}i:before{content:"☎"/""}';
