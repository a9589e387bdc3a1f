/**
 * Meeting and follow-up reminders in the background worker. Listeners are registered
 * synchronously at worker start, so an alarm or a notification click that wakes a stopped worker
 * is delivered; the alarms themselves live in the browser and survive worker shutdowns and
 * browser restarts. The plan follows the data live (meetings, templates, settings, follow-ups).
 */
import { liveQuery } from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import { parseAlarmName, reminderId, reminderTimeFor } from '@/lib/meetings/reminders';
import { templateFor } from '@/lib/checklists/checklist';
import { meetingById } from '@/lib/db/queries/meetings';
import { checklistTemplates } from '@/lib/db/queries/templates';
import { getSettings } from '@/lib/db/repos/settings';
import { clearNotification, recentNotifications } from '@/lib/background/notifier';
import { routeForNotification } from '@/lib/meetings/notification-route';
import { catchUpMissed, handleReminderAlarm } from './fire';
import { loadPlanInput } from '@/lib/meetings/plan-input';
import { replanAlarms } from './alarms';
import { loadReminderState, saveReminderState } from './state';

function report(e: unknown): void {
  console.error('Keyside reminders failed', e);
}

/** Opens the preparation view (or the week) and records the reminder as seen. */
export async function handleNotificationClick(db: AppDB, id: string): Promise<string | null> {
  const route = routeForNotification(id);
  if (!route) return null;
  const meetingId = parseAlarmName(id);
  const meeting = meetingId ? await meetingById(db, meetingId) : undefined;
  if (meeting) {
    const [templates, settings] = await Promise.all([checklistTemplates(db), getSettings(db)]);
    const rid = reminderId(meeting.id, reminderTimeFor(meeting, templateFor(meeting, templates), settings));
    const state = await loadReminderState();
    if (!state.fired.includes(rid)) await saveReminderState({ ...state, fired: [...state.fired, rid] });
  }
  await clearNotification(id);
  await browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${route}`) });
  return route;
}

/**
 * `later` defers the catch-up and the plan (which read meetings, templates and follow-ups) off the
 * worker's start path (lib/background/after-start.ts); the listeners are registered at once.
 */
export function startReminders(db: AppDB, later: (task: () => void) => void = (task) => task()) {
  const onAlarm = (alarm: { name: string }) => {
    void handleReminderAlarm(db, alarm.name).catch(report);
  };
  const onClick = (id: string) => {
    void handleNotificationClick(db, id).catch(report);
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.notifications.onClicked.addListener(onClick);

  // Missed ones first, then the plan (which skips what the catch-up just marked fired).
  let sub: { unsubscribe(): void } | undefined;
  let stopped = false;
  const started = new Promise<unknown>((resolve) => {
    later(() => {
      const caughtUp = catchUpMissed(db).catch(report);
      resolve(caughtUp);
      if (stopped) return;
      sub = liveQuery(() => loadPlanInput(db, new Date())).subscribe({
        next: (input) => void caughtUp.then(() => replanAlarms(db, new Date(), input)).catch(report),
        error: report,
      });
    });
  });

  if (import.meta.env.MODE === 'e2e') {
    // Tests cannot wait half an hour nor click a headless notification (docs/testing.md, Browsers): they call
    // the very handlers the browser's events call, with a chosen clock. Not in release builds.
    (globalThis as Record<string, unknown>).__keysideReminders = {
      alarm: (name: string, nowIso?: string) => handleReminderAlarm(db, name, nowIso ? new Date(nowIso) : new Date()),
      click: (id: string) => handleNotificationClick(db, id),
      catchUp: (nowIso?: string) => catchUpMissed(db, nowIso ? new Date(nowIso) : new Date()),
      notifications: recentNotifications,
    };
  }
  return {
    /** Settled once missed reminders were caught up; a re-plan waits for it. */
    ready: started,
    stop() {
      stopped = true;
      sub?.unsubscribe();
      browser.alarms.onAlarm.removeListener(onAlarm);
      browser.notifications.onClicked.removeListener(onClick);
    },
  };
}
