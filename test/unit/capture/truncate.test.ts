import { MAX_CAPTURE_BYTES, clipGraphemes, graphemeBoundaryAtOrBefore, truncateUtf8, utf8Length } from '@/lib/capture/truncate';

const bytesOf = (s: string): number => new TextEncoder().encode(s).length;
const graphemes = (s: string): string[] =>
  Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s), (x) => x.segment);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const MARK = /\n… \[truncated by Keyside: [^\]]+\]$/;

describe('utf8Length', () => {
  it('counts UTF-8 bytes as TextEncoder does, lone surrogates included', () => {
    for (const s of ['', 'abc', 'Привет', 'თბილისი', 'שלום', '👨‍👩‍👧‍👦🇬🇪', 'a\ud800b', '\udc00']) {
      expect(utf8Length(s)).toBe(bytesOf(s));
    }
  });
});

describe('truncateUtf8', () => {
  it('leaves text within the limit untouched', () => {
    expect(truncateUtf8('Привет', 12)).toEqual({ text: 'Привет', truncated: false, bytes: 12 });
    const exactly = 'a'.repeat(MAX_CAPTURE_BYTES);
    expect(truncateUtf8(exactly)).toEqual({ text: exactly, truncated: false, bytes: MAX_CAPTURE_BYTES });
  });

  it('cuts over 100 KB to at most 100 KB, mark included, saying how much there was', () => {
    const result = truncateUtf8('a'.repeat(123 * 1024));
    expect(result.truncated).toBe(true);
    expect(result.bytes).toBe(123 * 1024);
    expect(result.text.endsWith('\n… [truncated by Keyside: 123 KB → 100 KB]')).toBe(true);
    expect(bytesOf(result.text)).toBeLessThanOrEqual(MAX_CAPTURE_BYTES);
    expect(bytesOf(result.text)).toBeGreaterThan(MAX_CAPTURE_BYTES - 64);
  });

  it('never splits an emoji family, a flag, a skin tone or a surrogate pair', () => {
    const unit = '👨‍👩‍👧‍👦🇬🇪👋🏽ღ';
    const result = truncateUtf8(unit.repeat(5000));
    const kept = result.text.replace(MARK, '');
    expect(result.text).toMatch(MARK);
    expect(bytesOf(result.text)).toBeLessThanOrEqual(MAX_CAPTURE_BYTES);
    expect(LONE_SURROGATE.test(kept)).toBe(false);
    expect(unit.repeat(5000).startsWith(kept)).toBe(true);
    expect(new Set(graphemes(kept))).toEqual(new Set(graphemes(unit)));
  });

  it('cuts at a grapheme boundary for every alignment of multi-byte text', () => {
    const text = 'თბილისი 👨‍👩‍👧‍👦 Привет 🇬🇪🇸🇦 é שלום 1️⃣ '.repeat(20);
    const boundaries = new Set<number>([0]);
    let at = 0;
    for (const g of graphemes(text)) boundaries.add((at += g.length));
    for (let max = 60; max < 400; max += 1) {
      const result = truncateUtf8(text, max);
      expect(bytesOf(result.text)).toBeLessThanOrEqual(max);
      const kept = result.text.replace(MARK, '');
      expect(text.startsWith(kept)).toBe(true);
      // Trailing whitespace is trimmed before the mark; whitespace never joins a cluster, so the
      // end of what is kept is still a boundary.
      expect(boundaries.has(kept.length)).toBe(true);
      expect(LONE_SURROGATE.test(kept)).toBe(false);
    }
  });

  it('keeps as much as fits, unmarked, when the limit is smaller than the mark', () => {
    expect(truncateUtf8('Привет мир', 9)).toEqual({ text: 'Прив', truncated: true, bytes: 19 });
  });
});

describe('graphemeBoundaryAtOrBefore without Intl.Segmenter (Firefox < 125)', () => {
  it('backs off over joiners, modifiers, marks, variation selectors and flag pairs', () => {
    const family = '👨‍👩‍👧‍👦';
    for (let i = 1; i < family.length; i += 1) expect(graphemeBoundaryAtOrBefore(`${family}x`, i, null)).toBe(0);
    expect(graphemeBoundaryAtOrBefore(`a${family}`, 1, null)).toBe(1);
    expect(graphemeBoundaryAtOrBefore('a👋🏽', 3, null)).toBe(1);
    expect(graphemeBoundaryAtOrBefore('ae\u0301', 2, null)).toBe(1);
    expect(graphemeBoundaryAtOrBefore('1\ufe0f\u20e3x', 2, null)).toBe(0);
    expect(graphemeBoundaryAtOrBefore('🇬🇪🇸🇦', 2, null)).toBe(0);
    expect(graphemeBoundaryAtOrBefore('🇬🇪🇸🇦', 4, null)).toBe(4);
    expect(graphemeBoundaryAtOrBefore('🇬🇪🇸🇦', 6, null)).toBe(4);
    expect(graphemeBoundaryAtOrBefore('ab', 1, null)).toBe(1);
  });
});

describe('clipGraphemes', () => {
  it('counts user-perceived characters and adds an ellipsis only when it cut', () => {
    expect(clipGraphemes('Привет мир', 6)).toBe('Привет…');
    expect(clipGraphemes('Привет мир', 7)).toBe('Привет…');
    expect(clipGraphemes('Привет', 6)).toBe('Привет');
    expect(clipGraphemes('👨‍👩‍👧‍👦🇬🇪ab', 2)).toBe('👨‍👩‍👧‍👦🇬🇪…');
  });
});
