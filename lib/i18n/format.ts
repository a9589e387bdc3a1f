/** Dates and numbers in the user's locale (the browser's UI language). */
import { isDayOnly, noonOf } from '@/lib/time/local-time';
import { uiLocale as locale } from '@/lib/time/ui-locale';

const cache = new Map<string, Intl.DateTimeFormat>();
function dtf(opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale(), opts)));
  return f;
}

/** A day such as a due date: 'YYYY-MM-DD' is the user's local day, never shifted by time zone. */
export function formatDay(value: string): string {
  const d = isDayOnly(value) ? noonOf(value) : new Date(value);
  return Number.isNaN(d.getTime()) ? value : dtf({ dateStyle: 'medium' }).format(d);
}

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dtf({ dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function formatTime(iso: string): string {
  return dtf({ timeStyle: 'short' }).format(new Date(iso));
}

let numbers: Intl.NumberFormat | undefined;

export function formatNumber(n: number): string {
  // One formatter per page: a list row counts several things, and constructing one is the slow part.
  numbers ??= new Intl.NumberFormat(locale());
  return numbers.format(n);
}

/** "in 2 days", "yesterday" — relative to now, in the user's language. */
export function formatRelativeDays(days: number): string {
  return new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' }).format(days, 'day');
}

/** A number with its unit in the user's language and number format: "30 min", «250 кБ», "1,5 Mt". */
export function formatUnit(n: number, unit: 'minute' | 'day' | 'kilobyte' | 'megabyte'): string {
  return new Intl.NumberFormat(locale(), { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(n);
}

/** A size in bytes as kilobytes (rounded up) or, from one megabyte, megabytes with one decimal. */
export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? formatUnit(Math.ceil(bytes / 1024), 'kilobyte') : formatUnit(bytes / 1024 / 1024, 'megabyte');
}

let relative: Intl.RelativeTimeFormat | undefined;

/** "3 days ago", "yesterday", "today" in the user's language (a count of local days, 0 or more). */
export function formatDaysAgo(days: number): string {
  relative ??= new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });
  return relative.format(-days, 'day');
}
