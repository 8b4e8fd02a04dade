import { defineElement } from '../shared/define-element.js';
import { DkSetup } from './setup.js';

defineElement('dk-setup', DkSetup);

declare global {
  interface HTMLElementTagNameMap {
    'dk-setup': DkSetup;
  }
}

export { DkSetup };
