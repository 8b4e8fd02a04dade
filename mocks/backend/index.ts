/**
 * `MockBackend`: the in-memory calling service behind the mock handlers.
 *
 * Its public methods are, by name, the operations of the contract (the
 * `operationId`s of `src/adapter/openapi.yaml`); each returns a `Reply`
 * (status and body) or throws a `ProblemError`. The domain modules answer
 * them, all over one `Store`. The few other methods are marked as not
 * operations: they stand for the invitee, the service operator, the calls
 * members make (`recordUsage`), or let tests and stories look inside.
 */
import type { OperationId } from '../../src/adapter/types.js';
import type { Invitation, LedgerEntry, Member, SipProfileDetail } from '../contract.js';
import type { Reply } from '../problem.js';
import type { UsageStore } from '../usage.js';
import { Calls, type CallMade, type CallReceipt } from './calls.js';
import { Catalogue } from './catalogue.js';
import { Credit } from './credit.js';
import { Help } from './feedback.js';
import { Invitations, type Acceptance } from './invitations.js';
import { Members } from './members.js';
import { Organisation } from './organisation.js';
import { Reports } from './reports.js';
import { Sip } from './sip.js';
import { Store, type FeedbackRecord, type MockBackendOptions, type SipProfileSpec } from './store.js';
import { Views } from './views.js';
import { WebCalling } from './web-calling.js';

export type { MockBackendOptions, SipProfileSpec } from './store.js';
export type { Acceptance } from './invitations.js';
export type { CallMade, CallReceipt } from './calls.js';
export { INVITATION_LIFETIME_MS } from './views.js';

interface Domains {
  organisation: Organisation;
  members: Members;
  invitations: Invitations;
  credit: Credit;
  catalogue: Catalogue;
  sip: Sip;
  reports: Reports;
  help: Help;
  webCalling: WebCalling;
  /** What the store keeps of every idempotency key, shared by the domains that move money. */
  idempotency: Store;
}

/** Which domain answers each operation of the contract. */
export const OPERATIONS = {
  organisation: [
    'getManager', 'setUpManager', 'updateManager', 'checkAccountName',
    'listDepartments', 'createDepartment', 'updateDepartment', 'deleteDepartment',
    'listGroups', 'createGroup', 'updateGroup', 'deleteGroup',
  ],
  members: ['listMembers', 'getMember', 'updateMember', 'removeMember', 'setMemberFeatures', 'setFeaturesForMembers'],
  invitations: ['listInvitations', 'sendInvitations', 'resendInvitation', 'cancelInvitation'],
  credit: ['getBalance', 'buyCredit', 'allocateCredit', 'reclaimCredit', 'setAutoRecharge', 'listLedger'],
  catalogue: [
    'listPlans', 'listSubscriptions', 'buySubscriptions', 'assignSubscription',
    'listNumbers', 'listAvailableNumbers', 'buyNumber', 'assignNumber',
  ],
  sip: ['listSipProfiles', 'getSipProfile', 'listSipCandidates', 'linkSipAccount', 'unlinkSipAccount', 'addSipNumber', 'removeSipNumber', 'revealSipProfileSecret'],
  reports: ['getUsageReport', 'getSpendReport', 'getCallReport', 'getBudgetReport'],
  help: ['sendFeedback'],
  webCalling: ['requestCallback', 'listCallbackRequests', 'issueSoftphoneCredentials'],
  idempotency: ['getIdempotencyRecord'],
} as const satisfies { [D in keyof Domains]: readonly (keyof Domains[D] & OperationId)[] };

type Answering<D extends keyof Domains> = Pick<Domains[D], Extract<(typeof OPERATIONS)[D][number], keyof Domains[D]>>;

/** The operations, each the method of its domain. */
export interface MockBackend
  extends Answering<'organisation'>,
    Answering<'members'>,
    Answering<'invitations'>,
    Answering<'credit'>,
    Answering<'catalogue'>,
    Answering<'sip'>,
    Answering<'reports'>,
    Answering<'help'>,
    Answering<'webCalling'>,
    Answering<'idempotency'> {}

// Does not compile while an operation of the contract has no method here (the error names it).
true satisfies [Exclude<OperationId, keyof MockBackend>] extends [never] ? true : Exclude<OperationId, keyof MockBackend>;

export class MockBackend {
  private readonly store: Store;
  private readonly views: Views;
  private readonly domains: Domains;
  private readonly calls: Calls;

  constructor(options: MockBackendOptions = {}) {
    const store = new Store(options);
    const views = new Views(store);
    this.store = store;
    this.views = views;
    this.domains = {
      organisation: new Organisation(store, views),
      members: new Members(store, views),
      invitations: new Invitations(store, views),
      credit: new Credit(store, views),
      catalogue: new Catalogue(store, views),
      sip: new Sip(store, views),
      reports: new Reports(store),
      help: new Help(store),
      webCalling: new WebCalling(store),
      idempotency: store,
    };
    this.calls = new Calls(store, views);
    const self = this as unknown as Record<string, unknown>;
    for (const [domain, names] of Object.entries(OPERATIONS) as [keyof Domains, readonly string[]][]) {
      const answering = this.domains[domain] as unknown as Record<string, (...args: unknown[]) => unknown>;
      for (const name of names) self[name] = answering[name]!.bind(answering);
    }
  }

  /** The clock every timestamp, expiry, monthly limit and report range reads. Not an operation. */
  get now(): () => Date {
    return this.store.now;
  }

  /** Call history for the reports. Not an operation: tests write calls into it directly. */
  get usage(): UsageStore {
    return this.store.usage;
  }

  set usage(store: UsageStore) {
    this.store.usage = store;
  }

  /** The invitee accepts: the account joins as a member. Not an operation: the invitee's side. */
  acceptInvitation(id: string, acceptance: Acceptance): Reply<Member> {
    return this.domains.invitations.acceptInvitation(id, acceptance);
  }

  /** The invitee declines. Not an operation: the invitee's side. */
  declineInvitation(id: string): Reply<Invitation> {
    return this.domains.invitations.declineInvitation(id);
  }

  /** Every reveal of a SIP profile's secret, as the backend audits it. Not an operation. */
  get sipSecretReveals(): readonly { profileId: string; by: string; at: Date }[] {
    return this.domains.sip.secretReveals;
  }

  /** Provisions a SIP profile. Not an operation: the service operator does it. */
  addSipProfile(spec: SipProfileSpec): SipProfileDetail {
    return this.domains.sip.addSipProfile(spec);
  }

  /**
   * A call a member makes, now: charged to their credit, kept for the reports,
   * and setting off their automatic top-up when it leaves the credit below
   * the threshold. Not an operation: the calling service does it (the seed
   * and tests stand in for it).
   */
  recordUsage(memberId: string, call: CallMade): CallReceipt {
    return this.calls.recordUsage(memberId, call);
  }

  /** Every ledger entry, oldest first. Not an operation: for tests and stories. */
  ledgerEntries(): LedgerEntry[] {
    return this.store.ledger.map(this.views.ledger);
  }

  /** The company balance in minor units. Not an operation: for tests and stories. */
  balanceMinorUnits(): number {
    return this.store.balanceMinor;
  }

  /** Every feedback received. Not an operation: for tests and stories. */
  feedback(): readonly FeedbackRecord[] {
    return this.domains.help.received();
  }
}
