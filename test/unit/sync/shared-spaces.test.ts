import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { AppDB } from '@/lib/db/app-db';
import { open } from '@/lib/sync/envelope';
import { SyncEngine } from '@/lib/sync/engine';
import type { SpaceLink } from '@/lib/sync/space-router';
import { deriveSpaceKeys, newRecoverySecret } from '@/lib/sync/keys';
import { accountRecordKeys, seedSpace } from '@/lib/sync/seed-space';
import { sharedKeyring } from '@/lib/sync/shared-keys';
import { generateIdentity } from '@/lib/sync/sharing/identity';
import { addMember, createSharedSpace, revokeMember, type SharedSpace } from '@/lib/sync/sharing/space';
import { setOn } from '@/lib/sync/state';
import { memoryPouch, startPouchServer } from './pouch-server';

/**
 * Shared spaces in the engine (issue 15, item 3): records of a shared account are sealed into that
 * account's space and nothing else is; the deputy's device receives the dossier, not the rest; a
 * first share copies what existed before; a revocation re-seals every document under the new key.
 */
let server: Awaited<ReturnType<typeof startPouchServer>>;
beforeAll(async () => {
  server = await startPouchServer();
});
afterAll(async () => server.close());

const auth = { username: 'u', password: 'p' };
let n = 0;

async function sharedLink(space: SharedSpace, url: string, node: string): Promise<SpaceLink> {
  return {
    id: space.spaceId,
    keyring: await sharedKeyring(space),
    mirror: memoryPouch.local(`shared-${node}-${n++}`),
    remote: memoryPouch.remote(url, { auth, create: true }),
    space,
  };
}

