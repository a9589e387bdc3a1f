import type { AppDB } from '@/lib/db/app-db';
import type { Contact, Interaction, SiteRule, Task } from '@/lib/schema';

/** A single record a delete returned, named by its table. */
export type Deleted =
  | { table: 'tasks'; record: Task }
  | { table: 'contacts'; record: Contact }
  | { table: 'interactions'; record: Interaction }
  | { table: 'siteRules'; record: SiteRule };

/**
 * Undo of a single-record delete: puts the record back exactly as it was (same id, so links to it
 * hold again). Accounts and meetings have their own snapshots (restoreAccount, restoreMeeting).
 */
export async function restoreDeleted(db: AppDB, deleted: Deleted): Promise<void> {
  await db.table(deleted.table).put(deleted.record);
}
