/**
 * The one state of the mock backend and the rules every domain shares: ids,
 * the clock, money in the manager's currency, versions, idempotency keys and
 * the ledger. Each domain module (organisation, members, credit, …) reads and
 * writes this store; none keeps state of its own.
 */
import { usageStoreFor, type UsageStore } from '../usage.js';
import { numberPool, PLANS, type NumberSpec, type PlanSpec } from '../catalog.js';
import type { AutoRecharge, Balance, FeatureAccess, IdempotencyRecord, Invitation, LedgerEntry, LedgerEntryKind, Manager, Member, Money, MoneyOperation, NumberAssignee, SipProfile, SipTrunk } from '../contract.js';
import { problem, type Reply } from '../problem.js';
import type { CallbackRecord } from './web-calling.js';

export interface MockBackendOptions {
  /** The clock every timestamp and expiry is read from. */
  now?: () => Date;
  plans?: readonly PlanSpec[];
  /** Numbers offered for purchase. */
  numberPool?: readonly NumberSpec[];
  /** Purchase limits, in minor units of the manager's currency. */
  purchaseLimit?: { perPurchaseMinor: number; monthlyMinor: number };
  reclaimPolicy?: Balance['reclaimPolicy'];
  /** Accounts that already exist on the calling service. */
  accounts?: readonly string[];
  /** The call history; by default an empty one covering the months held back from `now`. */
  usage?: UsageStore;
}

/** A SIP trunk as the service operator provisions it. */
export interface SipProfileSpec {
  name: string;
  status: SipProfile['status'];
  channels: number;
  authMode: SipProfile['authMode'];
  pbxHost?: string;
  /** Where browsers register over WebSocket: the profile takes web calls when it has one. */
  websocketUrl?: string;
  /** The secret the profile's SIP server checks softphone credentials with (`auth_ephemeral`); made up when not given. */
  webCallingSecret?: string;
  /** The service's side of the trunk; made up from the profile's id when not given. */
  trunk?: SipTrunk;
  /** The registration password (profiles authenticated by registration); made up when not given. */
  password?: string;
}

export interface ManagerRecord extends Omit<Manager, 'createdAt'> {
  createdAt: Date;
}

export interface DepartmentRecord {
  id: string;
  name: string;
  monthlyBudget: Money | null;
  version: number;
}

export interface GroupRecord {
  id: string;
  name: string;
  version: number;
}

export interface MemberRecord {
  id: string;
  accountName: string;
  displayName: string;
  email: string | null;
  departmentId: string;
  groupIds: string[];
  role: Member['role'];
  creditMinor: number;
  autoRecharge: AutoRecharge | null;
  /** The administrator who set the automatic top-up: the actor of the ledger entries it makes. */
  autoRechargeSetBy: string | null;
  /** The refusal last recorded for this member's automatic top-up, so that it is recorded once, not on every call. */
  autoRechargeRefused: { reason: RefusalReason; month: string } | null;
  features: FeatureAccess;
  usageReportingConsent: boolean;
  joinedAt: Date;
  version: number;
}

export interface InvitationRecord {
  id: string;
  invitee: string;
  kind: Invitation['kind'];
  status: 'pending' | 'accepted' | 'declined' | 'cancelled';
  departmentId: string;
  groupIds: string[];
  sentAt: Date;
}

export type RefusalReason = NonNullable<LedgerEntry['reason']>;

export interface LedgerRecord {
  id: string;
  kind: LedgerEntryKind;
  amountMinor: number;
  memberId: string | null;
  balanceAfterMinor: number;
  createdAt: Date;
  actorAccountName: string;
  /** Made by the service itself (an automatic top-up or its refusal). */
  automatic?: true;
  /** Why an automatic top-up was refused, and what it asked for. */
  reason?: RefusalReason;
  requestedMinor?: number;
}

/** What an entry carries beyond its kind, amount and member. */
export type LedgerExtras = Partial<Pick<LedgerRecord, 'actorAccountName' | 'automatic' | 'reason' | 'requestedMinor'>>;

export interface SubscriptionRecord {
  id: string;
  planId: string;
  memberId: string | null;
  renewsAt: Date;
  version: number;
}

export interface NumberRecord extends NumberSpec {
  id: string;
  assignee: NumberAssignee;
  version: number;
}

export interface ProfileRecord extends SipProfileSpec {
  id: string;
  version: number;
}

export interface Link {
  profileId: string;
  extension: string | null;
}

export interface FeedbackRecord {
  id: string;
  articleId: string;
  helpful: boolean;
  comment: string | null;
  locale: string;
}

interface Versioned {
  version: number;
}

