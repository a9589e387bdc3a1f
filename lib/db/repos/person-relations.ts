import type { AppDB } from '@/lib/db/app-db';
import { UserFacingError } from '@/lib/db/errors';
import { newId, nowIso, PersonRelation, type RelationKind } from '@/lib/schema';

export interface RelationInput {
  accountId: string;
  fromId: string;
  toId: string;
  kind: RelationKind;
  note?: string;
}

/**
 * Adds an edge of the account's decision map. Refused, with nothing written: a person related to
 * themselves, a relation that already exists (same people, same direction, same kind), or a person
 * who is gone or belongs to another account (the map is drawn per account).
 */
export async function addRelation(db: AppDB, input: RelationInput): Promise<PersonRelation> {
  if (input.fromId === input.toId) throw new UserFacingError('errorRelationSelf');
  return db.transaction('rw', db.contacts, db.personRelations, async () => {
    const [from, to] = await db.contacts.bulkGet([input.fromId, input.toId]);
    if (from?.accountId !== input.accountId || to?.accountId !== input.accountId)
      throw new UserFacingError('errorRelationPeople');
    const existing = await db.personRelations.where('fromId').equals(input.fromId).toArray();
    if (existing.some((r) => r.toId === input.toId && r.kind === input.kind)) throw new UserFacingError('errorRelationDuplicate');
    const relation = PersonRelation.parse({ ...input, id: newId(), createdAt: nowIso() });
    await db.personRelations.add(relation);
    return relation;
  });
}

/** Returns the deleted relation so the caller can offer Undo (restoreDeleted). */
export function deleteRelation(db: AppDB, id: string): Promise<PersonRelation | undefined> {
  return db.transaction('rw', db.personRelations, async () => {
    const r = await db.personRelations.get(id);
    if (r) await db.personRelations.delete(id);
    return r;
  });
}
