import { UserFacingError } from '@/lib/db/errors';
import { eventsOf } from '@/lib/db/queries/account-events';
import { accountsNamedLike, otherSide, referralsOf, referralsWithNames } from '@/lib/db/queries/referrals';
import { createAccount, deleteAccount, restoreAccount } from '@/lib/db/repos/accounts';
import { addInteraction } from '@/lib/db/repos/interactions';
import { addReferral, deleteReferral, restoreReferral } from '@/lib/db/repos/referrals';
import { testDb } from './test-db';

describe('referrals', () => {
  it('one record shows on both sides: "referred by" for one, "referred to us" for the other', async () => {
    const db = testDb();
    const acme = await createAccount(db, { name: 'Acme' });
    const boreas = await createAccount(db, { name: 'Борей' });
    const r = await addReferral(db, { referrer: { accountId: acme.id }, referred: { accountId: boreas.id }, on: '2026-06-01' });

    expect(await db.referrals.count()).toBe(1);
    expect((await referralsOf(db, boreas.id)).referredBy.map((x) => x.id)).toEqual([r.id]);
    expect((await referralsOf(db, boreas.id)).referredToUs).toEqual([]);
    expect((await referralsOf(db, acme.id)).referredToUs.map((x) => x.id)).toEqual([r.id]);
    expect((await referralsOf(db, acme.id)).referredBy).toEqual([]);

    const seenByBoreas = await referralsWithNames(db, boreas.id);
    expect(otherSide(seenByBoreas.referredBy[0]!, 'by', seenByBoreas.names)).toEqual({
      accountId: acme.id,
      name: 'Acme',
      exists: true,
    });
    const seenByAcme = await referralsWithNames(db, acme.id);
    expect(otherSide(seenByAcme.referredToUs[0]!, 'to', seenByAcme.names)).toEqual({
      accountId: boreas.id,
      name: 'Борей',
      exists: true,
    });
  });

  it('the other side may be only a name; newest first', async () => {
    const db = testDb();
    const a = await createAccount(db, { name: 'Acme' });
    await addReferral(db, { referrer: { name: '  Jussi Virtanen ' }, referred: { accountId: a.id }, on: '2025-01-10' });
    await addReferral(db, { referrer: { accountId: a.id }, referred: { name: 'Kotka Port Ltd' }, on: '2026-02-01' });
    await addReferral(db, { referrer: { accountId: a.id }, referred: { name: 'Hamina Cargo' }, on: '2026-03-01' });
    const refs = await referralsWithNames(db, a.id);
    expect(refs.referredBy.map((r) => otherSide(r, 'by', refs.names))).toEqual([
      { accountId: null, name: 'Jussi Virtanen', exists: false },
    ]);
    expect(refs.referredToUs.map((r) => r.referredName)).toEqual(['Hamina Cargo', 'Kotka Port Ltd']);
  });

  it('refuses a referral with no one on a side, or a client referring itself', async () => {
    const db = testDb();
    const a = await createAccount(db, { name: 'Acme' });
    await expect(addReferral(db, { referrer: { name: '   ' }, referred: { accountId: a.id }, on: '2026-01-01' })).rejects.toEqual(
      new UserFacingError('referralNeedsName'),
    );
    await expect(
      addReferral(db, { referrer: { accountId: a.id }, referred: { accountId: a.id }, on: '2026-01-01' }),
    ).rejects.toEqual(new UserFacingError('referralSelf'));
    expect(await db.referrals.count()).toBe(0);
  });

  it('delete, then undo: the same record is back on both sides', async () => {
    const db = testDb();
    const acme = await createAccount(db, { name: 'Acme' });
    const boreas = await createAccount(db, { name: 'Борей' });
    const r = await addReferral(db, {
      referrer: { accountId: acme.id },
      referred: { accountId: boreas.id },
      on: '2026-06-01',
      note: 'fair',
    });
    const deleted = await deleteReferral(db, r.id);
    expect(deleted).toEqual(r);
    expect((await referralsOf(db, acme.id)).referredToUs).toEqual([]);
    expect((await referralsOf(db, boreas.id)).referredBy).toEqual([]);
    await restoreReferral(db, deleted!);
    expect((await referralsOf(db, acme.id)).referredToUs).toEqual([r]);
    expect((await referralsOf(db, boreas.id)).referredBy).toEqual([r]);
    expect(await deleteReferral(db, 'no-such-id')).toBeUndefined();
  });

  it('deleting a dossier takes its referrals along; undoing the deletion brings them back', async () => {
    const db = testDb();
    const acme = await createAccount(db, { name: 'Acme' });
    const boreas = await createAccount(db, { name: 'Борей' });
    await addReferral(db, { referrer: { accountId: acme.id }, referred: { accountId: boreas.id }, on: '2026-06-01' });
    const snapshot = await deleteAccount(db, acme.id);
    expect((await referralsOf(db, boreas.id)).referredBy).toEqual([]);
    await restoreAccount(db, snapshot!);
    expect((await referralsOf(db, boreas.id)).referredBy.map((r) => r.referrerAccountId)).toEqual([acme.id]);
  });

  it('the picker finds dossiers by any part of the name, names starting with it first, never this one', async () => {
    const db = testDb();
    const self = await createAccount(db, { name: 'Acme Logistics' });
    await createAccount(db, { name: 'Baltic Acme' });
    await createAccount(db, { name: 'acme parts' });
    await createAccount(db, { name: 'Pohjoinen Oy' });
    const names = (await accountsNamedLike(db, 'ACME', { exceptId: self.id })).map((a) => a.name);
    expect(names).toEqual(['acme parts', 'Baltic Acme']);
    expect(await accountsNamedLike(db, '  ')).toEqual([]);
    expect((await accountsNamedLike(db, 'o', { limit: 2 })).length).toBe(2);
  });
});

describe('eventsOf', () => {
  it("lists only the account's event entries, newest first, with their details", async () => {
    const db = testDb();
    const a = await createAccount(db, { name: 'Acme' });
    const b = await createAccount(db, { name: 'Other' });
    await addInteraction(db, { accountId: a.id, kind: 'note', at: '2026-05-01T10:00:00.000Z', summary: 'n' });
    await addInteraction(db, {
      accountId: a.id,
      kind: 'event',
      at: '2026-04-01T10:00:00.000Z',
      summary: 'expo',
      event: { type: 'exhibition', name: 'Logistics Expo 2026', attendance: 'attended' },
    });
    await addInteraction(db, { accountId: a.id, kind: 'event', at: '2026-06-01T10:00:00.000Z', summary: 'fair' });
    await addInteraction(db, { accountId: b.id, kind: 'event', at: '2026-06-02T10:00:00.000Z', summary: 'other account' });
    const events = await eventsOf(db, a.id);
    expect(events.map((e) => e.summary)).toEqual(['fair', 'expo']);
    expect(events[1]!.event).toEqual({ type: 'exhibition', name: 'Logistics Expo 2026', attendance: 'attended' });
  });
});
