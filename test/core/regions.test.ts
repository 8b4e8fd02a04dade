import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, currencyCodes, isCountryCode, usualCurrency } from '../../src/core/regions.js';
import { suggestAdminAccountName, isAccountName } from '../../src/core/validation.js';

describe('regions', () => {
  it('offers ISO 3166-1 alpha-2 codes that Intl can name', () => {
    expect(COUNTRY_CODES.length).toBeGreaterThan(200);
    const names = new Intl.DisplayNames(['pl'], { type: 'region' });
    for (const code of COUNTRY_CODES) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(names.of(code)).not.toBe(code);
    }
    expect(isCountryCode('PL')).toBe(true);
    expect(isCountryCode('XX')).toBe(false);
  });

  it('gives each country a currency that is offered', () => {
    const offered = new Set(currencyCodes());
    for (const code of COUNTRY_CODES) expect(offered.has(usualCurrency(code)!), code).toBe(true);
    expect(usualCurrency('PL')).toBe('PLN');
    expect(usualCurrency('FR')).toBe('EUR');
    expect(usualCurrency('ZZ')).toBeNull();
  });

  it('leaves out currencies no company keeps accounts in', () => {
    const codes = currencyCodes();
    for (const code of ['XAU', 'XXX', 'XTS', 'CHE', 'USN']) expect(codes).not.toContain(code);
    for (const code of ['PLN', 'EUR', 'GBP', 'USD', 'XOF', 'XAF']) expect(codes).toContain(code);
  });

  it('suggests valid admin account names from any company name', () => {
    for (const company of ['Architectes', 'Łódź Biuro', 'Kowalski & Dupont Architectes Sp. z o.o.', 'Ça va?', '東京', '  ']) {
      expect(isAccountName(suggestAdminAccountName(company)), company).toBe(true);
    }
  });
});
