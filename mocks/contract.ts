/**
 * The records of the backend contract, as the mock serves them.
 */
import type { Money } from '../src/core/money.js';
import type { ServerErrorCode } from '../src/core/errors.js';

export type { Money };

export interface Problem {
  code: ServerErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export interface Manager {
  id: string;
  companyName: string;
  country: string;
  currency: string;
  adminAccountName: string;
  adminMemberId: string;
  createdAt: string;
  version: number;
}

export interface AccountAvailability {
  accountName: string;
  valid: boolean;
  available: boolean;
  reason?: 'invalid_account_name' | 'account_name_taken';
}

export interface Department {
  id: string;
  name: string;
  memberCount: number;
  monthlyBudget?: Money | null;
  version: number;
}

export interface Group {
  id: string;
  name: string;
  memberCount: number;
  version: number;
}

export interface FeatureAccess {
  mobileCalls: boolean;
  internationalCalls: boolean;
  onlineNumber: boolean;
  voicemail: boolean;
  callForwarding: boolean;
}

export interface AutoRecharge {
  amount: Money;
  threshold: Money;
  monthlyCap: Money;
}

export interface Member {
  id: string;
  accountName: string;
  displayName: string;
  email?: string | null;
  departmentId: string;
  groupIds: string[];
  role: 'admin' | 'member';
  status: 'active' | 'linked';
  canSignIn: boolean;
  sipProfileId: string | null;
  credit: Money;
  autoRecharge: AutoRecharge | null;
  features: FeatureAccess;
  numberIds: string[];
  subscriptionIds: string[];
  usageReportingConsent: boolean;
  joinedAt: string;
  version: number;
}

export interface MemberRemoval {
  reclaimed: Money;
  releasedNumberIds: string[];
  cancelledSubscriptionIds: string[];
}

export interface Invitation {
  id: string;
  invitee: string;
  kind: 'account' | 'email';
  status: 'pending' | 'accepted' | 'declined' | 'expired' | 'cancelled';
  departmentId: string;
  groupIds: string[];
  sentAt: string;
  expiresAt: string;
}

export interface InvitationRejection {
  invitee: string;
  code: 'invalid_invitee' | 'already_member' | 'conflict';
}

export interface InvitationBatch {
  created: Invitation[];
  rejected: InvitationRejection[];
}

export interface Balance {
  balance: Money;
  purchaseLimit: { perPurchase: Money; monthly: Money; usedThisMonth: Money };
  reclaimPolicy: 'unused_only' | 'never';
  version: number;
}

export interface Purchase {
  id: string;
  amount: Money;
  createdAt: string;
  balance: Money;
}

export interface Allocation {
  id: string;
  memberId: string;
  amount: Money;
}

export interface AllocationResult {
  allocations: Allocation[];
  balance: Money;
}

export interface Reclaim {
  id: string;
  memberId: string;
  amount: Money;
  balance: Money;
}

export type LedgerKind = 'purchase' | 'allocation' | 'reclaim' | 'subscription' | 'number';

export interface LedgerEntry {
  id: string;
  kind: LedgerKind;
  amount: Money;
  memberId: string | null;
  balanceAfter: Money;
  createdAt: string;
  actorAccountName: string;
}

export interface LedgerPage {
  items: LedgerEntry[];
  total: number;
  sum: Money;
}

export type Destination = 'landline' | 'mobile' | 'international';

export interface Plan {
  id: string;
  name: string;
  description: string;
  minutesPerMonth: number;
  destinations: Destination[];
  countries: string[];
  price: Money;
}

export interface Subscription {
  id: string;
  planId: string;
  memberId: string | null;
  renewsAt: string;
  version: number;
}

export interface SubscriptionPurchase {
  items: Subscription[];
  balance: Money;
}

export type NumberAssignee = null | { kind: 'member'; memberId: string } | { kind: 'sip_profile'; sipProfileId: string };

export interface OnlineNumber {
  id: string;
  number: string;
  country: string;
  area: string;
  assignee: NumberAssignee;
  routesToPbx: boolean;
  monthlyPrice: Money;
  version: number;
}

export interface AvailableNumber {
  number: string;
  country: string;
  area: string;
  monthlyPrice: Money;
}

export interface NumberPurchase {
  item: OnlineNumber;
  balance: Money;
}

export type ReportLevel = 'group' | 'department' | 'employee';

export interface UsageFigures {
  calls: number;
  minutes: number;
  cost: Money;
}

export interface UsageRow extends UsageFigures {
  id: string;
  name: string;
  memberCount: number;
  byDestination: Record<Destination, UsageFigures>;
  suppressed: boolean;
}

export interface UsageReport {
  level: ReportLevel;
  from: string;
  to: string;
  currency: string;
  rows: UsageRow[];
  totals: UsageFigures;
}

export interface SpendFigures {
  purchases: Money;
  allocations: Money;
  reclaims: Money;
  subscriptions: Money;
  numbers: Money;
  calls: Money;
}

export interface SpendRow extends SpendFigures {
  id: string;
  name: string;
}

export interface SpendReport {
  level: ReportLevel;
  from: string;
  to: string;
  rows: SpendRow[];
  totals: SpendFigures;
}

export interface SipProfile {
  id: string;
  name: string;
  status: 'active' | 'inactive';
  channels: number;
  authMode: 'registration' | 'ip_allowlist';
  linkedAccountCount: number;
  numberCount: number;
  version: number;
}

export interface NumberRef {
  id: string;
  number: string;
}

export interface LinkedAccount {
  memberId: string;
  accountName: string;
  displayName: string;
  extension: string | null;
  numbers: NumberRef[];
}

export interface SipProfileDetail extends SipProfile {
  accounts: LinkedAccount[];
  numbers: NumberRef[];
  pbxHost?: string;
}

export interface LinkCandidate {
  memberId: string;
  accountName: string;
  displayName: string;
  available: boolean;
  reason?: 'account_already_linked' | 'admin_cannot_be_linked';
  linkedProfileId?: string;
  linkedProfileName?: string;
}

export interface FeedbackReceipt {
  id: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}
