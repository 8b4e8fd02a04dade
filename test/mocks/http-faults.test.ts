/**
 * The money and record rules over the HTTP surface of the mock, with faults:
 * two administrators, each with the REST adapter a page uses, run random
 * operations against one MSW server while answers are lost after the backend
 * acted, refused with 503 before it acted, or the network is down. Each
 * client retries an unknown outcome with the same idempotency key (as the
 * console does) a random number of times, or gives up; edits carry the
 * version the client last read. After every request the backend, read
 * directly, must agree with the model in `http-model.ts`.
 *
 * The seed is printed at the start; `FC_SEED=<seed>` (and `FC_PATH=<path>`
 * from a failure's report) replays a run. `FC_RUNS` sets the number of
 * sequences: the default keeps `npm test` within seconds; for a soak, e.g.
 * `FC_RUNS=5000 npx vitest run --project node test/mocks/http-faults.test.ts`
 * (a few minutes).
 */
import fc from 'fast-check';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRestAdapter } from '../../src/adapter/rest.js';
import type { DialkitAdapter } from '../../src/adapter/adapter.js';
import { isOutcomeUnknown, type Result } from '../../src/core/errors.js';
import { createControl, type MockControl } from '../../mocks/control.js';
import { createHandlers } from '../../mocks/handlers.js';
import type { MockBackend } from '../../mocks/backend/index.js';
import type { Member, OnlineNumber, Subscription } from '../../src/adapter/types.js';
import { pln, smallCompany } from './fixtures.js';
import {
  editRefusal,
  expectAnswerOf,
  expectEditEffect,
  expectInvariants,
  expectMoneyEffect,
  moneyRefusal,
  otherBody,
  sendEdit,
  sendMoney,
  snapshot,
  target,
  type Edit,
  type Effect,
  type MoneyAnswer,
  type MoneyRequest,
  type Snapshot,
} from './http-model.js';

const BASE = 'http://dialkit.test/api';
const SIZE = 3;
const seed = Number(process.env.FC_SEED ?? (Date.now() ^ (Math.random() * 0x1_0000_0000)));
const numRuns = Number(process.env.FC_RUNS ?? 200);
/** Without FC_RUNS, the sequences stop after this long: a loaded machine runs fewer, never times out. */
const budget = process.env.FC_RUNS ? undefined : 20_000;
// A run takes some tens of milliseconds, hundreds on a loaded machine; a soak gets the time it needs.
const timeout = budget ? budget + 60_000 : 30_000 + numRuns * 100;

type FaultKind = 'none' | 'lost' | 'unavailable' | 'offline';

const faultKind = fc.oneof(
  { arbitrary: fc.constant<FaultKind>('none'), weight: 3 },
  { arbitrary: fc.constantFrom<FaultKind>('lost', 'unavailable', 'offline'), weight: 2 },
);
/** One fault per attempt: the client stops at the first definite answer, or gives up after the last attempt. */
const attempts = fc.array(faultKind, { minLength: 1, maxLength: 4 });
const member = fc.nat(SIZE);
// Mostly amounts the balance and members' credit can cover, some beyond them and beyond the purchase limits.
const amount = fc.oneof(fc.integer({ min: 1, max: 60_000 }), fc.integer({ min: 60_000, max: 2_400_000 }));
const small = fc.oneof(fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 20_000, max: 300_000 }));

/** A command of one of the two administrators, with the faults its attempts meet. */
const command = <T extends { kind: string }>(what: fc.Arbitrary<T>) =>
  fc.tuple(what, fc.constantFrom(0, 1), attempts).map(([c, admin, faults]) => ({ ...c, admin, attempts: faults }));
const kind = <K extends string>(k: K) => fc.constant(k);

