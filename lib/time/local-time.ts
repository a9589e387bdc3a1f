/**
 * Local-day arithmetic in a named IANA time zone, using only Intl (no date library), because
 * "due today", "overdue" and "10:00 on Monday" are about the user's wall clock while everything is
 * stored as UTC ISO strings. Days are handled as 'YYYY-MM-DD' strings: they compare correctly as
 * strings and never drift by an offset.
 */

export type Day = string; // 'YYYY-MM-DD'

/** One calendar day in UTC arithmetic (local days may be 23 or 25 hours: use addDays for those). */
export const DAY_MS = 86_400_000;

/** The runtime's zone: the browser's setting is the user's zone unless they chose another. */
export function runtimeTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per zone: constructing Intl formatters is the slow part. */
function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

const weekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** Wall-clock fields of an instant in `tz`. Throws RangeError for an unknown zone. */
export function localParts(date: Date | string | number, tz: string = runtimeTimeZone()): LocalParts {
  const d = toDate(date);
  const out: Record<string, string> = {};
  for (const p of formatterFor(tz).formatToParts(d)) out[p.type] = p.value;
  return {
    year: Number(out.year),
    month: Number(out.month),
    day: Number(out.day),
    // Some engines print midnight as '24' even with h23.
    hour: Number(out.hour) % 24,
    minute: Number(out.minute),
    second: Number(out.second),
    weekday: weekdays[out.weekday ?? ''] ?? 1,
  };
}

/** The local calendar day of an instant, 'YYYY-MM-DD'. */
export function localDay(date: Date | string | number, tz: string = runtimeTimeZone()): Day {
  const p = localParts(date, tz);
  return dayFromParts(p.year, p.month, p.day);
}

/** 'HH:MM' on the local wall clock, for forms. */
export function localTime(date: Date | string | number, tz: string = runtimeTimeZone()): string {
  const p = localParts(date, tz);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** Offset of `tz` from UTC at an instant, in milliseconds (Helsinki summer: +3 h). */
export function tzOffsetMs(instantMs: number, tz: string): number {
  const p = localParts(instantMs, tz);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  // Intl drops milliseconds; compare against the instant truncated to the second.
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/**
 * A wall-clock date and time in `tz` -> UTC ISO string, for the scheduling form.
 * Follows Temporal's 'compatible' rule: a time skipped by a spring-forward gap moves forward
 * by the gap (03:30 -> 04:30), an ambiguous fall-back time takes the earlier instant.
 */
export function parseLocalDateTime(day: Day, time: string, tz: string = runtimeTimeZone()): string {
  const dm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const tm = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time.trim());
  if (!dm || !tm) throw new RangeError(`expected 'YYYY-MM-DD' and 'HH:MM', got '${day}' '${time}'`);
  const [y, mo, d] = [Number(dm[1]), Number(dm[2]), Number(dm[3])];
  const [h, mi, s] = [Number(tm[1]), Number(tm[2]), Number(tm[3] ?? 0)];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) {
    throw new RangeError(`not a valid date/time: '${day}' '${time}'`);
  }
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  if (new Date(wall).getUTCDate() !== d) throw new RangeError(`no such day: '${day}'`);

  // The offsets a day either side cover both sides of any transition near this wall time.
  const before = tzOffsetMs(wall - DAY_MS, tz);
  const after = tzOffsetMs(wall + DAY_MS, tz);
  const candidates = (before === after ? [before] : [before, after])
    .map((off) => wall - off)
    .filter((t) => tzOffsetMs(t, tz) === wall - t)
    .sort((a, b) => a - b);
  // No candidate: the wall time falls in a gap; the pre-transition offset shifts it forward.
  const instant = candidates[0] ?? wall - before;
  return new Date(instant).toISOString();
}

/** The last millisecond of a local day in `tz`, as UTC ISO ("until the end of tomorrow"). */
export function endOfLocalDay(day: Day, tz: string = runtimeTimeZone()): string {
  return new Date(Date.parse(parseLocalDateTime(addDays(day, 1), '00:00', tz)) - 1).toISOString();
}

/** 'YYYY-MM-DD' from calendar fields (month 1-12), as a calendar file or a form gives them. */
export function dayFromParts(year: number, month: number, day: number): Day {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * A Date at noon of a calendar day in the runtime's zone: what Intl needs to name the day
 * ("Monday", "24 Nov 2026"); noon, so no offset can move it across midnight.
 */
export function noonOf(day: Day): Date {
  return new Date(`${day}T12:00:00`);
}

/** True when the engine knows `tz` as an IANA zone name. */
export function isTimeZone(tz: string): boolean {
  const known = timeZoneCache.get(tz);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    valid = true;
  } catch {
    valid = false;
  }
  if (timeZoneCache.size >= 256) timeZoneCache.clear();
  timeZoneCache.set(tz, valid);
  return valid;
}

/** Names already checked: Intl is slow to construct, and an invitation may name a zone on every event. */
const timeZoneCache = new Map<string, boolean>();

/** Day arithmetic on 'YYYY-MM-DD' via UTC, where every day is 24 h long. */
export function addDays(day: Day, n: number): Day {
  return new Date(dayToUtcMs(day) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (b - a); positive when b is later. */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((dayToUtcMs(b) - dayToUtcMs(a)) / DAY_MS);
}

/** ISO weekday of a calendar day: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: Day): number {
  const w = new Date(dayToUtcMs(day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** First day of the week containing `day`; `weekStartsOn` is an ISO weekday (1 = Monday). */
export function startOfWeek(day: Day, weekStartsOn = 1): Day {
  return addDays(day, -((weekdayOf(day) - weekStartsOn + 7) % 7));
}

/** True for a plain 'YYYY-MM-DD' value (a due "day"), false for a date-time. */
export function isDayOnly(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/**
 * The local day a stored value refers to: a plain day is that day as written (it means the
 * user's local day, whatever the zone), a date-time is converted to the zone.
 */
export function dayOf(value: string, tz: string = runtimeTimeZone()): Day {
  return isDayOnly(value) ? value : localDay(value, tz);
}

function dayToUtcMs(day: Day): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) throw new RangeError(`expected 'YYYY-MM-DD', got '${day}'`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function toDate(date: Date | string | number): Date {
  const d = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(d.getTime())) throw new RangeError(`invalid date: ${String(date)}`);
  return d;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
