import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AppDB } from '@/lib/db/app-db';
import { SyncEngine } from '@/lib/sync/engine';
import { deriveSpaceKeys, newRecoverySecret, type SpaceKeys } from '@/lib/sync/keys';
import { setOn } from '@/lib/sync/state';
import { loadMessages, substitute } from '../i18n/locale-messages';
import { memoryPouch, startPouchServer } from './pouch-server';

/**
 * Two devices, each with its own Dexie database and mirror, replicate one space through a real
 * CouchDB-compatible server on 127.0.0.1 (pouch-server.ts).
 */
let server: Awaited<ReturnType<typeof startPouchServer>>;
beforeAll(async () => {
  server = await startPouchServer();
  const messages = loadMessages('en');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
    substitute(messages[key]?.message ?? '', subs === undefined ? [] : [subs].flat())) as typeof fakeBrowser.i18n.getMessage);
});
afterAll(async () => server.close());

let n = 0;
async function device(keys: SpaceKeys, dbUrl: string, node: string) {
  const db = new AppDB(`keyside-${node}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await setOn(db, true);
  const mirror = memoryPouch.local(`mirror-${node}-${n++}`);
  const remote = memoryPouch.remote(dbUrl, { auth: { username: 'u', password: 'p' }, create: true });
  const engine = await SyncEngine.create(db, keys, mirror, remote, node);
  return { db, engine, mirror };
}

const FIXTURE = { name: 'Zanzibar Trading', email: 'olga.petrova@zanzibar.example', note: 'Prefers calls before noon' };

describe('replication between two devices', () => {
  it('converges concurrent offline edits, deletes, and leaves no plaintext on the server', async () => {
    const keys = await deriveSpaceKeys(newRecoverySecret());
    const dbUrl = `${server.url}/space-${Date.now()}`;
    const a = await device(keys, dbUrl, 'aa');
    const b = await device(keys, dbUrl, 'bb');

    await a.db.accounts.put({ id: 'acc1', name: FIXTURE.name, domains: [], tags: [], notes: FIXTURE.note });
    await a.db.contacts.put({ id: 'c1', accountId: 'acc1', name: 'Olga Petrova', emails: [FIXTURE.email], title: 'Buyer' });
    await a.db.tasks.put({ id: 't1', accountId: 'acc1', title: 'Send the offer', status: 'open', due: null });
    await a.engine.run();
    await b.engine.run();
    expect((await b.db.contacts.get('c1'))?.name).toBe('Olga Petrova');
    expect(await b.db.syncOutbox.count()).toBe(0);

    // Both offline: different fields on each side, and the same field on both.
    await a.db.contacts.update('c1', { name: 'Olga P. Petrova', title: 'Head of buying' });
    await new Promise((r) => setTimeout(r, 5));
    await b.db.contacts.update('c1', { emails: ['olga@zanzibar.example'], title: 'Chief buyer' });
    await a.db.tasks.delete('t1');
    await a.engine.run();
    await b.engine.run();
    await a.engine.run();
    await b.engine.run();

    const onA = await a.db.contacts.get('c1');
    const onB = await b.db.contacts.get('c1');
    expect(onA).toEqual(onB);
    expect(onA).toMatchObject({ name: 'Olga P. Petrova', emails: ['olga@zanzibar.example'], title: 'Chief buyer' });
    expect(await b.db.tasks.get('t1')).toBeUndefined();
    // The history notes the merge of the same field, on both devices.
    for (const d of [a, b]) {
      const notes = (await d.db.interactions.toArray()).filter((i) => i.id.startsWith('sync-merge-'));
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatchObject({ accountId: 'acc1', kind: 'note' });
      expect(notes[0]?.summary).toContain('title');
    }
    expect(await a.db.syncOutbox.count()).toBe(0);
    expect(await b.db.syncOutbox.count()).toBe(0);

    const all = (await (await fetch(`${dbUrl}/_all_docs?include_docs=true&conflicts=true`)).json()) as { rows: unknown[] };
    const text = JSON.stringify(all);
    expect(all.rows.length).toBeGreaterThan(0);
    for (const plain of [FIXTURE.name, FIXTURE.email, FIXTURE.note, 'Olga', 'zanzibar', 'acc1', 'contacts'])
      expect(text).not.toContain(plain);
    a.db.close();
    b.db.close();
  });

  it('a run stopped midway resumes: applying the same batch again changes nothing', async () => {
    const keys = await deriveSpaceKeys(newRecoverySecret());
    const dbUrl = `${server.url}/space-resume-${Date.now()}`;
    const a = await device(keys, dbUrl, 'cc');
    await a.db.accounts.bulkPut(
      Array.from({ length: 450 }, (_, i) => ({ id: `a${i}`, name: `Client ${i}`, domains: [], tags: [] })),
    );
    await a.engine.run();
    const b = await device(keys, dbUrl, 'dd');
    // Only the replication from the server, then the apply is cut after its first batch.
    await b.mirror.replicate.from(memoryPouch.remote(dbUrl, { auth: { username: 'u', password: 'p' }, create: false }), {
      batch_size: 100,
      batches_limit: 1,
    });
    const first = await b.engine.applyMirror();
    expect(first.applied).toBe(450);
    await b.engine.run();
    expect(await b.db.accounts.count()).toBe(450);
    expect(await b.db.syncOutbox.count()).toBe(0);
    a.db.close();
    b.db.close();
  });
});
