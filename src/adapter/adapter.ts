import type { Result } from '../core/errors.js';
import type {
  AccountAvailability,
  AllocationCreate,
  AllocationResult,
  AutoRechargeUpdate,
  AvailableNumber,
  AvailableNumberQuery,
  Balance,
  BudgetReport,
  BulkFeaturesUpdate,
  CallbackReceipt,
  CallbackRequestCreate,
  CallbackRequestPage,
  CallbackRequestQuery,
  CallPage,
  CallReportQuery,
  Department,
  DepartmentCreate,
  DepartmentUpdate,
  Feedback,
  FeedbackReceipt,
  Group,
  GroupCreate,
  IdempotencyRecord,
  GroupUpdate,
  Invitation,
  InvitationBatch,
  InvitationCreate,
  InvitationQuery,
  LedgerPage,
  LedgerQuery,
  Manager,
  ManagerSetup,
  ManagerUpdate,
  Member,
  MemberFeaturesUpdate,
  MemberList,
  MemberPage,
  MemberQuery,
  MemberRemoval,
  MemberUpdate,
  NumberAssignment,
  NumberPurchase,
  NumberPurchaseResult,
  OnlineNumber,
  Plan,
  Purchase,
  PurchaseCreate,
  Reclaim,
  ReclaimCreate,
  ReportQuery,
  SipAccountLink,
  SipCandidate,
  SipCandidateQuery,
  SipNumberLink,
  SipProfile,
  SipProfileDetail,
  SoftphoneCredentials,
  SipProfileSecret,
  SpendReport,
  Subscription,
  SubscriptionAssignment,
  SubscriptionPurchase,
  SubscriptionPurchaseResult,
  UsageReport,
} from './types.js';

/** The `version` of a record as last read, sent with a delete so that a stale one answers `conflict`. */
export interface Versioned {
  version: number;
}

/** Per-call options: every call can be cancelled, and then resolves with code `aborted`. */
export interface CallOptions {
  signal?: AbortSignal;
}

/**
 * The backend as the elements see it: one method per operation of the
 * contract (named by its `operationId`). Every method resolves, never rejects:
 * failures come back as `{ ok: false, error }` with a code from `core`
 * (`network` when the server could not be reached, `aborted` when the signal
 * fired, a `Problem`'s code otherwise, `internal` for an unreadable answer).
 *
 * Writes to shared records take the `version` last read and may fail with
 * `conflict` (`error.details.current` holds the fresh record). Money-moving
 * calls take an idempotency key that the caller creates once per intended
 * operation ({@link createIdempotencyKey}) and passes again on every retry.
 */
export interface DialkitAdapter {
  /**
   * Names the backend for what the kit keeps across reloads: the money
   * requests whose outcome is not known yet are kept in the tab's
   * `sessionStorage` under this name (the REST adapter's is its base URL).
   * Without it, they are kept in memory, for as long as the page lives.
   */
  readonly id?: string;

  // Manager
  getManager(options?: CallOptions): Promise<Result<Manager>>;
  setUpManager(setup: ManagerSetup, options?: CallOptions): Promise<Result<Manager>>;
  updateManager(update: ManagerUpdate, options?: CallOptions): Promise<Result<Manager>>;
  checkAccountName(name: string, options?: CallOptions): Promise<Result<AccountAvailability>>;

  // Organisation
  listDepartments(options?: CallOptions): Promise<Result<Department[]>>;
  createDepartment(department: DepartmentCreate, options?: CallOptions): Promise<Result<Department>>;
  updateDepartment(departmentId: string, update: DepartmentUpdate, options?: CallOptions): Promise<Result<Department>>;
  deleteDepartment(departmentId: string, expected: Versioned, options?: CallOptions): Promise<Result<void>>;
  listGroups(options?: CallOptions): Promise<Result<Group[]>>;
  createGroup(group: GroupCreate, options?: CallOptions): Promise<Result<Group>>;
  updateGroup(groupId: string, update: GroupUpdate, options?: CallOptions): Promise<Result<Group>>;
  deleteGroup(groupId: string, expected: Versioned, options?: CallOptions): Promise<Result<void>>;

  // Members
  listMembers(query?: MemberQuery, options?: CallOptions): Promise<Result<MemberPage>>;
  getMember(memberId: string, options?: CallOptions): Promise<Result<Member>>;
  updateMember(memberId: string, update: MemberUpdate, options?: CallOptions): Promise<Result<Member>>;
  removeMember(memberId: string, expected: Versioned, options?: CallOptions): Promise<Result<MemberRemoval>>;
  setMemberFeatures(memberId: string, update: MemberFeaturesUpdate, options?: CallOptions): Promise<Result<Member>>;
  setFeaturesForMembers(update: BulkFeaturesUpdate, options?: CallOptions): Promise<Result<MemberList>>;

