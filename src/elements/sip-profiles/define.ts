import { defineElement } from '../shared/define-element.js';
import { DkSipProfiles } from './sip-profiles.js';

defineElement('dk-sip-profiles', DkSipProfiles);

declare global {
  interface HTMLElementTagNameMap {
    'dk-sip-profiles': DkSipProfiles;
  }
}

export { DkSipProfiles };
