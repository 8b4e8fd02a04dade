import { html, nothing, type TemplateResult } from 'lit';
import { DialogController } from '../../shared/controllers/dialog.js';
import { WriteController } from '../../shared/controllers/write.js';
import { addButton, type SipProfiles } from './model.js';

/** What the confirmation removes from the profile, named as the profile shows it. */
export type Removal = { kind: 'account'; memberId: string; name: string } | { kind: 'number'; numberId: string; name: string };

/** Refusals that say the profile changed meanwhile: it is read again. */
const OUT_OF_DATE = ['conflict', 'account_not_linked'];

/**
 * Removing an account (it can sign in again) or a number from the profile,
 * after a confirmation that says what follows. Loaded when it first opens.
 */
export class RemoveDialog {
  private removal?: Removal;
  private readonly unlink: WriteController;
  private readonly removeNumber: WriteController;
  private readonly dialog: DialogController;

  constructor(
    private readonly s: SipProfiles,
    /** The account removed: its entry closes. */
    private readonly unlinked: () => void,
  ) {
    // A confirmation keeps no input: a failure says nothing of keeping it.
    this.unlink = new WriteController(s.host, { operation: 'unlinkSipAccount', keptNote: false }, s.services);
    this.removeNumber = new WriteController(s.host, { operation: 'removeSipNumber', keptNote: false }, s.services);
    // The removed entry's button is gone: the focus goes to "Add number or account".
    this.dialog = new DialogController(s.host, { id: 'remove-dialog', fallback: () => addButton(s.host), onClose: () => this.writer?.reset() });
  }

  /** Asks to confirm `removal`; the focus goes back to `opener` when the dialog closes. */
  ask(removal: Removal, opener: HTMLElement): void {
    this.removal = removal;
    this.unlink.reset();
    this.removeNumber.reset();
    void this.dialog.show(opener);
  }

  private get writer(): WriteController | undefined {
    if (!this.removal) return undefined;
    return this.removal.kind === 'account' ? this.unlink : this.removeNumber;
  }

  render(): TemplateResult {
    return this.dialog.render(() => this.renderBody(), { labelledBy: 'remove-title', describedBy: 'remove-body', alert: true });
  }

  private renderBody(): TemplateResult | typeof nothing {
    const r = this.removal;
    const writer = this.writer;
    if (!r || !writer) return nothing;
    const t = this.s.i18n.t;
    const profile = this.s.profile()?.name ?? '';
    const account = r.kind === 'account';
    return html`<div class="dialog-body">
      <h2 id="remove-title">${account ? t('removeAccountTitle', { name: r.name, profile }) : t('removeNumberTitle', { number: r.name, profile })}</h2>
      <p id="remove-body">${account ? t('removeAccountBody', { name: r.name }) : t('removeNumberBody', { number: r.name })}</p>
      ${writer.renderError()}
      <div class="dialog-actions">
        <button type="button" class="button" autofocus @click=${() => this.dialog.close()}>${t('common:cancel')}</button>
        <button type="button" class="button danger" ?disabled=${writer.pending} aria-busy=${writer.pending ? 'true' : 'false'} @click=${this.confirm}>
          ${writer.label(account ? t('removeAccount') : t('removeNumber'))}
        </button>
      </div>
    </div>`;
  }

  private readonly confirm = async (): Promise<void> => {
    const r = this.removal;
    const profile = this.s.profile();
    if (!r || !profile) return;
    const backend = this.s.services.backend();
    const { version } = profile;
    const result =
      r.kind === 'account'
        ? await this.unlink.run(() => backend.unlinkSipAccount(profile.id, r.memberId, { version }))
        : await this.removeNumber.run(() => backend.removeSipNumber(profile.id, r.numberId, { version }));
    if (!result) return;
    if (!result.ok) {
      if (OUT_OF_DATE.includes(result.error.code)) this.s.reload();
      return;
    }
    this.s.written(result.data);
    const t = this.s.i18n.t;
    if (r.kind === 'account') {
      this.unlinked();
      this.s.emit('dk-account-unlinked', { profileId: profile.id, memberId: r.memberId });
      this.s.announce(t('unlinked', { name: r.name, profile: profile.name }));
    } else {
      this.s.emit('dk-number-removed', { profileId: profile.id, numberId: r.numberId });
      this.s.announce(t('numberRemoved', { number: r.name, profile: profile.name }));
    }
    // The entries are drawn again: the button that opened the dialog may now stand for another one.
    this.dialog.close(() => addButton(this.s.host));
  };
}