const commands = fc.oneof(
  command(fc.record({ kind: kind('buy'), amount })),
  command(fc.record({ kind: kind('allocate'), members: fc.uniqueArray(member, { minLength: 1, maxLength: SIZE + 1 }), amount: small })),
  command(fc.record({ kind: kind('reclaim'), member, share: fc.integer({ min: 1, max: 120 }) })),
  command(fc.record({ kind: kind('subscribe'), plan: fc.nat(3), quantity: fc.integer({ min: 1, max: 12 }) })),
  command(fc.record({ kind: kind('number'), pick: fc.nat(4) })),
  // A subscription (assign) or number (give) the administrator has read, to a member or to no one.
  command(fc.record({ kind: kind('assign'), pick: fc.nat(), member: fc.option(member) })),
  command(fc.record({ kind: kind('give'), pick: fc.nat(), member: fc.option(member) })),
  command(fc.record({ kind: kind('role'), member, role: fc.constantFrom('admin' as const, 'member' as const) })),
  command(fc.record({ kind: kind('move'), member, department: fc.nat(1) })),
  command(fc.record({ kind: kind('remove'), member })),
  command(fc.record({ kind: kind('refresh') })),
  // Sending a request again with its key: a double click, or a retry after coming back to it.
  command(fc.record({ kind: kind('again'), pick: fc.nat() })),
  // A key sent again with another body: a client that did not make a new key for a new request.
  command(fc.record({ kind: kind('reuse'), pick: fc.nat() })),
);
type Command = typeof commands extends fc.Arbitrary<infer C> ? C : never;

/** What one administrator's console knows: the records it last read, and the keyed requests it sent. */
interface Admin {
  name: string;
  api: DialkitAdapter;
  members: Map<string, Member>;
  subscriptions: Map<string, Subscription>;
  numbers: Map<string, OnlineNumber>;
  sent: { key: string; request: MoneyRequest }[];
}

/** What the backend remembers of a key that went through: the first answer when a client has seen it. */
interface KeyRecord {
  fingerprint: string;
  effect: Effect;
  answer?: MoneyAnswer;
}

interface World {
  backend: MockBackend;
  memberIds: string[];
  departments: string[];
  plans: string[];
  /** Some numbers on offer when the consoles opened. */
  offered: string[];
  admins: Admin[];
  known: Map<string, KeyRecord>;
  keys: number;
}

interface Outcome<T> {
  before: Snapshot;
  after: Snapshot;
  /** Whether the backend saw the request (no fault, or its answer lost). */
  reached: boolean;
  /** The answer the client read, if one came back. */
  answer?: Result<T>;
}

const control: MockControl = createControl();
const server = setupServer();
const apis = [createRestAdapter({ baseUrl: BASE }), createRestAdapter({ baseUrl: BASE })];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** Sends one request under one fault, and checks what every request keeps. */
async function attempt<T>(world: World, fault: FaultKind, send: () => Promise<Result<T>>): Promise<Outcome<T>> {
  const before = snapshot(world.backend);
  Object.assign(control, { failNext: fault === 'unavailable' ? 1 : 0, loseAnswers: fault === 'lost' ? 1 : 0, offline: fault === 'offline' });
  const result = await send();
  Object.assign(control, { failNext: 0, loseAnswers: 0, offline: false });
  const after = snapshot(world.backend);
  expectInvariants(before, after);
  if (fault !== 'none') expect(result).toMatchObject({ ok: false, error: fault === 'unavailable' ? { code: 'internal', status: 503 } : { code: 'network' } });
  if (fault === 'unavailable' || fault === 'offline') expect(after, 'a request stopped before the backend changed something').toEqual(before);
  return { before, after, reached: fault === 'none' || fault === 'lost', answer: fault === 'none' ? result : undefined };
}

const settled = (answer: Result<unknown> | undefined): boolean => !!answer && (answer.ok || !isOutcomeUnknown(answer.error));

