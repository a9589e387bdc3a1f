import type { AppDB } from '@/lib/db/app-db';
import { searchAll } from '@/lib/db/queries/search-all';
import { backfillSearchIndex } from '@/lib/db/repos/search-backfill';
import type { SearchHit } from '@/lib/messaging/pages-to-worker';

/**
 * Search for the pages without a database (the panel) and the capture dialog: the same
 * persisted index and query as the dashboard (lib/db/queries/search-all.ts), asked per message.
 */
export class SearchService {
  private started = false;

  constructor(private db: AppDB) {}

  /**
   * Indexes, in the background, records stored before the index existed (search-backfill.ts):
   * once per worker, when its start-up work runs or at its first search, whichever comes first.
   * Resumable: each chunk moves the bookmark in its own transaction.
   */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.resume();
  }

  private resume(): void {
    void backfillSearchIndex(this.db).catch((e: unknown) => console.warn('Keyside: search backfill stopped', e));
  }

  async query(q: string, limit: number, acrossScripts = true): Promise<SearchHit[]> {
    if (!q.trim()) return [];
    this.start();
    const { hits, indexing } = await searchAll(this.db, q, { perKind: limit, acrossScripts });
    // A dashboard import rewound the backfill after this worker's run ended, and its tab may have
    // closed: carry on here (one run per context at a time, so asking again while it runs costs nothing).
    if (indexing) this.resume();
    return hits
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map(({ kind, id, text, accountId, accountName, sub, at }) => ({ id, kind, name: text, accountId, accountName, sub, at }));
  }
}
