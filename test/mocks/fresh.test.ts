import { describe, expect, it } from 'vitest';
import { createScenario } from '../../mocks/scenarios.js';
import { FRESH_ACCOUNTS } from '../../mocks/fresh.js';

describe('the fresh scenario (Manager not set up)', () => {
  it('answers not_set_up until set up, and knows the existing accounts', () => {
    const { backend } = createScenario('fresh');
    expect(() => backend.getManager()).toThrow(expect.objectContaining({ code: 'not_set_up' }));
    for (const name of FRESH_ACCOUNTS) expect(backend.checkAccountName(name).body).toMatchObject({ valid: true, available: false });
    expect(backend.checkAccountName('admin.lodz-biuro').body).toMatchObject({ valid: true, available: true });
  });

  it('sets up with a new dedicated account, or an existing one', () => {
    const { backend } = createScenario('fresh');
    const manager = backend.setUpManager({
      companyName: 'Łódź Biuro',
      country: 'PL',
      currency: 'PLN',
      admin: { mode: 'new', accountName: 'admin.lodz-biuro' },
    }).body;
    expect(manager.adminAccountName).toBe('admin.lodz-biuro');
    expect(backend.checkAccountName('admin.lodz-biuro').body.available).toBe(false);
    expect(backend.listMembers({ limit: 1 }).body.total).toBe(1);

    const other = createScenario('fresh').backend;
    expect(other.setUpManager({ companyName: 'KD', country: 'FR', currency: 'EUR', admin: { mode: 'existing', accountName: 'marie.dupont' } }).body.adminAccountName).toBe('marie.dupont');
  });
});
