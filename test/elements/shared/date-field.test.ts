import { describe, expect, it } from 'vitest';
import { dayPattern, readDay, writeDay } from '../../../src/elements/shared/date-field.js';

describe('a day typed in the language of the element', () => {
  it('is written in the order and with the separator Intl gives the language', () => {
    expect(dayPattern('pl')).toEqual({ order: ['day', 'month', 'year'], separator: '.' });
    expect(dayPattern('fr')).toEqual({ order: ['day', 'month', 'year'], separator: '/' });
    // The kit's English is British English: day first, as everywhere else the kit writes a date.
    expect(dayPattern('en')).toEqual({ order: ['day', 'month', 'year'], separator: '/' });
    expect(writeDay('pl', '2025-03-05')).toBe('05.03.2025');
    expect(writeDay('fr', '2025-03-05')).toBe('05/03/2025');
    expect(writeDay('en', '2025-12-31')).toBe('31/12/2025');
  });

  it('is read in that order, with any separator, padded or not', () => {
    expect(readDay('pl', '05.03.2025')).toBe('2025-03-05');
    expect(readDay('pl', '5.3.2025')).toBe('2025-03-05');
    expect(readDay('fr', ' 5/3/2025 ')).toBe('2025-03-05');
    expect(readDay('en', '5-3-2025')).toBe('2025-03-05');
    expect(readDay('en', '31 12 2025')).toBe('2025-12-31');
    // As ISO writes it, whatever the language.
    expect(readDay('fr', '2025-03-05')).toBe('2025-03-05');
  });

  it('is no day when it is not one: unfinished, a two-figure year, a day past the month, a month past the year', () => {
    for (const text of ['', '05.03', '05.03.25', '31.02.2025', '29/02/2025', '12/13/2025', '00/01/2025', '05/03/2025/1', 'jj/mm/aaaa', '123/1/2025']) {
      expect(readDay('fr', text), text).toBeNull();
    }
    expect(readDay('pl', '29.02.2024')).toBe('2024-02-29');
  });
});
