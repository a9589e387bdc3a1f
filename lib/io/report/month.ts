/** A report month, 'YYYY-MM', as read from the address and as local days. */
import { addDays, type Day } from '@/lib/time/local-time';

export type Month = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): value is Month {
  return MONTH.test(value);
}

/** The month a local day lies in. */
export function monthOfDay(day: Day): Month {
  return day.slice(0, 7);
}

/** First and last local day of the month. */
export function monthDays(month: Month): { first: Day; last: Day } {
  const first = `${month}-01`;
  return { first, last: addDays(`${shiftMonth(month, 1)}-01`, -1) };
}

/** The month `n` months after (before, when negative). */
export function shiftMonth(month: Month, n: number): Month {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}
