import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { FEATURES, type FeatureAccessPatch } from '../../../adapter/types.js';
import type { DialogController } from '../../shared/controllers/dialog.js';
import { FormController } from '../../shared/controllers/form.js';
import type { WriteController } from '../../shared/controllers/write.js';
import type { MemberDirectory } from './directory.js';
import { renderFormActions, renderMemberDialogBody } from './fields.js';
import type { MemberGrid } from './grid.js';
import { focusAfterUpdate, type WritingKit } from './host.js';

type Feature = (typeof FEATURES)[number];
type BulkChoice = 'keep' | 'on' | 'off';

/**
 * Feature access for the members selected in the grid, in the member dialog
 * (`#member-dialog`): each feature switched on, off, or left as each member
 * has it; at least one must change.
 */
export class BulkFeaturesDialog {
  /** The member dialog shows this workflow. */
  active = false;
  private draft: Partial<Record<Feature, BulkChoice>> = {};
  private readonly form: FormController<'features'>;
  private readonly write: WriteController;

  constructor(
    private readonly kit: WritingKit,
    private readonly directory: MemberDirectory,
    private readonly grid: MemberGrid,
    private readonly dialog: DialogController,
  ) {
    this.form = new FormController(kit.host);
    this.write = kit.writer('setFeaturesForMembers');
  }

  /** Opens on a new choice (the click on the selection's button, where the focus comes back). */
  readonly open = (from: Event | HTMLElement): void => {
    this.active = true;
    this.draft = {};
    this.form.reset();
    this.write.reset();
    void this.dialog.show(from);
  };

  closed(): void {
    this.active = false;
  }

  /** The features to change, as the contract takes them. */
  private get patch(): FeatureAccessPatch {
    const features: FeatureAccessPatch = {};
    for (const f of FEATURES) {
      const choice = this.draft[f];
      if (choice === 'on' || choice === 'off') features[f] = choice === 'on';
    }
    return features;
  }

  /** The problem of the choice: nothing changes (said once a submit was tried). */
  private get problem(): string {
    const nothingChosen = Object.keys(this.patch).length === 0;
    return this.form.problem('features', nothingChosen ? { text: this.kit.i18n.t('features.chooseOne'), empty: true } : null);
  }

  render(): TemplateResult {
    const t = this.kit.i18n.t;
    const count = this.grid.selected.size;
    const problem = this.problem;
    return renderMemberDialogBody(
      t('features.bulkTitle', { count }),
      '',
      html`<form novalidate @submit=${this.submit}>
        <p>${t('features.bulkIntro', { count })}</p>
        <fieldset class="choices bulk">
          <legend>${t('features.heading')}</legend>
          ${FEATURES.map(
            (f) => html`<div class="field inline">
              <label for="b-${f}">${t(`features.names.${f}`)}</label>
              <select
                id="b-${f}"
                .value=${live(this.draft[f] ?? 'keep')}
                @change=${(e: Event) => {
                  this.draft = { ...this.draft, [f]: (e.target as HTMLSelectElement).value as BulkChoice };
                  this.write.dismiss();
                  this.kit.host.requestUpdate();
                }}
              >
                ${(['keep', 'on', 'off'] as const).map(
                  (c) => html`<option value=${c} ?selected=${(this.draft[f] ?? 'keep') === c}>${t(`features.choice.${c}`)}</option>`,
                )}
              </select>
            </div>`,
          )}
        </fieldset>
        ${problem ? html`<p class="field-error" id="bulk-problem" role="alert">${problem}</p>` : nothing}
        ${this.write.renderError()}
        ${renderFormActions(
          { label: t('common:cancel'), onClick: () => this.dialog.close() },
          { label: this.write.label(t('features.apply')), pending: this.write.pending },
        )}
      </form>`,
    );
  }

  private readonly submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const t = this.kit.i18n.t;
    this.form.submit();
    if (this.problem) return focusAfterUpdate(this.kit.host, `#b-${FEATURES[0]}`);
    const features = this.patch;
    const memberIds = [...this.grid.selected];
    const result = await this.write.run(() => this.kit.backend().setFeaturesForMembers({ memberIds, features }));
    if (!result) return;
    if (!result.ok) return this.write.focusError(this.dialog.element ?? undefined);
    for (const m of result.data.items) this.directory.apply(m);
    this.kit.emit('dk-features-changed', { memberIds, features });
    this.kit.announce(t('features.bulkSaved', { count: memberIds.length }));
    this.dialog.close();
  };
}
