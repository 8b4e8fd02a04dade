/**
 * Friendly names for the contract's types, generated from `openapi.yaml`
 * into `schema.d.ts`. Elements import these, never the generated file.
 * `Money` and the error codes are the ones of `core`, which the contract matches.
 */
import type { components, operations } from './schema.js';

type Schemas = components['schemas'];
type QueryOf<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>;

/** Every operation of the contract, by `operationId`. */
export type OperationId = keyof operations;

export type Problem = Schemas['Problem'];
export type Id = Schemas['Id'];
export type Version = Schemas['Version'];
export type Locale = Schemas['Locale'];
export type SortOrder = Schemas['SortOrder'];

export type Manager = Schemas['Manager'];
export type ManagerSetup = Schemas['ManagerSetup'];
export type ManagerUpdate = Schemas['ManagerUpdate'];
export type AccountAvailability = Schemas['AccountAvailability'];

export type Department = Schemas['Department'];
export type DepartmentCreate = Schemas['DepartmentCreate'];
export type DepartmentUpdate = Schemas['DepartmentUpdate'];
export type Group = Schemas['Group'];
export type GroupCreate = Schemas['GroupCreate'];
export type GroupUpdate = Schemas['GroupUpdate'];

export type MemberRole = Schemas['MemberRole'];
export type MemberStatus = Schemas['MemberStatus'];
export type FeatureAccess = Schemas['FeatureAccess'];
export type FeatureAccessPatch = Schemas['FeatureAccessPatch'];
/** The features a member can be given, in the order the console lists them. */
export const FEATURES = ['mobileCalls', 'internationalCalls', 'onlineNumber', 'voicemail', 'callForwarding'] as const satisfies readonly (keyof FeatureAccess)[];
type Listed<T extends never> = T;
/** Does not compile when the contract has a feature that `FEATURES` does not list. */
export type EveryFeatureListed = Listed<Exclude<keyof FeatureAccess, (typeof FEATURES)[number]>>;
export type AutoRecharge = Schemas['AutoRecharge'];
export type Member = Schemas['Member'];
export type MemberPage = Schemas['MemberPage'];
export type MemberList = Schemas['MemberList'];
export type MemberUpdate = Schemas['MemberUpdate'];
export type MemberRemoval = Schemas['MemberRemoval'];
export type MemberFeaturesUpdate = Schemas['MemberFeaturesUpdate'];
export type BulkFeaturesUpdate = Schemas['BulkFeaturesUpdate'];
export type AutoRechargeUpdate = Schemas['AutoRechargeUpdate'];
/** Search, filters, sort and page of `listMembers`. */
export type MemberQuery = QueryOf<'listMembers'>;
export type MemberSort = NonNullable<MemberQuery['sort']>;

export type InvitationStatus = Schemas['InvitationStatus'];
export type Invitation = Schemas['Invitation'];
export type InvitationCreate = Schemas['InvitationCreate'];
export type InvitationRejection = Schemas['InvitationRejection'];
export type InvitationBatch = Schemas['InvitationBatch'];
/** Filter of `listInvitations`. */
export type InvitationQuery = QueryOf<'listInvitations'>;

export type PurchaseLimit = Schemas['PurchaseLimit'];
export type Balance = Schemas['Balance'];
export type PurchaseCreate = Schemas['PurchaseCreate'];
export type Purchase = Schemas['Purchase'];
export type AllocationCreate = Schemas['AllocationCreate'];
export type Allocation = Schemas['Allocation'];
export type AllocationResult = Schemas['AllocationResult'];
export type ReclaimCreate = Schemas['ReclaimCreate'];
export type Reclaim = Schemas['Reclaim'];
export type LedgerEntryKind = Schemas['LedgerEntryKind'];
export type LedgerEntry = Schemas['LedgerEntry'];
export type LedgerPage = Schemas['LedgerPage'];
/** Filters and page of `listLedger`. */
export type LedgerQuery = QueryOf<'listLedger'>;

export type Destination = Schemas['Destination'];
export type Plan = Schemas['Plan'];
export type Subscription = Schemas['Subscription'];
export type SubscriptionPurchase = Schemas['SubscriptionPurchase'];
export type SubscriptionPurchaseResult = Schemas['SubscriptionPurchaseResult'];
export type SubscriptionAssignment = Schemas['SubscriptionAssignment'];
export type MemberAssignee = Schemas['MemberAssignee'];
export type SipProfileAssignee = Schemas['SipProfileAssignee'];
export type NumberAssignee = Schemas['NumberAssignee'];
export type OnlineNumber = Schemas['OnlineNumber'];
export type AvailableNumber = Schemas['AvailableNumber'];
export type NumberPurchase = Schemas['NumberPurchase'];
export type NumberPurchaseResult = Schemas['NumberPurchaseResult'];
export type NumberAssignment = Schemas['NumberAssignment'];
/** What became of a money-moving request, by its idempotency key (`getIdempotencyRecord`). */
export type IdempotencyRecord = Schemas['IdempotencyRecord'];
/** The operations that move money, each sent with an idempotency key. */
export type MoneyOperation = IdempotencyRecord['operation'];
/** Filter of `listAvailableNumbers`. */
export type AvailableNumberQuery = QueryOf<'listAvailableNumbers'>;

export type ReportLevel = Schemas['ReportLevel'];
export type UsageFigures = Schemas['UsageFigures'];
export type UsageRow = Schemas['UsageRow'];
export type UsageReport = Schemas['UsageReport'];
export type SpendFigures = Schemas['SpendFigures'];
export type SpendRow = Schemas['SpendRow'];
export type SpendReport = Schemas['SpendReport'];
export type SpendPoint = Schemas['SpendPoint'];
export type ReportPrivacy = Schemas['ReportPrivacy'];
export type CallDay = Schemas['CallDay'];
export type CallPage = Schemas['CallPage'];
export type BudgetRow = Schemas['BudgetRow'];
export type BudgetReport = Schemas['BudgetReport'];
/** Employee, day range and page of `getCallReport`. */
export type CallReportQuery = QueryOf<'getCallReport'>;
/** Level, day range and filters of both reports. */
export type ReportQuery = QueryOf<'getUsageReport'>;

export type NumberRef = Schemas['NumberRef'];
export type SipProfile = Schemas['SipProfile'];
export type LinkedAccount = Schemas['LinkedAccount'];
export type SipProfileDetail = Schemas['SipProfileDetail'];
export type SipCandidate = Schemas['SipCandidate'];
export type SipAccountLink = Schemas['SipAccountLink'];
export type SipNumberLink = Schemas['SipNumberLink'];
export type SipTrunk = Schemas['SipTrunk'];
export type SipProfileSecret = Schemas['SipProfileSecret'];
/** Search of `listSipCandidates`. */
export type SipCandidateQuery = QueryOf<'listSipCandidates'>;

export type CallbackRequestCreate = Schemas['CallbackRequestCreate'];
export type CallbackReceipt = Schemas['CallbackReceipt'];
export type CallbackRequest = Schemas['CallbackRequest'];
export type CallbackRequestPage = Schemas['CallbackRequestPage'];
/** Filters and page of `listCallbackRequests`. */
export type CallbackRequestQuery = QueryOf<'listCallbackRequests'>;
export type IceServer = Schemas['IceServer'];
export type SoftphoneCredentials = Schemas['SoftphoneCredentials'];

export type Feedback = Schemas['Feedback'];
export type FeedbackReceipt = Schemas['FeedbackReceipt'];
