import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

export interface SearchFieldOptions {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** What can be typed ("Name or account name"), under the field. */
  hint?: string;
  /** What the search is doing now (searching, failed, type to search), under the hint. */
  status?: TemplateResult | typeof nothing;
}

/**
 * A search field: its label, the field (no autocomplete: a name, not a
 * remembered entry), and what is under it, which the field is described by.
 */
export function renderSearchField(o: SearchFieldOptions): TemplateResult {
  const status = o.status && o.status !== nothing ? o.status : undefined;
  const describedBy = [o.hint ? `${o.id}-hint` : '', status ? `${o.id}-status` : ''].filter(Boolean).join(' ');
  return html`<div class="field search">
    <label for=${o.id}>${o.label}</label>
    <input
      id=${o.id}
      type="search"
      autocomplete="off"
      aria-describedby=${describedBy || nothing}
      .value=${live(o.value)}
      @input=${(e: InputEvent) => o.onInput((e.target as HTMLInputElement).value)}
    />
    ${o.hint ? html`<span class="hint" id="${o.id}-hint">${o.hint}</span>` : nothing}
    ${status ? html`<div id="${o.id}-status">${status}</div>` : nothing}
  </div>`;
}

/** A column of a table head: its label's catalog key; `num` right-aligns figures. */
export type Column = string | { key: string; num: true };

/**
 * The head of a table. With `actions`, a last column for the rows' buttons,
 * named for screen readers only (`columns.actions` of the element's catalog).
 */
export function renderTableHead(t: (key: string) => string, columns: readonly Column[], actions = false): TemplateResult {
  return html`<thead>
    <tr>
      ${columns.map((c) =>
        typeof c === 'string' ? html`<th scope="col">${t(c)}</th>` : html`<th scope="col" class="num">${t(c.key)}</th>`,
      )}
      ${actions ? html`<th scope="col"><span class="visually-hidden">${t('columns.actions')}</span></th>` : nothing}
    </tr>
  </thead>`;
}