/** The same value with its object keys sorted and undefined ones left out: what an idempotency key compares. */
export const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, v]) => [k, canonical(v)]),
        )
      : value;

/** The contract's operation of each money-moving request the domains run under a key. */
const KEYED_OPERATIONS: Record<string, MoneyOperation> = {
  purchase: 'buyCredit',
  allocation: 'allocateCredit',
  reclaim: 'reclaimCredit',
  subscription: 'buySubscriptions',
  number: 'buyNumber',
};

/** What the backend keeps of a key it acted on: the request's fingerprint and operation, when, and the reply given. */
interface KeptRequest {
  fingerprint: string;
  operation: MoneyOperation;
  receivedAt: Date;
  reply: Reply<unknown>;
}

/** The state of the calling service, and the rules every domain applies to it. */
export class Store {
  readonly now: () => Date;
  /** Call history for the reports. */
  usage: UsageStore;

  manager: ManagerRecord | null = null;
  readonly accounts = new Set<string>();
  readonly departments = new Map<string, DepartmentRecord>();
  readonly groups = new Map<string, GroupRecord>();
  readonly members = new Map<string, MemberRecord>();
  readonly invitations = new Map<string, InvitationRecord>();
  readonly ledger: LedgerRecord[] = [];
  balanceMinor = 0;
  balanceVersion = 1;
  readonly limits: { perPurchaseMinor: number; monthlyMinor: number };
  readonly reclaimPolicy: Balance['reclaimPolicy'];
  readonly plans: readonly PlanSpec[];
  readonly subscriptions = new Map<string, SubscriptionRecord>();
  readonly numbers = new Map<string, NumberRecord>();
  /** Numbers on offer, by number. */
  readonly offered = new Map<string, NumberSpec>();
  readonly profiles = new Map<string, ProfileRecord>();
  /** SIP links, by member id. */
  readonly links = new Map<string, Link>();
  readonly feedback: FeedbackRecord[] = [];
  /** Callback requests, oldest first, and the idempotency keys they were sent with (not money: kept apart). */
  readonly callbacks: CallbackRecord[] = [];
  readonly callbackKeys = new Map<string, { fingerprint: string; receivedAt: Date; reply: Reply<unknown> }>();
  private readonly idempotency = new Map<string, KeptRequest>();
  private readonly counters = new Map<string, number>();

  constructor(options: MockBackendOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.plans = options.plans ?? PLANS;
    for (const spec of options.numberPool ?? numberPool()) this.offered.set(spec.number, spec);
    this.limits = options.purchaseLimit ?? { perPurchaseMinor: 2_000_000, monthlyMinor: 5_000_000 };
    this.reclaimPolicy = options.reclaimPolicy ?? 'unused_only';
    for (const name of options.accounts ?? []) this.accounts.add(name.toLowerCase());
    this.usage = options.usage ?? usageStoreFor(this.now());
  }

  nextId(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return `${prefix}_${String(n).padStart(3, '0')}`;
  }

  requireManager(): ManagerRecord {
    if (!this.manager) throw problem('not_set_up', 'The manager is not set up yet');
    return this.manager;
  }

  get currency(): string {
    return this.requireManager().currency;
  }

  money(amountMinor: number): Money {
    return { amountMinor, currency: this.currency };
  }

