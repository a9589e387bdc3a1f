import type { AppDB } from '@/lib/db/app-db';
import type { Interaction } from '@/lib/schema';

export interface TimelineOptions {
  /** At most this many entries (the newest). */
  limit?: number;
  /** Only entries at or before this instant (ISO), e.g. "last contact until now". */
  until?: string;
}

/**
 * An account's history, newest first, through the `[accountId+at]` index: the dossier's
 * timeline, the panel's briefing, meeting preparation and the cadence nudge all read it here.
 */
export function timeline(db: AppDB, accountId: string, opts: TimelineOptions = {}): Promise<Interaction[]> {
  const rows = db.interactions
    .where('[accountId+at]')
    .between([accountId, ''], [accountId, opts.until ?? '\uffff'], true, true)
    .reverse();
  return (opts.limit === undefined ? rows : rows.limit(opts.limit)).toArray();
}

/** The latest entries of all accounts at or before `until`, newest first: "recently worked on". */
export function recentInteractions(db: AppDB, { until, limit }: { until: string; limit: number }): Promise<Interaction[]> {
  return db.interactions
    .orderBy('at')
    .reverse()
    .filter((i) => i.at <= until)
    .limit(limit)
    .toArray();
}
