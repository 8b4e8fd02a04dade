import { DkCallButton, renderAll } from './call-button.js';

// Registers the tag once, however many times the script is loaded (a second
// definition throws, and nothing else starts). One observer re-renders every
// button when a `lang` changes on the page, and a minute's tick opens and
// closes them on time.
try {
  customElements.define('dk-call-button', DkCallButton);
  setInterval(renderAll, 60000);
  new MutationObserver(renderAll).observe(document, { subtree: true, attributeFilter: ['lang'] });
} catch {}

declare global {
  interface HTMLElementTagNameMap {
    'dk-call-button': DkCallButton;
  }
}

export type { DkCallButton };
