import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatFigure, formatGapPercent, periodLabel } from '@/lib/plan/labels';
import { loadMessages, substitute, type Locale } from '../i18n/locale-messages';

/** The interface in `locale`: its messages and its UI language, as the browser would give them. */
function speak(locale: Locale): void {
  const messages = loadMessages(locale);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
    substitute(messages[key]?.message ?? '', subs === undefined ? [] : [subs].flat())) as typeof fakeBrowser.i18n.getMessage);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(locale);
}

afterEach(() => vi.restoreAllMocks());

describe('plan labels in the user’s language', () => {
  it('names quarters, months and years', () => {
    speak('en');
    expect(periodLabel('2026-Q3')).toBe('Q3 2026');
    expect(periodLabel('2026-07')).toBe('July 2026');
    expect(periodLabel('2026')).toBe('2026');
    speak('ru');
    expect(periodLabel('2026-Q4')).toBe('4 кв. 2026 г.');
    expect(periodLabel('2026-07')).toMatch(/^июль 2026/);
    speak('fi');
    expect(periodLabel('2026-07')).toMatch(/^heinäkuu 2026/);
    speak('ka');
    expect(periodLabel('2026-Q3')).toBe('2026 წლის III კვარტალი');
  });

  it('writes money and gaps in the locale’s number format', () => {
    speak('ru');
    // Intl groups Russian thousands with a no-break space and puts the currency after.
    expect(formatFigure(14300.5, 'EUR').replace(/\s/g, ' ')).toBe('14 300,50 €');
    expect(formatGapPercent(-36).replace(/\s/g, ' ')).toBe('-36 %');
    speak('en');
    expect(formatFigure(14300.5, 'EUR')).toBe('€14,300.50');
    expect(formatFigure(12, '')).toBe('12');
    expect(formatGapPercent(12.4)).toBe('+12%');
  });
});
