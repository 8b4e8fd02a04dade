import { describe, expect, it } from 'vitest';
import { heldFrom, isDay, monthOf, monthRange, monthsHeld } from '../../src/core/period.js';

describe('report periods', () => {
  it('hold six months back from today, month by month', () => {
    expect(heldFrom('2026-03-16')).toBe('2025-09-16');
    expect(monthsHeld('2026-03-16')).toEqual(['2026-03', '2026-02', '2026-01', '2025-12', '2025-11', '2025-10', '2025-09']);
  });

  it('clamp a month to the days held and to today', () => {
    expect(monthRange('2026-03', '2026-03-16')).toEqual({ from: '2026-03-01', to: '2026-03-16' });
    expect(monthRange('2026-02', '2026-03-16')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange('2025-09', '2026-03-16')).toEqual({ from: '2025-09-16', to: '2025-09-30' });
    expect(monthRange('2024-02', '2024-03-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });

  it('recognise a month range, and a custom one', () => {
    expect(monthOf({ from: '2026-02-01', to: '2026-02-28' }, '2026-03-16')).toBe('2026-02');
    expect(monthOf({ from: '2026-02-02', to: '2026-02-28' }, '2026-03-16')).toBeNull();
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-2-3')).toBe(false);
  });
});