  /** A record named by the request's path, once the manager exists. */
  find<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
    this.requireManager();
    const found = map.get(id);
    if (!found) throw problem('not_found', `No ${what} ${id}`, { id });
    return found;
  }

  /** A body reference (department, group, member) that must exist. */
  requireRef<T>(map: ReadonlyMap<string, T>, id: string, field: string): T {
    const found = map.get(id);
    if (!found) throw problem('not_found', `Unknown ${field}: ${id}`, { field, id });
    return found;
  }

  /** Optimistic concurrency: a stale version is refused with the fresh record. */
  assertVersion<R extends Versioned>(record: R, version: number, view: (record: R) => unknown): void {
    if (record.version !== version)
      throw problem('conflict', `Version ${version} is stale; the current version is ${record.version}`, { current: view(record) });
  }

  /** A positive amount in the manager's currency. */
  assertAmount(amount: Money, field = 'amount'): void {
    if (amount.currency !== this.currency) throw problem('invalid_amount', `${field} must be in ${this.currency}`, { field });
    if (!Number.isSafeInteger(amount.amountMinor) || amount.amountMinor <= 0)
      throw problem('invalid_amount', `${field} must be a positive integer of minor units`, { field });
  }

  /** A name that is not blank once trimmed. */
  requireName(name: string, field = 'name', max = 100): string {
    const trimmed = name.trim();
    if (trimmed.length === 0 || trimmed.length > max) throw problem('validation_failed', `${field} must have 1 to ${max} characters`, { field });
    return trimmed;
  }

  /**
   * Runs a money-moving operation once per idempotency key: the same key with
   * the same parameters replays the first successful reply; with other
   * parameters it is refused. Refusals are not remembered, so a corrected retry works.
   */
  withIdempotency<T>(key: string | null | undefined, operation: string, params: unknown, run: () => Reply<T>): Reply<T> {
    this.requireManager();
    if (typeof key !== 'string' || key.length < 8 || key.length > 128)
      throw problem('validation_failed', 'Idempotency-Key must have 8 to 128 characters', { field: 'Idempotency-Key' });
    const fingerprint = JSON.stringify([operation, canonical(params)]);
    const seen = this.idempotency.get(key);
    if (seen) {
      if (seen.fingerprint !== fingerprint) throw problem('idempotency_key_reused', 'This Idempotency-Key was used with another request');
      return structuredClone(seen.reply) as Reply<T>;
    }
    const result = run();
    const kept = KEYED_OPERATIONS[operation];
    if (!kept) throw new Error(`No operation of the contract runs as ${operation}`);
    this.idempotency.set(key, { fingerprint, operation: kept, receivedAt: this.now(), reply: structuredClone(result) });
    return result;
  }

  /**
   * `getIdempotencyRecord`: what became of the request sent with `key`. Every
   * request runs at once here, so a kept key is always `completed`; a refused
   * one was not kept, and answers `not_found` like a key never received.
   */
  getIdempotencyRecord(key: string): Reply<IdempotencyRecord> {
    this.requireManager();
    const kept = this.idempotency.get(key);
    if (!kept) throw problem('not_found', 'No request was received with this Idempotency-Key', { id: key });
    const response = structuredClone(kept.reply.body) as IdempotencyRecord['response'];
    return {
      status: 200,
      body: { key, operation: kept.operation, status: 'completed', createdAt: kept.receivedAt.toISOString(), response },
    };
  }

  /** The one place the company balance moves: a ledger entry, never below zero. */
  post(kind: LedgerEntryKind, amountMinor: number, memberId: string | null = null, extras: LedgerExtras = {}): LedgerRecord {
    const after = this.balanceMinor + amountMinor;
    if (after < 0) throw this.insufficient(-amountMinor);
    const entry: LedgerRecord = {
      id: this.nextId('led'),
      kind,
      amountMinor,
      memberId,
      balanceAfterMinor: after,
      createdAt: this.now(),
      actorAccountName: this.requireManager().adminAccountName,
      ...extras,
    };
    this.ledger.push(entry);
    this.balanceMinor = after;
    if (amountMinor !== 0) this.balanceVersion++;
    return entry;
  }

  /** Refuses a debit larger than the balance before any part of it is made. */
  assertCovered(totalMinor: number): void {
    if (totalMinor > this.balanceMinor) throw this.insufficient(totalMinor);
  }

  private insufficient(requiredMinor: number) {
    return problem('insufficient_balance', 'The company balance is too low', {
      required: this.money(requiredMinor),
      available: this.money(this.balanceMinor),
    });
  }

  membersWhere(test: (m: MemberRecord) => boolean): MemberRecord[] {
    return [...this.members.values()].filter(test);
  }

  numbersOf(memberId: string): NumberRecord[] {
    return [...this.numbers.values()].filter((n) => n.assignee?.kind === 'member' && n.assignee.memberId === memberId);
  }

  subscriptionsOf(memberId: string): SubscriptionRecord[] {
    return [...this.subscriptions.values()].filter((s) => s.memberId === memberId);
  }

  profileNumbers(profileId: string): NumberRecord[] {
    return [...this.numbers.values()].filter((n) => n.assignee?.kind === 'sip_profile' && n.assignee.sipProfileId === profileId);
  }

  /** The members linked to a profile, with their link. */
  linkedTo(profileId: string): [MemberRecord, Link][] {
    return [...this.links.entries()]
      .filter(([, link]) => link.profileId === profileId)
      .map(([memberId, link]) => [this.members.get(memberId) as MemberRecord, link]);
  }

  /**
   * A member whose record shows another record's change (their credit, numbers,
   * subscriptions, SIP link): their version moves too, so that an edit made
   * with the version read before it is refused as stale.
   */
  touchMember(id: string | null | undefined): void {
    const member = id ? this.members.get(id) : undefined;
    if (member) member.version++;
  }

  /** A record that another one's change shows in (a SIP profile's numbers and accounts): its version moves too. */
  touchProfile(assignee: NumberAssignee): void {
    if (assignee?.kind === 'sip_profile') {
      const profile = this.profiles.get(assignee.sipProfileId);
      if (profile) profile.version++;
    }
  }
}
