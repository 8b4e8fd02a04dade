import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FeedbackReceipt } from '../../../adapter/types.js';
import type { DialkitError, Result } from '../../../core/errors.js';
import type { PersonalDataFinding } from '../../../core/personal-data.js';
import { reimportable } from '../../../core/reimport.js';
import { FormController } from '../../shared/controllers/form.js';
import { WriteController } from '../../shared/controllers/write.js';
import type { ElementHost as Host, ElementServices } from '../../shared/controllers/services.js';

/**
 * The privacy guard checks phone numbers with libphonenumber-js, whose
 * metadata outweighs the article: it loads when the why box opens.
 */
const guard = reimportable(() => import('../../../core/personal-data.js'));
const loadGuard = async () => (await guard()).detectPersonalData;

/**
 * Where the feedback at the end of the article stands: `asked` (Yes / No),
 * `yes` (answered Yes and thanked), `no` (the why box is open), `sending`,
 * `sent` (the why box was sent), `failed` (kept, with a retry).
 */
export type FeedbackState = 'asked' | 'yes' | 'no' | 'sending' | 'sent' | 'failed';

/** The longest feedback text the contract accepts. */
const MAX_COMMENT = 2000;

export interface FeedbackOptions {
  /** The element's backend, error reporting and words, for its writes. */
  services: ElementServices;
  /** Sends the answer about the article shown now. */
  send: (helpful: boolean, comment: string | null) => Promise<Result<FeedbackReceipt>>;
  /** The article shown now: an answer that comes back after the reader moved on is dropped. */
  article: () => string;
  /** The backend received the answer (the element says so with `dk-feedback-sent`). */
  received: (articleId: string, helpful: boolean) => void;
  t: (key: string, options?: Record<string, unknown>) => string;
  describe: (error: DialkitError) => string;
}

/**
 * What follows the reader's answer to "Was this article helpful?" (the
 * element asks, and loads this module with the first answer): "Yes" thanks
 * the reader; "No" opens a box asking why, which warns against personal
 * information, finds it as it is typed, and refuses to send until it is
 * removed. A send whose outcome is unknown keeps the text and offers Retry
 * (`WriteController`).
 */
export class FeedbackForm {
  private answer: 'yes' | 'no' | null = null;
  /** The backend received the answer. */
  private received = false;
  private comment = '';
  private findings: PersonalDataFinding[] = [];
  private readonly form: FormController<'comment'>;
  /** Sending "Yes": there is no text to keep when it fails. */
  private readonly yes: WriteController;
  /** Sending "No" and why: the text is kept when the outcome is unknown. */
  private readonly why: WriteController;

  constructor(
    private readonly host: Host,
    private readonly options: FeedbackOptions,
  ) {
    this.form = new FormController<'comment'>(host);
    this.yes = new WriteController(host, { operation: 'sendFeedback', keptNote: false }, options.services);
    this.why = new WriteController(host, { operation: 'sendFeedback', keptNote: 'help:failed' }, options.services);
  }

  /** The reader answered (what follows is shown instead of the question). */
  get answered(): boolean {
    return !!this.answer;
  }

  /** The reader's answer: "Yes" is sent, "No" opens the why box. */
  answerWith(helpful: boolean): void {
    if (helpful) this.answerYes();
    else void this.answerNo();
  }

  get state(): FeedbackState {
    const writer = this.answer === 'yes' ? this.yes : this.why;
    if (!this.answer) return 'asked';
    if (this.received) return this.answer === 'yes' ? 'yes' : 'sent';
    if (writer.pending) return 'sending';
    if (writer.error) return 'failed';
    return this.answer === 'yes' ? 'sending' : 'no';
  }

  /** Another article: the question is asked anew. */
  reset(): void {
    this.answer = null;
    this.received = false;
    this.comment = '';
    this.findings = [];
    this.form.reset();
    this.yes.reset();
    this.why.reset();
  }

  /** What follows the answer, under the question's heading. */
  render(): TemplateResult {
    const { t } = this.options;
    return this.received
      ? html`<p class="thanks" id="outcome" tabindex="-1" role="status">${this.answer === 'yes' ? t('thanksYes') : t('sent')}</p>`
      : this.answer === 'yes'
        ? this.renderYesProgress()
        : this.renderWhyBox();
  }

  /** "Yes" being sent, or failed: no text to keep, only a retry when the outcome is unknown. */
  private renderYesProgress(): TemplateResult {
    const { yes } = this;
    const { t } = this.options;
    if (yes.error) {
      return html`${yes.renderError()}
        ${yes.uncertain ? html`<button type="button" class="button" @click=${this.answerYes}>${t('common:retry')}</button>` : nothing}`;
    }
    return html`<p class="sending" role="status"><span class="spinner" aria-hidden="true"></span>${t('sending')}</p>`;
  }

