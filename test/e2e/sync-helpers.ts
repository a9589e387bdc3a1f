import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { start, type SyncServer } from '../tools/sync-server.mjs';
import { launchWithExtension } from './launch.mjs';

/** One browser profile with the extension: a device of the sync specs. */
export interface Device {
  context: BrowserContext;
  extensionId: string;
  url: (path: string) => string;
  close: () => Promise<void>;
  page: Page;
}

export interface User {
  name: string;
  password: string;
}

/** CouchDB's per-user database name: `userdb-` and the user name's UTF-8 bytes in hex (lib/sync/server-url.ts). */
export const userDb = (name: string) => `userdb-${Buffer.from(name, 'utf8').toString('hex')}`;

/** The Authorization header a user's own requests to the server carry. */
export const basic = (u: User) => `Basic ${Buffer.from(`${u.name}:${u.password}`).toString('base64')}`;

export async function device(prefix: string): Promise<Device> {
  const { context, extensionId, url, close } = await launchWithExtension({ profilePrefix: prefix });
  const page = await context.newPage();
  return { context, extensionId, url, close, page };
}

/** A worker-scoped fixture: one device for the whole spec, closed at its end. */
export function deviceFixture(
  prefix: string,
): [(args: object, use: (d: Device) => Promise<void>) => Promise<void>, { scope: 'worker' }] {
  return [
    async ({}, use) => {
      const d = await device(prefix);
      await use(d);
      await d.close();
    },
    { scope: 'worker' },
  ];
}

/** Settings → Sync, once its card has read the worker's status. */
export async function openSync(d: Device): Promise<Locator> {
  await d.page.goto(d.url('dashboard.html#/settings/sync'));
  const card = d.page.getByTestId('sync-card');
  await expect(card.getByTestId('sync-loading')).toHaveCount(0);
  return card;
}

/** The connect form's server address and login, as the user types them. */
export async function fillLogin(d: Device, server: SyncServer, user: User): Promise<void> {
  await d.page.getByTestId('sync-server-url').fill(server.url);
  await d.page.getByTestId('sync-username').fill(user.name);
  await d.page.getByTestId('sync-password').fill(user.password);
}

/** The sharing specs' users: an account's owner, their deputy, and a stranger on the same server. */
export const OWNER: User = { name: 'nino', password: 'owner password 1' };
export const DEPUTY: User = { name: 'giorgi', password: 'deputy password 2' };
export const STRANGER: User = { name: 'mallory', password: 'stranger password 3' };

/**
 * A worker-scoped server for the sharing specs: each user has their own database, and the owner
 * is a server admin, since sharing creates the space's database, which only an admin may (README, limits).
 */
export function sharingServerFixture(): [
  (args: object, use: (server: SyncServer) => Promise<void>) => Promise<void>,
  { scope: 'worker' },
] {
  return [
    async ({}, use) => {
      const server = await start();
      for (const u of [OWNER, DEPUTY, STRANGER]) {
        await server.createUser(u.name, u.password);
        await server.createDatabase(userDb(u.name), { members: [u.name] });
      }
      await server.addAdmin(OWNER.name, OWNER.password);
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ];
}
