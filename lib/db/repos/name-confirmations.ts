import type { AppDB } from '@/lib/db/app-db';
import { contactsByAnyEmail } from '@/lib/db/queries/people';
import { NAME_CONFIRMATIONS_KEY, nameConfirmations } from '@/lib/db/queries/name-confirmations';
import { cleanEmail, emailLookupKeys } from '@/lib/matching';
import { Contact, nowIso, type PagePerson } from '@/lib/schema';
import { NameConfirmations, type NameConfirmation } from '@/lib/schema/name-confirmation';
import { nameKey } from '@/lib/search/person-name';

/** Oldest confirmations go first past this: each stands for one sender not yet seen with an address. */
const KEEP = 500;

function save(db: AppDB, list: NameConfirmation[]): Promise<string> {
  return db.kv.put({ key: NAME_CONFIRMATIONS_KEY, value: NameConfirmations.parse(list.slice(-KEEP)) });
}

/** Remembers that the sender shown as `name` (no address) is `contactId`; a newer choice for the name wins. */
export async function confirmName(db: AppDB, name: string, contactId: string, now = new Date()): Promise<void> {
  const key = nameKey(name);
  if (!key) return;
  await db.transaction('rw', db.kv, async () => {
    const rest = (await nameConfirmations(db)).filter((c) => c.key !== key);
    await save(db, [...rest, { key, contactId, at: now.toISOString() }]);
  });
}

/**
 * A page showed a confirmed name together with an address (Outlook's contact card, a reply's
 * recipients): the address joins the confirmed contact, so from now on it matches by address,
 * and the confirmation is done. An address some contact already has is left where it is.
 * Returns the ids of the contacts that gained an address.
 */
export async function learnAddresses(db: AppDB, people: readonly PagePerson[]): Promise<string[]> {
  const seen = people.flatMap((p) => {
    const email = cleanEmail(p.email);
    const key = nameKey(p.name);
    return email && key ? [{ email, key }] : [];
  });
  if (seen.length === 0) return [];
  return db.transaction('rw', db.kv, db.contacts, async () => {
    const pending = await nameConfirmations(db);
    const learnt: string[] = [];
    const done = new Set<string>();
    for (const { email, key } of seen) {
      const confirmation = pending.find((c) => c.key === key && !done.has(c.key));
      if (!confirmation) continue;
      done.add(key);
      const contact = await db.contacts.get(confirmation.contactId);
      if (!contact) continue;
      if ((await contactsByAnyEmail(db, emailLookupKeys(email))).length > 0) continue;
      const updated = Contact.safeParse({ ...contact, emails: [...contact.emails, email], updatedAt: nowIso() });
      if (!updated.success) continue;
      await db.contacts.put(updated.data);
      learnt.push(contact.id);
    }
    if (done.size > 0)
      await save(
        db,
        pending.filter((c) => !done.has(c.key)),
      );
    return learnt;
  });
}
