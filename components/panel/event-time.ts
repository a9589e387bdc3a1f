/**
 * An event's start as the panel's day and time inputs want it (the user's wall clock), and back.
 * A bare 'YYYY-MM-DD' (the calendar showed only the day) gives the day and an empty time.
 */
export function localDayTime(start: string): { day: string; time: string } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(start)) return { day: start, time: '' };
  const d = new Date(start);
  if (!start || Number.isNaN(d.getTime())) return { day: '', time: '' };
  const pad = (n: number) => String(n).padStart(2, '0');
  return { day: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

/** The inputs' wall-clock day and time as a UTC ISO string; null when either is missing or invalid. */
export function isoFromLocal(day: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const d = new Date(`${day}T${time}:00`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
