import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOURS, minutesToOpen, TARGET } from '../../../src/elements/call-button/rules.js';
import { catalogs, texts } from '../../../src/elements/call-button/strings.js';
import { LOCALES } from '../../../src/i18n/locales.js';

describe('dk-call-button rules', () => {
  it('carries exactly the strings of its catalogs, in every language', () => {
    for (const locale of LOCALES) {
      const file = JSON.parse(readFileSync(join(import.meta.dirname, `../../../locales/${locale}/callButton.json`), 'utf8'));
      expect(JSON.parse(catalogs[locale])).toEqual(file);
      // The copy the button's script carries (label and note, no JSON.parse).
      expect(texts[locale]).toEqual([file.label, file.opens]);
      expect(Object.keys(file)).toEqual(['label', 'opens']);
    }
  });

  it('accepts skype, sip and E.164 tel targets only', () => {
    for (const ok of [
      'skype:kowalski.dupont?call',
      'skype:live:.cid.123abc?call&video=true',
      'sip:reception@pbx.example.com',
      'tel:+48221234567',
    ]) {
      expect(TARGET.test(ok), ok).toBe(true);
    }
    for (const bad of [
      '',
      'javascript:alert(1)',
      'skype:kowalski.dupont',
      'skype:kowalski.dupont?chat',
      'skype:a b?call',
      'sip:reception',
      'tel:0221234567',
      'tel:+0221234567',
      'tel:+4822123456789012',
      'https://example.com',
      'tel:+48221234567"onclick',
    ]) {
      expect(TARGET.test(bad), bad).toBe(false);
    }
  });

  describe('opening hours', () => {
    const weekdays = '1-5 09:00-17:00';
    // Wednesday 25 November 2026.
    const at = (iso: string) => new Date(iso);

    it('is open inside the hours, in the business time zone', () => {
      expect(minutesToOpen(weekdays, 'Europe/Warsaw', at('2026-11-25T10:00:00Z'))).toBe(0); // 11:00 in Warsaw
      expect(minutesToOpen(weekdays, 'Europe/Warsaw', at('2026-11-25T15:59:00Z'))).toBe(0); // 16:59
    });

    it('counts the minutes to the next opening', () => {
      expect(minutesToOpen(weekdays, 'Europe/Warsaw', at('2026-11-25T16:00:00Z'))).toBe(16 * 60); // 17:00 -> 09:00
      expect(minutesToOpen(weekdays, 'Europe/Warsaw', at('2026-11-25T07:30:00Z'))).toBe(30); // 08:30
      // Friday 18:00 to Monday 09:00.
      expect(minutesToOpen(weekdays, 'Europe/Warsaw', at('2026-11-27T17:00:00Z'))).toBe(2 * 1440 + 15 * 60);
    });

    it('follows the business clock, not the visitor one', () => {
      // 09:30 in New York is 15:30 in Warsaw: open there.
      expect(minutesToOpen(weekdays, 'Europe/Warsaw', at('2026-11-25T14:30:00Z'))).toBe(0);
      expect(minutesToOpen(weekdays, 'America/New_York', at('2026-11-25T13:30:00Z'))).toBe(30);
    });

    it('counts hours without a readable range, or without a day in any range, as always open', () => {
      // The button ignores such hours before (with a warning); this is the last safety.
      expect(minutesToOpen('Mo-Fr 9-17', 'UTC', at('2026-11-25T20:00:00Z'))).toBe(0);
      expect(minutesToOpen('5-1 09:00-17:00', 'UTC', at('2026-11-25T20:00:00Z'))).toBe(0);
      expect(minutesToOpen('', 'UTC', at('2026-11-25T20:00:00Z'))).toBe(0);
    });

    it('throws for a time zone it does not know, which is how the button checks tz', () => {
      for (const bad of ['Mars/Olympus', 'Europe/Warsaw ', 'javascript:alert(1)', '{{x}}', 'x'.repeat(100_000)]) {
        expect(() => minutesToOpen('', bad, at('2026-11-25T20:00:00Z')), bad.slice(0, 40)).toThrow(RangeError);
      }
      for (const good of ['UTC', 'Europe/Warsaw', 'europe/warsaw', 'America/New_York', 'Asia/Calcutta']) {
        expect(minutesToOpen('', good, at('2026-11-25T20:00:00Z')), good).toBe(0);
      }
    });

    it('reads weekdays 1 to 7 only, one digit each', () => {
      const days = (hours: string) => [...hours.matchAll(HOURS)].map((m) => [m[1], m[2] ?? m[1]]);
      expect(days('1-5 09:00-17:00, 6 10:00-14:00, 7 12:00-13:00')).toEqual([['1', '5'], ['6', '6'], ['7', '7']]);
      expect(days('0 09:00-17:00')).toEqual([]);
      expect(days('8-9 09:00-17:00')).toEqual([]);
    });

    it('opens on Sunday (7) and on Monday after it, across the end of the week', () => {
      // Sunday 29 November 2026, 23:00 UTC: Monday opens in 10 hours.
      expect(minutesToOpen('1 09:00-17:00', 'UTC', at('2026-11-29T23:00:00Z'))).toBe(10 * 60);
      expect(minutesToOpen('7 22:00-23:30', 'UTC', at('2026-11-29T23:00:00Z'))).toBe(0);
      // Monday 30 November, 00:00: Sunday's range opens in 6 days and 22 hours.
      expect(minutesToOpen('7 22:00-23:30', 'UTC', at('2026-11-30T00:00:00Z'))).toBe(6 * 1440 + 22 * 60);
    });

    it('reads several ranges, and Sunday as 7', () => {
      const hours = '1-5 09:00-17:00, 6 10:00-14:00, 7 12:00-13:00';
      expect(minutesToOpen(hours, 'UTC', at('2026-11-28T11:00:00Z'))).toBe(0); // Saturday
      expect(minutesToOpen(hours, 'UTC', at('2026-11-29T12:15:00Z'))).toBe(0); // Sunday
      expect(minutesToOpen(hours, 'UTC', at('2026-11-29T13:00:00Z'))).toBe(20 * 60); // Sunday 13:00 -> Monday 09:00
    });
  });
});