async function device(node: string, spaces: { space: SharedSpace; url: string }[]) {
  const db = new AppDB(`keyside-shared-${node}-${n++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await setOn(db, true);
  const keys = await deriveSpaceKeys(newRecoverySecret());
  const personalUrl = `${server.url}/personal-${node}-${n++}`;
  const mirror = memoryPouch.local(`personal-${node}-${n++}`);
  const links = await Promise.all(spaces.map((s) => sharedLink(s.space, s.url, node)));
  const engineWith = async (ls: SpaceLink[], hooks?: { rekeyed: (id: string, kv: number) => Promise<void> }) =>
    SyncEngine.create(db, keys, mirror, memoryPouch.remote(personalUrl, { auth, create: true }), node, ls, hooks);
  return { db, keys, personalUrl, links, engine: await engineWith(links), engineWith };
}

const docsOf = async (url: string) =>
  (
    (await (await fetch(`${url}/_all_docs?include_docs=true`)).json()) as {
      rows: { id: string; doc: { _id: string; ct: string; kv: number } }[];
    }
  ).rows
    .map((r) => r.doc)
    .filter((d) => !d._id.startsWith('keyside-'));

async function spaceFor(accountId: string) {
  const owner = await generateIdentity();
  const deputy = await generateIdentity();
  const now = new Date('2026-12-01T10:00:00Z');
  const base = await createSharedSpace(accountId, owner.identity, 'anna', now);
  const space = await addMember(base, { spki: deputy.identity.publicSpki, username: 'giorgi', name: 'Giorgi' }, now);
  return { space, deputySpace: { ...space, role: 'deputy' as const }, deputy };
}

async function fillTwoAccounts(db: AppDB) {
  await db.accounts.bulkPut([
    { id: 'shared', name: 'Shared Oy', domains: [], tags: [] },
    { id: 'private', name: 'Private AB', domains: [], tags: [] },
  ]);
  await db.contacts.bulkPut([
    { id: 'c-shared', accountId: 'shared', name: 'Sanna Shared', emails: [] },
    { id: 'c-private', accountId: 'private', name: 'Pekka Private', emails: [] },
  ]);
  await db.interactions.put({ id: 'i-shared', accountId: 'shared', at: '2026-11-30T09:00:00Z', kind: 'note', summary: 'Call' });
  await db.tasks.put({ id: 't-shared', accountId: 'shared', title: 'Send offer', status: 'open', due: null });
  await db.meetings.put({ id: 'm-private', accountId: 'private', at: '2026-12-03T09:00:00Z', title: 'Review' });
}

describe('shared spaces in the sync engine', () => {
  it('routes a shared account’s records to its space and the rest to the personal one; the deputy gets only the shared dossier', async () => {
    const { space, deputySpace } = await spaceFor('shared');
    const url = `${server.url}/keyside-space-${space.spaceId}`;
    const owner = await device('owner', [{ space, url }]);
    await fillTwoAccounts(owner.db);
    await owner.engine.run();

    // Four records of the shared dossier in its space, three others in the personal space.
    expect(await docsOf(url)).toHaveLength(4);
    expect(await docsOf(owner.personalUrl)).toHaveLength(3);

    const deputy = await device('deputy', [{ space: deputySpace, url }]);
    await deputy.engine.run();
    expect((await deputy.db.accounts.toArray()).map((a) => a.id)).toEqual(['shared']);
    expect((await deputy.db.contacts.toArray()).map((c) => c.id)).toEqual(['c-shared']);
    expect(await deputy.db.interactions.get('i-shared')).toMatchObject({ summary: 'Call' });
    expect(await deputy.db.tasks.get('t-shared')).toMatchObject({ title: 'Send offer' });
    expect(await deputy.db.meetings.count()).toBe(0);
    // Nothing shared went into the deputy's own space.
    await deputy.engine.run();
    expect(await docsOf(deputy.personalUrl)).toHaveLength(0);

    // Each side's edit reaches the other through the shared space.
    await deputy.db.contacts.update('c-shared', { title: 'Buyer' });
    await owner.db.tasks.update('t-shared', { status: 'done' });
    await deputy.engine.run();
    await owner.engine.run();
    await deputy.engine.run();
    expect(await owner.db.contacts.get('c-shared')).toMatchObject({ title: 'Buyer' });
    expect(await deputy.db.tasks.get('t-shared')).toMatchObject({ status: 'done' });
    expect(await docsOf(deputy.personalUrl)).toHaveLength(0);

    // A deletion of a shared record goes to the shared space too.
    await owner.db.tasks.delete('t-shared');
    await owner.engine.run();
    await deputy.engine.run();
    expect(await deputy.db.tasks.get('t-shared')).toBeUndefined();

    // A person moved to the account that is not shared leaves the shared space for the personal one.
    await owner.db.contacts.update('c-shared', { accountId: 'private', title: 'Moved' });
    await owner.engine.run();
    expect(await docsOf(url)).toHaveLength(3);
    expect(await docsOf(owner.personalUrl)).toHaveLength(4);
    // The deputy gets nothing of its new state; the copy it had stays as it was (SECURITY.md, sync).
    await deputy.engine.run();
    expect(await deputy.db.contacts.get('c-shared')).toMatchObject({ accountId: 'shared', title: 'Buyer' });
    owner.db.close();
    deputy.db.close();
  });

  it('a first share copies the account’s existing records into its space and out of the personal one', async () => {
    const { space, deputySpace } = await spaceFor('shared');
    const url = `${server.url}/keyside-space-${space.spaceId}`;
    const owner = await device('owner2', []);
    await fillTwoAccounts(owner.db);
    await owner.engine.run();
    expect(await docsOf(owner.personalUrl)).toHaveLength(7);

    const queued = await seedSpace(owner.db, space.spaceId, 'shared');
    expect(queued).toBe(4);
    const withSpace = await owner.engineWith(await Promise.all([sharedLink(space, url, 'owner2')]));
    await withSpace.run();
    expect(await docsOf(url)).toHaveLength(4);
    // The personal space keeps only the records that are not shared (the others are tombstones).
    expect(await docsOf(owner.personalUrl)).toHaveLength(3);

    const deputy = await device('deputy2', [{ space: deputySpace, url }]);
    await deputy.engine.run();
    expect((await deputy.db.contacts.toArray()).map((c) => c.id)).toEqual(['c-shared']);
    expect(await deputy.db.tasks.get('t-shared')).toMatchObject({ title: 'Send offer' });
    owner.db.close();
    deputy.db.close();
  });

  it('after a revocation every document is sealed again with the new key: the old key opens none', async () => {
    const { space, deputy: revoked } = await spaceFor('shared');
    const url = `${server.url}/keyside-space-${space.spaceId}`;
    const owner = await device('owner3', [{ space, url }]);
    await fillTwoAccounts(owner.db);
    await owner.engine.run();
    const oldKeys = (await sharedKeyring(space)).current;
    for (const doc of await docsOf(url)) expect((await open(oldKeys, doc)).t).toBeTruthy();

    const rotated = revokeMember(space, space.members.find((m) => m.username === 'giorgi')!.fingerprint);
    expect(rotated).toMatchObject({ kv: 2, rekeyFrom: 1 });
    expect(rotated.members.map((m) => m.spki)).not.toContain(revoked.identity.publicSpki);
    const rekeyed: [string, number][] = [];
    const engine = await owner.engineWith([await sharedLink(rotated, url, 'owner3')], {
      rekeyed: (id, kv) => {
        rekeyed.push([id, kv]);
        return Promise.resolve();
      },
    });
    await owner.db.contacts.update('c-shared', { title: 'After revocation' });
    await engine.run();
    expect(rekeyed).toEqual([[space.spaceId, 2]]);
    const docs = await docsOf(url);
    expect(docs).toHaveLength(4);
    for (const doc of docs) {
      expect(doc.kv).toBe(2);
      await expect(open(oldKeys, doc)).rejects.toThrow();
      await expect(open({ ...oldKeys, keyVersion: 2 }, doc)).rejects.toThrow();
    }
    owner.db.close();
  });

  it('the initial copy names every record of the dossier, referrals from either side included, and nothing else', async () => {
    const db = new AppDB(`keyside-seed-${n++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    await fillTwoAccounts(db);
    const referral = (id: string, from: string, to: string) => ({
      id,
      referrerAccountId: from,
      referrerName: '',
      referredAccountId: to,
      referredName: '',
      on: '2026-11-01',
      note: '',
    });
    await db.referrals.bulkPut([
      referral('r-in', 'private', 'shared'),
      referral('r-out', 'shared', 'private'),
      referral('r-other', 'private', 'elsewhere'),
    ]);
    expect((await accountRecordKeys(db, 'shared')).sort()).toEqual([
      'accounts:shared',
      'contacts:c-shared',
      'interactions:i-shared',
      'referrals:r-in',
      'referrals:r-out',
      'tasks:t-shared',
    ]);
    db.close();
  });
});
