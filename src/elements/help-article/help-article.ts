import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { DialkitElement } from '../shared/base.js';

/** One help article, with its feedback box. */
export class DkHelpArticle extends DialkitElement {
  static override namespaces = ['help', 'common'];
  /** Id of the article to show. */
  @property() article = '';
  protected override render() {
    return html`<article></article>`;
  }
}
