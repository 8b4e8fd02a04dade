import { DkCallButton, renderAll } from './call-button.js';

// Registers the tag once, however many times the script is loaded. One
// observer re-renders every button when a `lang` changes on the page, and a
// minute's tick opens and closes them on time.
if (!customElements.get('dk-call-button')) {
  customElements.define('dk-call-button', DkCallButton);
  setInterval(renderAll, 60000);
  new MutationObserver(renderAll).observe(document, { subtree: true, attributeFilter: ['lang'] });
}

declare global {
  interface HTMLElementTagNameMap {
    'dk-call-button': DkCallButton;
  }
}

export type { DkCallButton };
