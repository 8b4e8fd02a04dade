import { defineElement } from '../shared/define-element.js';
import { DkFeatures } from './features.js';

defineElement('dk-features', DkFeatures);

declare global {
  interface HTMLElementTagNameMap {
    'dk-features': DkFeatures;
  }
}

export { DkFeatures };
