import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ButtonSpec } from '../snippet.js';
import type { ChoicesView } from './choices.js';
import type { SnippetOutput } from './snippet-output.js';

/** What the results need besides the choices: the button, and the address of its script when `script-src` was refused. */
export interface OutputView extends ChoicesView {
  readonly spec: ButtonSpec | null;
  /** The address used instead of a refused `script-src`, or null. */
  readonly refusedScriptSrc: string | null;
}

/**
 * What the admin takes away: the live button, and the snippet to paste, with
 * or without the script. Until there is a button, each says what is missing;
 * the button, the snippet and its copy come with the form's later parts
 * (`output`, `snippet-output.ts`), as a button needs an account or a number.
 */
export function renderPreview(view: OutputView, output: SnippetOutput | undefined): TemplateResult {
  const { t, spec } = view;
  return html`<section class="preview" part="preview" aria-labelledby="preview-title">
    <h3 id="preview-title">${t('preview.title')}</h3>
    ${spec && output ? output.renderStage(view, spec) : html`<p class="hint">${t('snippet.incomplete')}</p>`}
  </section>`;
}

export function renderSnippet(view: OutputView, output: SnippetOutput | undefined): TemplateResult {
  const { t, choices, set, spec } = view;
  return html`<section class="snippet" part="snippet" aria-labelledby="snippet-title">
    <h3 id="snippet-title">${t('snippet.title')}</h3>
    ${view.refusedScriptSrc !== null
      ? html`<p class="alert" role="alert">${t('snippet.scriptSrcRefused', { address: view.refusedScriptSrc })}</p>`
      : nothing}
    <fieldset class="group compact">
      <legend>${t('snippet.kind')}</legend>
      <div class="choices inline">
        <label class="choice">
          <input type="radio" name="variant" value="button" .checked=${live(choices.variant === 'button')} @change=${() => set({ variant: 'button' })} />
          ${t('snippet.withScript')}
        </label>
        <label class="choice">
          <input type="radio" name="variant" value="link" data-help-label="callButtons:noscript" .checked=${live(choices.variant === 'link')} @change=${() => set({ variant: 'link' })} />
          ${t('noscript')}
        </label>
      </div>
    </fieldset>
    ${spec && output ? output.renderCode(view, spec) : html`<p class="hint">${t('snippet.incomplete')}</p>`}
  </section>`;
}
