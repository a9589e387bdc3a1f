/**
 * Dates as accounting exports write them: ISO ("2026-11-05", also with a time after it),
 * "05.11.2026" (Russia, Finland, Georgia), "05/11/2026" and "05-11-2026" (day first unless the
 * column shows otherwise: detectDayOrder), two-digit years as 20yy. Anchored patterns with
 * bounded repeats only, so each cell is read in linear time.
 */

export type DayOrder = 'dmy' | 'mdy';

export const MAX_DAY_LENGTH = 40;

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.+\-Z ]{0,30})?$/;
const NUMERIC = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:[T ][\d:.+\-Z ]{0,30})?$/;

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayOf(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year)}-${pad(month)}-${pad(day)}`;
}

/** 'YYYY-MM-DD', or null when `raw` is no real calendar day in one of the forms above. */
export function parseDay(raw: string, order: DayOrder = 'dmy'): string | null {
  const s = raw.trim();
  if (s === '' || s.length > MAX_DAY_LENGTH) return null;
  const iso = ISO.exec(s);
  if (iso) return dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const m = NUMERIC.exec(s);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const y = m[4] ?? '';
  const year = y.length === 2 ? 2000 + Number(y) : Number(y);
  return order === 'dmy' ? dayOf(year, b, a) : dayOf(year, a, b);
}

/**
 * Month first only when some cell of the column can only be read so ("11/25/2026") and none
 * only day first; day first otherwise (the accounting habit of the interface's languages).
 */
export function detectDayOrder(cells: Iterable<string>): DayOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const cell of cells) {
    const m = cell.length <= MAX_DAY_LENGTH ? NUMERIC.exec(cell.trim()) : null;
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst++;
    if (Number(m[3]) > 12) monthFirst++;
  }
  return monthFirst > 0 && dayFirst === 0 ? 'mdy' : 'dmy';
}
