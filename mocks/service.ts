/**
 * The mock backend's domain: an in-memory calling service that enforces every
 * rule of the contract. Each public method is one operation; it returns a
 * `Reply` (status and body) or throws a `ProblemError`.
 */
import { EMAIL, EXTENSION, E164, isAccountName } from '../src/core/validation.js';
import type {
  AccountAvailability,
  Allocation,
  AllocationCreate,
  AllocationResult,
  AutoRecharge,
  AutoRechargeUpdate,
  AvailableNumber,
  Balance,
  BulkFeaturesUpdate,
  Department,
  DepartmentCreate,
  DepartmentUpdate,
  FeatureAccess,
  Feedback,
  FeedbackReceipt,
  Group,
  GroupCreate,
  GroupUpdate,
  Invitation,
  InvitationBatch,
  InvitationCreate,
  InvitationRejection,
  LedgerEntry,
  LedgerEntryKind,
  LedgerPage,
  LedgerQuery,
  Manager,
  ManagerSetup,
  ManagerUpdate,
  Member,
  MemberFeaturesUpdate,
  MemberList,
  MemberQuery,
  MemberRemoval,
  MemberUpdate,
  Money,
  NumberAssignee,
  NumberAssignment,
  NumberPurchase,
  NumberPurchaseResult,
  NumberRef,
  OnlineNumber,
  Page,
  Plan,
  Purchase,
  PurchaseCreate,
  Reclaim,
  ReclaimCreate,
  ReportQuery,
  BudgetReport,
  CallPage,
  CallReportQuery,
  SipAccountLink,
  SipCandidate,
  SipNumberLink,
  SipProfile,
  SipProfileDetail,
  SpendReport,
  Subscription,
  SubscriptionAssignment,
  SubscriptionPurchase,
  SubscriptionPurchaseResult,
  UsageReport,
} from './contract.js';
import { numberPool, PLANS, type NumberSpec, type PlanSpec } from './catalog.js';
import { problem, reply, type Reply } from './problem.js';
import { buildBudgetReport, buildCallReport, buildSpendReport, buildUsageReport, type ReportSource } from './reports.js';
import { addMonths, dayNumber, UsageStore } from './usage.js';

const DAY_MS = 86_400_000;
/** Invitations expire this long after the last send. */
export const INVITATION_LIFETIME_MS = 30 * DAY_MS;
/** Months of usage history the service holds for reports. */
export const HISTORY_MONTHS = 6;
const MAX_LIMIT = 500;

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
}

/** What the invitee supplies when accepting (the invitee's side, not an admin operation). */
export interface Acceptance {
  displayName: string;
  /** The account joining; for an e-mail invitation, a new account (a `live:` id by default). */
  accountName?: string;
  usageReportingConsent?: boolean;
}

export interface SipProfileSpec {
  name: string;
  status: SipProfile['status'];
  channels: number;
  authMode: SipProfile['authMode'];
  pbxHost?: string;
}

interface ManagerRecord extends Omit<Manager, 'createdAt'> {
  createdAt: Date;
}

interface DepartmentRecord {
  id: string;
  name: string;
  monthlyBudget: Money | null;
  version: number;
}

interface GroupRecord {
  id: string;
  name: string;
  version: number;
}

interface MemberRecord {
  id: string;
  accountName: string;
  displayName: string;
  email: string | null;
  departmentId: string;
  groupIds: string[];
  role: Member['role'];
  creditMinor: number;
  autoRecharge: AutoRecharge | null;
  features: FeatureAccess;
  usageReportingConsent: boolean;
  joinedAt: Date;
  version: number;
}

interface InvitationRecord {
  id: string;
  invitee: string;
  kind: Invitation['kind'];
  status: 'pending' | 'accepted' | 'declined' | 'cancelled';
  departmentId: string;
  groupIds: string[];
  sentAt: Date;
}

interface LedgerRecord {
  id: string;
  kind: LedgerEntryKind;
  amountMinor: number;
  memberId: string | null;
  balanceAfterMinor: number;
  createdAt: Date;
  actorAccountName: string;
}

interface SubscriptionRecord {
  id: string;
  planId: string;
  memberId: string | null;
  renewsAt: Date;
  version: number;
}

interface NumberRecord extends NumberSpec {
  id: string;
  assignee: NumberAssignee;
  version: number;
}

interface ProfileRecord extends SipProfileSpec {
  id: string;
  version: number;
}

interface Link {
  profileId: string;
  extension: string | null;
}

interface Versioned {
  version: number;
}

const DEFAULT_FEATURES: FeatureAccess = {
  mobileCalls: true,
  internationalCalls: false,
  onlineNumber: false,
  voicemail: true,
  callForwarding: true,
};

const iso = (date: Date): string => date.toISOString();
const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase();
const numberRef = (n: NumberSpec & { id: string }): NumberRef => ({ id: n.id, number: n.number });
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const canonical = (value: unknown): unknown =>
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

function page<T>(items: readonly T[], offset = 0, limit = 50): Page<T> {
  if (!Number.isInteger(offset) || offset < 0) throw problem('validation_failed', 'offset must be an integer >= 0', { field: 'offset' });
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw problem('validation_failed', `limit must be an integer from 1 to ${MAX_LIMIT}`, { field: 'limit' });
  return { items: items.slice(offset, offset + limit), total: items.length };
}

function requireName(name: unknown, field = 'name', max = 100): string {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (trimmed.length === 0 || trimmed.length > max)
    throw problem('validation_failed', `${field} must have 1 to ${max} characters`, { field });
  return trimmed;
}

/** The in-memory calling service behind the mock handlers. */
export class MockBackend {
  readonly now: () => Date;
  /** Call history for the reports (not part of the contract: the seed writes it directly). */
  usage: UsageStore;

