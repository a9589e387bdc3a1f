import type { AppDB } from '@/lib/db/app-db';
import type { PersonRelation } from '@/lib/schema';

/** The account's decision map: who reports to and who influences whom, oldest first. */
export async function relationsOf(db: AppDB, accountId: string): Promise<PersonRelation[]> {
  const list = await db.personRelations.where('accountId').equals(accountId).toArray();
  return list.sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || a.id.localeCompare(b.id));
}

/** Every relation from or to this person: what goes with them when they are deleted. */
export async function relationsOfPerson(db: AppDB, personId: string): Promise<PersonRelation[]> {
  const [out, into] = await Promise.all([
    db.personRelations.where('fromId').equals(personId).toArray(),
    db.personRelations.where('toId').equals(personId).toArray(),
  ]);
  return [...new Map([...out, ...into].map((r) => [r.id, r])).values()];
}
