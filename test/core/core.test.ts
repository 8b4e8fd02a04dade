import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  accountNameProblem,
  add,
  extensionProblem,
  isAccountName,
  isE164,
  matchesQuery,
  money,
  parseAmount,
  subtract,
  suggestAdminAccountName,
} from '../../src/core/index.js';

describe('money', () => {
  it('is integer minor units with an ISO currency, never a float', () => {
    expect(() => money(1.5, 'PLN')).toThrow(RangeError);
    expect(() => money(100, 'zł')).toThrow(RangeError);
    expect(add(money(10, 'PLN'), money(5, 'PLN'))).toEqual(money(15, 'PLN'));
    expect(() => subtract(money(10, 'PLN'), money(5, 'EUR'))).toThrow(/currency/);
  });

  it('parses what people type in each language', () => {
    expect(parseAmount('12,50', 'PLN')).toEqual(money(1250, 'PLN'));
    expect(parseAmount('12.5', 'EUR')).toEqual(money(1250, 'EUR'));
    expect(parseAmount('1 234,56', 'EUR')).toEqual(money(123456, 'EUR'));
    expect(parseAmount('1\u202f234', 'EUR')).toEqual(money(123400, 'EUR'));
    expect(parseAmount('500', 'JPY')).toEqual(money(500, 'JPY'));
    for (const bad of ['', 'abc', '1,234,5', '-5', '1.234']) expect(parseAmount(bad, bad === '1.234' ? 'PLN' : 'EUR')).toBeNull();
  });

  it('round-trips every amount through its text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (minor) => {
        const text = `${Math.floor(minor / 100)},${String(minor % 100).padStart(2, '0')}`;
        expect(parseAmount(text, 'PLN')).toEqual(money(minor, 'PLN'));
      }),
    );
  });
});

describe('validation rules', () => {
  it('accepts account names of the documented pattern and live: ids', () => {
    for (const ok of ['admin.architectes', 'jan_kowalski', 'Zofia-Zak-2', 'live:.cid.12ab34', 'abcdef']) expect(isAccountName(ok)).toBe(true);
    expect(accountNameProblem('')).toBe('empty');
    expect(accountNameProblem('abc')).toBe('too_short');
    expect(accountNameProblem('1admin')).toBe('must_start_with_letter');
    expect(accountNameProblem('łukasz.w')).toBe('must_start_with_letter');
    expect(accountNameProblem('lukasz wrobel')).toBe('invalid_characters');
    expect(accountNameProblem('a'.repeat(33))).toBe('too_long');
  });

  it('accepts extensions of 1 to 8 digits, or none', () => {
    expect(extensionProblem('')).toBeNull();
    expect(extensionProblem('1')).toBeNull();
    expect(extensionProblem('12345678')).toBeNull();
    expect(extensionProblem('123456789')).toBe('too_long');
    expect(extensionProblem('12a')).toBe('not_digits');
    expect(extensionProblem('+48')).toBe('not_digits');
  });

  it('accepts E.164 numbers only', () => {
    expect(isE164('+48221234567')).toBe(true);
    expect(isE164('+33142685300')).toBe(true);
    for (const bad of ['0048221234567', '+0 22', '+48 22 123 45 67', '+4812345678901234']) expect(isE164(bad)).toBe(false);
  });

  it('suggests a valid admin account name from any company name', () => {
    expect(suggestAdminAccountName('Architectes')).toBe('admin.architectes');
    expect(suggestAdminAccountName('Łódź Biuro')).toBe('admin.lodz-biuro');
    expect(suggestAdminAccountName('Kowalski & Dupont Architectes')).toBe('admin.kowalski-dupont-architecte');
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (company) => isAccountName(suggestAdminAccountName(company))));
  });
});

describe('search matching', () => {
  it('ignores case and diacritics', () => {
    expect(matchesQuery('lodz', 'Łódź')).toBe(true);
    expect(matchesQuery('HELENE lef', 'Hélène Lefèvre')).toBe(true);
    expect(matchesQuery('zofia', 'Żak', 'zofia.zak')).toBe(true);
    expect(matchesQuery('xyz', 'Hélène')).toBe(false);
    expect(matchesQuery('  ', 'anything')).toBe(true);
  });
});
