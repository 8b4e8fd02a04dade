/**
 * Set-ups of the mock backend for the credit and features workflows that the
 * named scenarios do not cover: a company whose policy forbids taking credit
 * back, and one whose balance is nearly spent.
 */
import { createControl } from './control.js';
import { createHandlers } from './handlers.js';
import type { Scenario } from './scenarios.js';
import { COMPANY } from './seed.js';
import { PLN } from './seed/company.js';
import { MockBackend } from './backend/index.js';

function smallCompany(backend: MockBackend, balanceZloty: number): MockBackend {
  backend.setUpManager({
    companyName: COMPANY.companyName,
    country: COMPANY.country,
    currency: COMPANY.currency,
    admin: { mode: 'existing', accountName: COMPANY.adminAccountName },
  });
  const department = backend.listDepartments().body[0]!.id;
  backend.sendInvitations({ invitees: ['ewa.kozlowska', 'jerome.rousseau'], departmentId: department, groupIds: [] });
  const [ewa, jerome] = backend.listInvitations('pending').body;
  const first = backend.acceptInvitation(ewa!.id, { displayName: 'Ewa Kozłowska' }).body;
  const second = backend.acceptInvitation(jerome!.id, { displayName: 'Jérôme Rousseau' }).body;
  backend.setMemberFeatures(first.id, { version: first.version, features: { ...first.features, onlineNumber: true } });
  backend.buyCredit('small-company-0001', { amount: PLN(balanceZloty + 100) });
  backend.allocateCredit('small-company-0002', { memberIds: [first.id, second.id], amount: PLN(50) });
  return backend;
}

function scenarioOf(backend: MockBackend): Scenario {
  const control = createControl({ latencyMs: 'real' });
  return { backend, control, handlers: createHandlers(backend, { control }) };
}

/** A small company (two members with credit) whose policy never lets credit be taken back. */
export function createNoReclaimScenario(options: { now?: () => Date } = {}): Scenario {
  return scenarioOf(smallCompany(new MockBackend({ now: options.now, reclaimPolicy: 'never', accounts: [COMPANY.adminAccountName] }), 500));
}

/** A small company with only a few złoty left on its balance. */
export function createLowBalanceScenario(options: { now?: () => Date } = {}): Scenario {
  return scenarioOf(smallCompany(new MockBackend({ now: options.now, accounts: [COMPANY.adminAccountName] }), 5));
}
