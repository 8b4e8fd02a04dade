import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { DialkitError } from '../../core/errors.js';
import type { PersonalDataFinding } from '../../core/personal-data.js';

/**
 * The privacy guard checks phone numbers with libphonenumber-js, whose
 * metadata outweighs the article: it loads when the why box opens.
 */
const loadGuard = () => import('../../core/personal-data.js').then((m) => m.detectPersonalData);
import { translate } from '../../i18n/i18n.js';
import { DialkitElement, Task } from '../shared/base.js';
import { emit } from '../shared/events.js';
import { labelKeys, loadArticles, readArticle, segments, type ArticleContent } from './articles.js';
import { styles } from './help-article.styles.js';

declare module '../shared/events.js' {
  interface DialkitEventMap {
    /** The reader's answer to "Was this article helpful?" reached the backend. The text is not repeated here. */
    'dk-feedback-sent': { articleId: string; helpful: boolean };
  }
}

/**
 * Where the feedback at the end of the article stands: `asked` (Yes / No),
 * `yes` (answered Yes and thanked), `no` (the why box is open), `sending`,
 * `sent` (the why box was sent), `failed` (kept, with a retry).
 */
export type FeedbackState = 'asked' | 'yes' | 'no' | 'sending' | 'sent' | 'failed';

