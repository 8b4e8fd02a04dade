import { html, nothing, type TemplateResult } from 'lit';
import type { Features, Target } from './model.js';

/**
 * The action of a row of subscriptions or numbers: Unassign when it has a
 * holder, else Assign. The same button element stays with its row (`repeat`
 * by id), so the focus given back to it after a dialog lands on its new
 * action.
 */
export function renderAssignButton(
  f: Features,
  target: Target,
  row: { label: string; holder: string; assignName: string; unassignName: string },
): TemplateResult {
  const t = f.i18n.t;
  const action = row.holder ? 'unassign' : 'assign';
  return html`<button
    class="button small"
    data-subscription=${target.kind === 'subscription' ? target.id : nothing}
    data-number=${target.kind === 'number' ? target.id : nothing}
    data-help-label="features:${action}"
    aria-label=${t('common:actionOn', { action: t(action), name: row.holder ? row.unassignName : row.assignName })}
    @click=${(e: Event) =>
      row.holder ? f.openUnassign({ ...target, label: row.label, holder: row.holder }, e) : f.openAssign(target, e)}
  >
    ${t(action)}
  </button>`;
}
