/**
 * The toolbar badge: open follow-ups overdue or due today (lib/tasks/due.ts badgeCount). Red when
 * something is overdue, amber when only today's are left. It follows the tasks live and is
 * recomputed when the day changes (local midnight) or a snooze ends, via one alarm — a timer
 * would die with the worker.
 */
import { liveQuery } from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import { openTasks } from '@/lib/db/queries/open-tasks';
import type { Task } from '@/lib/schema';
import { badgeCount, isOverdue, isSnoozed } from '@/lib/tasks/due';
import { addDays, localDay, parseLocalDateTime, runtimeTimeZone } from '@/lib/time/local-time';

export const BADGE_ALARM = 'keyside:badge';
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

/** MV3 has `action`; Firefox's MV2 build has `browserAction` with the same badge calls. */
function actionApi(): typeof browser.action | undefined {
  const b = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return b.action ?? b.browserAction;
}

export async function applyBadge(tasks: readonly Task[], now = new Date()): Promise<BadgeState> {
  const state = badgeFor(tasks, now);
  const action = actionApi();
  if (action) {
    await action.setBadgeText({ text: state.text });
    if (state.text) await action.setBadgeBackgroundColor({ color: state.colour });
  }
  return state;
}

/** Recomputes the badge now and books the alarm for the next change. */
export async function refreshBadge(db: AppDB, now = new Date(), tasks?: Task[]): Promise<BadgeState> {
  const list = tasks ?? (await openTasks(db));
  const state = await applyBadge(list, now);
  await browser.alarms.create(BADGE_ALARM, { when: nextBadgeChange(list, now) });
  return state;
}

export function startBadge(db: AppDB) {
  const report = (e: unknown) => console.error('Keyside badge failed', e);
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === BADGE_ALARM) void refreshBadge(db).catch(report);
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  const sub = liveQuery(() => openTasks(db)).subscribe({
    next: (tasks) => void refreshBadge(db, new Date(), tasks).catch(report),
    error: report,
  });
  return {
    stop() {
      sub.unsubscribe();
      browser.alarms.onAlarm.removeListener(onAlarm);
    },
  };
}
