import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { DialkitElement, Task } from '../shared/base.js';
import { loadArticles } from '../help-article/articles.js';
import { articleIndex, loadSearchEngine, type ArticleIndex } from './search.js';
import { styles } from './help-center.styles.js';

/**
 * Every help article, with a search box that finds words whatever their case
 * and diacritics ("rozmow" finds "rozmów", "credit" finds "crédit"), in the
 * reader's language. Choosing an article shows it, with its feedback box; "All
 * articles" comes back to the list, with the search kept.
 *
 * @summary Searchable list of every help article.
 *
 * @attr article - The article shown; empty shows the list. Changes as the reader navigates.
 * @attr query - The search, as typed.
 *
 * @fires dk-feedback-sent - From the shown article: the reader's answer was received.
 * @fires dk-error - A failure shown to the user.
 *
 * @csspart search - The search field.
 * @csspart list - The list of articles.
 * @csspart article - The shown `dk-help-article`.
 */
export class DkHelpCenter extends DialkitElement {
  static override styles = [...DialkitElement.styles, styles];
  static override namespaces = ['help', 'common', 'errors', 'articles'];
  static override properties: PropertyDeclarations = {
    article: { reflect: true },
    query: {},
    announcement: { state: true },
  };

  article = '';
  query = '';

  private announcement = '';

  /** The articles of the language; the search engine loads with the first search typed. */
  private readonly index = new Task(this, {
    task: async ([locale, searching]): Promise<ArticleIndex> => {
      await Promise.all([loadArticles(locale), searching && loadSearchEngine()]);
      return articleIndex(locale);
    },
    args: () => [this.i18n.locale, this.query.trim() !== ''] as const,
    onError: (error) => this.reportError('loadArticles', error),
  });

  override render(): TemplateResult {
    const t = this.i18n.t;
    return html`<section aria-labelledby="center-title">
      ${this.article
        ? html`<button type="button" class="button link back" @click=${this.showList}>
              <span aria-hidden="true">←</span> ${t('center.allArticles')}
            </button>
            <h2 id="center-title" class="visually-hidden">${t('center.title')}</h2>
            <dk-help-article part="article" article=${this.article} @click=${this.followArticle}></dk-help-article>`
        : html`<h2 id="center-title">${t('center.title')}</h2>
            <p class="intro">${t('center.intro')}</p>
            ${this.renderTask(this.index, { complete: (index) => this.renderList(index) })}`}
    </section>`;
  }

  private renderList(index: ArticleIndex): TemplateResult {
    const t = this.i18n.t;
    const ids = index.search(this.query);
    const shown = ids.map((id) => index.entries.find((e) => e.id === id)!).filter(Boolean);
    const count = this.query.trim() ? t('center.results', { count: shown.length }) : '';
    return html`
      <div class="field search" role="search">
        <label for="search">${t('center.searchLabel')}</label>
        <input id="search" part="search" type="search" autocomplete="off" spellcheck="false"
          aria-describedby="search-hint" aria-controls="articles" .value=${live(this.query)} @input=${this.onSearch} />
        <span id="search-hint" class="hint">${t('center.searchHint')}</span>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${shown.length === 0
        ? html`<p class="none" id="articles">${t('center.noResults', { query: this.query.trim() })}</p>`
        : html`${count ? html`<p class="count" aria-hidden="true">${count}</p>` : nothing}
            <ul class="articles" id="articles" part="list" aria-label=${t('center.listLabel')}>
              ${shown.map(
                (e) => html`<li>
                  <button
                    type="button"
                    class="button link title"
                    data-article=${e.id}
                    aria-describedby="summary-${e.id}"
                    @click=${() => this.open(e.id)}
                  >
                    ${e.title}
                  </button>
                  <p class="summary" id="summary-${e.id}">${e.summary}</p>
                </li>`,
              )}
            </ul>`}
    `;
  }

  private onSearch = async (event: InputEvent): Promise<void> => {
    this.query = (event.target as HTMLInputElement).value;
    await this.updateComplete;
    const index = await this.index.taskComplete.catch(() => undefined);
    if (!index) return;
    const n = index.search(this.query).length;
    this.announcement = !this.query.trim()
      ? ''
      : n === 0
        ? this.i18n.t('center.noResults', { query: this.query.trim() })
        : this.i18n.t('center.results', { count: n });
  };

  private async open(id: string): Promise<void> {
    this.article = id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('dk-help-article')?.focus();
  }

  /** Related links inside the article change its `article`; the center follows it. */
  private followArticle = (event: Event): void => {
    const shown = event.currentTarget as HTMLElement & { article: string };
    queueMicrotask(() => {
      if (shown.article && shown.article !== this.article) this.article = shown.article;
    });
  };

  private showList = async (): Promise<void> => {
    const previous = this.article;
    this.article = '';
    await this.updateComplete;
    await this.index.taskComplete.catch(() => undefined);
    await this.updateComplete;
    const button = this.renderRoot.querySelector<HTMLElement>(`button[data-article="${CSS.escape(previous)}"]`);
    (button ?? this.renderRoot.querySelector<HTMLElement>('#search'))?.focus();
  };
}