  // Invitations
  listInvitations(query?: InvitationQuery, options?: CallOptions): Promise<Result<Invitation[]>>;
  sendInvitations(invitations: InvitationCreate, options?: CallOptions): Promise<Result<InvitationBatch>>;
  resendInvitation(invitationId: string, options?: CallOptions): Promise<Result<Invitation>>;
  cancelInvitation(invitationId: string, options?: CallOptions): Promise<Result<Invitation>>;

  // Credit
  getBalance(options?: CallOptions): Promise<Result<Balance>>;
  buyCredit(purchase: PurchaseCreate, idempotencyKey: string, options?: CallOptions): Promise<Result<Purchase>>;
  allocateCredit(
    allocation: AllocationCreate,
    idempotencyKey: string,
    options?: CallOptions,
  ): Promise<Result<AllocationResult>>;
  reclaimCredit(reclaim: ReclaimCreate, idempotencyKey: string, options?: CallOptions): Promise<Result<Reclaim>>;
  setAutoRecharge(memberId: string, update: AutoRechargeUpdate, options?: CallOptions): Promise<Result<Member>>;
  listLedger(query?: LedgerQuery, options?: CallOptions): Promise<Result<LedgerPage>>;

  // Subscriptions and online numbers
  listPlans(options?: CallOptions): Promise<Result<Plan[]>>;
  listSubscriptions(options?: CallOptions): Promise<Result<Subscription[]>>;
  buySubscriptions(
    purchase: SubscriptionPurchase,
    idempotencyKey: string,
    options?: CallOptions,
  ): Promise<Result<SubscriptionPurchaseResult>>;
  assignSubscription(
    subscriptionId: string,
    assignment: SubscriptionAssignment,
    options?: CallOptions,
  ): Promise<Result<Subscription>>;
  listNumbers(options?: CallOptions): Promise<Result<OnlineNumber[]>>;
  listAvailableNumbers(query?: AvailableNumberQuery, options?: CallOptions): Promise<Result<AvailableNumber[]>>;
  buyNumber(purchase: NumberPurchase, idempotencyKey: string, options?: CallOptions): Promise<Result<NumberPurchaseResult>>;
  assignNumber(numberId: string, assignment: NumberAssignment, options?: CallOptions): Promise<Result<OnlineNumber>>;

  // Reports
  getUsageReport(query: ReportQuery, options?: CallOptions): Promise<Result<UsageReport>>;
  getSpendReport(query: ReportQuery, options?: CallOptions): Promise<Result<SpendReport>>;
  getCallReport(query: CallReportQuery, options?: CallOptions): Promise<Result<CallPage>>;
  getBudgetReport(options?: CallOptions): Promise<Result<BudgetReport>>;

  // SIP profiles
  listSipProfiles(options?: CallOptions): Promise<Result<SipProfile[]>>;
  getSipProfile(profileId: string, options?: CallOptions): Promise<Result<SipProfileDetail>>;
  listSipCandidates(profileId: string, query?: SipCandidateQuery, options?: CallOptions): Promise<Result<SipCandidate[]>>;
  linkSipAccount(profileId: string, link: SipAccountLink, options?: CallOptions): Promise<Result<SipProfileDetail>>;
  unlinkSipAccount(
    profileId: string,
    memberId: string,
    expected: Versioned,
    options?: CallOptions,
  ): Promise<Result<SipProfileDetail>>;
  addSipNumber(profileId: string, link: SipNumberLink, options?: CallOptions): Promise<Result<SipProfileDetail>>;
  removeSipNumber(
    profileId: string,
    numberId: string,
    expected: Versioned,
    options?: CallOptions,
  ): Promise<Result<SipProfileDetail>>;
  /** The trunk's registration password, asked for only when the user chooses to show it (audited by the backend). */
  revealSipProfileSecret(profileId: string, options?: CallOptions): Promise<Result<SipProfileSecret>>;

  // Help
  sendFeedback(feedback: Feedback, options?: CallOptions): Promise<Result<FeedbackReceipt>>;

  // Web calling
  /**
   * A website visitor asks to be called back (public: the call button sends
   * it). The idempotency key, made once per request the visitor sends, makes
   * a retry record it once.
   */
  requestCallback(
    request: CallbackRequestCreate,
    idempotencyKey: string,
    options?: CallOptions,
  ): Promise<Result<CallbackReceipt>>;
  listCallbackRequests(query?: CallbackRequestQuery, options?: CallOptions): Promise<Result<CallbackRequestPage>>;
  /** Short-lived credentials for a softphone answering the member's linked account; never kept by the kit. */
  issueSoftphoneCredentials(memberId: string, options?: CallOptions): Promise<Result<SoftphoneCredentials>>;

  // Idempotency
  /**
   * What became of a money-moving request sent with `idempotencyKey`:
   * `completed` with the answer given, `processing`, or `not_found` when the
   * backend never received it (nothing happened).
   */
  getIdempotencyRecord(idempotencyKey: string, options?: CallOptions): Promise<Result<IdempotencyRecord>>;
}

/** A fresh idempotency key (a UUID) for one intended money-moving operation. */
export function createIdempotencyKey(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
