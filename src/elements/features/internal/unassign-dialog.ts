import { html, nothing, type TemplateResult } from 'lit';
import { DialogController } from '../../shared/controllers/dialog.js';
import { AssignmentWrite } from './assignment-write.js';
import { rowButton, type Features, type Page, type Removal } from './model.js';

/** The confirmation of taking a subscription or a number back from its holder; it stays with the company. */
export class UnassignDialog {
  private removal?: Removal;
  /** Nothing is typed in a confirmation: no "what you entered is kept" after an unknown outcome. */
  private readonly write = new AssignmentWrite(this.f, { keptNote: false });
  private readonly dialog = new DialogController(this.f.host, {
    id: 'unassign-dialog',
    fallback: () => (this.removal ? rowButton(this.f.host, this.removal) : null),
  });

  constructor(private readonly f: Features) {}

  open(removal: Removal, from: Event | HTMLElement): void {
    this.removal = removal;
    this.write.reset();
    void this.dialog.show(from);
  }

  render(page: Page): TemplateResult {
    return this.dialog.render(() => this.renderBody(page), {
      labelledBy: 'unassign-title',
      describedBy: 'unassign-body',
      alert: true,
    });
  }

  private renderBody(page: Page): TemplateResult | typeof nothing {
    const t = this.f.i18n.t;
    const r = this.removal;
    if (!r) return nothing;
    const write = this.write.of(r.kind);
    const body = r.kind === 'number' ? 'unassignNumberBody' : 'unassignSubscriptionBody';
    return html`<div class="dialog-body">
      <h2 id="unassign-title">${t('unassignTitle', { item: r.label })}</h2>
      <p id="unassign-body">${t(body, { item: r.label, holder: r.holder })}</p>
      ${write.renderError()}
      <div class="dialog-actions">
        <button type="button" class="button" autofocus @click=${() => this.dialog.close()}>${t('common:cancel')}</button>
        <button
          type="button"
          class="button danger"
          ?disabled=${write.pending}
          aria-busy=${write.pending ? 'true' : 'false'}
          @click=${() => this.confirm(page, r)}
        >
          ${write.label(t('unassign'))}
        </button>
      </div>
    </div>`;
  }

  private async confirm(page: Page, r: Removal): Promise<void> {
    const write = this.write.of(r.kind);
    if (write.pending) return;
    if (!(await this.write.run(page, r, null))) return write.focusError(this.dialog.element ?? undefined);
    this.f.announce(this.f.i18n.t('unassignDone', { item: r.label, holder: r.holder }));
    this.dialog.close();
  }
}
