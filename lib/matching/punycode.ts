/**
 * Punycode label decoding (RFC 3492). Mail clients show IDN domains either way —
 * "пример.рф" or "xn--e1afmkfd.xn--p1ai" — and accounts may be saved in either form, so
 * matching compares the Unicode form. Encoding needs no code of ours: the URL parser does it.
 */
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 22;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  return BASE;
}

/** A DNS label is at most 63 characters; longer input is no label, and decoding it costs quadratic time. */
const MAX_LABEL = 63;

const NOT_IN_DOMAINS = /[\p{Cc}\p{Cs}\p{White_Space}]/u;

/** Decode the part after "xn--"; undefined when it is not valid Punycode. */
export function decodePunycode(input: string): string | undefined {
  if (input.length > MAX_LABEL) return undefined;
  const basic = Math.max(0, input.lastIndexOf('-'));
  const out: number[] = [];
  for (let j = 0; j < basic; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return undefined;
    out.push(c);
  }
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let idx = basic > 0 ? basic + 1 : 0; idx < input.length;) {
    const oldI = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (idx >= input.length) return undefined;
      const d = digit(input.charCodeAt(idx++));
      if (d >= BASE || d > Math.floor((0x7fffffff - i) / w)) return undefined;
      i += d * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (d < t) break;
      w *= BASE - t;
    }
    const len = out.length + 1;
    bias = adapt(i - oldI, len, oldI === 0);
    n += Math.floor(i / len);
    // No domain holds controls, surrogates or spaces (IDNA disallows them), so a label that
    // decodes to one is not Punycode of a real name: "xn--a" would otherwise read as U+0080.
    if (n > 0x10ffff || NOT_IN_DOMAINS.test(String.fromCodePoint(n))) return undefined;
    i %= len;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}

/** "xn--e1afmkfd.xn--p1ai" → "пример.рф"; labels that do not decode stay as they are. */
export function domainToUnicode(domain: string): string {
  return domain
    .split('.')
    .map((l) => (l.startsWith('xn--') ? (decodePunycode(l.slice(4))?.toLowerCase() ?? l) : l))
    .join('.');
}

/** "пример.рф" → "xn--e1afmkfd.xn--p1ai" via the platform's URL parser (worker and page alike). */
export function domainToAscii(domain: string): string | undefined {
  if (/^\p{ASCII}*$/u.test(domain)) return domain;
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return undefined;
  }
}
