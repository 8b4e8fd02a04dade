import { describe, expect, it } from 'vitest';
import { checkPhone, loadParts, partsFor, type CountryCode } from '../../../src/elements/call-button-generator/phone.js';
import { TARGET } from '../../../src/elements/call-button/rules.js';

/** `checkPhone` once the parts of the metadata it needs are loaded, as the generator loads them (a number dialled abroad may need a second round). */
async function check(text: string, country: CountryCode) {
  for (let round = 0; round < 3; round++) await loadParts(partsFor([text], country));
  return checkPhone(text, country);
}

describe('phone numbers in the generator', () => {
  it('are unchecked until the part of the metadata they need is loaded: their country’s, one of nine', async () => {
    expect(checkPhone('03-1234-5678', 'JP')).toEqual({ ok: false, problem: 'unchecked' });
    expect(partsFor(['03-1234-5678'], 'JP')).toEqual(['8']);
    await loadParts(['8']);
    expect(checkPhone('03-1234-5678', 'JP')).toEqual({ ok: true, e164: '+81312345678', formatted: '+81 3 1234 5678' });
  });

  it('load the part of a number dialled abroad, after + or the country’s international prefix', async () => {
    expect(partsFor(['+1 212 555 0123'], 'FR')).toEqual(['3', '1']);
    expect(await check('+1 212 555 0123', 'FR')).toMatchObject({ ok: true, e164: '+12125550123' });
    // 00 is Poland's international prefix, known once Poland's part is in.
    expect(await check('0033 1 23 45 67 89', 'PL')).toMatchObject({ ok: true, e164: '+33123456789' });
    expect(partsFor(['0033 1 23 45 67 89'], 'PL')).toEqual(['4', '3']);
    // 011 is the United States' one.
    expect(await check('011 48 22 123 45 67', 'US')).toMatchObject({ ok: true, e164: '+48221234567' });
  });

  it('reads national and international forms, giving E.164 and a formatted number', async () => {
    expect(await check('22 123 45 67', 'PL')).toEqual({ ok: true, e164: '+48221234567', formatted: '+48 22 123 45 67' });
    expect(await check('+33 1 23 45 67 89', 'PL')).toEqual({ ok: true, e164: '+33123456789', formatted: '+33 1 23 45 67 89' });
    expect(await check('01 23 45 67 89', 'FR')).toMatchObject({ ok: true, e164: '+33123456789' });
  });

  it('says what is wrong', async () => {
    expect(await check('  ', 'PL')).toEqual({ ok: false, problem: 'empty' });
    expect(await check('22 12', 'PL')).toEqual({ ok: false, problem: 'tooShort' });
    expect(await check('22 123 45 67 89 01 23', 'PL')).toEqual({ ok: false, problem: 'tooLong' });
    expect(await check('abc', 'PL')).toMatchObject({ ok: false });
  });

  it('gives targets the public button accepts', async () => {
    const result = await check('+44 20 7946 0958', 'PL');
    expect(result.ok && TARGET.test(`tel:${result.e164}`)).toBe(true);
  });
});
