import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { AppDB } from '@/lib/db/app-db';
import { wordsOf, newRecoverySecret } from '@/lib/sync/keys';
import { classify, disable, enable, forget, join, runOnce, statusOf } from '@/lib/sync/space';
import { memoryPouch, startPouchServer } from './pouch-server';

let server: Awaited<ReturnType<typeof startPouchServer>>;
beforeAll(async () => {
  server = await startPouchServer();
});
afterAll(async () => server.close());

const freshDb = (name: string) => new AppDB(name, { indexedDB: new IDBFactory(), IDBKeyRange });

describe('enable, join, disable, forget', () => {
  it('a second device joins with the words; a wrong secret is refused and writes nothing', async () => {
    const login = { serverUrl: `${server.url}/space-join-${Date.now()}`, username: 'anna', password: 'pw' };
    const first = freshDb('first');
    await first.accounts.put({ id: 'a1', name: 'Acme', domains: [], tags: [] });
    const words = await enable(first, memoryPouch, login);
    expect(words).toHaveLength(24);
    expect((await statusOf(first, false)).pending).toBe(1);
    await runOnce(first, memoryPouch);
    expect(await statusOf(first, false)).toMatchObject({ state: 'idle', pending: 0 });

    const stranger = freshDb('stranger');
    await expect(join(stranger, memoryPouch, login, wordsOf(newRecoverySecret()))).rejects.toSatisfy(
      (e) => classify(e).code === 'wrong-secret',
    );
    await expect(join(stranger, memoryPouch, login, ['apple'])).rejects.toSatisfy((e) => classify(e).code === 'bad-words');
    expect(await stranger.syncState.count()).toBe(0);
    expect((await statusOf(stranger, false)).state).toBe('off');

    const second = freshDb('second');
    await join(second, memoryPouch, login, words);
    await runOnce(second, memoryPouch);
    expect((await second.accounts.get('a1'))?.name).toBe('Acme');
    // A new secret on a database that holds a space is refused.
    await expect(enable(freshDb('third'), memoryPouch, login)).rejects.toSatisfy((e) => classify(e).code === 'wrong-secret');

    // Off keeps data and state; forget removes only the sync state.
    await disable(second);
    await second.accounts.put({ id: 'a2', name: 'Beta', domains: [], tags: [] });
    expect(await second.syncOutbox.count()).toBe(0);
    expect((await statusOf(second, false)).state).toBe('off');
    await forget(second, memoryPouch);
    expect(await second.syncState.count()).toBe(0);
    expect(await second.syncClocks.count()).toBe(0);
    expect(await second.accounts.count()).toBe(2);
    for (const db of [first, second, stranger]) db.close();
  });

  it('an unreachable server is reported as offline', async () => {
    const db = freshDb('offline');
    const error = await enable(db, memoryPouch, { serverUrl: 'http://127.0.0.1:9/x', username: 'u', password: 'p' }).catch(
      (e: unknown) => classify(e),
    );
    expect(error).toMatchObject({ code: 'offline' });
    expect(await db.syncState.count()).toBe(0);
    db.close();
  });
});
