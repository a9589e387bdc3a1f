import { beforeEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@/lib/db/app-db';
import { UserFacingError } from '@/lib/db/errors';
import { relationsOf } from '@/lib/db/queries/person-relations';
import { createContact, deleteContact } from '@/lib/db/repos/contacts';
import { addRelation, deleteRelation } from '@/lib/db/repos/person-relations';
import { restoreDeleted } from '@/lib/db/repos/restore';
import { testDb } from './test-db';

let db: AppDB;
const ids: Record<string, string> = {};

beforeEach(async () => {
  db = testDb(`relations-${Math.random()}`);
  for (const name of ['Anna', 'Igor', 'Elena']) ids[name] = (await createContact(db, { accountId: 'acme', name })).id;
  ids.Other = (await createContact(db, { accountId: 'other', name: 'Other' })).id;
});

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => 'written',
    (e: unknown) => (e instanceof UserFacingError ? e.key : String(e)),
  );

describe('person relations', () => {
  it('adds reports-to and influences edges and lists the account’s own', async () => {
    const r1 = await addRelation(db, { accountId: 'acme', fromId: ids.Igor!, toId: ids.Anna!, kind: 'reports-to' });
    const r2 = await addRelation(db, { accountId: 'acme', fromId: ids.Elena!, toId: ids.Anna!, kind: 'influences' });
    // The same pair may hold both kinds: Igor reports to Anna and also sways her.
    const r3 = await addRelation(db, { accountId: 'acme', fromId: ids.Igor!, toId: ids.Anna!, kind: 'influences' });
    expect((await relationsOf(db, 'acme')).map((r) => r.id).sort()).toEqual([r1.id, r2.id, r3.id].sort());
    expect(await relationsOf(db, 'other')).toEqual([]);
  });

  it('refuses a self-relation, a duplicate and a person of another account, writing nothing', async () => {
    await addRelation(db, { accountId: 'acme', fromId: ids.Igor!, toId: ids.Anna!, kind: 'reports-to' });
    expect(await refusal(addRelation(db, { accountId: 'acme', fromId: ids.Anna!, toId: ids.Anna!, kind: 'influences' }))).toBe(
      'errorRelationSelf',
    );
    expect(await refusal(addRelation(db, { accountId: 'acme', fromId: ids.Igor!, toId: ids.Anna!, kind: 'reports-to' }))).toBe(
      'errorRelationDuplicate',
    );
    expect(await refusal(addRelation(db, { accountId: 'acme', fromId: ids.Other!, toId: ids.Anna!, kind: 'influences' }))).toBe(
      'errorRelationPeople',
    );
    expect(await refusal(addRelation(db, { accountId: 'acme', fromId: 'gone', toId: ids.Anna!, kind: 'influences' }))).toBe(
      'errorRelationPeople',
    );
    expect(await db.personRelations.count()).toBe(1);
  });

  it('deletes one relation and Undo puts it back as it was', async () => {
    const r = await addRelation(db, {
      accountId: 'acme',
      fromId: ids.Igor!,
      toId: ids.Anna!,
      kind: 'reports-to',
      note: 'since May',
    });
    const deleted = await deleteRelation(db, r.id);
    expect(await db.personRelations.count()).toBe(0);
    await restoreDeleted(db, { table: 'personRelations', record: deleted! });
    expect(await db.personRelations.get(r.id)).toEqual(r);
    expect(await deleteRelation(db, 'nope')).toBeUndefined();
  });

  it('deleting a person removes their relations both ways; Undo restores the person and the relations', async () => {
    const up = await addRelation(db, { accountId: 'acme', fromId: ids.Igor!, toId: ids.Anna!, kind: 'reports-to' });
    const down = await addRelation(db, { accountId: 'acme', fromId: ids.Elena!, toId: ids.Igor!, kind: 'influences' });
    const unrelated = await addRelation(db, { accountId: 'acme', fromId: ids.Elena!, toId: ids.Anna!, kind: 'influences' });
    const deleted = await deleteContact(db, ids.Igor!);
    expect(deleted?.relations.map((r) => r.id).sort()).toEqual([up.id, down.id].sort());
    expect((await relationsOf(db, 'acme')).map((r) => r.id)).toEqual([unrelated.id]);

    await restoreDeleted(db, deleted!);
    expect(await db.contacts.get(ids.Igor!)).toEqual(deleted!.record);
    expect((await relationsOf(db, 'acme')).map((r) => r.id).sort()).toEqual([up.id, down.id, unrelated.id].sort());
  });
});
