import { describe, expect, it } from 'vitest';
import { checkPhone } from '../../../src/elements/call-button-generator/phone.js';
import { TARGET } from '../../../src/elements/call-button/rules.js';

describe('phone numbers in the generator', () => {
  it('reads national and international forms, giving E.164 and a formatted number', () => {
    expect(checkPhone('22 123 45 67', 'PL')).toEqual({ ok: true, e164: '+48221234567', formatted: '+48 22 123 45 67' });
    expect(checkPhone('+33 1 23 45 67 89', 'PL')).toEqual({ ok: true, e164: '+33123456789', formatted: '+33 1 23 45 67 89' });
    expect(checkPhone('01 23 45 67 89', 'FR')).toMatchObject({ ok: true, e164: '+33123456789' });
  });

  it('says what is wrong', () => {
    expect(checkPhone('  ', 'PL')).toEqual({ ok: false, problem: 'empty' });
    expect(checkPhone('22 12', 'PL')).toEqual({ ok: false, problem: 'tooShort' });
    expect(checkPhone('22 123 45 67 89 01 23', 'PL')).toEqual({ ok: false, problem: 'tooLong' });
    expect(checkPhone('abc', 'PL')).toMatchObject({ ok: false });
  });

  it('gives targets the public button accepts', () => {
    const check = checkPhone('+44 20 7946 0958', 'PL');
    expect(check.ok && TARGET.test(`tel:${check.e164}`)).toBe(true);
  });
});
