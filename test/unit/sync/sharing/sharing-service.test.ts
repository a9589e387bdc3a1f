import { CouchError } from '@/lib/sync/sharing/couch-admin';
import { SharingError, SharingService } from '@/lib/sync/sharing/sharing-service';
import { MEMBERS_DOC_ID, MembersDoc, spaceDbName, spaceKeyBytes } from '@/lib/sync/sharing/space';
import { device, FakeCouch } from './fake-couch';

async function setup() {
  const server = new FakeCouch(new Set(['anna']));
  const owner = new SharingService((await device(server, 'anna')).deps);
  const deputyDevice = await device(server, 'giorgi');
  const deputy = new SharingService(deputyDevice.deps);
  const stranger = new SharingService((await device(server, 'mallory')).deps);
  const deputyId = await deputy.identity();
  return { server, owner, deputy, deputyDevice, deputyId, stranger };
}

describe('SharingService', () => {
  it('shares one account: the deputy opens its space with the same key, a stranger gets nothing', async () => {
    const { server, owner, deputy, deputyId, stranger } = await setup();
    const fingerprint = await owner.share('acc-1', { publicKey: deputyId.publicKey, username: 'giorgi', name: 'Giorgi' });
    expect(fingerprint).toBe(deputyId.fingerprint);

    const [ownerSpace] = await owner.spaces();
    const [deputySpace] = await deputy.discover();
    expect(deputySpace?.accountId).toBe('acc-1');
    expect(deputySpace?.spaceId).toBe(ownerSpace?.spaceId);
    expect(spaceKeyBytes(deputySpace!)).toEqual(spaceKeyBytes(ownerSpace!));
    expect(await stranger.discover()).toEqual([]);

    // The server holds no key in clear and lets only the members' users in.
    const db = server.dbs.get(spaceDbName(ownerSpace!.spaceId))!;
    expect(db.members.sort()).toEqual(['anna', 'giorgi']);
    expect(JSON.stringify([...db.docs.values()])).not.toContain(ownerSpace!.keys['1']);
    expect(JSON.stringify([...db.docs.values()])).not.toContain('Giorgi');
    await expect(
      server
        .client({ serverUrl: '', username: 'mallory', password: '' })
        .getDoc(spaceDbName(ownerSpace!.spaceId), MEMBERS_DOC_ID),
    ).rejects.toBeInstanceOf(CouchError);

    const { members, role } = await owner.members('acc-1');
    expect(role).toBe('owner');
    expect(members.map((m) => [m.role, m.username, m.name])).toEqual([
      ['owner', 'anna', ''],
      ['deputy', 'giorgi', 'Giorgi'],
    ]);
  });

  it('stop sharing: the deputy is out of _security and the new key version is wrapped only for those who stay', async () => {
    const { server, owner, deputy, deputyId } = await setup();
    await owner.share('acc-1', { publicKey: deputyId.publicKey, username: 'giorgi', name: 'Giorgi' });
    const [before] = await deputy.discover();
    await owner.unshare('acc-1', deputyId.fingerprint);

    const [after] = await owner.spaces();
    expect(after?.kv).toBe(2);
    expect(after?.rekeyFrom).toBe(1);
    expect(spaceKeyBytes(after!)).not.toEqual(spaceKeyBytes(before!));
    const db = server.dbs.get(spaceDbName(after!.spaceId))!;
    expect(db.members).toEqual(['anna']);
    const doc = MembersDoc.parse(db.docs.get(MEMBERS_DOC_ID));
    expect(doc.kv).toBe(2);
    expect(doc.members.map((m) => m.username)).toEqual(['anna']);
    // The deputy's device drops the space; it never held version 2.
    expect(await deputy.discover()).toEqual([]);
    expect((await owner.members('acc-1')).members).toHaveLength(1);

    await owner.markRekeyed(after!.spaceId, 2);
    expect((await owner.spaces())[0]?.rekeyFrom).toBeUndefined();
  });

  it('says clearly what is wrong: sync off, a bad key, one’s own code, an unknown member', async () => {
    const { owner, deputyId } = await setup();
    const ownId = await owner.identity();
    await expect(owner.share('acc-1', { publicKey: 'AAAA', username: 'x', name: '' })).rejects.toMatchObject({
      code: 'bad-request',
    });
    await expect(owner.share('acc-1', { publicKey: ownId.publicKey, username: 'anna', name: '' })).rejects.toMatchObject({
      code: 'bad-request',
    });
    await expect(owner.unshare('acc-1', deputyId.fingerprint)).rejects.toMatchObject({ code: 'not-found' });

    const server = new FakeCouch(new Set());
    const off = await device(server, 'x');
    const offService = new SharingService({ ...off.deps, login: () => Promise.resolve(null) });
    await expect(offService.identity()).rejects.toMatchObject({ code: 'not-on' });
  });

  it('needs an admin login to share, and says so', async () => {
    const server = new FakeCouch(new Set());
    const owner = new SharingService((await device(server, 'anna')).deps);
    const deputyId = await new SharingService((await device(server, 'giorgi')).deps).identity();
    const error = await owner
      .share('acc-1', { publicKey: deputyId.publicKey, username: 'giorgi', name: '' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SharingError);
    expect(error).toMatchObject({ code: 'auth' });
  });

  it('keeps the identity sealed: the stored state shows no private key and opens only with its key', async () => {
    const server = new FakeCouch(new Set(['anna']));
    const d = await device(server, 'anna');
    const service = new SharingService(d.deps);
    const first = await service.identity();
    expect(JSON.stringify(d.stored())).not.toContain(first.publicKey);
    expect(await new SharingService(d.deps).identity()).toEqual(first);
  });
});
