import { test as base, expect } from '@playwright/test';
import {
  basic,
  DEPUTY,
  deviceFixture,
  fillLogin,
  openSync,
  OWNER,
  sharingServerFixture,
  STRANGER,
  type Device,
} from './sync-helpers';
import type { SyncServer } from '../tools/sync-server.mjs';

// Sharing one account with a deputy (issue 15), in real Chromium: the owner and the deputy each
// run Keyside in their own profile with sync on, against the loopback server
// (test/tools/sync-server.mjs). The owner compares the deputy's fingerprint, shares, and the
// server then lets the deputy — and no one else — into the shared space's database; "Stop
// sharing" takes the deputy out again. Sharing creates that database itself, which CouchDB allows
// only a server admin: the owner is one here (README, limits).

const test = base.extend<object, { server: SyncServer; owner: Device; deputy: Device }>({
  server: sharingServerFixture(),
  owner: deviceFixture('keyside-share-owner-'),
  deputy: deviceFixture('keyside-share-deputy-'),
});

async function turnOn(d: Device, server: SyncServer, user: { name: string; password: string }) {
  const card = await openSync(d);
  await card.getByTestId('sync-turn-on').click();
  await fillLogin(d, server, user);
  await d.page.getByTestId('sync-submit').click();
  await expect(card.getByTestId('sync-recovery-word')).toHaveCount(24, { timeout: 60_000 });
  await card.getByTestId('sync-written-down').check();
  await card.getByTestId('sync-secret-done').click();
  await expect(card.getByTestId('sync-status')).toHaveAttribute('data-state', 'idle', { timeout: 60_000 });
}

/** The shared space's database on the server (the only one named keyside-space-…). */
async function spaceDbs(server: SyncServer): Promise<string[]> {
  const all = (await (await server.adminFetch('/_all_dbs')).json()) as string[];
  return all.filter((d) => d.startsWith('keyside-space-'));
}

const statusAs = async (server: SyncServer, db: string, u: { name: string; password: string }) =>
  (await fetch(`${server.url}/${db}/_all_docs`, { headers: { Authorization: basic(u) } })).status;

test.describe.configure({ mode: 'serial' });

test.describe('sharing an account with a deputy', () => {
  let inviteCode = '';
  let deputyFingerprint = '';

  test('with sync on, Settings shows the deputy an invite code and a fingerprint', async ({ owner, deputy, server }) => {
    await owner.page.goto(owner.url('dashboard.html#/accounts'));
    await owner.page.getByTestId('load-demo').click();
    await owner.page.getByTestId('account-row').first().waitFor();
    await turnOn(owner, server, OWNER);
    await turnOn(deputy, server, DEPUTY);
    await deputy.page.goto(deputy.url('dashboard.html#/settings'));
    const card = deputy.page.getByTestId('sharing-identity-card');
    await card.getByTestId('sharing-my-name').fill('Giorgi');
    inviteCode = await card.getByTestId('sharing-invite-code').inputValue();
    expect(inviteCode.length).toBeGreaterThan(40);
    deputyFingerprint = ((await card.getByTestId('sharing-my-fingerprint').textContent()) ?? '').trim();
    expect(deputyFingerprint).toMatch(/\d/);
  });

  test('the owner compares the fingerprint and shares; only the deputy may open the shared space', async ({ owner, server }) => {
    test.skip(inviteCode === '', 'needs the invite code (previous step)');
    await owner.page.goto(owner.url('dashboard.html#/account/demo-acme'));
    const card = owner.page.getByTestId('sharing-card');
    await card.getByTestId('share-account').click();
    await card.getByTestId('share-invite-code').fill(inviteCode);
    await card.getByTestId('share-invite-read').click();
    await expect(card.getByTestId('share-compare')).toContainText(deputyFingerprint);
    await card.getByTestId('share-confirm').click();
    await expect(card.getByTestId('share-member')).toHaveCount(1, { timeout: 30_000 });
    await expect(card.getByTestId('share-member')).toContainText('Giorgi');
    const [space] = await spaceDbs(server);
    expect(space).toBeDefined();
    expect(await statusAs(server, space!, DEPUTY)).toBe(200);
    expect(await statusAs(server, space!, STRANGER)).toBe(401);
  });

  test('Stop sharing takes the deputy out of the shared space', async ({ owner, server }) => {
    test.skip(inviteCode === '', 'needs the share (previous step)');
    const [space] = await spaceDbs(server);
    test.skip(space === undefined, 'needs the share (previous step)');
    await owner.page.goto(owner.url('dashboard.html#/account/demo-acme'));
    const card = owner.page.getByTestId('sharing-card');
    owner.page.once('dialog', (d) => void d.accept());
    await card.getByTestId('share-stop').click();
    await expect(card.getByTestId('share-member')).toHaveCount(0, { timeout: 30_000 });
    expect(await statusAs(server, space!, DEPUTY)).toBe(401);
  });
});
