import type { AppDB } from '@/lib/db/app-db';
import { replanAlarms } from './reminders/alarms';
import { refreshBadge } from './badge-service';

/**
 * 'dataChanged' from an extension page: re-plan the reminder alarms and refresh the badge. The
 * worker is their only owner; a page only says that it wrote. `ready` is the reminders' start-up
 * catch-up (lib/background/reminders/service.ts), which must mark missed reminders first, or a
 * re-plan could book them again.
 */
export async function onDataChanged(db: AppDB, now: Date, ready: Promise<unknown> = Promise.resolve()): Promise<void> {
  await ready;
  await replanAlarms(db, now);
  await refreshBadge(db, now);
}
