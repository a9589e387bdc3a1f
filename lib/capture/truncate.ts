/** Captures larger than this are cut, not refused: a clip of a long page is still useful. */
export const MAX_CAPTURE_BYTES = 100 * 1024;

export interface Truncated {
  text: string;
  truncated: boolean;
  /** UTF-8 size of the text before truncation, so the UI can say how much was cut. */
  bytes: number;
}

/** UTF-8 size without allocating; a lone surrogate counts 3 bytes, as TextEncoder writes U+FFFD. */
export function utf8Length(text: string): number {
  return utf8Prefix(text, Number.POSITIVE_INFINITY).bytes;
}

/**
 * Cut `text` to at most `maxBytes` UTF-8 bytes, mark included, at a grapheme-cluster boundary
 * (an emoji family or a flag is kept whole or dropped whole), and say so in a visible mark:
 * "\n… [truncated by Keyside: 123 KB → 100 KB]". The mark is English on purpose: it is stored
 * data, not interface text, and must read the same after the user switches language.
 */
export function truncateUtf8(text: string, maxBytes: number = MAX_CAPTURE_BYTES): Truncated {
  const bytes = utf8Length(text);
  if (bytes <= maxBytes) return { text, truncated: false, bytes };
  let mark = `\n… [truncated by Keyside: ${formatSize(bytes, Math.ceil)} → ${formatSize(maxBytes, Math.floor)}]`;
  let budget = maxBytes - utf8Length(mark);
  if (budget < 0) {
    // A limit smaller than the mark itself: keep what fits, unmarked, rather than overflow.
    mark = '';
    budget = maxBytes;
  }
  const cut = graphemeBoundaryAtOrBefore(text, utf8Prefix(text, budget).index);
  return { text: text.slice(0, cut).replace(/\s+$/u, '') + mark, truncated: true, bytes };
}

/** First `maxChars` user-perceived characters plus "…", for headlines and excerpts. */
export function clipGraphemes(text: string, maxChars: number, ellipsis = '…'): string {
  const segmenter = graphemeSegmenter();
  if (!segmenter) {
    const points = Array.from(text);
    if (points.length <= maxChars) return text;
    const cut = graphemeBoundaryAtOrBefore(text, points.slice(0, maxChars).join('').length, null);
    return text.slice(0, cut).trimEnd() + ellipsis;
  }
  let count = 0;
  for (const { index } of segmenter.segment(text)) {
    if (count === maxChars) return text.slice(0, index).trimEnd() + ellipsis;
    count += 1;
  }
  return text;
}

function formatSize(bytes: number, round: (n: number) => number): string {
  return bytes < 1024 ? `${bytes} B` : `${round(bytes / 1024)} KB`;
}

/** The longest prefix within `maxBytes`, ending on a code point boundary. */
function utf8Prefix(text: string, maxBytes: number): { index: number; bytes: number } {
  let bytes = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const size = pair ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    if (bytes + size > maxBytes) break;
    bytes += size;
    i += pair ? 2 : 1;
  }
  return { index: i, bytes };
}

let cachedSegmenter: Intl.Segmenter | null | undefined;

/** Intl.Segmenter where the browser has it (Chrome 87+, Firefox 125+); null before that. */
function graphemeSegmenter(): Intl.Segmenter | null {
  if (cachedSegmenter === undefined) {
    cachedSegmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  }
  return cachedSegmenter;
}

/** Characters that extend the cluster before them: marks, joiners, variation selectors, skin tones, tags. */
const EXTENDS_PREVIOUS = /^[\p{M}\p{Emoji_Modifier}\u{e0020}-\u{e007f}\u200d]$/u;
const REGIONAL_INDICATOR = /^\p{Regional_Indicator}$/u;

/**
 * Largest grapheme boundary <= index. Exported for tests; `segmenter` null exercises the
 * fallback for browsers without Intl.Segmenter, which covers marks, ZWJ sequences, skin tones,
 * tag sequences and flags (pairs of regional indicators).
 */
export function graphemeBoundaryAtOrBefore(
  text: string,
  index: number,
  segmenter: Intl.Segmenter | null = graphemeSegmenter(),
): number {
  if (index >= text.length) return text.length;
  if (index <= 0) return 0;
  if (segmenter) return segmenter.segment(text).containing(index)?.index ?? index;
  const at = (i: number): string => String.fromCodePoint(text.codePointAt(i) ?? 0);
  const back = (i: number): number => ((text.charCodeAt(i - 1) & 0xfc00) === 0xdc00 && i >= 2 ? i - 2 : i - 1);
  let i = (text.charCodeAt(index) & 0xfc00) === 0xdc00 ? index - 1 : index;
  while (i > 0 && (EXTENDS_PREVIOUS.test(at(i)) || text.charCodeAt(i - 1) === 0x200d)) i = back(i);
  if (REGIONAL_INDICATOR.test(at(i))) {
    // Flags pair up from the start of the run: an odd count before i means i splits a flag.
    let run = 0;
    for (let j = i - 2; j >= 0 && REGIONAL_INDICATOR.test(at(j)); j -= 2) run += 1;
    if (run % 2 === 1) i -= 2;
  }
  return i;
}
