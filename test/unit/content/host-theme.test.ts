import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRgb, relativeLuminance, themeOfBackground } from '@/lib/content/host-theme';

describe('host theme from a computed background colour', () => {
  it.each([
    ['rgb(255, 255, 255)', 'light'],
    ['rgb(246, 248, 252)', 'light'], // Gmail's light canvas
    ['rgb(31, 31, 31)', 'dark'], // Gmail's dark canvas
    ['rgb(41, 40, 39)', 'dark'], // Outlook's dark theme
    ['rgba(32, 33, 36, 0.95)', 'dark'],
    ['rgb(32 33 36 / 80%)', 'dark'],
    ['rgb(110, 110, 110)', 'dark'], // mid grey: white text reads better on it
    ['rgb(128, 128, 128)', 'light'],
  ])('%s → %s', (color, theme) => {
    expect(themeOfBackground(color)).toBe(theme);
  });

  it.each(['rgba(0, 0, 0, 0)', 'transparent', 'rgb(0 0 0 / 10%)', 'oklch(0.2 0 0)', '', 'rgb(1, 2)', 'rgb(a, b, c)'])(
    '%s gives no hint',
    (color) => {
      expect(themeOfBackground(color)).toBeUndefined();
    },
  );

  it('relative luminance spans 0 (black) to 1 (white)', () => {
    expect(relativeLuminance(0, 0, 0)).toBe(0);
    expect(relativeLuminance(255, 255, 255)).toBeCloseTo(1, 10);
  });

  it('reads back every colour the browser can compute, in both syntaxes', () => {
    const channel = fc.integer({ min: 0, max: 255 });
    fc.assert(
      fc.property(channel, channel, channel, fc.integer({ min: 0, max: 100 }), (r, g, b, a) => {
        expect(parseRgb(`rgb(${r}, ${g}, ${b})`)).toEqual([r, g, b, 1]);
        expect(parseRgb(`rgba(${r}, ${g}, ${b}, ${a / 100})`)).toEqual([r, g, b, a / 100]);
        expect(parseRgb(`rgb(${r} ${g} ${b} / ${a}%)`)).toEqual([r, g, b, a / 100]);
      }),
    );
  });

  it('a lighter grey never reads darker than a darker one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), (x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        expect(relativeLuminance(lo, lo, lo)).toBeLessThanOrEqual(relativeLuminance(hi, hi, hi));
        if (themeOfBackground(`rgb(${lo}, ${lo}, ${lo})`) === 'light') {
          expect(themeOfBackground(`rgb(${hi}, ${hi}, ${hi})`)).toBe('light');
        }
      }),
    );
  });

  it('any string is answered without throwing, and quickly', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (s) => {
        expect([undefined, 'dark', 'light']).toContain(themeOfBackground(s));
        // Only a whole colour counts: page text around one is no hint.
        expect(themeOfBackground(`x${s}rgb(0, 0, 0)`)).toBeUndefined();
      }),
    );
    const hostile = ['rgb(' + '1 '.repeat(100_000), 'rgba(' + '1,'.repeat(100_000) + ')', 'rgb(1, 1, 1' + ' '.repeat(100_000)];
    const start = performance.now();
    for (const s of hostile) expect(themeOfBackground(s)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(200);
  });
});
