import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { translate } from '../../i18n/i18n.js';
import { languageOf } from '../../i18n/locales.js';
import { DialkitElement, Task } from '../shared/base.js';
import { loadArticles, readArticle, segments, type ArticleContent } from './articles.js';
import type { FeedbackForm, FeedbackState } from './internal/feedback.js';
import { ShowMe } from './internal/show-me.js';
import { styles } from './help-article.styles.js';
import { LazyModule } from '../shared/lazy.js';

declare module '../shared/events.js' {
  interface DialkitEventMap {
    /** The reader's answer to "Was this article helpful?" reached the backend. The text is not repeated here. */
    'dk-feedback-sent': { articleId: string; helpful: boolean };
  }
}

export type { FeedbackState };

/**
 * One help article in the reader's language: title, summary, numbered steps,
 * notes and related articles, ending with "Was this article helpful?". "Yes"
 * thanks the reader; "No" opens a box asking why, which warns against personal
 * information, finds it as it is typed (e-mail addresses, phone numbers,
 * account names, PESEL, NIR, IBAN, card numbers, passwords) and refuses to send
 * until it is removed. A failed send keeps the text and offers a retry.
 *
 * A step that names a control of the kit shows that control's label, from the
 * same catalog key the control uses; where the control is on the page, "Show me"
 * focuses and outlines it (`dk-help-show`).
 *
 * @summary One help article, with its feedback box.
 *
 * @attr article - Id of the article (`link-sip-account`, `buy-credit`...). Related links change it.
 * @attr api-base - Base URL of a REST backend, when no adapter is given.
 *
 * @fires dk-feedback-sent - The reader's answer was received by the backend.
 * @fires dk-help-show - "Show me" was clicked: one event, bubbling and composed, asks the element holding the named control to point at it (cancelable; the page may answer too). Finding which steps offer "Show me" fires none.
 * @fires dk-error - A failure shown to the user.
 *
 * @csspart article - The article.
 * @csspart steps - The numbered steps.
 * @csspart show-me - Each "Show me" button.
 * @csspart feedback - The feedback section.
 * @csspart comment - The feedback text box.
 * @csspart findings - The personal information found in the text.
 * @csspart send-button - The feedback's send button.
 * @csspart empty - Shown when no article has the given id.
 */
export class DkHelpArticle extends DialkitElement {
  static override styles = [...DialkitElement.styles, styles];
  static override namespaces = ['help', 'common', 'errors', 'articles'];
  static override properties: PropertyDeclarations = {
    article: { reflect: true },
    history: { state: true },
  };

  /** Id of the article to show. */
  article = '';

  /** Articles left through a related link, for "Back". */
  private history: string[] = [];

  private navigating = false;
  private focusPending = false;

  /** The article's catalog and the catalogs of the labels its steps name, per language. */
  private readonly content = new Task(this, {
    task: async ([locale, id]) => {
      await loadArticles(locale, [id]);
      return readArticle(locale, id) ?? null;
    },
    args: () => [this.i18n.locale, this.article] as const,
    onError: (error) => this.reportError('loadArticle', error),
  });

  /** What follows the reader's answer to "Was this article helpful?": loaded with the first answer. */
  private feedback?: FeedbackForm;
  private readonly feedbackModule = new LazyModule(this, () => import('./internal/feedback.js'), (error) =>
    this.reportError('sendFeedback', error),
  );

  private readonly showMe = new ShowMe(this, {
    content: () => this.content.value,
    article: () => this.article,
    ask: (detail) => this.emit('dk-help-show', detail, { cancelable: true }),
    label: (key) => this.label(key),
    t: (key, options) => this.i18n.t(key, options),
  });

  /** Focuses the article's title once it is shown (the help button of every element relies on it). */
  override focus(options?: FocusOptions): void {
    this.focusPending = true;
    void this.focusTitle(options);
  }

  private async focusTitle(options?: FocusOptions): Promise<void> {
    await this.updateComplete;
    await this.content.taskComplete.catch(() => undefined);
    await this.updateComplete;
    const title = this.renderRoot.querySelector<HTMLElement>('#title');
    if (title && this.focusPending) {
      this.focusPending = false;
      title.focus(options);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('article') && changed.get('article') !== undefined) {
      if (!this.navigating) this.history = [];
      this.navigating = false;
      this.feedback?.reset();
      this.showMe.reset();
    }
  }

