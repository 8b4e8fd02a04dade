import { html, nothing, type TemplateResult } from 'lit';
import { buttonAttributes, buttonSnippet, cleanText, linkSnippet, type ButtonSpec } from '../snippet.js';
import type { Variant } from './choices.js';
import type { OutputView } from './output.js';
import type { ElementHost as Host } from '../../shared/controllers/services.js';

export interface OutputOptions {
  /** The snippet reached the clipboard (the element says so with `dk-snippet-copied`). */
  copied: (variant: Variant, snippet: string) => void;
}

/**
 * The button the admin made: live, and as the snippet to paste, with its copy
 * button. A refused clipboard selects the snippet, so that the keyboard
 * copies it.
 */
export class SnippetOutput {
  /** The outcome of the last copy; cleared when the choices change. */
  private copyState: '' | 'copied' | 'failed' = '';
  /** A click in the preview was held back: the preview places no web call and sends no callback request. */
  private held = false;

  /**
   * Holds back every click in the preview of a button that calls from the
   * browser or offers a callback: in the capture phase, before the button's
   * own listeners (in its shadow root) see it, and without the link's default.
   */
  private readonly hold = {
    capture: true,
    handleEvent: (event: Event): void => {
      event.preventDefault();
      event.stopPropagation();
      this.held = true;
      this.host.requestUpdate();
    },
  };

  constructor(
    private readonly host: Host,
    private readonly options: OutputOptions,
  ) {}

  /** The choices changed: the confirmation of an earlier copy no longer holds. */
  reset(): void {
    this.copyState = '';
    this.held = false;
  }

  /** The live button. */
  renderStage({ t }: OutputView, spec: ButtonSpec): TemplateResult {
    const attributes = Object.fromEntries(buttonAttributes(spec));
    const web = !!(spec.ws || spec.callback);
    return html`<p class="hint">${t(web ? 'preview.webHint' : 'preview.hint')}</p>
      <div class="stage ${spec.look}" @click=${web ? this.hold : nothing}>
        <dk-call-button
          size=${attributes['size'] ?? nothing}
          look=${attributes['look'] ?? nothing}
          color=${attributes['color'] ?? nothing}
          label=${attributes['label'] ?? nothing}
          lang=${attributes['lang'] ?? nothing}
          hours=${attributes['hours'] ?? nothing}
          tz=${attributes['tz'] ?? nothing}
          fallback=${attributes['fallback'] ?? nothing}
          ws=${attributes['ws'] ?? nothing}
          callback=${attributes['callback'] ?? nothing}
          ><a href=${spec.href}>${cleanText(spec.linkText)}</a></dk-call-button
        >
      </div>
      <p class="hint" role="status">${web && this.held ? t('preview.held') : nothing}</p>`;
  }

  /** The snippet, with or without the script, and its copy button. */
  renderCode({ t, choices }: OutputView, spec: ButtonSpec): TemplateResult {
    const text = choices.variant === 'button' ? buttonSnippet(spec) : linkSnippet(spec);
    return html`<div class="field">
        <label for="snippet-code">${t('snippet.codeLabel')}</label>
        <textarea id="snippet-code" readonly spellcheck="false" rows=${text.split('\n').length + 1} aria-describedby="snippet-hint" .value=${text}></textarea>
        <span id="snippet-hint" class="hint">${choices.variant === 'button' ? t('snippet.hint') : t('snippet.noscriptHint')}</span>
      </div>
      <div class="copy-row">
        <button type="button" class="button primary" part="copy-button" data-help-label="callButtons:copy" @click=${() => this.copy(choices.variant, text)}>
          ${t('copy')}
        </button>
        <p class=${this.copyState === 'failed' ? 'field-error' : 'ok'} role="status">
          ${this.copyState ? t(this.copyState === 'copied' ? 'copied' : 'copyFailed') : nothing}
        </p>
      </div>`;
  }

  private async copy(variant: Variant, text: string): Promise<void> {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this.copyState = 'copied';
      this.options.copied(variant, text);
    } catch {
      // Denied or unavailable: select the text so that the keyboard copies it.
      this.copyState = 'failed';
      this.host.requestUpdate();
      await this.host.updateComplete;
      const code = this.host.renderRoot.querySelector<HTMLTextAreaElement>('#snippet-code');
      code?.focus();
      code?.select();
    }
    this.host.requestUpdate();
  }
}
