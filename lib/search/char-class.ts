/**
 * Character classes for the tokenizer's scanner, as a lazily filled table over UTF-16 code
 * units: one array read per character instead of a Unicode-property regex per chunk (the
 * regexes were a third of a 40k-record index build, measured).
 */
export const OTHER = 1;
export const WORD = 2;
export const CONNECTOR = 3;

const IS_WORD = /^[\p{L}\p{N}\p{M}]$/u;
/** Joiners that belong inside a word or an address: - ‐ ‑ ' ’ ʼ . @ + _ & */
const CONNECTORS = new Set([0x2d, 0x2010, 0x2011, 0x27, 0x2019, 0x2bc, 0x2e, 0x40, 0x2b, 0x5f, 0x26]);

const table = new Uint8Array(0x10000);
const astral = new Map<number, number>();

/** Class of the code point starting at s[i]; `codePointAt` handles surrogate pairs. */
export function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) {
    let k = table[c] ?? 0;
    if (k === 0) table[c] = k = classify(c);
    return k;
  }
  const cp = s.codePointAt(i) ?? c;
  let k = astral.get(cp);
  if (k === undefined) astral.set(cp, (k = classify(cp)));
  return k;
}

function classify(cp: number): number {
  // ʼ (U+02BC) is a letter to Unicode, but people use it as an apostrophe: treat it as one.
  if (CONNECTORS.has(cp)) return CONNECTOR;
  return IS_WORD.test(String.fromCodePoint(cp)) ? WORD : OTHER;
}