  override render(): TemplateResult {
    return html`${this.renderTask(this.content, {
      isEmpty: (a) => a === null,
      empty: () => html`<div class="state empty" part="empty"><p>${this.i18n.t('notFound')}</p></div>`,
      complete: (a) => (a ? this.renderArticle(a) : nothing),
    })}`;
  }

  private label(key: string): string {
    return translate(this.i18n.locale, key);
  }

  private renderText(text: string): TemplateResult[] {
    return segments(text).map((s) =>
      'label' in s ? html`<strong class="ui-label">${this.label(s.label)}</strong>` : html`${s.text}`,
    );
  }

  private renderArticle(a: ArticleContent): TemplateResult {
    const t = this.i18n.t;
    const previous = this.history.at(-1);
    const previousTitle = previous ? readArticle(this.i18n.locale, previous)?.title : undefined;
    return html`<article part="article" aria-labelledby="title">
      ${previous && previousTitle
        ? html`<button type="button" class="button link back" @click=${this.goBack}>
            <span aria-hidden="true">←</span> ${t('back', { title: previousTitle })}
          </button>`
        : nothing}
      <h2 id="title" tabindex="-1">${this.renderText(a.title)}</h2>
      <p class="summary">${this.renderText(a.summary)}</p>
      ${a.steps.length
        ? html`<h3 id="steps-heading">${t('stepsHeading')}</h3>
            <ol class="steps" part="steps" aria-labelledby="steps-heading">
              ${a.steps.map((step) => html`<li>${this.renderText(step)} ${this.showMe.renderButtons(step)}</li>`)}
            </ol>`
        : nothing}
      ${this.showMe.renderStatus()}
      ${a.notes.length
        ? html`<h3 id="notes-heading">${t('notesHeading')}</h3>
            <ul class="notes" aria-labelledby="notes-heading">
              ${a.notes.map((note) => html`<li>${this.renderText(note)}</li>`)}
            </ul>`
        : nothing}
      ${a.related.length ? this.renderRelated(a.related) : nothing}
      ${this.renderFeedback()}
    </article>`;
  }

  /** "Was this article helpful?", with Yes and No until the reader answers. */
  private renderFeedback(): TemplateResult {
    const t = this.i18n.t;
    return html`<section class="feedback" part="feedback" aria-labelledby="feedback-heading">
      <h3 id="feedback-heading">${t('wasHelpful')}</h3>
      ${this.feedback?.answered
        ? this.feedback.render()
        : html`<div class="answers">
              <button type="button" class="button" data-answer="yes" @click=${() => this.answer(true)}>${t('common:yes')}</button>
              <button type="button" class="button" data-answer="no" @click=${() => this.answer(false)}>${t('common:no')}</button>
            </div>
            ${this.feedbackModule.render((task, views) => this.renderTask(task, views))}`}
    </section>`;
  }

  private answer(helpful: boolean): void {
    this.feedbackModule.use(({ FeedbackForm }) => {
      this.feedback ??= new FeedbackForm(this, {
        services: this.services,
        send: (yes, comment) =>
          this.backend.sendFeedback({ articleId: this.article, helpful: yes, locale: languageOf(this.i18n.locale), ...(comment ? { comment } : {}) }),
        article: () => this.article,
        received: (articleId, yes) => this.emit('dk-feedback-sent', { articleId, helpful: yes }),
        t: (key, options) => this.i18n.t(key, options),
        describe: (error) => this.errorText(error),
      });
      this.feedback.answerWith(helpful);
    });
  }

  private renderRelated(ids: readonly string[]): TemplateResult {
    return html`<nav class="related" aria-labelledby="related-heading">
      <h3 id="related-heading">${this.i18n.t('relatedHeading')}</h3>
      <ul>
        ${ids.map((id) => {
          const related = readArticle(this.i18n.locale, id);
          return related
            ? html`<li>
                <button type="button" class="button link" data-article=${id} @click=${() => this.openRelated(id)}>
                  ${this.renderText(related.title)}
                </button>
              </li>`
            : nothing;
        })}
      </ul>
    </nav>`;
  }

  private openRelated(id: string): void {
    this.navigating = true;
    this.history = [...this.history, this.article];
    this.article = id;
    this.focus();
  }

  private goBack = (): void => {
    const previous = this.history.at(-1);
    if (!previous) return;
    this.navigating = true;
    this.history = this.history.slice(0, -1);
    this.article = previous;
    this.focus();
  };

  /**
   * The state of the feedback, for stories and tests.
   * @internal
   */
  get feedbackState(): FeedbackState {
    return this.feedback?.state ?? 'asked';
  }
}
