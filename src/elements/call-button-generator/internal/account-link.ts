import { Task, TaskStatus } from '@lit/task';
import type { DialkitAdapter } from '../../../adapter/adapter.js';
import type { Member } from '../../../adapter/types.js';
import type { DialkitError } from '../../../core/errors.js';
import { unwrap } from '../../shared/base.js';
import type { ElementHost as Host, ElementServices } from '../../shared/controllers/services.js';

/** Where a linked account's calls go: its SIP profile, and its extension there. */
export interface AccountLink {
  memberId: string;
  profileName: string;
  extension: string | null;
  /** The profile is active (an inactive one takes no web calls and no callback requests). */
  active: boolean;
  /** Where browsers reach the profile's SIP server, when it takes web calls. */
  websocketUrl: string | null;
}

/**
 * The SIP profile of the chosen account, read once it is chosen, when it is
 * linked: where its calls go, and whether it takes web calls.
 */
export class AccountLinkReader {
  readonly task: Task<readonly [DialkitAdapter, string, string | null], AccountLink | null>;

  constructor(
    host: Host,
    private readonly services: ElementServices,
    /** The account chosen now. */
    chosen: () => Member | undefined,
  ) {
    this.task = new Task(host, {
      task: async ([backend, memberId, profileId], { signal }) => {
        if (!profileId) return null;
        const profile = unwrap(await backend.getSipProfile(profileId, { signal }));
        const account = profile.accounts.find((a) => a.memberId === memberId);
        return {
          memberId,
          profileName: profile.name,
          extension: account?.extension ?? null,
          active: profile.status === 'active',
          websocketUrl: profile.websocketUrl ?? null,
        };
      },
      args: () => [services.backend(), chosen()?.id ?? '', chosen()?.sipProfileId ?? null] as const,
      onError: (error) => services.report('getSipProfile', error),
    });
  }

  /** The profile of `account`: undefined while it is read, null when it could not be read. */
  of(account: Member | undefined): AccountLink | null | undefined {
    const { status, value } = this.task;
    return status === TaskStatus.ERROR ? null : value && value.memberId === account?.id ? value : undefined;
  }

  /** What the notice says of a linked account: its profile and extension, or why they could not be read. */
  text(chosen: Member): string {
    const { t, describe } = this.services;
    if (this.task.status === TaskStatus.ERROR) return describe(this.task.error as DialkitError);
    const link = this.of(chosen);
    if (!link) return '';
    return link.extension
      ? t('account.linkedExtension', { profile: link.profileName, extension: link.extension })
      : t('account.linkedNotice', { profile: link.profileName });
  }
}
