/**
 * The toolbar badge (what it shows: lib/tasks/badge.ts). It follows the tasks live and is
 * recomputed when the day changes (local midnight) or a snooze ends, via one alarm — a timer
 * would die with the worker.
 */
import { liveQuery } from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import { openTasks } from '@/lib/db/queries/open-tasks';
import type { Task } from '@/lib/schema';
import { type BadgeState, badgeFor, nextBadgeChange } from '@/lib/tasks/badge';

export const BADGE_ALARM = 'keyside:badge';

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

/** `later` defers the first (table-reading) computation off the worker's start path (after-start.ts). */
export function startBadge(db: AppDB, later: (task: () => void) => void = (task) => task()) {
  const report = (e: unknown) => console.error('Keyside badge failed', e);
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === BADGE_ALARM) void refreshBadge(db).catch(report);
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  let sub: { unsubscribe(): void } | undefined;
  let stopped = false;
  later(() => {
    if (stopped) return;
    sub = liveQuery(() => openTasks(db)).subscribe({
      next: (tasks) => void refreshBadge(db, new Date(), tasks).catch(report),
      error: report,
    });
  });
  return {
    stop() {
      stopped = true;
      sub?.unsubscribe();
      browser.alarms.onAlarm.removeListener(onAlarm);
    },
  };
}
