import fc from 'fast-check';
import { decimalMarkOf, detectDecimalMark, MAX_AMOUNT_LENGTH, parseAmount } from '@/lib/money/amount';

function time(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

/** Locales whose number formats users paste: NBSP and narrow-NBSP groups, dot groups, apostrophes. */
const locales = ['en', 'ru', 'fi', 'ka', 'de', 'de-CH', 'fr'];
const cents = fc.integer({ min: -100_000_000_000, max: 100_000_000_000 });

describe('parseAmount', () => {
  it('reads back every amount Intl writes in each locale, with that locale’s decimal mark', () => {
    fc.assert(
      fc.property(cents, fc.constantFrom(...locales), fc.boolean(), (c, locale, grouping) => {
        const value = c / 100;
        const text = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, useGrouping: grouping }).format(value);
        expect(parseAmount(text, decimalMarkOf(locale))?.value).toBe(value);
      }),
    );
  });

  it('reads amounts with a currency sign or code around them and keeps the currency', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), fc.constantFrom('EUR', 'USD', 'GEL', 'RUB'), (c, currency) => {
        const value = c / 100;
        const text = new Intl.NumberFormat('ru', { style: 'currency', currency, currencyDisplay: 'code' }).format(value);
        expect(parseAmount(text, ',')).toEqual({ value, currency });
      }),
    );
    expect(parseAmount('1 200,00 €', ',')).toEqual({ value: 1200, currency: 'EUR' });
    expect(parseAmount('₾2,450.50')).toEqual({ value: 2450.5, currency: 'GEL' });
    expect(parseAmount('$ 99')).toEqual({ value: 99 });
  });

  it('tells decimal marks from thousands groups as accountants write them', () => {
    expect(parseAmount('14 300,50', ',')?.value).toBe(14300.5);
    expect(parseAmount('14 300,50', '.')?.value).toBe(14300.5);
    expect(parseAmount('14,300.50', ',')?.value).toBe(14300.5);
    expect(parseAmount('14.300,50', '.')?.value).toBe(14300.5);
    expect(parseAmount("1'234.5")?.value).toBe(1234.5);
    expect(parseAmount('1,234,567')?.value).toBe(1234567);
    expect(parseAmount('12,5', '.')?.value).toBe(12.5);
    expect(parseAmount('0,500', '.')?.value).toBe(0.5);
    // Only the ambiguous "one mark, three digits" follows the hint.
    expect(parseAmount('1,234', '.')?.value).toBe(1234);
    expect(parseAmount('1,234', ',')?.value).toBe(1.234);
    expect(parseAmount('(120.00)')?.value).toBe(-120);
    expect(parseAmount('120-')?.value).toBe(-120);
  });

  it('refuses what is not one amount', () => {
    for (const bad of [
      '',
      'abc',
      '12 34',
      '1,2,3',
      '1.234,567,890',
      '1..2',
      '.5',
      '12.',
      '--5',
      '1 2 3 4',
      '14 300,50 EUR EUR',
      '(−5)',
    ])
      expect(parseAmount(bad), bad).toBeNull();
  });

  it('never throws and gives a finite number or null, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('1', '0', '9', ',', '.', ' ', '\u00a0', "'", '-', '(', ')', '€', 'E', 'x') }),
        (s) => {
          const r = parseAmount(s);
          expect(r === null || Number.isFinite(r.value)).toBe(true);
        },
      ),
    );
    fc.assert(fc.property(fc.string(), (s) => void parseAmount(s)));
  });

  it('runs in linear time: a hostile cell costs no more than a plain one', () => {
    expect(parseAmount('1'.repeat(MAX_AMOUNT_LENGTH + 1))).toBeNull();
    expect(time(() => parseAmount(`${'1 '.repeat(5_000_000)}x`))).toBeLessThan(500);
    expect(time(() => detectDecimalMark(Array.from({ length: 200_000 }, () => '1.234.567,5')))).toBeLessThan(1500);
    expect(time(() => detectDecimalMark([',.'.repeat(3_000_000)]))).toBeLessThan(500);
  });
});

describe('detectDecimalMark', () => {
  it('finds the column’s mark from any unambiguous cell among ambiguous ones', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1000, max: 999_999 }), { maxLength: 20 }),
        fc.integer({ min: 0, max: 99_999_999 }).filter((c) => c % 100 !== 0 && c % 10 !== 0),
        fc.constantFrom('en', 'ru', 'de'),
        (whole, unambiguous, locale) => {
          const f = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
          const cells = [...whole.map((n) => f.format(n)), f.format(unambiguous / 100)];
          expect(detectDecimalMark(cells)).toBe(decimalMarkOf(locale));
        },
      ),
    );
  });

  it('says nothing when no cell tells', () => {
    expect(detectDecimalMark(['1,234', '5 000', '12'])).toBeUndefined();
  });
});
