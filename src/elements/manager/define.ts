import { defineElement } from '../shared/define-element.js';
import '../setup/define.js';
import { DkManager } from './manager.js';

defineElement('dk-manager', DkManager);

declare global {
  interface HTMLElementTagNameMap {
    'dk-manager': DkManager;
  }
}

export { DkManager };
