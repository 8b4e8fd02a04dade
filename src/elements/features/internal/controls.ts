import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

export interface Radio {
  name: string;
  value: string;
  checked: boolean;
  change: () => void;
  id?: string;
  disabled?: boolean;
  describedBy?: string;
}

/** One radio button of a group; `live` keeps it as the element says when the user's click was not taken. */
export function renderRadio(r: Radio): TemplateResult {
  return html`<input
    type="radio"
    name=${r.name}
    id=${r.id ?? nothing}
    value=${r.value}
    ?disabled=${!!r.disabled}
    .checked=${live(r.checked)}
    aria-describedby=${r.describedBy ?? nothing}
    @change=${r.change}
  />`;
}