/** Checks one attempt of a keyed request that reached the backend against the model, and records what it did. */
function checkMoney(world: World, r: MoneyRequest, key: string, { before, after, answer }: Outcome<MoneyAnswer>): void {
  const fingerprint = JSON.stringify(r);
  const record = world.known.get(key);
  if (record) {
    expect(after, `no money moves twice for key ${key}`).toEqual(before);
    if (!answer) return;
    if (record.fingerprint !== fingerprint) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'idempotency_key_reused', status: 422 } });
      return;
    }
    expect(answer, `key ${key} replays its success`).toMatchObject({ ok: true });
    if (!answer.ok) return;
    if (record.answer) expect(answer.data, `key ${key} replays the first answer`).toEqual(record.answer);
    else expectAnswerOf(r, answer.data, record.effect);
    record.answer ??= answer.data;
    return;
  }
  const refusal = moneyRefusal(before, r);
  if (refusal) {
    expect(after, `a refused ${r.op} changes nothing`).toEqual(before);
    if (answer) expect(answer).toMatchObject({ ok: false, error: { code: refusal } });
    return;
  }
  const effect = expectMoneyEffect(r, before, after);
  const entry: KeyRecord = { fingerprint, effect };
  if (answer) {
    expect(answer, `${r.op} goes through`).toMatchObject({ ok: true });
    if (answer.ok) expectAnswerOf(r, answer.data, effect);
    if (answer.ok) entry.answer = answer.data;
  }
  world.known.set(key, entry);
}

async function tryKeyed(world: World, admin: Admin, r: MoneyRequest, key: string, faults: FaultKind[]): Promise<void> {
  for (const fault of faults) {
    const outcome = await attempt(world, fault, () => sendMoney(admin.api, r, key));
    if (outcome.reached) checkMoney(world, r, key, outcome);
    const answer = outcome.answer;
    if (answer?.ok && 'items' in answer.data) for (const s of answer.data.items) admin.subscriptions.set(s.id, s);
    if (answer?.ok && 'item' in answer.data) admin.numbers.set(answer.data.item.id, answer.data.item);
    if (settled(answer)) return;
  }
}

/** Checks one attempt of an edit that reached the backend against the model. */
function checkEdit(e: Edit, { before, after, answer }: Outcome<unknown>): void {
  const refusal = editRefusal(before, e);
  if (refusal) {
    expect(after, `a refused ${e.op} changes nothing`).toEqual(before);
    if (!answer) return;
    expect(answer).toMatchObject({ ok: false, error: { code: refusal } });
    if (refusal === 'conflict') expect(answer).toMatchObject({ error: { details: { current: { version: target(before, e)!.version } } } });
    return;
  }
  expectEditEffect(e, before, after);
  if (answer) expect(answer, `${e.op} goes through`).toMatchObject({ ok: true });
}

/** What the console learns from an edit's answer: the record's new version, or that it is gone. */
function learn(admin: Admin, e: Edit, answer: Result<unknown>): void {
  const [cache, id]: [Map<string, unknown>, string] =
    e.op === 'assignSubscription' ? [admin.subscriptions, e.subscriptionId]
    : e.op === 'assignNumber' ? [admin.numbers, e.numberId]
    : [admin.members, e.memberId];
  const current = answer.ok ? answer.data : answer.error.code === 'conflict' ? answer.error.details?.current : undefined;
  if (e.op === 'removeMember' && answer.ok) cache.delete(id);
  else if (current) cache.set(id, current);
  else if (!answer.ok && answer.error.code === 'not_found' && answer.error.details?.id === id) cache.delete(id);
}

async function tryEdit(world: World, admin: Admin, e: Edit, faults: FaultKind[]): Promise<void> {
  for (const fault of faults) {
    // A retry sends the same request, with the version read before the first attempt.
    const outcome = await attempt(world, fault, () => sendEdit(admin.api, e));
    if (outcome.reached) checkEdit(e, outcome);
    if (outcome.answer) learn(admin, e, outcome.answer);
    if (settled(outcome.answer)) return;
  }
}

