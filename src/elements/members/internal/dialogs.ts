import { html, type TemplateResult } from 'lit';
import type { Invitation } from '../../../adapter/types.js';
import { DialogController } from '../../shared/controllers/dialog.js';
import { WriteController } from '../../shared/controllers/write.js';
import { BulkFeaturesDialog } from './bulk-features-dialog.js';
import type { MemberDirectory } from './directory.js';
import type { MemberGrid } from './grid.js';
import type { MembersKit, WritingKit } from './host.js';
import { InvitationsPanel } from './invitations-panel.js';
import { InviteDialog, type InviteOptions } from './invite-dialog.js';
import { MemberDialog } from './member-dialog.js';

export interface MemberDialogsOptions extends Omit<InviteOptions, 'pending'> {
  /** The invitations as read, when they are. */
  invitations: () => readonly Invitation[] | undefined;
  /** The member dialog closed (by any means). */
  closed: () => void;
}

/**
 * The dialogs of `dk-members` and the invitations panel, with their writes,
 * loaded when one of them is first used: a member's dialog (open, move, role,
 * features, removal), the selection's feature access, the invitation dialog,
 * and the invitations tab's list with its resend and cancel.
 */
export class MemberDialogs {
  /** The dialog of one member, or of the selection's feature access. */
  readonly dialog: DialogController;
  readonly member: MemberDialog;
  readonly bulkFeatures: BulkFeaturesDialog;
  readonly invitationsPanel: InvitationsPanel;
  readonly invite: InviteDialog;

  constructor(base: MembersKit, directory: MemberDirectory, grid: MemberGrid, options: MemberDialogsOptions) {
    const kit: WritingKit = {
      ...base,
      writer: (operation, write) => new WriteController(base.host, { operation, ...write }, base),
    };
    this.dialog = new DialogController(base.host, {
      id: 'member-dialog',
      focus: 'h2',
      fallback: () => base.host.renderRoot.querySelector<HTMLElement>('#search'),
      onClose: () => {
        options.closed();
        this.member.closed();
        this.bulkFeatures.closed();
      },
    });
    this.member = new MemberDialog(kit, directory, grid, this.dialog);
    this.bulkFeatures = new BulkFeaturesDialog(kit, directory, grid, this.dialog);
    this.invitationsPanel = new InvitationsPanel(kit, directory);
    this.invite = new InviteDialog(kit, directory, {
      ...options,
      pending: () => this.invitationsPanel.pending(options.invitations() ?? []),
    });
  }

  render(): TemplateResult {
    return html`${this.invite.render()}
    ${this.dialog.render(
      () => (this.bulkFeatures.active ? this.bulkFeatures.render() : this.member.render()),
      this.bulkFeatures.active ? { labelledBy: 'member-title' } : this.member.how,
    )}`;
  }
}