  private manager: ManagerRecord | null = null;
  private readonly accounts = new Set<string>();
  private readonly departments = new Map<string, DepartmentRecord>();
  private readonly groups = new Map<string, GroupRecord>();
  private readonly members = new Map<string, MemberRecord>();
  private readonly invitations = new Map<string, InvitationRecord>();
  private readonly ledgerRecords: LedgerRecord[] = [];
  private balanceMinor = 0;
  private balanceVersion = 1;
  private readonly limits: { perPurchaseMinor: number; monthlyMinor: number };
  private readonly reclaimPolicy: Balance['reclaimPolicy'];
  private readonly planSpecs: readonly PlanSpec[];
  private readonly subscriptionRecords = new Map<string, SubscriptionRecord>();
  private readonly numberRecords = new Map<string, NumberRecord>();
  private readonly offered = new Map<string, NumberSpec>();
  private readonly profiles = new Map<string, ProfileRecord>();
  private readonly links = new Map<string, Link>();
  private readonly idempotency = new Map<string, { fingerprint: string; reply: Reply<unknown> }>();
  private readonly feedbackItems: { id: string; articleId: string; helpful: boolean; comment: string | null; locale: string }[] = [];
  private readonly counters = new Map<string, number>();

  constructor(options: MockBackendOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.planSpecs = options.plans ?? PLANS;
    for (const spec of options.numberPool ?? numberPool()) this.offered.set(spec.number, spec);
    this.limits = options.purchaseLimit ?? { perPurchaseMinor: 2_000_000, monthlyMinor: 5_000_000 };
    this.reclaimPolicy = options.reclaimPolicy ?? 'unused_only';
    for (const name of options.accounts ?? []) this.accounts.add(name.toLowerCase());
    const today = dayNumber(this.now());
    const first = dayNumber(addMonths(this.now(), -HISTORY_MONTHS));
    this.usage = new UsageStore(first, today - first + 1);
  }

  // ---- shared rules -------------------------------------------------------

  private nextId(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return `${prefix}_${String(n).padStart(3, '0')}`;
  }

  private requireManager(): ManagerRecord {
    if (!this.manager) throw problem('not_set_up', 'The manager is not set up yet');
    return this.manager;
  }

  private get currency(): string {
    return this.requireManager().currency;
  }

  private money(amountMinor: number): Money {
    return { amountMinor, currency: this.currency };
  }

