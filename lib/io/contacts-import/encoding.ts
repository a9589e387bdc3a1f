/**
 * Which text encoding a contacts export is in. CRMs write UTF-8 (with or without a byte-order
 * mark), Excel's "Unicode text" writes UTF-16, and Russian exports from older tools and Excel's
 * default CSV are often Windows-1251. A BOM decides; without one, text that is valid UTF-8 is
 * UTF-8, and invalid UTF-8 is read as Windows-1251 when that gives mostly Cyrillic letters,
 * else as Windows-1252 (Excel's CSV in Finland and Western Europe). The user can override it.
 */
export const importEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'windows-1252'] as const;
export type ImportEncoding = (typeof importEncodings)[number];

export interface DetectedEncoding {
  encoding: ImportEncoding;
  /** Bytes of byte-order mark to skip before decoding. */
  bomBytes: number;
  /** NUL and control bytes: not a text file at all (a spreadsheet, an archive, an image). */
  binary: boolean;
}

/** How many bytes the detector looks at: enough for the header and many rows, cheap to decode. */
export const SNIFF_BYTES = 64 * 1024;

/** Byte-order mark of `encoding` at the start of `bytes`, in bytes (0 when none). */
export function bomLength(bytes: Uint8Array, encoding: ImportEncoding): number {
  const [a, b, c] = bytes;
  if (encoding === 'utf-8') return a === 0xef && b === 0xbb && c === 0xbf ? 3 : 0;
  if (encoding === 'utf-16le') return a === 0xff && b === 0xfe ? 2 : 0;
  if (encoding === 'utf-16be') return a === 0xfe && b === 0xff ? 2 : 0;
  return 0;
}

/** A UTF-16 text without BOM: NUL bytes in one half of the byte pairs of ASCII-heavy text. */
function utf16WithoutBom(bytes: Uint8Array): ImportEncoding | undefined {
  const pairs = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  if (pairs < 2) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZero++;
    if (bytes[2 * i + 1] === 0) oddZero++;
  }
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Valid UTF-8 up to the end of `bytes`; a sequence cut at the end of a full-size sample does not
 * count against it (the file goes on), one cut at the end of a whole small file does.
 */
function isUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return false;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return n >= SNIFF_BYTES;
      const c = bytes[i + k] ?? 0;
      if (c < 0x80 || c > 0xbf) return false;
    }
    i += need + 1;
  }
  return true;
}

const isAsciiLetter = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));

/**
 * How Cyrillic a Windows-1251 reading looks, 0–1. Both Russian in 1251 and Finnish or German in
 * 1252 put their letters in 0xC0–0xFF, so the byte values alone cannot tell; their neighbours
 * can: a Russian word is Cyrillic letters next to each other, while ä, ö, é sit between Latin
 * letters (P-ä-ivi). The score is the share of high bytes that touch no ASCII letter.
 */
export function cyrillicScore(bytes: Uint8Array): number {
  let high = 0;
  let apart = 0;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) continue;
    high++;
    if (!isAsciiLetter(bytes[i - 1]) && !isAsciiLetter(bytes[i + 1])) apart++;
  }
  return high === 0 ? 1 : apart / high;
}

/** Binary data has NUL and other control bytes that text files do not. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > n * 0.01;
}

/** Detects the encoding from the first bytes of a file (linear in the sample, at most SNIFF_BYTES). */
export function detectEncoding(sample: Uint8Array): DetectedEncoding {
  const bytes = sample.subarray(0, SNIFF_BYTES);
  for (const encoding of ['utf-8', 'utf-16le', 'utf-16be'] as const) {
    const bomBytes = bomLength(bytes, encoding);
    if (bomBytes) return { encoding, bomBytes, binary: false };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { encoding: utf16, bomBytes: 0, binary: false };
  if (looksBinary(bytes)) return { encoding: 'utf-8', bomBytes: 0, binary: true };
  if (isUtf8(bytes)) return { encoding: 'utf-8', bomBytes: 0, binary: false };
  return { encoding: cyrillicScore(bytes) >= 0.5 ? 'windows-1251' : 'windows-1252', bomBytes: 0, binary: false };
}
