import { createAccount, deleteAccount, restoreAccount, updateAccount } from '@/lib/db/repos/accounts';
import { createContact } from '@/lib/db/repos/contacts';
import { addInteraction, deleteInteraction, updateInteraction } from '@/lib/db/repos/interactions';
import { addTask } from '@/lib/db/repos/tasks';
import { searchAll, type SearchOptions } from '@/lib/db/queries/search-all';
import { backfillSearchIndex } from '@/lib/db/repos/search-backfill';
import { importBackupText, wipeData } from '@/lib/io/backup-db';
import type { AppDB } from '@/lib/db/app-db';
import { testDb } from './test-db';

async function found(db: AppDB, q: string, opts?: SearchOptions): Promise<string[]> {
  return (await searchAll(db, q, opts)).hits.map((h) => `${h.kind}:${h.id}`);
}

async function freshDb(): Promise<AppDB> {
  const db = testDb();
  await backfillSearchIndex(db);
  return db;
}

describe('search index: kept in the data transactions', () => {
  it('adding, editing and deleting records changes what search finds', async () => {
    const db = await freshDb();
    const a = await createAccount(db, { id: 'a1', name: 'NordFreight Oy', tags: ['cold chain'] });
    await createContact(db, { id: 'c1', accountId: a.id, name: 'Anna Virtanen', emails: ['anna@nordfreight.example'] });
    const i = await addInteraction(db, {
      id: 'i1',
      accountId: a.id,
      kind: 'note',
      at: '2026-11-02T10:00:00.000Z',
      summary: 'Обсудили сотрудничество с клиентами из Тампере',
    });
    await addTask(db, { id: 't1', accountId: a.id, title: 'Send the procurement checklist' });

    expect(await found(db, 'nordfr')).toEqual(['account:a1', 'contact:c1']); // the name first, then Anna's address
    expect(await found(db, 'cold chain')).toEqual(['account:a1']);
    expect(await found(db, 'anna')).toEqual(['contact:c1']);
    expect(await found(db, 'клиент')).toEqual(['interaction:i1']);
    expect(await found(db, 'procurement')).toEqual(['task:t1']);
    const hit = (await searchAll(db, 'procurement')).hits[0];
    expect(hit).toMatchObject({ accountId: 'a1', accountName: 'NordFreight Oy', text: 'Send the procurement checklist' });

    await updateInteraction(db, i.id, { summary: 'Звонок про сроки поставки' });
    expect(await found(db, 'клиент')).toEqual([]);
    expect(await found(db, 'поставк')).toEqual(['interaction:i1']);

    await updateAccount(db, a.id, { name: 'Baltic Freight' });
    expect(await found(db, 'nordfr')).toEqual(['contact:c1']); // still in Anna's address
    expect(await found(db, 'baltic')).toEqual(['account:a1']);

    await deleteInteraction(db, i.id);
    expect(await found(db, 'поставк')).toEqual([]);
    const snap = await deleteAccount(db, a.id);
    expect(await found(db, 'baltic')).toEqual([]);
    await restoreAccount(db, snap!);
    expect(await found(db, 'baltic')).toEqual(['account:a1']);
  });

  it('a transaction that fails leaves the index as it was', async () => {
    const db = await freshDb();
    await createAccount(db, { id: 'a1', name: 'Acme' });
    const before = await db.searchDocs.toArray();
    await expect(
      db.transaction('rw', db.accounts, db.interactions, async () => {
        await db.accounts.put({ ...(await db.accounts.get('a1'))!, name: 'Zenith' });
        await db.interactions.add({
          id: 'i9',
          accountId: 'a1',
          kind: 'note',
          at: '2026-11-01T00:00:00.000Z',
          summary: 'ghost words',
        });
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await db.searchDocs.toArray()).toEqual(before);
    expect(await found(db, 'zenith')).toEqual([]);
    expect(await found(db, 'ghost')).toEqual([]);
    expect(await found(db, 'acme')).toEqual(['account:a1']);
  });

  it('a failed add keeps the existing record’s row', async () => {
    const db = await freshDb();
    await createAccount(db, { id: 'a1', name: 'Acme' });
    await expect(db.accounts.add({ ...(await db.accounts.get('a1'))!, name: 'Other' })).rejects.toThrow();
    expect(await found(db, 'acme')).toEqual(['account:a1']);
    expect(await found(db, 'other')).toEqual([]);
  });

  it('a backup import is indexed with the records; clearing the tables clears the index', async () => {
    const db = await freshDb();
    const backup = {
      format: 'keyside-backup',
      version: 1,
      accounts: [{ id: 'a1', name: 'Ladoga Trade' }],
      contacts: [{ id: 'c1', accountId: 'a1', name: 'Игорь Смирнов', phones: ['+7 812 555-12-34'] }],
      interactions: [{ id: 'i1', accountId: 'a1', kind: 'email', at: '2026-11-01T09:00:00.000Z', summary: 'Price list for Q1' }],
      tasks: [{ id: 't1', accountId: 'a1', title: 'Call about the price list', status: 'open', due: null }],
      meetings: [{ id: 'm1', accountId: 'a1', type: 'quarterly review', at: '2026-12-01T09:00:00.000Z' }],
    };
    expect((await importBackupText(db, JSON.stringify(backup))).ok).toBe(true);
    expect(await found(db, 'price')).toEqual(['task:t1', 'interaction:i1']);
    expect(await found(db, 'quarterly')).toEqual(['meeting:m1']);
    expect(await found(db, '7812555')).toEqual(['contact:c1']);
    await wipeData(db);
    expect(await db.searchDocs.count()).toBe(0);
  });

  it('deleting records by a query (not by key) removes their rows too', async () => {
    const db = await freshDb();
    await createAccount(db, { id: 'a1', name: 'Acme' });
    await addTask(db, { id: 't1', accountId: 'a1', title: 'Renew the contract' });
    await addTask(db, { id: 't2', accountId: 'a1', title: 'Renew the licence' });
    await db.tasks.where('id').between('t1', 't2', true, true).delete();
    expect(await found(db, 'renew')).toEqual([]);
  });
});

describe('search: matching', () => {
  it('finds inflected forms by prefix, in Russian and Georgian, whatever the case and accents', async () => {
    const db = await freshDb();
    await createAccount(db, { id: 'a1', name: 'Café Müller', summary: 'შეხვედრა კლიენტებთან თბილისში' });
    await createAccount(db, { id: 'a2', name: 'Северный Клиент' });
    expect(await found(db, 'კლიენტ', { acrossScripts: false })).toEqual(['account:a1']);
    // Mtavruli capitals fold to the everyday letters.
    expect(await found(db, 'ᲙᲚᲘᲔᲜᲢ', { acrossScripts: false })).toEqual(['account:a1']);
    expect(await found(db, 'КЛИЕНТ', { acrossScripts: false })).toEqual(['account:a2']);
    expect(await found(db, 'cafe mul')).toEqual(['account:a1']);
  });

  it('finds names across scripts only when asked', async () => {
    const db = await freshDb();
    await createContact(db, { id: 'c1', accountId: null, name: 'Мария Петрова' });
    await createContact(db, { id: 'c2', accountId: null, name: 'ნინო ბერიძე' });
    await createContact(db, { id: 'c3', accountId: null, name: 'Nino Petrova' });
    expect(await found(db, 'Petrova', { acrossScripts: true })).toEqual(['contact:c3', 'contact:c1']);
    expect(await found(db, 'Петрова', { acrossScripts: true })).toEqual(['contact:c1', 'contact:c3']);
    expect(await found(db, 'nino', { acrossScripts: true })).toEqual(['contact:c3', 'contact:c2']);
    expect(await found(db, 'ნინო', { acrossScripts: true })).toEqual(['contact:c2', 'contact:c3']);
    expect(await found(db, 'Petrova', { acrossScripts: false })).toEqual(['contact:c3']);
    expect(await found(db, 'ნინო', { acrossScripts: false })).toEqual(['contact:c2']);
  });

  it('every word must match; a word found in thousands of records still narrows by the others', async () => {
    const db = await freshDb();
    await createAccount(db, { id: 'a1', name: 'Acme' });
    await db.interactions.bulkPut(
      Array.from({ length: 1700 }, (_, k) => ({
        id: `i${k}`,
        accountId: 'a1',
        contactIds: [],
        kind: 'call' as const,
        at: '2026-11-01T09:00:00.000Z',
        summary: k === 1234 ? 'discussed delivery to Oulu' : 'discussed delivery',
      })),
    );
    const r = await searchAll(db, 'discussed oulu');
    expect(r.hits.map((h) => h.id)).toEqual(['i1234']);
    expect(r.truncated).toBe(false);
    expect((await searchAll(db, 'discussed')).truncated).toBe(true);
  });
});
