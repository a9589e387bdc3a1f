import { SharingService, type SharingDeps } from '@/lib/sync/sharing/sharing-service';
import { device, FakeCouch } from './fake-couch';

/**
 * The sharing state travels between one user's devices inside the personal space (lib/sync/sharing-doc.ts):
 * a second device joined with the recovery words gets the same identity and the spaces its user owns.
 */
async function sameUser(deps: SharingDeps): Promise<SharingService> {
  let stored: unknown;
  return new SharingService({
    ...deps,
    load: () => Promise.resolve(stored),
    save: (sealed) => {
      stored = sealed;
      return Promise.resolve();
    },
  });
}

describe('sharing state between the devices of one user', () => {
  it('a second device adopts the identity and the shares; revocation and re-encryption follow', async () => {
    const server = new FakeCouch(new Set(['anna']));
    const first = await device(server, 'anna');
    const one = new SharingService(first.deps);
    const two = await sameUser(first.deps);
    const deputy = new SharingService((await device(server, 'giorgi')).deps);
    const deputyId = await deputy.identity();

    // Device two made its own identity before its first sync: the one already on the server wins.
    const early = await two.identity();
    const ownerId = await one.identity();
    expect(early.fingerprint).not.toBe(ownerId.fingerprint);
    await one.share('acc-1', { publicKey: deputyId.publicKey, username: 'giorgi', name: 'Giorgi' });
    const pushed = await one.exportFor([]);
    expect(pushed).not.toBeNull();

    expect(await two.adopt([pushed])).toMatchObject({ identity: true, spaces: [{ accountId: 'acc-1', role: 'owner' }] });
    expect((await two.identity()).fingerprint).toBe(ownerId.fingerprint);
    const { members, role } = await two.members('acc-1');
    expect(role).toBe('owner');
    expect(members.map((m) => [m.role, m.name, m.fingerprint])).toEqual([
      ['owner', '', ownerId.fingerprint],
      ['deputy', 'Giorgi', deputyId.fingerprint],
    ]);
    // Nothing new to push once both hold the same state.
    expect(await two.exportFor([pushed])).toBeNull();

    // Stop sharing on device one: device two learns the new key version, then that re-encryption finished.
    await one.unshare('acc-1', deputyId.fingerprint);
    const revoked = await one.exportFor([pushed]);
    await two.adopt([revoked]);
    const [space] = await two.held();
    expect(space).toMatchObject({ kv: 2, rekeyFrom: 1 });
    expect(space?.members).toHaveLength(1);
    await one.markRekeyed(space!.spaceId, 2);
    await two.adopt([await one.exportFor([revoked])]);
    expect((await two.held())[0]?.rekeyFrom).toBeUndefined();
    // An older state (a device that slept through it all) does not bring the deputy back.
    await two.adopt([pushed]);
    expect((await two.held())[0]).toMatchObject({ kv: 2 });
    expect((await two.held())[0]?.members).toHaveLength(1);
  });

  it('two devices that each made an identity before syncing end with the one pushed first', async () => {
    const server = new FakeCouch(new Set(['anna']));
    const first = await device(server, 'anna');
    const one = new SharingService(first.deps);
    const two = await sameUser(first.deps);
    const a = await one.identity();
    const b = await two.identity();
    expect(a.fingerprint).not.toBe(b.fingerprint);
    const pushedByOne = await one.exportFor([]);
    await two.adopt([pushedByOne]);
    expect((await two.identity()).fingerprint).toBe(a.fingerprint);
    // Device one reads back what two holds now: the same identity, nothing to push.
    const fromTwo = await two.exportFor([pushedByOne]);
    expect(fromTwo).toBeNull();
    await one.adopt([pushedByOne]);
    expect((await one.identity()).fingerprint).toBe(a.fingerprint);
  });
});
