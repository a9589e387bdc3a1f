import { liveQuery } from 'dexie';
import { useEffect } from 'react';
import { refreshBadge } from '@/lib/background/badge-service';
import { loadPlanInput, replanAlarms } from '@/lib/meetings/alarm-plan';
import { getDb } from '@/lib/db/app-db';

/**
 * Keeps reminder alarms and the badge in step with what this page writes. A write from the
 * dashboard does not wake a stopped background worker, and a meeting booked meanwhile must
 * still get its alarm; alarms and the badge belong to the extension, so the page may set them.
 */
export function BackgroundSync() {
  useEffect(() => {
    const db = getDb();
    const quiet = (e: unknown) => console.warn('Keyside: background sync', e);
    const plan = liveQuery(() => loadPlanInput(db, new Date())).subscribe({
      next: (input) => void replanAlarms(db, new Date(), input).catch(quiet),
      error: quiet,
    });
    const badge = liveQuery(() => db.tasks.where('status').equals('open').toArray()).subscribe({
      next: (tasks) => void refreshBadge(db, new Date(), tasks).catch(quiet),
      error: quiet,
    });
    return () => {
      plan.unsubscribe();
      badge.unsubscribe();
    };
  }, []);
  return null;
}
