import type { AppDB } from '@/lib/db/app-db';
import type { Contact } from '@/lib/schema';

/** Every person, in storage (id) order. */
export function allContacts(db: AppDB): Promise<Contact[]> {
  return db.contacts.toArray();
}

/** An account's people, by name. */
export function peopleOf(db: AppDB, accountId: string): Promise<Contact[]> {
  return db.contacts.where('accountId').equals(accountId).sortBy('name');
}

/** The people asked for, in that order; ids that no longer exist are left out. */
export async function contactsByIds(db: AppDB, ids: readonly string[]): Promise<Contact[]> {
  return (await db.contacts.bulkGet([...ids])).filter((c): c is Contact => !!c);
}

/** People with this address (the `*emails` index): the panel's first match. */
export function contactsByEmail(db: AppDB, email: string): Promise<Contact[]> {
  return db.contacts.where('emails').equals(email).toArray();
}

/** People with any of these addresses (the spellings one address may be stored under). */
export function contactsByAnyEmail(db: AppDB, emails: readonly string[]): Promise<Contact[]> {
  return db.contacts
    .where('emails')
    .anyOf([...emails])
    .toArray();
}
