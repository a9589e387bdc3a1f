import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { AppDB } from '@/lib/db/app-db';
import { schemaVersions } from '@/lib/db/migrations/versions';
import { searchAll } from '@/lib/db/queries/search-all';
import { backfillChunk, backfillSearchIndex } from '@/lib/db/repos/search-backfill';

/**
 * Migration harness: opens the database as an older Keyside would (only the versions it knew),
 * seeds it, closes it, then opens the current AppDB on the same files and checks the data.
 * Every new version adds a case here (docs/architecture.md, Dexie rule 7).
 */
function openAtVersion(factory: IDBFactory, upTo: number): Dexie {
  const db = new Dexie('keyside', { indexedDB: factory, IDBKeyRange });
  for (const v of schemaVersions.filter((x) => x.version <= upTo)) {
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
  return db;
}

/** Published versions may never change: a copy of each as shipped. */
const published: Record<number, Record<string, string | null>> = {
  1: {
    accounts: 'id, name, *domains, stage, *tags',
    contacts: 'id, accountId, *emails',
    interactions: 'id, [accountId+at], source.messageId, at',
    tasks: 'id, accountId, status, [status+due]',
    meetings: 'id, accountId, at',
    checklistTemplates: 'id, meetingType',
    siteRules: 'id',
    kv: 'key',
  },
  2: { accounts: 'id, name, *domains, stage, *tags, *crmKeys' },
  3: { accountActivity: 'accountId' },
  4: { searchDocs: 'r, *t, *n, *x' },
  5: {
    contracts: 'id, accountId',
    invoices: 'id, accountId, [accountId+number]',
    complaintCases: 'id, accountId, status, openedAt, resolvedAt',
    personRelations: 'id, accountId, fromId, toId',
    referrals: 'id, referrerAccountId, referredAccountId',
    planFigures: 'id, accountId',
  },
  6: { syncOutbox: 'k', syncClocks: 'k', syncState: 'key' },
};

describe('schema versions', () => {
  it('are append-only: every published version is unchanged and numbers only grow', () => {
    for (const [n, stores] of Object.entries(published))
      expect(schemaVersions.find((v) => v.version === Number(n))?.stores).toEqual(stores);
    const numbers = schemaVersions.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('data written by version 1 opens in the current version with its indexes working', async () => {
    const factory = new IDBFactory();
    const old = openAtVersion(factory, 1);
    await old.table('accounts').put({ id: 'a1', name: 'Acme', domains: ['acme.example'], stage: 'key', tags: ['vip'] });
    await old.table('contacts').put({ id: 'c1', accountId: 'a1', name: 'Anna', emails: ['anna@acme.example'] });
    await old
      .table('interactions')
      .put({ id: 'i1', accountId: 'a1', at: '2026-11-01T10:00:00.000Z', kind: 'email', source: { messageId: 'm1' } });
    await old.table('tasks').put({ id: 't1', accountId: 'a1', title: 'Call', status: 'open', due: '2026-11-30' });
    old.close();

    const current = new AppDB('keyside', { indexedDB: factory, IDBKeyRange });
    expect(current.verno).toBe(Math.max(...schemaVersions.map((v) => v.version)));
    expect((await current.contacts.where('emails').equals('anna@acme.example').first())?.id).toBe('c1');
    expect((await current.accounts.where('domains').equals('acme.example').first())?.id).toBe('a1');
    expect(await current.interactions.where('source.messageId').equals('m1').count()).toBe(1);
    expect(await current.tasks.where('[status+due]').between(['open', ''], ['open', '\uffff']).count()).toBe(1);
    current.close();
  });

  it('version 2 indexes the CRM records that version-1 dossiers already link (crmKeys)', async () => {
    const factory = new IDBFactory();
    const old = openAtVersion(factory, 1);
    await old.table('accounts').bulkPut([
      { id: 'a1', name: 'Acme', domains: [], crmRefs: [{ url: 'https://acme.pipedrive.com/deal/7#notes' }] },
      { id: 'a2', name: 'Nord', domains: [], crmRefs: [{ url: 'https://x.example/', system: 'HubSpot', recordId: '51' }] },
      { id: 'a3', name: 'Plain', domains: [] },
    ]);
    old.close();

    const current = new AppDB('keyside', { indexedDB: factory, IDBKeyRange });
    const byKey = async (key: string) => (await current.accounts.where('crmKeys').equals(key).toArray()).map((a) => a.id);
    expect(await byKey('u:https://acme.pipedrive.com/deal/7')).toEqual(['a1']);
    expect(await byKey('r:hubspot::51')).toEqual(['a2']);
    expect((await current.accounts.get('a3'))?.crmKeys).toEqual([]);
    current.close();
  });

  it('version 3 builds the per-account history digest from what version 1 stored', async () => {
    const factory = new IDBFactory();
    const old = openAtVersion(factory, 1);
    await old.table('interactions').bulkPut([
      { id: 'i1', accountId: 'a1', at: '2026-11-01T10:00:00.000Z', kind: 'email' },
      { id: 'i2', accountId: 'a1', at: '2026-11-03T10:00:00.000Z', kind: 'complaint' },
      { id: 'i3', accountId: 'a1', at: '2026-11-02T10:00:00.000Z', kind: 'complaint', state: 'closed' },
      { id: 'i4', accountId: 'a2', at: '2026-10-01T10:00:00.000Z', kind: 'call' },
    ]);
    old.close();

    const current = new AppDB('keyside', { indexedDB: factory, IDBKeyRange });
    expect(await current.accountActivity.orderBy('accountId').toArray()).toEqual([
      { accountId: 'a1', lastAt: '2026-11-03T10:00:00.000Z', openComplaints: 1 },
      { accountId: 'a2', lastAt: '2026-10-01T10:00:00.000Z', openComplaints: 0 },
    ]);
    // And later writes keep it: a new entry moves a2's last contact.
    await current.interactions.add({
      id: 'i5',
      accountId: 'a2',
      at: '2026-11-20T10:00:00.000Z',
      kind: 'call',
      contactIds: [],
      summary: '',
    });
    expect((await current.accountActivity.get('a2'))?.lastAt).toBe('2026-11-20T10:00:00.000Z');
    current.close();
  });

  it('version 4: records stored by version 1 become searchable chunk by chunk after the upgrade', async () => {
    const factory = new IDBFactory();
    const old = openAtVersion(factory, 1);
    await old.table('accounts').bulkPut([
      { id: 'a1', name: 'NordFreight Oy', domains: [], tags: [] },
      { id: 'a2', name: 'Nordic Trade', domains: [], tags: [] },
      { id: 'a3', name: 'Северный Клиент', domains: [], tags: [] },
    ]);
    await old.table('tasks').put({ id: 't1', accountId: 'a1', title: 'Send the cold chain offer', status: 'open', due: null });
    old.close();

    const db = new AppDB('keyside', { indexedDB: factory, IDBKeyRange });
    // Opening does not index: the first query answers at once and says indexing is under way.
    const before = await searchAll(db, 'nord');
    expect(before).toMatchObject({ hits: [], indexing: true });
    // One chunk of two records: a crash here would resume from the bookmark.
    expect(await backfillChunk(db, 2)).toBe(false);
    expect((await searchAll(db, 'nord')).hits.map((h) => h.id)).toEqual(['a1', 'a2']);
    expect((await searchAll(db, 'клиент')).hits).toEqual([]);
    await backfillSearchIndex(db, 2);
    const after = await searchAll(db, 'клиент');
    expect(after.indexing).toBe(false);
    expect(after.hits.map((h) => h.id)).toEqual(['a3']);
    expect((await searchAll(db, 'cold chain')).hits.map((h) => h.id)).toEqual(['t1']);
    db.close();
  });

  it('version 5 keeps a version-4 database whole and lists the new dossier parts by account', async () => {
    const factory = new IDBFactory();
    const old = openAtVersion(factory, 4);
    await old.table('accounts').put({ id: 'a1', name: 'Acme', domains: [], tags: [] });
    await old.table('contacts').put({ id: 'c1', accountId: 'a1', name: 'Anna', emails: ['anna@acme.example'] });
    old.close();

    const db = new AppDB('keyside', { indexedDB: factory, IDBKeyRange });
    expect((await db.contacts.get('c1'))?.name).toBe('Anna');
    await db.contracts.put({ id: 'k1', accountId: 'a1', number: 'K-7' });
    await db.invoices.put({ id: 'v1', accountId: 'a1', number: 'INV-1', amount: 10, currency: 'EUR' });
    await db.complaintCases.put({ id: 'x1', accountId: 'a1', status: 'open', openedAt: '2026-11-02T10:00:00.000Z' });
    await db.personRelations.put({ id: 'r1', accountId: 'a1', fromId: 'c1', toId: 'c2', kind: 'reports-to' });
    await db.referrals.put({ id: 'f1', referrerAccountId: 'a1', referredAccountId: null });
    await db.planFigures.put({ id: 'p1', accountId: 'a1', measure: 'sales', period: '2026', plan: 5 });
    expect((await db.contracts.where('accountId').equals('a1').toArray()).map((c) => c.id)).toEqual(['k1']);
    expect(await db.invoices.where('[accountId+number]').equals(['a1', 'INV-1']).count()).toBe(1);
    expect(await db.complaintCases.where('openedAt').between('2026-11-01', '2026-12-01').count()).toBe(1);
    expect(await db.personRelations.where('toId').equals('c2').count()).toBe(1);
    expect(await db.referrals.where('referrerAccountId').equals('a1').count()).toBe(1);
    expect(await db.planFigures.where('accountId').equals('a1').count()).toBe(1);
    db.close();
  });

  it('version 6 keeps a version-5 database whole, with sync off and nothing queued', async () => {
    const factory = new IDBFactory();
    const old = openAtVersion(factory, 5);
    await old.table('accounts').put({ id: 'a1', name: 'Acme', domains: [], tags: [] });
    await old.table('contracts').put({ id: 'k1', accountId: 'a1', number: 'K-7' });
    old.close();

    const db = new AppDB('keyside', { indexedDB: factory, IDBKeyRange });
    expect((await db.accounts.get('a1'))?.name).toBe('Acme');
    expect(db.syncSwitch.on).toBe(false);
    await db.accounts.put({ id: 'a2', name: 'Beta', domains: [], tags: [] });
    expect(await db.syncOutbox.count()).toBe(0);
    expect(await db.syncClocks.count()).toBe(0);
    expect(await db.syncState.count()).toBe(0);
    db.close();
  });
});