/** One read under a fault: it changes nothing, and answers the records by id when it comes back. */
async function read<T extends { id: string }>(world: World, fault: FaultKind, send: () => Promise<Result<T[]>>): Promise<Map<string, T> | undefined> {
  const { before, after, answer } = await attempt(world, fault, send);
  expect(after, 'a read changes nothing').toEqual(before);
  return answer?.ok ? new Map(answer.data.map((r) => [r.id, r])) : undefined;
}

/** Reads the members, subscriptions and numbers again, each read under its own fault. */
async function refresh(world: World, admin: Admin, faults: FaultKind[]): Promise<void> {
  const api = admin.api;
  const ok = <T>(r: Result<{ items: T[] }>): Result<T[]> => (r.ok ? { ok: true, data: r.data.items } : r);
  admin.members = (await read(world, faults[0]!, async () => ok(await api.listMembers({ limit: 500 })))) ?? admin.members;
  admin.subscriptions = (await read(world, faults[1] ?? 'none', () => api.listSubscriptions())) ?? admin.subscriptions;
  admin.numbers = (await read(world, faults[2] ?? 'none', () => api.listNumbers())) ?? admin.numbers;
}

/** The edit a command makes, with the version its administrator last read; undefined when it has nothing to edit. */
function editOf(world: World, admin: Admin, c: Command): Edit | undefined {
  if (c.kind === 'assign' || c.kind === 'give') {
    const holder = c.member === null ? null : world.memberIds[c.member]!;
    const known = [...(c.kind === 'assign' ? admin.subscriptions : admin.numbers).values()];
    const record = known[c.pick % Math.max(known.length, 1)];
    if (!record) return undefined;
    if (c.kind === 'assign') return { op: 'assignSubscription', subscriptionId: record.id, body: { version: record.version, memberId: holder } };
    const assignee = holder === null ? null : { kind: 'member' as const, memberId: holder };
    return { op: 'assignNumber', numberId: record.id, body: { version: record.version, assignee } };
  }
  if (c.kind !== 'role' && c.kind !== 'move' && c.kind !== 'remove') return undefined;
  const memberId = world.memberIds[c.member]!;
  const version = admin.members.get(memberId)?.version;
  if (version === undefined) return undefined;
  if (c.kind === 'remove') return { op: 'removeMember', memberId, version };
  const change = c.kind === 'role' ? { role: c.role } : { departmentId: world.departments[c.department]! };
  return { op: 'updateMember', memberId, body: { version, ...change } };
}

/** The money request a command makes. */
function moneyOf(world: World, admin: Admin, c: Command): MoneyRequest | undefined {
  switch (c.kind) {
    case 'buy':
      return { op: 'buyCredit', body: { amount: pln(c.amount) } };
    case 'allocate':
      return { op: 'allocateCredit', body: { memberIds: c.members.map((i) => world.memberIds[i]!), amount: pln(c.amount) } };
    case 'reclaim': {
      // A share of the credit the administrator last read: all of it or less mostly, more when the read is stale or the share above 100.
      const memberId = world.memberIds[c.member]!;
      const credit = admin.members.get(memberId)?.credit.amountMinor ?? 0;
      return { op: 'reclaimCredit', body: { memberId, amount: pln(Math.max(1, Math.ceil((credit * c.share) / 100))) } };
    }
    case 'subscribe':
      return { op: 'buySubscriptions', body: { planId: world.plans[c.plan % world.plans.length]!, quantity: c.quantity } };
    case 'number':
      return { op: 'buyNumber', body: { number: world.offered[c.pick % world.offered.length]! } };
    default:
      return undefined;
  }
}

async function run(world: World, c: Command): Promise<void> {
  const admin = world.admins[c.admin]!;
  if (c.kind === 'refresh') return refresh(world, admin, c.attempts);
  if (c.kind === 'again' || c.kind === 'reuse') {
    const sent = admin.sent[c.pick % Math.max(admin.sent.length, 1)];
    if (!sent) return;
    return tryKeyed(world, admin, c.kind === 'again' ? sent.request : otherBody(sent.request), sent.key, c.attempts);
  }
  const request = moneyOf(world, admin, c);
  if (request) {
    // A new intent gets a new key, kept for every attempt of it.
    const key = `key-${admin.name}-${String(++world.keys).padStart(4, '0')}`;
    admin.sent.push({ key, request });
    return tryKeyed(world, admin, request, key, c.attempts);
  }
  const edit = editOf(world, admin, c);
  if (edit) await tryEdit(world, admin, edit, c.attempts);
}

