/**
 * A small company whose automatic top-ups were refused this month, once for
 * each reason, for the credit tests and stories: the seeded company's
 * refusals fall on days that move with the calendar, these happen now.
 */
import { createLowBalanceScenario } from '../../../mocks/credit.js';
import type { Scenario } from '../../../mocks/scenarios.js';
import type { Member } from '../../../src/adapter/types.js';
import type { Money } from '../../../src/core/money.js';

const pln = (zloty: number): Money => ({ amountMinor: zloty * 100, currency: 'PLN' });

export interface RefusedTopUps {
  scenario: Scenario;
  /** Topped up once (5 zł, which empties the balance), then refused: the monthly cap of 5 zł is reached. */
  capped: Member;
  /** Refused 50 zł: the balance, emptied by the other's top-up, is too low. */
  short: Member;
}

export function createRefusedTopUps(): RefusedTopUps {
  const scenario = createLowBalanceScenario();
  const { backend } = scenario;
  const [short, capped] = backend.listMembers({ limit: 500 }).body.items.filter((m) => m.role === 'member');
  if (!short || !capped) throw new Error('the low-balance company has two members');
  const rule = (m: Member, amount: number, threshold: number, cap: number) =>
    backend.setAutoRecharge(m.id, { version: backend.getMember(m.id).body.version, autoRecharge: { amount: pln(amount), threshold: pln(threshold), monthlyCap: pln(cap) } });
  const call = (m: Member, zloty: number) => backend.recordUsage(m.id, { destination: 'landline', minutes: zloty, cost: pln(zloty) });
  rule(capped, 5, 2, 5);
  call(capped, 49);
  call(capped, 5);
  rule(short, 50, 20, 200);
  call(short, 40);
  return { scenario, capped: backend.getMember(capped.id).body, short: backend.getMember(short.id).body };
}
