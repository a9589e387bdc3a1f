/**
 * A number typed the way the user's locale writes it: "14 300,5" in Russian or Finnish,
 * "14,300.5" in English. Linear in the input (one pass per step, no backtracking pattern).
 */

export interface NumberSymbols {
  decimal: string;
  group: string;
}

const symbolCache = new Map<string, NumberSymbols>();

/** The decimal and grouping marks Intl uses for `locale`. */
export function numberSymbols(locale: string): NumberSymbols {
  let s = symbolCache.get(locale);
  if (!s) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    s = {
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
    };
    symbolCache.set(locale, s);
  }
  return s;
}

/** Spaces of every width (Intl groups with U+00A0 or U+202F) and apostrophes group digits. */
const SPACES = /[\s\u00a0\u2007\u202f'’]/g;
/** Minus signs: ASCII hyphen, the typographic minus Finnish Intl writes, and en dash. */
const MINUS = /^[-\u2212\u2013]/;
const PLAIN = /^\d+(\.\d+)?$/;

/**
 * The number in `text`, or null when it is not one (empty, letters, two decimal marks). The
 * locale's own group mark is dropped, its decimal mark read as the point; where the locale's
 * decimal is a comma, a lone point is read as a decimal too ("14300.5" pasted from a report).
 */
export function parseLocaleNumber(text: string, locale: string): number | null {
  const { decimal, group } = numberSymbols(locale);
  let s = text.trim();
  let sign = 1;
  if (MINUS.test(s)) {
    sign = -1;
    s = s.slice(1).trimStart();
  }
  s = s.replace(SPACES, '');
  if (group !== decimal && s.includes(group)) {
    // "1,5" in English is not fifteen: a group mark must stand before exactly three digits.
    if (!groupedWell(s, group, decimal)) return null;
    s = s.split(group).join('');
  }
  if (decimal !== '.') {
    // A point left over is a decimal mark only if the locale's own mark is absent.
    if (s.includes(decimal) && s.includes('.')) return null;
    s = s.split(decimal).join('.');
  }
  if (!PLAIN.test(s)) return null;
  const n = sign * Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Every group mark of the integer part is followed by three digits, and the first group has 1–3. */
function groupedWell(s: string, group: string, decimal: string): boolean {
  const end = s.indexOf(decimal);
  const groups = (end < 0 ? s : s.slice(0, end)).split(group);
  return groups.every((g, i) => /^\d+$/.test(g) && (i === 0 ? g.length <= 3 : g.length === 3));
}

/** A number for an input field in the locale's way, without rounding away what was typed. */
export function formatInputNumber(n: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }).format(n);
}
