import type { AppDB } from '@/lib/db/app-db';
import type { Contact, Interaction, PersonRelation, SiteRule, Task } from '@/lib/schema';

/** A deleted person with the relations of the decision map that went with them. */
export interface DeletedContact {
  table: 'contacts';
  record: Contact;
  relations: PersonRelation[];
}

/** A single record a delete returned, named by its table. */
export type Deleted =
  | { table: 'tasks'; record: Task }
  | DeletedContact
  | { table: 'interactions'; record: Interaction }
  | { table: 'siteRules'; record: SiteRule }
  | { table: 'personRelations'; record: PersonRelation };

/**
 * Undo of a single-record delete: puts the record back exactly as it was (same id, so links to it
 * hold again), a person together with their relations. Accounts and meetings have their own
 * snapshots (restoreAccount, restoreMeeting).
 */
export async function restoreDeleted(db: AppDB, deleted: Deleted): Promise<void> {
  if (deleted.table === 'contacts') {
    await db.transaction('rw', db.contacts, db.personRelations, async () => {
      await db.contacts.put(deleted.record);
      await db.personRelations.bulkPut(deleted.relations);
    });
    return;
  }
  await db.table(deleted.table).put(deleted.record);
}