/** A small company served over HTTP, and two administrators whose consoles opened on it. */
function setUp(creditMinor: number, allowance: number): World {
  const { backend, members: memberIds } = smallCompany({ size: SIZE, creditMinor: creditMinor + allowance * (SIZE + 1) });
  // Members start with some credit, so that taking it back can go through.
  if (allowance > 0) backend.allocateCredit('setup-allowance', { memberIds, amount: pln(allowance) });
  // The company starts with a subscription and a number, so that handing them out can begin at once.
  const offered = backend.listAvailableNumbers().body;
  const [plan] = backend.listPlans().body;
  backend.buyCredit('setup-owned', { amount: pln(plan!.price.amountMinor + offered.at(-1)!.monthlyPrice.amountMinor) });
  backend.buySubscriptions('setup-subscription', { planId: plan!.id, quantity: 1 });
  backend.buyNumber('setup-number', { number: offered.at(-1)!.number });
  const second = backend.createDepartment({ name: 'Second' }).body.id;
  server.resetHandlers(...createHandlers(backend, { baseUrl: BASE, control }));
  // Read directly: what the consoles first read is not under test, and it would double the requests of a short run.
  const first = snapshot(backend);
  const admins = apis.map((api, i) => ({
    name: 'AB'[i]!,
    api,
    members: new Map(first.members),
    subscriptions: new Map(first.subscriptions),
    numbers: new Map(first.numbers),
    sent: [],
  }));
  return {
    backend,
    memberIds,
    departments: [backend.listDepartments().body[0]!.id, second],
    plans: backend.listPlans().body.map((p) => p.id),
    offered: offered.slice(0, 5).map((n) => n.number),
    admins,
    known: new Map(),
    keys: 0,
  };
}

describe('money and record rules over HTTP, with faults between the backend and the client', () => {
  it('hold for two administrators retrying lost answers with the same key and editing with the versions they read', async () => {
    console.info('seed', seed);
    const details = await fc.check(
      fc.asyncProperty(fc.array(commands, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 1_000_000 }), fc.nat(50_000), async (cs, credit, allowance) => {
        const world = setUp(credit, allowance);
        for (const c of cs) await run(world, c);
      }),
      { seed, numRuns, path: process.env.FC_PATH, interruptAfterTimeLimit: budget, markInterruptAsFailure: false },
    );
    console.info('sequences run', details.numRuns);
    if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? 'a sequence failed');
    expect(details.numRuns).toBeGreaterThan(0);
  }, timeout);
});

describe('loseAnswers', () => {
  it('lets the backend act, then fails the answer as a network error, on matching paths only', async () => {
    const { backend } = smallCompany({ size: 1 });
    server.resetHandlers(...createHandlers(backend, { baseUrl: BASE, control }));
    Object.assign(control, { loseAnswers: 1, failPaths: /\/credit\/purchases$/ });
    try {
      const api = apis[0]!;
      expect((await api.getBalance()).ok).toBe(true);
      expect(await api.buyCredit({ amount: pln(700) }, 'lost-0001')).toMatchObject({ ok: false, error: { code: 'network' } });
      expect(backend.balanceMinorUnits()).toBe(700);
      const replay = await api.buyCredit({ amount: pln(700) }, 'lost-0001');
      expect(replay).toMatchObject({ ok: true, data: { id: backend.ledgerEntries()[0]!.id, balance: pln(700) } });
      expect(control.loseAnswers).toBe(0);
    } finally {
      Object.assign(control, { loseAnswers: 0, failPaths: undefined });
    }
  });
});
