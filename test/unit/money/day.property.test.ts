import fc from 'fast-check';
import { detectDayOrder, parseDay } from '@/lib/money/day';

function time(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

const day = fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true });
const parts = (d: Date) => ({
  y: String(d.getUTCFullYear()),
  m: String(d.getUTCMonth() + 1).padStart(2, '0'),
  d: String(d.getUTCDate()).padStart(2, '0'),
});

describe('parseDay', () => {
  it('reads ISO, dd.mm.yyyy, dd/mm/yyyy and dd-mm-yyyy days, with or without leading zeros or a time', () => {
    fc.assert(
      fc.property(day, fc.boolean(), (date, zeros) => {
        const { y, m, d } = parts(date);
        const iso = `${y}-${m}-${d}`;
        const dd = zeros ? d : String(Number(d));
        const mm = zeros ? m : String(Number(m));
        for (const text of [
          iso,
          `${iso}T00:00:00Z`,
          `${iso} 12:30`,
          `${dd}.${mm}.${y}`,
          `${dd}/${mm}/${y}`,
          `${dd}-${mm}-${y}`,
          `${y}/${m}/${d}`,
        ])
          expect(parseDay(text), text).toBe(iso);
        expect(parseDay(`${mm}/${dd}/${y}`, 'mdy')).toBe(iso);
      }),
    );
  });

  it('reads two-digit years as this century', () => {
    expect(parseDay('05.11.26')).toBe('2026-11-05');
  });

  it('refuses days that do not exist and text that is no day', () => {
    for (const bad of [
      '31.02.2026',
      '29.02.2025',
      '2026-13-01',
      '00.01.2026',
      '1.1',
      '05.11/2026',
      'tomorrow',
      '2026-11-05x',
      '',
    ])
      expect(parseDay(bad), bad).toBeNull();
    expect(parseDay('29.02.2028')).toBe('2028-02-29');
  });

  it('never throws; what it returns is a real day', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '9', '.', '/', '-', ' ', 'T', ':') }), (s) => {
        const r = parseDay(s);
        if (r !== null) expect(new Date(`${r}T00:00:00Z`).toISOString().slice(0, 10)).toBe(r);
      }),
    );
  });

  it('runs in linear time', () => {
    expect(time(() => parseDay(`1.1.${'1'.repeat(5_000_000)}`))).toBeLessThan(200);
    expect(time(() => detectDayOrder(Array.from({ length: 200_000 }, () => '12/31/2026')))).toBeLessThan(1500);
  });
});

describe('detectDayOrder', () => {
  it('reads month first only when the column can only be read so', () => {
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 20 }), (dates) => {
        const us = dates.map((x) => {
          const { y, m, d } = parts(x);
          return `${m}/${d}/${y}`;
        });
        const order = detectDayOrder(us);
        // Whatever order is chosen, every cell reads as the day it was written for.
        if (dates.some((x) => x.getUTCDate() > 12)) {
          expect(order).toBe('mdy');
          us.forEach((text, i) => expect(parseDay(text, order)).toBe(dates[i]?.toISOString().slice(0, 10)));
        }
      }),
    );
    expect(detectDayOrder(['05/11/2026', '25/11/2026'])).toBe('dmy');
    expect(detectDayOrder(['05/11/2026', '11/25/2026'])).toBe('mdy');
    expect(detectDayOrder(['05/11/2026', '11/25/2026', '25/11/2026'])).toBe('dmy');
  });
});
