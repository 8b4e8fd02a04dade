/**
 * A company that has not set up the Manager yet: no manager, no members, no
 * credit. Some accounts already exist on the calling service, so both set-up
 * paths can be shown: "Use an existing account" finds `marie.dupont`, and
 * "Create a dedicated account" for "Architectes" finds `admin.architectes`
 * taken while `admin.lodz-biuro` is free.
 */
import { MockBackend } from './backend/index.js';
import type { SeedOptions } from './seed.js';

/** Accounts that exist on the calling service before the Manager is set up. */
export const FRESH_ACCOUNTS = ['marie.dupont', 'lukasz.wrobel', 'helene.lefevre', 'admin.architectes'] as const;

export function createFreshBackend(options: SeedOptions = {}): MockBackend {
  return new MockBackend({ now: options.now, accounts: FRESH_ACCOUNTS });
}
