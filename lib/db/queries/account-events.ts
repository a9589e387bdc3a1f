import type { AppDB } from '@/lib/db/app-db';
import type { Interaction } from '@/lib/schema';

/**
 * An account's events (history entries of kind `event`: exhibitions, fairs, corporate events),
 * newest first, through the `[accountId+at]` index: the history's "Events only" view.
 */
export function eventsOf(db: AppDB, accountId: string): Promise<Interaction[]> {
  return db.interactions
    .where('[accountId+at]')
    .between([accountId, ''], [accountId, '\uffff'], true, true)
    .reverse()
    .filter((i) => i.kind === 'event')
    .toArray();
}
