import type { AppDB } from '@/lib/db/app-db';
import type { Contact } from '@/lib/schema';
import { namesMayMatch } from '@/lib/search/person-name';

/** More than this many namesakes is no longer a choice to click through: the panel offers search instead. */
const MAX_CANDIDATES = 12;

/**
 * People whose name may be the name a page shows without an address (lib/search/person-name.ts:
 * case-, accent- and word-order-insensitive, Cyrillic, Georgian and Latin alike), by name. A scan,
 * not an index: contacts have no name index (lib/db/migrations/versions.ts) and this runs only
 * for a name-only sender, over a list of people one manager keeps.
 */
export async function contactsNamed(db: AppDB, name: string, limit = MAX_CANDIDATES): Promise<Contact[]> {
  const hits = await db.contacts.filter((c) => namesMayMatch(c.name, name)).toArray();
  return hits.sort((a, b) => a.name.localeCompare(b.name)).slice(0, limit);
}
