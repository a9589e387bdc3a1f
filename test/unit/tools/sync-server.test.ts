import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, type SyncServer } from '../../tools/sync-server.mjs';
import { replicateRoundTrip } from '../../tools/sync-replication-probe.mjs';

// The loopback replication server the sync e2e tests and the bench start (test/tools/sync-server.mjs):
// it must behave as CouchDB does where Keyside depends on it — authentication, `_security`
// membership, and the replication protocol itself.

const basic = (name: string, password: string) => ({
  Authorization: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`,
});

let server: SyncServer;
beforeAll(async () => {
  server = await start();
  await server.createUser('alice', 'alice-pw');
  await server.createUser('bob', 'bob-pw');
  await server.createDatabase('space-a', { members: ['alice'] });
});
afterAll(() => server.stop());

describe('sync-server', () => {
  it('listens on loopback only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses anonymous requests, wrong passwords and non-members with 401', async () => {
    const anon = await fetch(`${server.url}/space-a/_all_docs`);
    expect(anon.status).toBe(401);
    const wrong = await fetch(`${server.url}/space-a/_all_docs`, { headers: basic('alice', 'nope') });
    expect(wrong.status).toBe(401);
    const bob = await fetch(`${server.url}/space-a/_all_docs`, { headers: basic('bob', 'bob-pw') });
    expect(bob.status).toBe(401);
    const alice = await fetch(`${server.url}/space-a/_all_docs`, { headers: basic('alice', 'alice-pw') });
    expect(alice.status).toBe(200);
  });

  it('lets only the server admin create a database, and keeps running after a refusal', async () => {
    const byUser = await fetch(`${server.url}/alices-own`, { method: 'PUT', headers: basic('alice', 'alice-pw') });
    expect(byUser.status).toBe(401);
    const byAdmin = await server.adminFetch('/admins-own', { method: 'PUT' });
    expect(byAdmin.status).toBe(201);
  });

  it('replicates documents to a member’s database and back (PouchDB in Node)', async () => {
    const docs = [
      { _id: 'doc-1', ct: 'AAAA', kv: 1 },
      { _id: 'doc-2', ct: 'BBBB', kv: 1 },
    ];
    const r = await replicateRoundTrip({ url: server.url, db: 'space-a', username: 'alice', password: 'alice-pw', docs });
    expect(r.pushed).toBe(2);
    expect(r.pulled).toBe(2);
    expect(r.docs).toEqual(docs);
    const seen = await server.everyDocument();
    expect(seen.filter((d) => d.db === 'space-a').map((d) => d.id)).toEqual(['doc-1', 'doc-2']);
  });

  it('refuses replication to a non-member', async () => {
    await expect(
      replicateRoundTrip({ url: server.url, db: 'space-a', username: 'bob', password: 'bob-pw', docs: [{ _id: 'x' }] }),
    ).rejects.toMatchObject({ status: 401 });
  });

  it('goes down and comes back up with its databases', async () => {
    await server.down();
    await expect(fetch(`${server.url}/`)).rejects.toThrow();
    await server.up();
    const res = await fetch(`${server.url}/space-a/doc-1`, { headers: basic('alice', 'alice-pw') });
    expect(res.status).toBe(200);
  });
});
