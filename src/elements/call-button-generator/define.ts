import { defineElement } from '../shared/define-element.js';
import { DkCallButtonGenerator } from './call-button-generator.js';

defineElement('dk-call-button-generator', DkCallButtonGenerator);

declare global {
  interface HTMLElementTagNameMap {
    'dk-call-button-generator': DkCallButtonGenerator;
  }
}

export { DkCallButtonGenerator };
