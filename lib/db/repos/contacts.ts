import { Contact, type ContactInput, newId, nowIso } from '@/lib/schema';
import type { AppDB } from '@/lib/db/app-db';
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

/** Returns the deleted person so the caller can offer Undo. */
export async function deleteContact(db: AppDB, id: string): Promise<Contact | undefined> {
  return db.transaction('rw', db.contacts, async () => {
    const c = await db.contacts.get(id);
    if (c) await db.contacts.delete(id);
    return c;
  });
}