  private find<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
    this.requireManager();
    const found = map.get(id);
    if (!found) throw problem('not_found', `No ${what} ${id}`, { id });
    return found;
  }

  /** A body reference (department, group, member) that must exist. */
  private requireRef<T>(map: ReadonlyMap<string, T>, id: string, field: string): T {
    const found = map.get(id);
    if (!found) throw problem('not_found', `Unknown ${field}: ${id}`, { field, id });
    return found;
  }

  /** Optimistic concurrency: a stale version is refused with the fresh record. */
  private assertVersion<R extends Versioned>(record: R, version: number, view: (record: R) => unknown): void {
    if (record.version !== version)
      throw problem('conflict', `Version ${version} is stale; the current version is ${record.version}`, { current: view(record) });
  }

  /** A positive amount in the manager's currency. */
  private assertAmount(amount: Money, field = 'amount'): void {
    if (amount.currency !== this.currency)
      throw problem('invalid_amount', `${field} must be in ${this.currency}`, { field });
    if (!Number.isSafeInteger(amount.amountMinor) || amount.amountMinor <= 0)
      throw problem('invalid_amount', `${field} must be a positive integer of minor units`, { field });
  }

  /**
   * Runs a money-moving operation once per idempotency key: the same key with
   * the same parameters replays the first successful reply; with other
   * parameters it is refused. Refusals are not remembered, so a corrected retry works.
   */
  private withIdempotency<T>(key: string | null | undefined, operation: string, params: unknown, run: () => Reply<T>): Reply<T> {
    if (typeof key !== 'string' || key.length < 8 || key.length > 128)
      throw problem('validation_failed', 'Idempotency-Key must have 8 to 128 characters', { field: 'Idempotency-Key' });
    const fingerprint = JSON.stringify([operation, canonical(params)]);
    const seen = this.idempotency.get(key);
    if (seen) {
      if (seen.fingerprint !== fingerprint)
        throw problem('idempotency_key_reused', 'This Idempotency-Key was used with another request');
      return structuredClone(seen.reply) as Reply<T>;
    }
    const result = run();
    this.idempotency.set(key, { fingerprint, reply: structuredClone(result) });
    return result;
  }

  /** The one place the company balance moves: a ledger entry, never below zero. */
  private post(kind: LedgerEntryKind, amountMinor: number, memberId: string | null = null): LedgerRecord {
    const after = this.balanceMinor + amountMinor;
    if (after < 0)
      throw problem('insufficient_balance', 'The company balance is too low', {
        required: this.money(-amountMinor),
        available: this.money(this.balanceMinor),
      });
    const entry: LedgerRecord = {
      id: this.nextId('led'),
      kind,
      amountMinor,
      memberId,
      balanceAfterMinor: after,
      createdAt: this.now(),
      actorAccountName: this.requireManager().adminAccountName,
    };
    this.ledgerRecords.push(entry);
    this.balanceMinor = after;
    this.balanceVersion++;
    return entry;
  }

  /** Refuses a debit larger than the balance before any part of it is made. */
  private assertCovered(totalMinor: number): void {
    if (totalMinor > this.balanceMinor)
      throw problem('insufficient_balance', 'The company balance is too low', {
        required: this.money(totalMinor),
        available: this.money(this.balanceMinor),
      });
  }

  private admins(): MemberRecord[] {
    return [...this.members.values()].filter((m) => m.role === 'admin');
  }

  private assertNotLastAdmin(member: MemberRecord): void {
    if (member.role === 'admin' && this.admins().length === 1)
      throw problem('last_admin', 'The manager needs at least one administrator');
  }

  /** Keeps the manager's admin account pointing at an administrator. */
  private syncManagerAdmin(): void {
    const manager = this.requireManager();
    const current = this.members.get(manager.adminMemberId);
    if (current?.role === 'admin') return;
    const next = this.admins()[0];
    if (!next) return;
    manager.adminMemberId = next.id;
    manager.adminAccountName = next.accountName;
    manager.version++;
  }

  // ---- views ----------------------------------------------------------------

  private managerView = (m: ManagerRecord): Manager => ({ ...m, createdAt: iso(m.createdAt) });

  private departmentView = (d: DepartmentRecord): Department => ({
    id: d.id,
    name: d.name,
    memberCount: this.membersWhere((m) => m.departmentId === d.id).length,
    monthlyBudget: d.monthlyBudget,
    version: d.version,
  });

  private groupView = (g: GroupRecord): Group => ({
    id: g.id,
    name: g.name,
    memberCount: this.membersWhere((m) => m.groupIds.includes(g.id)).length,
    version: g.version,
  });

  private memberView = (m: MemberRecord): Member => {
    const link = this.links.get(m.id);
    return {
      id: m.id,
      accountName: m.accountName,
      displayName: m.displayName,
      email: m.email,
      departmentId: m.departmentId,
      groupIds: [...m.groupIds],
      role: m.role,
      status: link ? 'linked' : 'active',
      canSignIn: !link,
      sipProfileId: link?.profileId ?? null,
      credit: this.money(m.creditMinor),
      autoRecharge: m.autoRecharge && structuredClone(m.autoRecharge),
      features: { ...m.features },
      numberIds: this.numbersOf(m.id).map((n) => n.id),
      subscriptionIds: [...this.subscriptionRecords.values()].filter((s) => s.memberId === m.id).map((s) => s.id),
      usageReportingConsent: m.usageReportingConsent,
      joinedAt: iso(m.joinedAt),
      version: m.version,
    };
  };

  private invitationStatus(i: InvitationRecord): Invitation['status'] {
    return i.status === 'pending' && this.now().getTime() >= i.sentAt.getTime() + INVITATION_LIFETIME_MS ? 'expired' : i.status;
  }

  private invitationView = (i: InvitationRecord): Invitation => ({
    id: i.id,
    invitee: i.invitee,
    kind: i.kind,
    status: this.invitationStatus(i),
    departmentId: i.departmentId,
    groupIds: [...i.groupIds],
    sentAt: iso(i.sentAt),
    expiresAt: iso(new Date(i.sentAt.getTime() + INVITATION_LIFETIME_MS)),
  });

  private ledgerView = (e: LedgerRecord): LedgerEntry => ({
    id: e.id,
    kind: e.kind,
    amount: this.money(e.amountMinor),
    memberId: e.memberId,
    balanceAfter: this.money(e.balanceAfterMinor),
    createdAt: iso(e.createdAt),
    actorAccountName: e.actorAccountName,
  });

  private planView = (p: PlanSpec): Plan => ({
    id: p.id,
    name: p.name,
    description: p.description,
    minutesPerMonth: p.minutesPerMonth,
    destinations: [...p.destinations],
    countries: [...p.countries],
    price: this.money(p.priceMinor),
  });

  private subscriptionView = (s: SubscriptionRecord): Subscription => ({
    id: s.id,
    planId: s.planId,
    memberId: s.memberId,
    renewsAt: iso(s.renewsAt),
    version: s.version,
  });

  private routesToPbx(n: NumberRecord): boolean {
    if (!n.assignee) return false;
    return n.assignee.kind === 'sip_profile' || this.links.has(n.assignee.memberId);
  }

  private numberView = (n: NumberRecord): OnlineNumber => ({
    id: n.id,
    number: n.number,
    country: n.country,
    area: n.area,
    assignee: n.assignee && { ...n.assignee },
    routesToPbx: this.routesToPbx(n),
    monthlyPrice: this.money(n.monthlyPriceMinor),
    version: n.version,
  });

  private offeredView = (n: NumberSpec): AvailableNumber => ({
    number: n.number,
    country: n.country,
    area: n.area,
    monthlyPrice: this.money(n.monthlyPriceMinor),
  });

  private profileView = (p: ProfileRecord): SipProfile => ({
    id: p.id,
    name: p.name,
    status: p.status,
    channels: p.channels,
    authMode: p.authMode,
    linkedAccountCount: this.linkedTo(p.id).length,
    numberCount: this.profileNumbers(p.id).length,
    version: p.version,
  });

  private profileDetailView = (p: ProfileRecord): SipProfileDetail => {
    const detail: SipProfileDetail = {
      ...this.profileView(p),
      accounts: this.linkedTo(p.id).map(([member, link]) => ({
        memberId: member.id,
        accountName: member.accountName,
        displayName: member.displayName,
        extension: link.extension,
        numbers: this.numbersOf(member.id).map(numberRef),
      })),
      numbers: this.profileNumbers(p.id).map(numberRef),
    };
    if (p.pbxHost) detail.pbxHost = p.pbxHost;
    return detail;
  };

  private membersWhere(test: (m: MemberRecord) => boolean): MemberRecord[] {
    return [...this.members.values()].filter(test);
  }

  private numbersOf(memberId: string): NumberRecord[] {
    return [...this.numberRecords.values()].filter((n) => n.assignee?.kind === 'member' && n.assignee.memberId === memberId);
  }

  private profileNumbers(profileId: string): NumberRecord[] {
    return [...this.numberRecords.values()].filter(
      (n) => n.assignee?.kind === 'sip_profile' && n.assignee.sipProfileId === profileId,
    );
  }

  private linkedTo(profileId: string): [MemberRecord, Link][] {
    return [...this.links.entries()]
      .filter(([, link]) => link.profileId === profileId)
      .map(([memberId, link]) => [this.members.get(memberId) as MemberRecord, link]);
  }

  private touchProfile(assignee: NumberAssignee): void {
    if (assignee?.kind === 'sip_profile') {
      const profile = this.profiles.get(assignee.sipProfileId);
      if (profile) profile.version++;
    }
  }

  // ---- manager --------------------------------------------------------------

  getManager(): Reply<Manager> {
    return reply(this.managerView(this.requireManager()));
  }

  setUp(params: ManagerSetup): Reply<Manager> {
    if (this.manager) throw problem('already_set_up', 'The manager is already set up');
    const companyName = requireName(params.companyName, 'companyName', 200);
    if (!/^[A-Z]{2}$/.test(params.country)) throw problem('validation_failed', 'country must be ISO 3166-1 alpha-2', { field: 'country' });
    if (!/^[A-Z]{3}$/.test(params.currency)) throw problem('validation_failed', 'currency must be ISO 4217', { field: 'currency' });
    const { mode, accountName } = params.admin;
    if (!isAccountName(accountName)) throw problem('invalid_account_name', 'The account name does not follow the rule', { field: 'admin.accountName' });
    if (mode === 'new' && this.accounts.has(accountName.toLowerCase()))
      throw problem('account_name_taken', `${accountName} is already taken`, { field: 'admin.accountName' });
    this.accounts.add(accountName.toLowerCase());
    const department: DepartmentRecord = { id: this.nextId('dep'), name: 'General', monthlyBudget: null, version: 1 };
    const adminId = this.nextId('mem');
    this.manager = {
      id: this.nextId('mgr'),
      companyName,
      country: params.country,
      currency: params.currency,
      adminAccountName: accountName,
      adminMemberId: adminId,
      createdAt: this.now(),
      version: 1,
    };
    this.departments.set(department.id, department);
    this.members.set(adminId, {
      id: adminId,
      accountName,
      displayName: accountName,
      email: null,
      departmentId: department.id,
      groupIds: [],
      role: 'admin',
      creditMinor: 0,
      autoRecharge: null,
      features: { ...DEFAULT_FEATURES },
      usageReportingConsent: true,
      joinedAt: this.now(),
      version: 1,
    });
    return reply(this.managerView(this.manager), 201);
  }

  updateManager(params: ManagerUpdate): Reply<Manager> {
    const manager = this.requireManager();
    this.assertVersion(manager, params.version, this.managerView);
    if (params.country !== undefined && !/^[A-Z]{2}$/.test(params.country))
      throw problem('validation_failed', 'country must be ISO 3166-1 alpha-2', { field: 'country' });
    if (params.currency !== undefined && params.currency !== manager.currency) {
      if (!/^[A-Z]{3}$/.test(params.currency)) throw problem('validation_failed', 'currency must be ISO 4217', { field: 'currency' });
      if (this.ledgerRecords.length > 0)
        throw problem('validation_failed', 'The currency cannot change once credit has moved', { field: 'currency' });
    }
    if (params.companyName !== undefined) manager.companyName = requireName(params.companyName, 'companyName', 200);
    if (params.country !== undefined) manager.country = params.country;
    if (params.currency !== undefined) manager.currency = params.currency;
    manager.version++;
    return reply(this.managerView(manager));
  }

  accountAvailability(name: string): Reply<AccountAvailability> {
    const valid = isAccountName(name);
    const taken = valid && this.accounts.has(name.toLowerCase());
    const body: AccountAvailability = { accountName: name, valid, available: valid && !taken };
    if (!valid) body.reason = 'invalid_account_name';
    else if (taken) body.reason = 'account_name_taken';
    return reply(body);
  }

  // ---- departments and groups -----------------------------------------------

  listDepartments(): Reply<Department[]> {
    this.requireManager();
    return reply([...this.departments.values()].map(this.departmentView));
  }

  createDepartment(params: DepartmentCreate): Reply<Department> {
    this.requireManager();
    if (params.monthlyBudget) this.assertAmount(params.monthlyBudget, 'monthlyBudget');
    const department: DepartmentRecord = {
      id: this.nextId('dep'),
      name: requireName(params.name),
      monthlyBudget: params.monthlyBudget ?? null,
      version: 1,
    };
    this.departments.set(department.id, department);
    return reply(this.departmentView(department), 201);
  }

  updateDepartment(id: string, params: DepartmentUpdate): Reply<Department> {
    const department = this.find(this.departments, id, 'department');
    this.assertVersion(department, params.version, this.departmentView);
    if (params.monthlyBudget) this.assertAmount(params.monthlyBudget, 'monthlyBudget');
    if (params.name !== undefined) department.name = requireName(params.name);
    if (params.monthlyBudget !== undefined) department.monthlyBudget = params.monthlyBudget;
    department.version++;
    return reply(this.departmentView(department));
  }

  deleteDepartment(id: string, version: number): Reply<undefined> {
    const department = this.find(this.departments, id, 'department');
    this.assertVersion(department, version, this.departmentView);
    if (this.departmentView(department).memberCount > 0)
      throw problem('conflict', 'Move the members of this department first', { current: this.departmentView(department) });
    this.departments.delete(id);
    return reply(undefined, 204);
  }

  listGroups(): Reply<Group[]> {
    this.requireManager();
    return reply([...this.groups.values()].map(this.groupView));
  }

  createGroup(params: GroupCreate): Reply<Group> {
    this.requireManager();
    const group: GroupRecord = { id: this.nextId('grp'), name: requireName(params.name), version: 1 };
    this.groups.set(group.id, group);
    return reply(this.groupView(group), 201);
  }

  updateGroup(id: string, params: GroupUpdate): Reply<Group> {
    const group = this.find(this.groups, id, 'group');
    this.assertVersion(group, params.version, this.groupView);
    if (params.name !== undefined) group.name = requireName(params.name);
    group.version++;
    return reply(this.groupView(group));
  }

  deleteGroup(id: string, version: number): Reply<undefined> {
    const group = this.find(this.groups, id, 'group');
    this.assertVersion(group, version, this.groupView);
    if (this.groupView(group).memberCount > 0)
      throw problem('conflict', 'Remove the members of this group first', { current: this.groupView(group) });
    this.groups.delete(id);
    return reply(undefined, 204);
  }

  // ---- members ----------------------------------------------------------------

  listMembers(q: MemberQuery = {}): Reply<Page<Member>> {
    this.requireManager();
    const needle = q.query ? fold(q.query.trim()) : '';
    const matches = this.membersWhere(
      (m) =>
        (!needle || [m.displayName, m.accountName, m.email ?? ''].some((field) => fold(field).includes(needle))) &&
        (!q.departmentId || m.departmentId === q.departmentId) &&
        (!q.groupId || m.groupIds.includes(q.groupId)) &&
        (!q.role || m.role === q.role) &&
        (!q.status || (this.links.has(m.id) ? 'linked' : 'active') === q.status),
    );
    const key = this.memberSortKey(q.sort ?? 'name');
    const direction = q.order === 'desc' ? -1 : 1;
    matches.sort((a, b) => direction * key(a, b) || collator.compare(a.id, b.id));
    const result = page(matches, q.offset, q.limit);
    return reply({ items: result.items.map(this.memberView), total: result.total });
  }

  private memberSortKey(sort: NonNullable<MemberQuery['sort']>): (a: MemberRecord, b: MemberRecord) => number {
    const departmentName = (m: MemberRecord): string => this.departments.get(m.departmentId)?.name ?? '';
    switch (sort) {
      case 'accountName':
        return (a, b) => collator.compare(a.accountName, b.accountName);
      case 'department':
        return (a, b) => collator.compare(departmentName(a), departmentName(b)) || collator.compare(a.displayName, b.displayName);
      case 'credit':
        return (a, b) => a.creditMinor - b.creditMinor;
      case 'joinedAt':
        return (a, b) => a.joinedAt.getTime() - b.joinedAt.getTime();
      case 'name':
        return (a, b) => collator.compare(a.displayName, b.displayName);
    }
  }

  getMember(id: string): Reply<Member> {
    return reply(this.memberView(this.find(this.members, id, 'member')));
  }

  updateMember(id: string, params: MemberUpdate): Reply<Member> {
    const member = this.find(this.members, id, 'member');
    this.assertVersion(member, params.version, this.memberView);
    if (params.departmentId !== undefined) this.requireRef(this.departments, params.departmentId, 'departmentId');
    for (const groupId of params.groupIds ?? []) this.requireRef(this.groups, groupId, 'groupIds');
    if (params.role === 'member') this.assertNotLastAdmin(member);
    if (params.role === 'admin' && this.links.has(id)) throw this.adminLinkRefusal(member);
    if (params.departmentId !== undefined) member.departmentId = params.departmentId;
    if (params.groupIds !== undefined) member.groupIds = [...new Set(params.groupIds)];
    if (params.role !== undefined) member.role = params.role;
    member.version++;
    this.syncManagerAdmin();
    return reply(this.memberView(member));
  }

  removeMember(id: string, version: number): Reply<MemberRemoval> {
    const member = this.find(this.members, id, 'member');
    this.assertVersion(member, version, this.memberView);
    this.assertNotLastAdmin(member);
    const link = this.links.get(id);
    if (link) {
      this.links.delete(id);
      this.touchProfile({ kind: 'sip_profile', sipProfileId: link.profileId });
    }
    const reclaimed = member.creditMinor;
    if (reclaimed > 0) this.post('reclaim', reclaimed, id);
    const releasedNumberIds = this.numbersOf(id).map((n) => {
      n.assignee = null;
      n.version++;
      return n.id;
    });
    const cancelledSubscriptionIds = [...this.subscriptionRecords.values()]
      .filter((s) => s.memberId === id)
      .map((s) => {
        this.subscriptionRecords.delete(s.id);
        return s.id;
      });
    this.members.delete(id);
    this.syncManagerAdmin();
    return reply({ reclaimed: this.money(reclaimed), releasedNumberIds, cancelledSubscriptionIds });
  }

  setFeatures(id: string, params: MemberFeaturesUpdate): Reply<Member> {
    const member = this.find(this.members, id, 'member');
    this.assertVersion(member, params.version, this.memberView);
    member.features = { ...params.features };
    member.version++;
    return reply(this.memberView(member));
  }

  setFeaturesOf(params: BulkFeaturesUpdate): Reply<MemberList> {
    this.requireManager();
    if (params.memberIds.length === 0) throw problem('validation_failed', 'memberIds must not be empty', { field: 'memberIds' });
    if (Object.keys(params.features).length === 0)
      throw problem('validation_failed', 'features must switch at least one feature', { field: 'features' });
    const members = [...new Set(params.memberIds)].map((id) => this.find(this.members, id, 'member'));
    for (const member of members) {
      member.features = { ...member.features, ...params.features };
      member.version++;
    }
    return reply({ items: members.map(this.memberView) });
  }

  // ---- invitations ----------------------------------------------------------

  listInvitations(status?: Invitation['status']): Reply<Invitation[]> {
    this.requireManager();
    const all = [...this.invitations.values()].map(this.invitationView);
    return reply(status ? all.filter((i) => i.status === status) : all);
  }

  invite(params: InvitationCreate): Reply<InvitationBatch> {
    this.requireManager();
    if (params.invitees.length < 1 || params.invitees.length > 200)
      throw problem('validation_failed', 'invitees must hold 1 to 200 entries', { field: 'invitees' });
    this.requireRef(this.departments, params.departmentId, 'departmentId');
    for (const groupId of params.groupIds) this.requireRef(this.groups, groupId, 'groupIds');
    const created: Invitation[] = [];
    const rejected: InvitationRejection[] = [];
    for (const raw of params.invitees) {
      const invitee = raw.trim();
      const code = this.inviteeProblem(invitee);
      if (code) {
        rejected.push({ invitee: raw, code });
        continue;
      }
      const record: InvitationRecord = {
        id: this.nextId('inv'),
        invitee,
        kind: EMAIL.test(invitee) ? 'email' : 'account',
        status: 'pending',
        departmentId: params.departmentId,
        groupIds: [...new Set(params.groupIds)],
        sentAt: this.now(),
      };
      this.invitations.set(record.id, record);
      created.push(this.invitationView(record));
    }
    return reply({ created, rejected }, 201);
  }

  private inviteeProblem(invitee: string): InvitationRejection['code'] | null {
    if (!EMAIL.test(invitee) && !isAccountName(invitee)) return 'invalid_invitee';
    const same = (value: string | null): boolean => value !== null && value.toLowerCase() === invitee.toLowerCase();
    if (this.membersWhere((m) => same(m.accountName) || same(m.email)).length > 0) return 'already_member';
    const pending = [...this.invitations.values()].some((i) => same(i.invitee) && this.invitationStatus(i) === 'pending');
    return pending ? 'conflict' : null;
  }

  private pendingInvitation(id: string, allowExpired = false): InvitationRecord {
    const invitation = this.find(this.invitations, id, 'invitation');
    const status = this.invitationStatus(invitation);
    if (status !== 'pending' && !(allowExpired && status === 'expired'))
      throw problem('invitation_not_pending', `The invitation is ${status}`, { current: this.invitationView(invitation) });
    return invitation;
  }

  resendInvitation(id: string): Reply<Invitation> {
    const invitation = this.pendingInvitation(id, true);
    invitation.status = 'pending';
    invitation.sentAt = this.now();
    return reply(this.invitationView(invitation));
  }

  cancelInvitation(id: string): Reply<Invitation> {
    const invitation = this.pendingInvitation(id);
    invitation.status = 'cancelled';
    return reply(this.invitationView(invitation));
  }

  /** The invitee accepts: the account joins as a member (not an admin operation of the contract). */
  acceptInvitation(id: string, acceptance: Acceptance): Reply<Member> {
    const invitation = this.pendingInvitation(id);
    const accountName =
      invitation.kind === 'account' ? invitation.invitee : (acceptance.accountName ?? `live:.cid.${invitation.id.replace(/\W/g, '')}`);
    if (!isAccountName(accountName)) throw problem('invalid_account_name', 'The account name does not follow the rule', { field: 'accountName' });
    const member: MemberRecord = {
      id: this.nextId('mem'),
      accountName,
      displayName: requireName(acceptance.displayName, 'displayName', 120),
      email: invitation.kind === 'email' ? invitation.invitee : null,
      departmentId: this.departments.has(invitation.departmentId) ? invitation.departmentId : this.defaultDepartmentId(),
      groupIds: invitation.groupIds.filter((g) => this.groups.has(g)),
      role: 'member',
      creditMinor: 0,
      autoRecharge: null,
      features: { ...DEFAULT_FEATURES },
      usageReportingConsent: acceptance.usageReportingConsent ?? true,
      joinedAt: this.now(),
      version: 1,
    };
    invitation.status = 'accepted';
    this.accounts.add(accountName.toLowerCase());
    this.members.set(member.id, member);
    return reply(this.memberView(member), 201);
  }

  /** The invitee declines. */
  declineInvitation(id: string): Reply<Invitation> {
    const invitation = this.pendingInvitation(id);
    invitation.status = 'declined';
    return reply(this.invitationView(invitation));
  }

  private defaultDepartmentId(): string {
    const first = this.departments.keys().next();
    if (first.done) throw problem('internal', 'No department to join');
    return first.value;
  }

  // ---- credit -----------------------------------------------------------------

  private usedThisMonthMinor(): number {
    const now = this.now();
    return this.ledgerRecords
      .filter(
        (e) =>
          e.kind === 'purchase' &&
          e.createdAt.getUTCFullYear() === now.getUTCFullYear() &&
          e.createdAt.getUTCMonth() === now.getUTCMonth(),
      )
      .reduce((total, e) => total + e.amountMinor, 0);
  }

  getBalance(): Reply<Balance> {
    this.requireManager();
    return reply({
      balance: this.money(this.balanceMinor),
      purchaseLimit: {
        perPurchase: this.money(this.limits.perPurchaseMinor),
        monthly: this.money(this.limits.monthlyMinor),
        usedThisMonth: this.money(this.usedThisMonthMinor()),
      },
      reclaimPolicy: this.reclaimPolicy,
      version: this.balanceVersion,
    });
  }

  purchaseCredit(key: string | null | undefined, params: PurchaseCreate): Reply<Purchase> {
    this.requireManager();
    return this.withIdempotency(key, 'purchase', params, () => {
      this.assertAmount(params.amount);
      const amount = params.amount.amountMinor;
      if (amount > this.limits.perPurchaseMinor)
        throw problem('purchase_limit_exceeded', 'The amount is above the per-purchase limit', {
          limit: 'perPurchase',
          max: this.money(this.limits.perPurchaseMinor),
        });
      const left = this.limits.monthlyMinor - this.usedThisMonthMinor();
      if (amount > left)
        throw problem('purchase_limit_exceeded', 'The amount is above what the monthly limit leaves', {
          limit: 'monthly',
          max: this.money(Math.max(left, 0)),
        });
      const entry = this.post('purchase', amount);
      return reply({ id: entry.id, amount: this.money(amount), createdAt: iso(entry.createdAt), balance: this.money(this.balanceMinor) }, 201);
    });
  }

  allocateCredit(key: string | null | undefined, params: AllocationCreate): Reply<AllocationResult> {
    this.requireManager();
    return this.withIdempotency(key, 'allocation', params, () => {
      if (params.memberIds.length === 0) throw problem('validation_failed', 'memberIds must not be empty', { field: 'memberIds' });
      if (new Set(params.memberIds).size !== params.memberIds.length)
        throw problem('validation_failed', 'memberIds must not repeat', { field: 'memberIds' });
      this.assertAmount(params.amount);
      const members = params.memberIds.map((id) => this.find(this.members, id, 'member'));
      this.assertCovered(params.amount.amountMinor * members.length);
      const allocations: Allocation[] = members.map((member) => {
        const entry = this.post('allocation', -params.amount.amountMinor, member.id);
        member.creditMinor += params.amount.amountMinor;
        return { id: entry.id, memberId: member.id, amount: this.money(params.amount.amountMinor) };
      });
      return reply({ allocations, balance: this.money(this.balanceMinor) }, 201);
    });
  }

  setAutoRecharge(id: string, params: AutoRechargeUpdate): Reply<Member> {
    const member = this.find(this.members, id, 'member');
    this.assertVersion(member, params.version, this.memberView);
    const rule = params.autoRecharge;
    if (rule) {
      this.assertAmount(rule.amount, 'autoRecharge.amount');
      this.assertAmount(rule.threshold, 'autoRecharge.threshold');
      this.assertAmount(rule.monthlyCap, 'autoRecharge.monthlyCap');
      if (!(rule.threshold.amountMinor < rule.amount.amountMinor && rule.amount.amountMinor <= rule.monthlyCap.amountMinor))
        throw problem('validation_failed', 'threshold < amount <= monthlyCap', { field: 'autoRecharge' });
    }
    member.autoRecharge = rule && structuredClone(rule);
    member.version++;
    return reply(this.memberView(member));
  }

  reclaimCredit(key: string | null | undefined, params: ReclaimCreate): Reply<Reclaim> {
    this.requireManager();
    return this.withIdempotency(key, 'reclaim', params, () => {
      if (this.reclaimPolicy === 'never') throw problem('reclaim_not_allowed', 'The reclaim policy does not allow taking credit back');
      this.assertAmount(params.amount);
      const member = this.find(this.members, params.memberId, 'member');
      if (params.amount.amountMinor > member.creditMinor)
        throw problem('insufficient_member_credit', 'The member has less unused credit', { available: this.money(member.creditMinor) });
      const entry = this.post('reclaim', params.amount.amountMinor, member.id);
      member.creditMinor -= params.amount.amountMinor;
      return reply({ id: entry.id, memberId: member.id, amount: this.money(params.amount.amountMinor), balance: this.money(this.balanceMinor) }, 201);
    });
  }

  getLedger(q: LedgerQuery = {}): Reply<LedgerPage> {
    this.requireManager();
    const from = q.from ? this.instant(q.from, 'from', false) : -Infinity;
    const to = q.to ? this.instant(q.to, 'to', true) : Infinity;
    const matches = this.ledgerRecords
      .filter(
        (e) =>
          (!q.kind || e.kind === q.kind) &&
          (!q.memberId || e.memberId === q.memberId) &&
          e.createdAt.getTime() >= from &&
          e.createdAt.getTime() <= to,
      )
      .reverse();
    const result = page(matches, q.offset, q.limit);
    const sumMinor = matches.reduce((total, e) => total + e.amountMinor, 0);
    return reply({ items: result.items.map(this.ledgerView), total: result.total, sum: this.money(sumMinor) });
  }

  /** A date or date-time as epoch milliseconds; a bare date covers its whole day. */
  private instant(value: string, field: string, endOfDay: boolean): number {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const time = Date.parse(day ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(time)) throw problem('validation_failed', `${field} must be a date or date-time`, { field });
    return day && endOfDay ? time + DAY_MS - 1 : time;
  }

  // ---- subscriptions and numbers -----------------------------------------------

  listPlans(): Reply<Plan[]> {
    this.requireManager();
    return reply(this.planSpecs.map(this.planView));
  }

  listSubscriptions(): Reply<Subscription[]> {
    this.requireManager();
    return reply([...this.subscriptionRecords.values()].map(this.subscriptionView));
  }

  buySubscriptions(key: string | null | undefined, params: SubscriptionPurchase): Reply<SubscriptionPurchaseResult> {
    this.requireManager();
    return this.withIdempotency(key, 'subscription', params, () => {
      const plan = this.planSpecs.find((p) => p.id === params.planId);
      if (!plan) throw problem('plan_unavailable', `Plan ${params.planId} is not offered`);
      if (!Number.isInteger(params.quantity) || params.quantity < 1 || params.quantity > 100)
        throw problem('validation_failed', 'quantity must be an integer from 1 to 100', { field: 'quantity' });
      this.post('subscription', -plan.priceMinor * params.quantity);
      const items = Array.from({ length: params.quantity }, () => {
        const record: SubscriptionRecord = { id: this.nextId('sub'), planId: plan.id, memberId: null, renewsAt: addMonths(this.now(), 1), version: 1 };
        this.subscriptionRecords.set(record.id, record);
        return this.subscriptionView(record);
      });
      return reply({ items, balance: this.money(this.balanceMinor) }, 201);
    });
  }

  assignSubscription(id: string, params: SubscriptionAssignment): Reply<Subscription> {
    const subscription = this.find(this.subscriptionRecords, id, 'subscription');
    this.assertVersion(subscription, params.version, this.subscriptionView);
    if (params.memberId !== null) this.requireRef(this.members, params.memberId, 'memberId');
    subscription.memberId = params.memberId;
    subscription.version++;
    return reply(this.subscriptionView(subscription));
  }

  listNumbers(): Reply<OnlineNumber[]> {
    this.requireManager();
    return reply([...this.numberRecords.values()].map(this.numberView));
  }

  listAvailableNumbers(country?: string): Reply<AvailableNumber[]> {
    this.requireManager();
    const offered = [...this.offered.values()].filter((n) => !country || n.country === country.toUpperCase());
    return reply(offered.map(this.offeredView));
  }

  buyNumber(key: string | null | undefined, params: NumberPurchase): Reply<NumberPurchaseResult> {
    this.requireManager();
    return this.withIdempotency(key, 'number', params, () => {
      if (!E164.test(params.number)) throw problem('validation_failed', 'number must be E.164', { field: 'number' });
      const spec = this.offered.get(params.number);
      if (!spec) throw problem('number_unavailable', `${params.number} is not available`);
      this.post('number', -spec.monthlyPriceMinor);
      this.offered.delete(spec.number);
      const record: NumberRecord = { ...spec, id: this.nextId('num'), assignee: null, version: 1 };
      this.numberRecords.set(record.id, record);
      return reply({ item: this.numberView(record), balance: this.money(this.balanceMinor) }, 201);
    });
  }

  assignNumber(id: string, params: NumberAssignment): Reply<OnlineNumber> {
    const number = this.find(this.numberRecords, id, 'number');
    this.assertVersion(number, params.version, this.numberView);
    this.assertAssignee(params.assignee);
    this.touchProfile(number.assignee);
    number.assignee = params.assignee && { ...params.assignee };
    this.touchProfile(number.assignee);
    number.version++;
    return reply(this.numberView(number));
  }

  private assertAssignee(assignee: NumberAssignee): void {
    if (!assignee) return;
    if (assignee.kind === 'sip_profile') {
      this.requireRef(this.profiles, assignee.sipProfileId, 'assignee.sipProfileId');
      return;
    }
    const member = this.requireRef(this.members, assignee.memberId, 'assignee.memberId');
    if (!member.features.onlineNumber) throw problem('number_assignee_invalid', 'Online numbers are switched off for this member');
  }

  // ---- SIP profiles -------------------------------------------------------------

  /** Provisions a SIP profile (done by the service operator, not through the contract). */
  addSipProfile(spec: SipProfileSpec): SipProfileDetail {
    this.requireManager();
    const profile: ProfileRecord = { ...spec, id: this.nextId('sip'), version: 1 };
    this.profiles.set(profile.id, profile);
    return this.profileDetailView(profile);
  }

  listSipProfiles(): Reply<SipProfile[]> {
    this.requireManager();
    return reply([...this.profiles.values()].map(this.profileView));
  }

  getSipProfile(id: string): Reply<SipProfileDetail> {
    return reply(this.profileDetailView(this.find(this.profiles, id, 'SIP profile')));
  }

  listSipCandidates(id: string, query?: string): Reply<SipCandidate[]> {
    this.find(this.profiles, id, 'SIP profile');
    const needle = query ? fold(query.trim()) : '';
    const candidates = this.membersWhere((m) => !needle || fold(`${m.displayName} ${m.accountName}`).includes(needle))
      .sort((a, b) => collator.compare(a.displayName, b.displayName))
      .map((m) => this.candidateView(m));
    return reply(candidates);
  }

  private candidateView(m: MemberRecord): SipCandidate {
    const numbers = this.numbersOf(m.id).map(numberRef);
    const base = { memberId: m.id, accountName: m.accountName, displayName: m.displayName, numbers };
    const link = this.links.get(m.id);
    if (link) {
      const profile = this.profiles.get(link.profileId);
      return { ...base, available: false, reason: 'account_already_linked', linkedProfileId: link.profileId, linkedProfileName: profile?.name ?? '' };
    }
    if (m.role === 'admin') return { ...base, available: false, reason: 'admin_cannot_be_linked' };
    return { ...base, available: true };
  }

  private adminLinkRefusal(member: MemberRecord) {
    return problem('admin_cannot_be_linked', `${member.accountName} is an administrator and cannot be linked to a SIP profile`);
  }

  linkAccount(profileId: string, params: SipAccountLink): Reply<SipProfileDetail> {
    const profile = this.find(this.profiles, profileId, 'SIP profile');
    const member = this.find(this.members, params.memberId, 'member');
    this.assertVersion(profile, params.version, this.profileDetailView);
    const extension = params.extension ?? null;
    if (extension !== null && !EXTENSION.test(extension))
      throw problem('invalid_extension', 'An extension number has 1 to 8 digits', { field: 'extension' });
    if (member.role === 'admin') throw this.adminLinkRefusal(member);
    const existing = this.links.get(member.id);
    if (existing) {
      const linked = this.profiles.get(existing.profileId);
      throw problem('account_already_linked', `${member.accountName} is already linked to a SIP profile`, {
        profileId: existing.profileId,
        profileName: linked?.name ?? '',
      });
    }
    this.links.set(member.id, { profileId, extension });
    profile.version++;
    return reply(this.profileDetailView(profile), 201);
  }

  unlinkAccount(profileId: string, memberId: string, version: number): Reply<SipProfileDetail> {
    const profile = this.find(this.profiles, profileId, 'SIP profile');
    this.assertVersion(profile, version, this.profileDetailView);
    if (this.links.get(memberId)?.profileId !== profileId)
      throw problem('account_not_linked', `Account ${memberId} is not linked to this SIP profile`);
    this.links.delete(memberId);
    profile.version++;
    return reply(this.profileDetailView(profile));
  }

  linkNumber(profileId: string, params: SipNumberLink): Reply<SipProfileDetail> {
    const profile = this.find(this.profiles, profileId, 'SIP profile');
    const number = this.find(this.numberRecords, params.numberId, 'number');
    this.assertVersion(profile, params.version, this.profileDetailView);
    if (number.assignee) throw problem('number_already_linked', `${number.number} is already assigned`, { assignee: number.assignee });
    number.assignee = { kind: 'sip_profile', sipProfileId: profileId };
    number.version++;
    profile.version++;
    return reply(this.profileDetailView(profile), 201);
  }

  unlinkNumber(profileId: string, numberId: string, version: number): Reply<SipProfileDetail> {
    const profile = this.find(this.profiles, profileId, 'SIP profile');
    this.assertVersion(profile, version, this.profileDetailView);
    const number = this.profileNumbers(profileId).find((n) => n.id === numberId);
    if (!number) throw problem('not_found', `Number ${numberId} is not assigned to this SIP profile`, { id: numberId });
    number.assignee = null;
    number.version++;
    profile.version++;
    return reply(this.profileDetailView(profile));
  }

  // ---- reports -------------------------------------------------------------------

  usageReport(query: ReportQuery): Reply<UsageReport> {
    return reply(buildUsageReport(this.reportSource(), query));
  }

  spendReport(query: ReportQuery): Reply<SpendReport> {
    return reply(buildSpendReport(this.reportSource(), query));
  }

  callReport(query: CallReportQuery): Reply<CallPage> {
    return reply(buildCallReport(this.reportSource(), query));
  }

  budgetReport(): Reply<BudgetReport> {
    return reply(buildBudgetReport(this.reportSource()));
  }

  private reportSource(): ReportSource {
    const manager = this.requireManager();
    const now = this.now();
    return {
      currency: manager.currency,
      today: dayNumber(now),
      heldFrom: dayNumber(addMonths(now, -HISTORY_MONTHS)),
      usage: this.usage,
      members: [...this.members.values()].map((m) => ({
        id: m.id,
        name: m.displayName,
        departmentId: m.departmentId,
        groupIds: m.groupIds,
        consent: m.usageReportingConsent,
      })),
      departments: [...this.departments.values()].map((d) => ({ id: d.id, name: d.name, monthlyBudget: d.monthlyBudget })),
      groups: [...this.groups.values()].map((g) => ({ id: g.id, name: g.name })),
      ledger: this.ledgerRecords.map((e) => ({ kind: e.kind, amountMinor: e.amountMinor, memberId: e.memberId, day: dayNumber(e.createdAt) })),
      recurring: [
        ...[...this.subscriptionRecords.values()].map((s) => ({
          kind: 'subscriptions' as const,
          memberId: s.memberId,
          monthlyMinor: this.planSpecs.find((p) => p.id === s.planId)?.priceMinor ?? 0,
        })),
        ...[...this.numberRecords.values()].map((n) => ({
          kind: 'numbers' as const,
          memberId: n.assignee?.kind === 'member' ? n.assignee.memberId : null,
          monthlyMinor: n.monthlyPriceMinor,
        })),
      ],
    };
  }

  // ---- help -----------------------------------------------------------------------

  sendFeedback(params: Feedback): Reply<FeedbackReceipt> {
    const articleId = requireName(params.articleId, 'articleId', 200);
    if (params.comment && params.comment.length > 2000)
      throw problem('validation_failed', 'comment must have at most 2000 characters', { field: 'comment' });
    if (!['en', 'pl', 'fr'].includes(params.locale)) throw problem('validation_failed', 'locale must be en, pl or fr', { field: 'locale' });
    const id = this.nextId('fbk');
    this.feedbackItems.push({ id, articleId, helpful: params.helpful, comment: params.comment ?? null, locale: params.locale });
    return reply({ id }, 202);
  }

  // ---- inspection (tests and stories) ------------------------------------------------

  /** Every ledger entry, oldest first. */
  ledgerEntries(): LedgerEntry[] {
    return this.ledgerRecords.map(this.ledgerView);
  }

  balanceMinorUnits(): number {
    return this.balanceMinor;
  }

  feedback(): readonly { id: string; articleId: string; helpful: boolean; comment: string | null; locale: string }[] {
    return this.feedbackItems;
  }
}