  private renderWhyBox(): TemplateResult {
    const { why } = this;
    const { t } = this.options;
    const sending = why.pending;
    const found = this.findings;
    const problem = this.form.problem('comment', null);
    return html`<form class="why" novalidate @submit=${this.send}>
      <div class="field">
        <label for="comment">${t('whyLabel')}</label>
        <p class="notice privacy" id="privacy">${t('privacyWarning')}</p>
        <textarea
          id="comment"
          part="comment"
          rows="4"
          maxlength=${MAX_COMMENT}
          aria-describedby="privacy ${found.length ? 'findings-title' : ''} ${problem ? 'comment-error' : ''} chars"
          aria-invalid=${found.length || problem ? 'true' : 'false'}
          ?readonly=${sending}
          .value=${live(this.comment)}
          @input=${this.onInput}
        ></textarea>
        ${problem ? html`<span class="field-error" id="comment-error">${problem}</span>` : nothing}
        <span class="hint" id="chars">${t('charsLeft', { count: MAX_COMMENT - this.comment.length })}</span>
      </div>
      ${found.length ? this.renderFindings(sending) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${found.length ? t('found', { count: found.length }) : ''}</div>
      ${problem ? nothing : why.renderError()}
      <div class="actions">
        <button type="submit" class="button primary" part="send-button" aria-busy=${sending ? 'true' : 'false'} ?disabled=${sending}>
          ${why.label(t('send'), t('sending'))}
        </button>
      </div>
    </form>`;
  }

  /** The personal information found in the text, each with "Remove"; after a refused send, why nothing was sent. */
  private renderFindings(sending: boolean): TemplateResult {
    const { t } = this.options;
    const blocked = this.form.submitted;
    return html`<div class="findings ${blocked ? 'alert' : 'notice'}" part="findings" id="findings" tabindex="-1">
      <p id="findings-title">${t('found', { count: this.findings.length })}</p>
      ${blocked ? html`<p role="alert">${t('blocked')}</p>` : nothing}
      <ul>
        ${this.findings.map((f, i) => {
          const kind = t(`kinds.${f.kind}`);
          const text = this.comment.slice(f.start, f.end);
          return html`<li data-kind=${f.kind}>
            <span>${t('finding', { kind, text })}</span>
            <button type="button" class="button small" aria-label=${t('removeFindingOn', { kind, text })} ?disabled=${sending} @click=${() => this.removeFinding(i)}>
              ${t('removeFinding')}
            </button>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private readonly answerYes = (): void => {
    this.answer = 'yes';
    void this.submit(this.yes, true, null);
  };

  private readonly answerNo = async (): Promise<void> => {
    void loadGuard();
    this.answer = 'no';
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#comment')?.focus();
  };

  /** The text changed: it is checked again; once it holds nothing personal, a refused send is forgotten. */
  private setFindings(findings: PersonalDataFinding[]): void {
    this.findings = findings;
    if (findings.length === 0 && this.form.submitted) this.form.reset();
    this.host.requestUpdate();
  }

  private readonly onInput = async (event: InputEvent): Promise<void> => {
    const text = (event.target as HTMLTextAreaElement).value;
    this.comment = text;
    this.form.edit('comment');
    this.why.dismiss();
    this.host.requestUpdate();
    const findings = (await loadGuard())(text);
    // A later keystroke may have changed the text meanwhile: its own check wins.
    if (this.comment === text) this.setFindings(findings);
  };

  /** Takes one finding out of the text, and the space it leaves. */
  private async removeFinding(index: number): Promise<void> {
    const f = this.findings[index];
    if (!f) return;
    const before = this.comment.slice(0, f.start).replace(/[ \t]+$/, '');
    const after = this.comment.slice(f.end);
    this.comment = before && after && !/^[\s.,;:!?)]/.test(after) ? `${before} ${after}` : `${before}${after}`;
    this.setFindings((await loadGuard())(this.comment));
    await this.host.updateComplete;
    const root = this.host.renderRoot;
    const next = root.querySelectorAll<HTMLElement>('#findings button')[Math.min(index, this.findings.length - 1)];
    (next ?? root.querySelector<HTMLElement>('#comment'))?.focus();
  }

  private readonly send = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.why.pending) return;
    // The text is checked once more at the moment of sending, whatever was shown.
    this.setFindings((await loadGuard())(this.comment));
    if (this.findings.length) {
      this.form.submit();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('#findings')?.focus();
      return;
    }
    await this.submit(this.why, false, this.comment.trim() || null);
  };

  private async submit(writer: WriteController, helpful: boolean, comment: string | null): Promise<void> {
    const { article, send, describe } = this.options;
    const articleId = article();
    const result = await writer.run(() => send(helpful, comment));
    if (!result || articleId !== article()) return;
    if (!result.ok) {
      const field = this.form.refuse(result.error, (path) => (path === 'comment' ? 'comment' : undefined), describe(result.error));
      if (field) this.host.renderRoot.querySelector<HTMLElement>('#comment')?.focus();
      else await writer.focusError();
      return;
    }
    this.received = true;
    this.options.received(articleId, helpful);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#outcome')?.focus();
  }
}
