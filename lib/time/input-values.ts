/**
 * Values of date and time form inputs (`type=date` 'YYYY-MM-DD', `type=time` 'HH:MM',
 * `type=datetime-local` 'YYYY-MM-DDTHH:MM'): the user's wall clock, converted to and from the
 * stored UTC instants through ./local-time.ts.
 */
import { isDayOnly, localDay, localTime, parseLocalDateTime, runtimeTimeZone } from './local-time';

/**
 * An instant as a day input and a time input want it. A bare 'YYYY-MM-DD' (a calendar showed
 * only the day) gives the day and an empty time; an unreadable value gives two empty inputs.
 */
export function localDayTime(start: string, tz: string = runtimeTimeZone()): { day: string; time: string } {
  if (isDayOnly(start)) return { day: start, time: '' };
  if (!start || Number.isNaN(Date.parse(start))) return { day: '', time: '' };
  return { day: localDay(start, tz), time: localTime(start, tz) };
}

/** A day input and a time input as a UTC ISO string; null when either is missing or invalid. */
export function isoFromLocal(day: string, time: string, tz: string = runtimeTimeZone()): string | null {
  if (!isDayOnly(day) || !/^\d{2}:\d{2}$/.test(time)) return null;
  try {
    return parseLocalDateTime(day, time, tz);
  } catch {
    return null;
  }
}

/** An instant as a datetime-local input's value ('YYYY-MM-DDTHH:MM'). */
export function toLocalInput(date: Date | string | number, tz: string = runtimeTimeZone()): string {
  return `${localDay(date, tz)}T${localTime(date, tz)}`;
}

/** A datetime-local input's value ('YYYY-MM-DDTHH:MM') as an instant, or null when empty. */
export function fromLocalInput(value: string, tz: string = runtimeTimeZone()): string | null {
  const [day, time] = value.split('T');
  return day && time ? parseLocalDateTime(day, time, tz) : null;
}
