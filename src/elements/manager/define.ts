import { defineElement } from '../shared/define-element.js';
import { registerLoaders } from '../shared/loader.js';
import { DkManager } from './manager.js';

// The set-up form shows only to a company not set up yet and in the account
// section: the console loads it then, with or without the autoloader.
registerLoaders({ 'dk-setup': () => import('../setup/define.js') });

defineElement('dk-manager', DkManager);

declare global {
  interface HTMLElementTagNameMap {
    'dk-manager': DkManager;
  }
}

export { DkManager };