/** The longest feedback text the contract accepts. */
const MAX_COMMENT = 2000;

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
 * @fires dk-help-show - "Show me": asks the element holding the named control to point at it (cancelable).
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

  /** Id of the article to show. */
  @property({ reflect: true }) article = '';

  @state() private feedback: FeedbackState = 'asked';
  /** The answer being sent, or last sent: true for "Yes". */
  @state() private helpful = false;
  @state() private comment = '';
  @state() private findings: PersonalDataFinding[] = [];
  /** The reader tried to send text that still holds personal information. */
  @state() private blocked = false;
  @state() private sendError?: DialkitError;
  /** Articles left through a related link, for "Back". */
  @state() private history: string[] = [];
  /** Labels whose control is on the page now, so their step offers "Show me". */
  @state() private showable: ReadonlySet<string> = new Set();
  @state() private showStatus = '';

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

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('focusin', this.probe);
    this.addEventListener('pointerenter', this.probe);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('focusin', this.probe);
    this.removeEventListener('pointerenter', this.probe);
  }

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
      this.resetFeedback();
    }
  }

  private probed?: ArticleContent | null;

  protected override updated(): void {
    if (this.content.value !== this.probed) {
      this.probed = this.content.value;
      // After this update, not during it: the answer may change what is rendered.
      requestAnimationFrame(() => this.probe());
    }
  }

  private resetFeedback(): void {
    this.feedback = 'asked';
    this.comment = '';
    this.findings = [];
    this.blocked = false;
    this.sendError = undefined;
    this.showStatus = '';
  }

  override render(): TemplateResult {
    return html`${this.renderTask(this.content, {
      isEmpty: (a) => a === null,
      empty: () => html`<div class="state empty" part="empty"><p>${this.i18n.t('notFound')}</p></div>`,
      complete: (a) => (a ? this.renderArticle(a) : nothing),
    })}`;
  }

  // The article

  private label = (key: string): string => translate(this.i18n.locale, key);

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
              ${a.steps.map((step) => html`<li>${this.renderText(step)} ${this.renderShowMe(step)}</li>`)}
            </ol>`
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.showStatus}</div>
      ${a.notes.length
        ? html`<h3 id="notes-heading">${t('notesHeading')}</h3>
            <ul class="notes" aria-labelledby="notes-heading">
              ${a.notes.map((note) => html`<li>${this.renderText(note)}</li>`)}
            </ul>`
        : nothing}
      ${a.related.length
        ? html`<nav class="related" aria-labelledby="related-heading">
            <h3 id="related-heading">${t('relatedHeading')}</h3>
            <ul>
              ${a.related.map((id) => {
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
          </nav>`
        : nothing}
      ${this.renderFeedback()}
    </article>`;
  }

  private renderShowMe(step: string): TemplateResult[] {
    return labelKeys(step)
      .filter((key) => this.showable.has(key))
      .map(
        (key) => html`<button
          type="button"
          class="button small show-me"
          part="show-me"
          data-label=${key}
          aria-label=${this.i18n.t('showMeOn', { label: this.label(key) })}
          @click=${() => this.showMe(key)}
        >
          ${this.i18n.t('showMe')}
        </button>`,
      );
  }

  private async openRelated(id: string): Promise<void> {
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

  // "Show me"

  /**
   * Asks outwards (the element holding this article, then its ancestors) and
   * then the `dk-*` elements of the page whether they show the named control.
   */
  private ask(label: string, probe: boolean, page = this.pageElements()): boolean {
    const detail = { label, article: this.article, probe };
    if (!this.emit('dk-help-show', detail, { cancelable: true })) return true;
    return page.some((el) => !emit(el, 'dk-help-show', detail, { cancelable: true, bubbles: false }));
  }

  /** The page's own `dk-*` elements (not inside another one), but not this article's ancestors. */
  private pageElements(): HTMLElement[] {
    return [...document.body.querySelectorAll<HTMLElement>('*')].filter(
      (el) => el.localName.startsWith('dk-') && el.shadowRoot && el !== this && !el.contains(this),
    );
  }

  /** Finds which of the article's labels have their control on the page now. */
  private readonly probe = (event?: Event): void => {
    const a = this.content.value;
    if (!a || !this.isConnected) return;
    // Focus moving between the article's own controls changes nothing on the page.
    if (event instanceof FocusEvent && event.relatedTarget === this) return;
    const keys = [...new Set(a.steps.flatMap(labelKeys))];
    const page = this.pageElements();
    const present = new Set(keys.filter((key) => this.ask(key, true, page)));
    if (present.size !== this.showable.size || [...present].some((k) => !this.showable.has(k))) this.showable = present;
  };

  private showMe(key: string): void {
    const found = this.ask(key, false);
    this.showStatus = this.i18n.t(found ? 'shown' : 'notShown', { label: this.label(key) });
    if (!found) this.probe();
  }

  // Feedback

  private renderFeedback(): TemplateResult {
    const t = this.i18n.t;
    return html`<section class="feedback" part="feedback" aria-labelledby="feedback-heading">
      <h3 id="feedback-heading">${t('wasHelpful')}</h3>
      ${this.feedback === 'asked'
        ? html`<div class="answers">
            <button type="button" class="button" data-answer="yes" @click=${this.answerYes}>${t('common:yes')}</button>
            <button type="button" class="button" data-answer="no" @click=${this.answerNo}>${t('common:no')}</button>
          </div>`
        : this.feedback === 'yes' || this.feedback === 'sent'
          ? html`<p class="thanks" id="outcome" tabindex="-1" role="status">
              ${this.feedback === 'yes' ? t('thanksYes') : t('sent')}
            </p>`
          : this.helpful
            ? this.renderYesProgress()
            : this.renderWhyBox()}
    </section>`;
  }

  /** "Yes" being sent, or failed: no text to keep, only a retry. */
  private renderYesProgress(): TemplateResult {
    const t = this.i18n.t;
    if (this.feedback === 'failed' && this.sendError) {
      return html`<div class="alert" id="outcome" tabindex="-1" role="alert">
        <p>${this.errorText(this.sendError)}</p>
        <button type="button" class="button" @click=${this.answerYes}>${t('common:retry')}</button>
      </div>`;
    }
    return html`<p class="sending" role="status"><span class="spinner" aria-hidden="true"></span>${t('sending')}</p>`;
  }

  private renderWhyBox(): TemplateResult {
    const t = this.i18n.t;
    const sending = this.feedback === 'sending';
    const found = this.findings;
    const left = MAX_COMMENT - this.comment.length;
    return html`<form class="why" novalidate @submit=${this.send}>
      <div class="field">
        <label for="comment">${t('whyLabel')}</label>
        <p class="notice privacy" id="privacy">${t('privacyWarning')}</p>
        <textarea
          id="comment"
          part="comment"
          rows="4"
          maxlength=${MAX_COMMENT}
          aria-describedby="privacy ${found.length ? 'findings-title' : ''} chars"
          aria-invalid=${found.length ? 'true' : 'false'}
          ?readonly=${sending}
          .value=${live(this.comment)}
          @input=${this.onInput}
        ></textarea>
        <span class="hint" id="chars">${t('charsLeft', { count: left })}</span>
      </div>
      ${found.length
        ? html`<div class="findings ${this.blocked ? 'alert' : 'notice'}" part="findings" id="findings" tabindex="-1">
            <p id="findings-title">${t('found', { count: found.length })}</p>
            ${this.blocked ? html`<p role="alert">${t('blocked')}</p>` : nothing}
            <ul>
              ${found.map((f, i) => {
                const kind = t(`kinds.${f.kind}`);
                const text = this.comment.slice(f.start, f.end);
                return html`<li data-kind=${f.kind}>
                  <span>${t('finding', { kind, text })}</span>
                  <button
                    type="button"
                    class="button small"
                    aria-label=${t('removeFindingOn', { kind, text })}
                    ?disabled=${sending}
                    @click=${() => this.removeFinding(i)}
                  >
                    ${t('removeFinding')}
                  </button>
                </li>`;
              })}
            </ul>
          </div>`
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">
        ${found.length ? t('found', { count: found.length }) : ''}
      </div>
      ${this.feedback === 'failed' && this.sendError
        ? html`<div class="alert" id="outcome" tabindex="-1" role="alert">
            <p>${this.errorText(this.sendError)}</p>
            <p>${t('failed')}</p>
          </div>`
        : nothing}
      <div class="actions">
        <button
          type="submit"
          class="button primary"
          part="send-button"
          aria-busy=${sending ? 'true' : 'false'}
          ?disabled=${sending}
        >
          ${sending ? t('sending') : this.feedback === 'failed' ? t('common:retry') : t('send')}
        </button>
      </div>
    </form>`;
  }

  private answerYes = (): void => {
    this.helpful = true;
    void this.submit(true, null);
  };

  private answerNo = async (): Promise<void> => {
    void loadGuard();
    this.helpful = false;
    this.feedback = 'no';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#comment')?.focus();
  };

  private onInput = async (event: InputEvent): Promise<void> => {
    const text = (event.target as HTMLTextAreaElement).value;
    this.comment = text;
    const findings = (await loadGuard())(text);
    // A later keystroke may have changed the text meanwhile: its own check wins.
    if (this.comment !== text) return;
    this.findings = findings;
    if (findings.length === 0) this.blocked = false;
  };

  /** Takes one finding out of the text, and the space it leaves. */
  private async removeFinding(index: number): Promise<void> {
    const f = this.findings[index];
    if (!f) return;
    const before = this.comment.slice(0, f.start).replace(/[ \t]+$/, '');
    const after = this.comment.slice(f.end);
    this.comment = before && after && !/^[\s.,;:!?)]/.test(after) ? `${before} ${after}` : `${before}${after}`;
    this.findings = (await loadGuard())(this.comment);
    if (this.findings.length === 0) this.blocked = false;
    await this.updateComplete;
    const next = this.renderRoot.querySelectorAll<HTMLElement>('#findings button')[Math.min(index, this.findings.length - 1)];
    (next ?? this.renderRoot.querySelector<HTMLElement>('#comment'))?.focus();
  }

  private send = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.feedback === 'sending') return;
    // The text is checked once more at the moment of sending, whatever was shown.
    this.findings = (await loadGuard())(this.comment);
    if (this.findings.length) {
      this.blocked = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#findings')?.focus();
      return;
    }
    await this.submit(false, this.comment.trim() || null);
  };

  private async submit(helpful: boolean, comment: string | null): Promise<void> {
    const articleId = this.article;
    this.feedback = 'sending';
    this.sendError = undefined;
    const result = await this.backend.sendFeedback({
      articleId,
      helpful,
      locale: this.i18n.locale,
      ...(comment ? { comment } : {}),
    });
    if (articleId !== this.article) return;
    if (!result.ok) {
      this.sendError = this.reportError('sendFeedback', result.error);
      this.feedback = 'failed';
    } else {
      this.feedback = helpful ? 'yes' : 'sent';
      this.emit('dk-feedback-sent', { articleId, helpful });
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#outcome')?.focus();
  }

  /**
   * The state of the feedback, for stories and tests.
   * @internal
   */
  get feedbackState(): FeedbackState {
    return this.feedback;
  }
}
