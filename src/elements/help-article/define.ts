import { defineElement } from '../shared/define-element.js';
import { DkHelpArticle } from './help-article.js';

defineElement('dk-help-article', DkHelpArticle);

declare global {
  interface HTMLElementTagNameMap {
    'dk-help-article': DkHelpArticle;
  }
}

export { DkHelpArticle };
