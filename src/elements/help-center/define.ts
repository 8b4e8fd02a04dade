import { defineElement } from '../shared/define-element.js';
import { DkHelpCenter } from './help-center.js';
// The center shows articles: registering it registers them too.
import '../help-article/define.js';

defineElement('dk-help-center', DkHelpCenter);

declare global {
  interface HTMLElementTagNameMap {
    'dk-help-center': DkHelpCenter;
  }
}

export { DkHelpCenter };
