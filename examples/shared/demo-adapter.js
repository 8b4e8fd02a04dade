// An in-memory backend for the example hosts: the few operations their
// elements call (SIP profiles, help feedback), answering as the contract says.
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

const ok = (data) => Promise.resolve({ ok: true, data });
const unsupported = (operation) => () =>
  Promise.resolve({ ok: false, error: { code: 'internal', message: `${operation} is not part of this example` } });

const operations = {
  listSipProfiles: () => ok([profile]),
  getSipProfile: () => ok({ ...profile, accounts: [], numbers: [], pbxHost: 'pbx.example.com' }),
  listSipCandidates: () => ok([]),
  listNumbers: () => ok([]),
  sendFeedback: () => ok({ id: 'fb-1' }),
};

/** @type {import('dialkit').DialkitAdapter} */
export const demoAdapter = new Proxy(operations, {
  get: (target, name) => (typeof name === 'string' && !(name in target) ? unsupported(name) : target[name]),
});
