import { defineElement } from '../shared/define-element.js';
import { DkMembers } from './members.js';

defineElement('dk-members', DkMembers);

declare global {
  interface HTMLElementTagNameMap {
    'dk-members': DkMembers;
  }
}

export { DkMembers };
