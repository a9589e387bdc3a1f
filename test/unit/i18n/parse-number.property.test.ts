import fc from 'fast-check';
import { formatInputNumber, parseLocaleNumber } from '@/lib/i18n/parse-number';

const locales = ['en', 'ru', 'fi', 'ka', 'de', 'de-CH', 'fr'];

/**
 * Figures typed in the user's number format (the plan figures form): what Intl writes reads
 * back as the same number; anything else is a number or null, never an exception, in linear time.
 */
describe('parseLocaleNumber', () => {
  it('reads the ways people type figures', () => {
    expect(parseLocaleNumber('14 300,5', 'ru')).toBe(14300.5);
    expect(parseLocaleNumber('14\u00a0300,5', 'fi')).toBe(14300.5);
    expect(parseLocaleNumber('−2 500', 'fi')).toBe(-2500);
    expect(parseLocaleNumber('14300.5', 'ru')).toBe(14300.5);
    expect(parseLocaleNumber('14,300.5', 'en')).toBe(14300.5);
    expect(parseLocaleNumber(' 7 ', 'en')).toBe(7);
    for (const bad of ['', 'abc', '1,5', '1.2.3', '14,30', '--1', '1e5', '12 €'])
      expect(parseLocaleNumber(bad, 'en'), bad).toBeNull();
    expect(parseLocaleNumber('1,2.3', 'ru')).toBeNull();
  });

  it('reads back every number Intl writes, in every locale', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 99 }),
        (locale, whole, cents) => {
          const n = whole + Math.sign(whole || 1) * (cents / 100);
          const text = formatInputNumber(n, locale);
          expect(parseLocaleNumber(text, locale)).toBeCloseTo(n, 6);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('returns a finite number or null for any text', () => {
    const numberish = fc.string({ unit: fc.constantFrom('1', '0', '9', ',', '.', ' ', '\u00a0', '-', '−', "'", 'e', 'x') });
    fc.assert(
      fc.property(fc.constantFrom(...locales), fc.oneof(numberish, fc.string()), (locale, text) => {
        const n = parseLocaleNumber(text, locale);
        expect(n === null || Number.isFinite(n)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('100 000 characters of adversarial text take linear time', () => {
    const n = 100_000;
    for (const text of ['1'.repeat(n), '1,'.repeat(n / 2), '1 '.repeat(n / 2), `${'1'.repeat(n)}x`, ','.repeat(n), '−'.repeat(n)])
      for (const locale of ['en', 'ru']) {
        const started = performance.now();
        parseLocaleNumber(text, locale);
        expect(performance.now() - started).toBeLessThan(250);
      }
  });
});
