import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** A column of a table head: its label's catalog key; `num` right-aligns figures. */
export type Column = string | { key: string; num: true };

/**
 * The head of a table of the element. With `actions`, a last column for the
 * rows' buttons, named for screen readers only.
 */
export function renderHead(t: (key: string) => string, columns: readonly Column[], actions = false): TemplateResult {
  return html`<thead>
    <tr>
      ${columns.map((c) =>
        typeof c === 'string' ? html`<th scope="col">${t(c)}</th>` : html`<th scope="col" class="num">${t(c.key)}</th>`,
      )}
      ${actions ? html`<th scope="col"><span class="visually-hidden">${t('columns.actions')}</span></th>` : nothing}
    </tr>
  </thead>`;
}

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
