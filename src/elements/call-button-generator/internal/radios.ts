import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

export interface Radios<V extends string> {
  name: string;
  values: readonly V[];
  current: V;
  apply: (value: V) => void;
  text: (value: V) => string;
  /** The catalog key a help article names the choice by (`data-help-label`). */
  help?: (value: V) => string | undefined;
}

/** A row of radio buttons, one per value: what the target, the size, the look and the snippet's kind are chosen with. */
export function renderRadios<V extends string>({ name, values, current, apply, text, help }: Radios<V>): TemplateResult {
  return html`<div class="choices inline">
    ${values.map(
      (v) => html`<label class="choice">
        <input type="radio" name=${name} value=${v} data-help-label=${help?.(v) ?? nothing} .checked=${live(current === v)} @change=${() => apply(v)} />
        ${text(v)}
      </label>`,
    )}
  </div>`;
}
