import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Department, Group } from '../../../adapter/types.js';

/** A labelled select whose first option, `allLabel`, stands for no choice (a filter). */
export function renderSelect(
  id: string,
  label: string,
  value: string,
  allLabel: string,
  options: ReadonlyArray<readonly [string, string]>,
  set: (value: string) => void,
): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} .value=${live(value)} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${value === ''}>${allLabel}</option>
      ${options.map(([v, text]) => html`<option value=${v} ?selected=${value === v}>${text}</option>`)}
    </select>
  </div>`;
}

/** Where a member is, or an invitee goes: a department and any groups. */
export interface Placement {
  departmentId: string;
  groupIds: readonly string[];
}

/** The department (`<prefix>-department`, one always chosen) and the groups (`<prefix>-g-<id>`) of a placement. */
export function renderPlacement(
  t: (key: string) => string,
  org: { departments: readonly Department[]; groups: readonly Group[] },
  prefix: string,
  placement: Placement,
  set: (placement: Placement) => void,
): TemplateResult {
  const { departmentId, groupIds } = placement;
  return html`<div class="field">
      <label for="${prefix}-department">${t('columns.department')}</label>
      <select
        id="${prefix}-department"
        .value=${live(departmentId)}
        @change=${(e: Event) => set({ departmentId: (e.target as HTMLSelectElement).value, groupIds })}
      >
        ${org.departments.map((d) => html`<option value=${d.id} ?selected=${d.id === departmentId}>${d.name}</option>`)}
      </select>
    </div>
    <fieldset class="choices">
      <legend>${t('columns.groups')}</legend>
      ${org.groups.length === 0
        ? html`<p class="hint">${t('noGroupsDefined')}</p>`
        : html`<ul>
            ${org.groups.map(
              (g) => html`<li>
                <input
                  type="checkbox"
                  id="${prefix}-g-${g.id}"
                  .checked=${live(groupIds.includes(g.id))}
                  @change=${(e: Event) =>
                    set({
                      departmentId,
                      groupIds: (e.target as HTMLInputElement).checked ? [...groupIds, g.id] : groupIds.filter((id) => id !== g.id),
                    })}
                />
                <label for="${prefix}-g-${g.id}">${g.name}</label>
              </li>`,
            )}
          </ul>`}
    </fieldset>`;
}

/** The body of the member dialog: its title (focused on each step), what it last said, and `content`. */
export function renderMemberDialogBody(title: string, note: string, content: TemplateResult | typeof nothing): TemplateResult {
  return html`<div class="dialog-body">
    <h2 id="member-title" tabindex="-1">${title}</h2>
    <div class="visually-hidden" role="status" aria-live="polite">${note}</div>
    ${content}
  </div>`;
}

/** The Cancel and submit buttons of a dialog's form, the submit showing the write's state. */
export function renderFormActions(
  cancel: { label: string; onClick: () => void },
  submit: { label: string; pending: boolean; help?: string },
): TemplateResult {
  return html`<div class="dialog-actions">
    <button type="button" class="button" @click=${cancel.onClick}>${cancel.label}</button>
    <button
      type="submit"
      class="button primary"
      data-help-label=${submit.help ?? nothing}
      ?disabled=${submit.pending}
      aria-busy=${submit.pending ? 'true' : 'false'}
    >
      ${submit.label}
    </button>
  </div>`;
}
