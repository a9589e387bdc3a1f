/**
 * Amounts as people and accounting exports write them: "14 300,50" (Russian, Finnish), "14,300.50"
 * (English), "14.300,50" (German), "1'234.50" (Swiss), "(120.00)" or "-120" for a credit note,
 * with or without a currency sign or code. One pass over at most MAX_LENGTH characters, no
 * backtracking: a hostile cell costs no more than a plain one.
 */

export type DecimalMark = ',' | '.';

/** Longer cells are no amount anyone typed. */
export const MAX_AMOUNT_LENGTH = 64;

/** Signs that name one currency only; "$" and "¥" name several and are left to the currency column. */
const SIGN_CURRENCY: Readonly<Record<string, string>> = {
  '€': 'EUR',
  '£': 'GBP',
  '₽': 'RUB',
  '₾': 'GEL',
  '₴': 'UAH',
  '₸': 'KZT',
};

export interface ParsedAmount {
  value: number;
  /** The currency the cell itself names ("EUR 1 200", "1 200 €"), upper-case. */
  currency?: string;
}

const isDigit = (c: string) => c >= '0' && c <= '9';
/** Spaces of every width and apostrophes group thousands; they never mark decimals. */
const isGroupSpace = (c: string) => /^[\s\u00a0\u202f\u2009'’]$/u.test(c);
const isLetter = (c: string) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

/**
 * The number in `raw`, or null when it is not one amount. `decimal` decides only the ambiguous
 * case of one mark followed by exactly three digits ("1,234"): the user's locale for typed input,
 * the file's own habit (detectDecimalMark) for an import; '.' when not given.
 */
export function parseAmount(raw: string, decimal: DecimalMark = '.'): ParsedAmount | null {
  let s = raw.trim();
  if (s === '' || s.length > MAX_AMOUNT_LENGTH) return null;
  let negative = false;
  let currency: string | undefined;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  // A currency code or sign before or after the number.
  const code = (part: string) => /^[A-Za-z]{3}$/.test(part);
  if (code(s.slice(0, 3)) && !isLetter(s.charAt(3))) {
    currency = s.slice(0, 3).toUpperCase();
    s = s.slice(3).trim();
  } else if (code(s.slice(-3)) && !isLetter(s.charAt(s.length - 4))) {
    currency = s.slice(-3).toUpperCase();
    s = s.slice(0, -3).trim();
  }
  const first = s.charAt(0);
  const last = s.charAt(s.length - 1);
  if (/^\p{Sc}$/u.test(first)) {
    currency ??= SIGN_CURRENCY[first];
    s = s.slice(1).trim();
  } else if (/^\p{Sc}$/u.test(last)) {
    currency ??= SIGN_CURRENCY[last];
    s = s.slice(0, -1).trim();
  }
  if (s.startsWith('-') || s.startsWith('−')) {
    if (negative) return null;
    negative = true;
    s = s.slice(1).trim();
  } else if (s.endsWith('-')) {
    if (negative) return null;
    negative = true;
    s = s.slice(0, -1).trim();
  }
  // Digit runs and the single separator between each two of them ('.', ',' or ' ' for a space).
  const runs: string[] = [];
  const seps: string[] = [];
  let run = '';
  let pending = '';
  for (const c of s) {
    if (isDigit(c)) {
      if (run === '' && runs.length > 0) seps.push(pending);
      run += c;
      continue;
    }
    const sep = c === '.' || c === ',' ? c : isGroupSpace(c) ? ' ' : null;
    if (sep === null) return null;
    if (run !== '') {
      runs.push(run);
      run = '';
      pending = sep;
    } else if (runs.length === 0 || pending !== ' ' || sep !== ' ') {
      // A mark before the first digit, or two separators in a row (only spaces may repeat).
      return null;
    }
  }
  if (run === '') return null;
  runs.push(run);
  return build(runs, seps, decimal, negative, currency);
}

function build(runs: string[], seps: string[], hint: DecimalMark, negative: boolean, currency?: string): ParsedAmount | null {
  const marks = seps.filter((x) => x !== ' ');
  const lastSep = seps[seps.length - 1];
  const lastRun = runs[runs.length - 1] ?? '';
  let decimalAt = -1; // index in seps of the decimal mark
  if (marks.length > 0 && (lastSep === '.' || lastSep === ',')) {
    const same = marks.filter((m) => m === lastSep).length;
    const other = marks.length - same;
    if (same === 1 && other > 0) decimalAt = seps.length - 1;
    else if (same === 1) {
      // One mark, last: "14 300,50" and "12,5" are decimals; "1,234" is the hint's to decide.
      const spaced = seps.length > 1;
      // A first group of four digits or a leading zero ("1234,567", "0,500") cannot be grouping.
      const firstRun = runs[0] ?? '';
      const ungroupable = firstRun.length > 3 || (firstRun === '0' && runs.length === 2);
      if (lastRun.length !== 3 || spaced || ungroupable || hint === lastSep) decimalAt = seps.length - 1;
    }
  }
  const grouping = seps.filter((_, i) => i !== decimalAt);
  // Grouping uses one mark (or spaces) throughout, never the decimal one.
  const groupMarks = new Set(grouping);
  if (groupMarks.size > 1) return null;
  if (decimalAt >= 0 && groupMarks.has(seps[decimalAt] ?? '')) return null;
  const intRuns = decimalAt >= 0 ? runs.slice(0, -1) : runs;
  if (grouping.length > 0) {
    if ((intRuns[0]?.length ?? 0) > 3) return null;
    for (let i = 1; i < intRuns.length; i++) if (intRuns[i]?.length !== 3) return null;
  }
  const int = intRuns.join('');
  const frac = decimalAt >= 0 ? lastRun : '';
  const value = Number(frac ? `${int}.${frac}` : int);
  if (!Number.isFinite(value)) return null;
  return { value: negative && value !== 0 ? -value : value, ...(currency ? { currency } : {}) };
}

/**
 * The decimal mark a column of amounts uses, from the cells that say it unambiguously ("1.234,5",
 * "12,50", "1,234,567"); undefined when none does. One pass per cell.
 */
export function detectDecimalMark(cells: Iterable<string>): DecimalMark | undefined {
  let comma = 0;
  let dot = 0;
  for (const cell of cells) {
    if (cell.length > MAX_AMOUNT_LENGTH) continue;
    const lastComma = cell.lastIndexOf(',');
    const lastDot = cell.lastIndexOf('.');
    if (lastComma >= 0 && lastDot >= 0) {
      if (lastComma > lastDot) comma++;
      else dot++;
      continue;
    }
    const at = Math.max(lastComma, lastDot);
    if (at < 0) continue;
    const mark = cell.charAt(at);
    if (cell.indexOf(mark) !== at) {
      // Used twice: it groups, so the other one is the decimal mark.
      if (mark === ',') dot++;
      else comma++;
      continue;
    }
    let digitsAfter = 0;
    for (let i = at + 1; i < cell.length && isDigit(cell.charAt(i)); i++) digitsAfter++;
    if (digitsAfter > 0 && digitsAfter !== 3) {
      if (mark === ',') comma++;
      else dot++;
    }
  }
  if (comma === dot) return undefined;
  return comma > dot ? ',' : '.';
}

/** The decimal mark of a locale ("ru" → ",", "en" → "."). */
export function decimalMarkOf(locale: string): DecimalMark {
  const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
  return part?.value === ',' ? ',' : '.';
}
