// An in-memory backend for the example hosts: the few operations their
// elements call (SIP profiles, help feedback, the console's overview),
// answering as the contract says.
// A real page passes `createRestAdapter({ baseUrl })` or its own adapter.

const profile = {
  id: 'sp-1',
  name: 'Centrala Demo',
  status: 'active',
  channels: 8,
  authMode: 'registration',
  linkedAccountCount: 0,
  numberCount: 0,
  version: 1,
};

const pln = (amountMinor) => ({ amountMinor, currency: 'PLN' });
const today = new Date().toISOString().slice(0, 10);

const ok = (data) => Promise.resolve({ ok: true, data });
const unsupported = (operation) => () =>
  Promise.resolve({ ok: false, error: { code: 'internal', message: `${operation} is not part of this example` } });

const operations = {
  listSipProfiles: () => ok([profile]),
  getSipProfile: () => ok({ ...profile, accounts: [], numbers: [], pbxHost: 'pbx.example.com' }),
  listSipCandidates: () => ok([]),
  listNumbers: () => ok([]),
  sendFeedback: () => ok({ id: 'fb-1' }),
  getManager: () =>
    ok({
      id: 'mg-1',
      companyName: 'Demo sp. z o.o.',
      country: 'PL',
      currency: 'PLN',
      adminAccountName: 'demo.admin',
      adminMemberId: 'm-1',
      createdAt: '2026-01-05T09:00:00Z',
      version: 1,
    }),
  getBalance: () =>
    ok({
      balance: pln(125_000),
      purchaseLimit: { perPurchase: pln(500_000), monthly: pln(2_000_000), usedThisMonth: pln(0) },
      reclaimPolicy: 'unused_only',
      version: 1,
    }),
  listMembers: () => ok({ items: [], total: 12 }),
  listInvitations: () => ok([]),
  getSpendReport: (query) =>
    ok({
      level: query.level,
      from: query.from ?? today,
      to: query.to ?? today,
      rows: [],
      totals: { purchases: pln(0), allocations: pln(0), reclaims: pln(0), subscriptions: pln(4_900), numbers: pln(1_500), calls: pln(2_380) },
      privacy: { hiddenMembers: 0, foldedUnits: 0 },
      series: [],
    }),
};

/** @type {import('dialkit').DialkitAdapter} */
export const demoAdapter = new Proxy(operations, {
  get: (target, name) => (typeof name === 'string' && !(name in target) ? unsupported(name) : target[name]),
});
