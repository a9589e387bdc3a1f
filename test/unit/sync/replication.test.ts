import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AppDB } from '@/lib/db/app-db';
import { SyncEngine } from '@/lib/sync/engine';
import { deriveSpaceKeys, newRecoverySecret, type SpaceKeys } from '@/lib/sync/keys';
import { statusOf } from '@/lib/sync/space';
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

  it('a run stopped midway resumes from its checkpoint without applying a batch twice', async () => {
    const keys = await deriveSpaceKeys(newRecoverySecret());
    const dbUrl = `${server.url}/space-resume-${Date.now()}`;
    const a = await device(keys, dbUrl, 'cc');
    await a.db.accounts.bulkPut(
      Array.from({ length: 450 }, (_, i) => ({ id: `a${i}`, name: `Client ${i}`, domains: [], tags: [] })),
    );
    await a.engine.run();
    const b = await device(keys, dbUrl, 'dd');
    // The worker is stopped after the first batch of 200 is written: the next read of changes fails.
    const changes = b.mirror.changes.bind(b.mirror);
    let calls = 0;
    b.mirror.changes = (options) =>
      // Only the apply step asks for conflicts; replication reads changes too.
      options.conflicts && ++calls === 2 ? Promise.reject(new Error('worker stopped')) : changes(options);
    await expect(b.engine.run()).rejects.toThrow('worker stopped');
    expect(await b.db.accounts.count()).toBe(200);
    b.mirror.changes = changes;
    const again = await SyncEngine.create(
      b.db,
      keys,
      b.mirror,
      memoryPouch.remote(dbUrl, { auth: { username: 'u', password: 'p' }, create: false }),
      'dd',
    );
    const rest = await again.run();
    expect(rest.applied).toBe(250);
    expect(await b.db.accounts.count()).toBe(450);
    expect(await b.db.syncOutbox.count()).toBe(0);
    a.db.close();
    b.db.close();
  });
  it('while the server is unreachable, queued changes stay counted as waiting until a run delivers them', async () => {
    const keys = await deriveSpaceKeys(newRecoverySecret());
    const dbUrl = `${server.url}/space-down-${Date.now()}`;
    const a = await device(keys, dbUrl, 'dd');
    await a.db.accounts.put({ id: 'acc9', name: 'Offline Oy', domains: [], tags: [] });
    // Nothing listens on port 9 of loopback: the run fails before the outbox is drained.
    const down = memoryPouch.remote('http://127.0.0.1:9/nowhere', { auth: { username: 'u', password: 'p' }, create: false });
    const offline = await SyncEngine.create(a.db, keys, a.mirror, down, 'dd');
    await expect(offline.run()).rejects.toBeDefined();
    expect(await a.db.syncOutbox.count()).toBe(1);
    expect((await statusOf(a.db, false)).pending).toBe(1);
    // Sealed into the mirror, then the push fails (the server went away mid-run): still waiting.
    await offline.drainOutbox();
    expect(await a.db.syncOutbox.count()).toBe(0);
    expect((await statusOf(a.db, false)).pending).toBe(1);
    await a.engine.run();
    expect((await statusOf(a.db, false)).pending).toBe(0);
    a.db.close();
  });
});
