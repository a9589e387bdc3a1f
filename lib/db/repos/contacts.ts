import { Contact, type ContactInput, newId, nowIso } from '@/lib/schema';
import type { AppDB } from '@/lib/db/app-db';
import { relationsOfPerson } from '@/lib/db/queries/person-relations';
import type { DeletedContact } from './restore';
import { patchChecked } from './patch';

export async function createContact(db: AppDB, input: Omit<ContactInput, 'id'> & { id?: string }): Promise<Contact> {
  const now = nowIso();
  const contact = Contact.parse({ ...input, id: input.id ?? newId(), createdAt: now, updatedAt: now });
  await db.contacts.add(contact);
  return contact;
}

export function updateContact(db: AppDB, id: string, patch: Partial<Contact>, base?: Partial<Contact>): Promise<Contact> {
  return db.transaction('rw', db.contacts, () => patchChecked<Contact>(db.contacts, id, patch, base, (m) => Contact.parse(m)));
}

/**
 * Deletes a person with their relations on the decision map (an edge without both ends means
 * nothing). Returns both, shaped for restoreDeleted, so Undo puts the person and the edges back.
 */
export async function deleteContact(db: AppDB, id: string): Promise<DeletedContact | undefined> {
  return db.transaction('rw', db.contacts, db.personRelations, async () => {
    const record = await db.contacts.get(id);
    if (!record) return undefined;
    const relations = await relationsOfPerson(db, id);
    await db.contacts.delete(id);
    await db.personRelations.bulkDelete(relations.map((r) => r.id));
    return { table: 'contacts' as const, record, relations };
  });
}
