import { defineElement } from '../shared/define-element.js';
import { DkCredit } from './credit.js';

defineElement('dk-credit', DkCredit);

declare global {
  interface HTMLElementTagNameMap {
    'dk-credit': DkCredit;
  }
}

export { DkCredit };
