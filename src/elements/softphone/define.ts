import { defineElement } from '../shared/define-element.js';
import { DkSoftphone } from './softphone.js';

defineElement('dk-softphone', DkSoftphone);

declare global {
  interface HTMLElementTagNameMap {
    'dk-softphone': DkSoftphone;
  }
}

export { DkSoftphone };
