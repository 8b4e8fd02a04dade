import { describe, expect, it } from 'vitest';
import { host } from './support.js';

describe('FormController', () => {
  it('says a field is empty only once it was left or the form was sent', async () => {
    const { el } = await host();
    const empty = { text: 'Enter an amount.', empty: true };
    expect(el.form.problem('amount', empty)).toBe('');
    el.form.touch('amount');
    expect(el.form.problem('amount', empty)).toBe('Enter an amount.');
    el.form.reset();
    expect(el.form.problem('amount', empty)).toBe('');
    el.form.submit();
    expect(el.form.problem('amount', empty)).toBe('Enter an amount.');
  });

  it('says what is wrong in what was typed at once', async () => {
    const { el } = await host();
    expect(el.form.problem('amount', 'Use digits only.')).toBe('Use digits only.');
    expect(el.form.problem('amount', null)).toBe('');
  });

  it('shows the backend’s refusal at its field until the field changes', async () => {
    const { el } = await host();
    const error = { code: 'validation_failed' as const, message: 'x', details: { field: 'amount.amountMinor' } };
    const field = el.form.refuse(error, (path) => (path.startsWith('amount') ? 'amount' : undefined), 'Too much.');
    expect(field).toBe('amount');
    expect(el.form.refusedField).toBe(true);
    expect(el.form.problem('amount', null)).toBe('Too much.');
    el.form.edit('amount');
    expect(el.form.problem('amount', null)).toBe('');
    expect(el.form.refuse({ code: 'conflict', message: 'x' }, () => 'amount', 'Other.')).toBeUndefined();
  });
});
