import { describe, expect, it } from 'vitest';
import { MoneyIntent } from '../../../src/elements/shared/intent.js';

describe('MoneyIntent', () => {
  it('gives the same key for every retry of the same request', () => {
    const intent = new MoneyIntent();
    const request = { amount: { amountMinor: 12050, currency: 'PLN' } };
    const first = intent.keyFor(request);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(intent.keyFor({ amount: { amountMinor: 12050, currency: 'PLN' } })).toBe(first);
    expect(intent.current).toBe(first);
  });

  it('gives a new key when the request changes, and after the intent settles', () => {
    const intent = new MoneyIntent();
    const first = intent.keyFor({ memberIds: ['a'], amount: 1 });
    const changed = intent.keyFor({ memberIds: ['a', 'b'], amount: 1 });
    expect(changed).not.toBe(first);
    intent.uncertain = true;
    intent.settle();
    expect(intent.uncertain).toBe(false);
    expect(intent.current).toBeUndefined();
    expect(intent.keyFor({ memberIds: ['a', 'b'], amount: 1 })).not.toBe(changed);
  });
});
