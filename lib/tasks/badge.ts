/**
 * What the toolbar badge shows: open follow-ups overdue or due today (./due.ts badgeCount), red
 * when something is overdue, amber when only today's are left; and when that can next change
 * with no write at all. The worker applies it (lib/background/badge-service.ts).
 */
import type { Task } from '@/lib/schema';
import { addDays, localDay, parseLocalDateTime, runtimeTimeZone } from '@/lib/time/local-time';
import { badgeCount, isOverdue, isSnoozed } from './due';

const OVERDUE_COLOUR = '#b91c1c';
const TODAY_COLOUR = '#b45309';

export interface BadgeState {
  text: string;
  colour: string;
}

export function badgeFor(tasks: readonly Task[], now: Date, tz = runtimeTimeZone()): BadgeState {
  const n = badgeCount(tasks, now, tz);
  const overdue = tasks.some((t) => isOverdue(t, now, tz) && !isSnoozed(t, now));
  return { text: n === 0 ? '' : n > 99 ? '99+' : String(n), colour: overdue ? OVERDUE_COLOUR : TODAY_COLOUR };
}

/** When the count can change with no write: the next local midnight, or a snooze ending sooner. */
export function nextBadgeChange(tasks: readonly Task[], now: Date, tz = runtimeTimeZone()): number {
  let next = Date.parse(parseLocalDateTime(addDays(localDay(now, tz), 1), '00:00', tz));
  for (const t of tasks) {
    const until = t.status === 'open' && t.snoozedUntil ? Date.parse(t.snoozedUntil) : NaN;
    if (until > now.getTime() && until < next) next = until;
  }
  return next;
}
