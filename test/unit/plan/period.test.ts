import { comparePeriods, compareRecency, formatPeriod, parsePeriod, periodOf, shiftPeriod } from '@/lib/plan/period';

describe('plan periods', () => {
  it('reads years, quarters and months, and nothing else', () => {
    expect(parsePeriod('2026')).toEqual({ kind: 'year', year: 2026, index: 0 });
    expect(parsePeriod('2026-Q3')).toEqual({ kind: 'quarter', year: 2026, index: 3 });
    expect(parsePeriod('2026-07')).toEqual({ kind: 'month', year: 2026, index: 7 });
    for (const bad of ['2026-Q5', '2026-13', '2026-7', '26', 'Q3 2026', '2026-Q3 ', '']) expect(parsePeriod(bad), bad).toBeNull();
    for (const p of ['2026', '2026-Q1', '2026-12']) expect(formatPeriod(parsePeriod(p)!)).toBe(p);
  });

  it('orders periods like a calendar: by start, the longer period first', () => {
    const shuffled = ['2026-Q3', '2025-12', '2026-07', '2026', '2026-Q1', '2025', '2026-01', 'not a period'];
    expect([...shuffled].sort(comparePeriods)).toEqual([
      '2025',
      '2025-12',
      '2026',
      '2026-Q1',
      '2026-01',
      '2026-Q3',
      '2026-07',
      'not a period',
    ]);
  });

  it('takes as latest the period that ends last, the finer one of two ending together', () => {
    const p = (s: string) => parsePeriod(s)!;
    expect(compareRecency(p('2026-Q4'), p('2026'))).toBeGreaterThan(0);
    expect(compareRecency(p('2026-12'), p('2026-Q4'))).toBeGreaterThan(0);
    expect(compareRecency(p('2026-Q3'), p('2026-10'))).toBeLessThan(0);
    expect(compareRecency(p('2027-01'), p('2026'))).toBeGreaterThan(0);
  });

  it('finds the period of a month and steps back across years', () => {
    expect(formatPeriod(periodOf('quarter', 2026, 12))).toBe('2026-Q4');
    expect(formatPeriod(periodOf('month', 2026, 3))).toBe('2026-03');
    expect(formatPeriod(shiftPeriod(parsePeriod('2026-Q1')!, 1))).toBe('2025-Q4');
    expect(formatPeriod(shiftPeriod(parsePeriod('2026-02')!, 3))).toBe('2025-11');
    expect(formatPeriod(shiftPeriod(parsePeriod('2026')!, 2))).toBe('2024');
  });
});
