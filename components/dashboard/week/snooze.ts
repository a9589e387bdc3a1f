/**
 * Snooze choices for a follow-up. A snoozed follow-up stays open but leaves the badge and Today
 * until the snooze ends (lib/tasks/due.ts); mornings at 09:00 local, when the day's work starts.
 */
import { addDays, localDay, parseLocalDateTime, runtimeTimeZone, startOfWeek } from '@/lib/time/local-time';
import { weekStartFor } from '@/lib/tasks/week';

export const snoozeChoices = ['later-today', 'tomorrow', 'next-week'] as const;
export type SnoozeChoice = (typeof snoozeChoices)[number];

const MORNING = '09:00';
const LATER_MS = 3 * 3_600_000;

export function snoozeUntil(choice: SnoozeChoice, now = new Date(), tz = runtimeTimeZone(), locale?: string): string {
  const today = localDay(now, tz);
  switch (choice) {
    case 'later-today':
      return new Date(now.getTime() + LATER_MS).toISOString();
    case 'tomorrow':
      return parseLocalDateTime(addDays(today, 1), MORNING, tz);
    case 'next-week':
      return parseLocalDateTime(addDays(startOfWeek(today, weekStartFor(locale)), 7), MORNING, tz);
  }
}
