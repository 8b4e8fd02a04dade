/**
 * The department created with the manager, which every member joins until
 * moved, bears the name the console sends in the company's language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockBackend } from '../../mocks/backend/index.js';
import { createMockServer } from '../../mocks/node.js';
import { createRestAdapter } from '../../src/adapter/rest.js';
import type { ManagerSetup } from '../../src/adapter/types.js';
import { attempt, NOW } from './fixtures.js';

const setup = (extra: Partial<ManagerSetup> = {}): ManagerSetup => ({
  companyName: 'Łódź Biuro',
  country: 'PL',
  currency: 'PLN',
  admin: { mode: 'new', accountName: 'admin.lodz' },
  ...extra,
});

describe('the default department', () => {
  it('is named as the set-up asks, and "General" when it does not say', () => {
    const polish = new MockBackend({ now: () => NOW });
    polish.setUpManager(setup({ defaultDepartmentName: ' Ogólny ' }));
    expect(polish.listDepartments().body.map((d) => d.name)).toEqual(['Ogólny']);

    const unnamed = new MockBackend({ now: () => NOW });
    unnamed.setUpManager(setup());
    expect(unnamed.listDepartments().body.map((d) => d.name)).toEqual(['General']);
  });

  it('refuses a blank name, at its field, and sets nothing up', () => {
    const backend = new MockBackend({ now: () => NOW });
    const result = attempt(() => backend.setUpManager(setup({ defaultDepartmentName: '   ' })));
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.error.code, result.error.details?.field]).toEqual(['validation_failed', 'defaultDepartmentName']);
    expect(backend.checkAccountName('admin.lodz').body.available).toBe(true);
    expect(backend.setUpManager(setup()).status).toBe(201);
  });

  describe('over HTTP, through the REST adapter', () => {
    const mock = createMockServer('fresh');
    beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
    afterAll(() => mock.server.close());

    it('is sent by the contract and named so by the backend', async () => {
      const adapter = createRestAdapter({ baseUrl: 'http://dialkit.test/api' });
      const done = await adapter.setUpManager(setup({ defaultDepartmentName: 'Général', country: 'FR', currency: 'EUR' }));
      expect(done.ok).toBe(true);
      const departments = await adapter.listDepartments();
      expect(departments.ok && departments.data.map((d) => d.name)).toEqual(['Général']);
    });
  });
});
