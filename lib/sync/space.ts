import type { AppDB } from '@/lib/db/app-db';
import { readSharingState } from '@/lib/db/repos/sync-sharing-state';
import { recordKey, SYNCED_TABLES } from '@/lib/db/sync-tables';
import type { ServerLogin, SyncError, SyncErrorCode, SyncStatus } from '@/lib/messaging/sync-messages';
import { CHECK_DOC_ID, openCheck, sealCheck, WrongSecret } from './envelope';
import { SyncEngine, type RunResult } from './engine';
import type { SpaceLink } from './space-router';
import { BadRecoveryWords, deriveSpaceKeys, newRecoverySecret, secretOf, wordsOf, type SpaceKeys } from './keys';
import type { PouchFactory, PouchLike } from './pouch-types';
import { isSeeded, markSeeded, seedSpace } from './seed-space';
import { databaseUrl } from './server-url';
import { sharedKeyring } from './shared-keys';
import { prepareSharing, publishSharing, type SharingRun } from './sharing-run';
import { spaceDbName, type SharedSpace } from './sharing/space';
import { openState } from './sharing/state';
import {
  fromBase64,
  readConfig,
  readOn,
  readStatus,
  readUnpushed,
  saveConfig,
  setOn,
  toBase64,
  writeStatus,
  type SyncConfig,
} from './state';

/** A sync request that failed for a reason the page shows (its code picks the message). */
export class SyncFailure extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The error a page shows for anything a sync step threw. */
export function classify(e: unknown): SyncError {
  if (e instanceof SyncFailure) return { code: e.code, message: e.message };
  if (e instanceof WrongSecret) return { code: 'wrong-secret', message: e.message };
  if (e instanceof BadRecoveryWords) return { code: 'bad-words', message: e.message };
  const status = typeof e === 'object' && e !== null && 'status' in e ? e.status : undefined;
  const message = e instanceof Error ? e.message : String(e);
  if (status === 401 || status === 403) return { code: 'auth', message: 'The server refused this user name or password.' };
  if (typeof status === 'number' && status >= 400 && status !== 500)
    return { code: 'server', message: `The server answered ${status}: ${message}` };
  // PouchDB reports a failed fetch (no route, refused, DNS) without an HTTP status, or as 500.
  return { code: 'offline', message: `The server could not be reached: ${message}` };
}

const mirrorName = (keys: Pick<SpaceKeys, 'spaceId'>) => `keyside-mirror-${keys.spaceId}`;
/** A shared space's database on the sync server (the server's root, as sharing addresses it). */
const spaceUrl = (config: SyncConfig, spaceId: string) => `${new URL(config.serverUrl).origin}/${spaceDbName(spaceId)}`;
/** Pulls of the personal space before the sharing state is read (same sizes as the engine's). */
const REPLICATION = { batch_size: 500, batches_limit: 4 };
const hexNode = () => [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');

function remoteOf(pouch: PouchFactory, config: Pick<SyncConfig, 'dbUrl' | 'username' | 'password'>, create: boolean): PouchLike {
  return pouch.remote(config.dbUrl, { auth: { username: config.username, password: config.password }, create });
}

async function getOrUndefined(db: PouchLike, id: string) {
  try {
    return await db.get(id);
  } catch (e) {
    if (typeof e === 'object' && e !== null && (e as { status?: unknown }).status === 404) return undefined;
    throw e;
  }
}

/** Queues every local record, so the space gets what this device held before sync (a full reconcile). */
async function queueAll(db: AppDB): Promise<void> {
  const at = Date.now();
  for (const table of SYNCED_TABLES) {
    const keys = await db.table(table).toCollection().primaryKeys();
    for (let i = 0; i < keys.length; i += 5000)
      await db.syncOutbox.bulkPut(
        keys.slice(i, i + 5000).map((k) => ({ k: recordKey(table, typeof k === 'string' ? k : JSON.stringify(k)), at })),
      );
  }
}

async function start(db: AppDB, config: SyncConfig): Promise<void> {
  await saveConfig(db, config);
  await writeStatus(db, { error: undefined, failures: 0 });
  await setOn(db, true);
  await queueAll(db);
}

/**
 * Turns sync on. With a configuration kept by `disable` for the same server and user, resumes it
 * (and shows its words again); otherwise creates a new recovery secret, refuses a database that
 * already holds another space, and writes the space's check document.
 */
export async function enable(db: AppDB, pouch: PouchFactory, login: ServerLogin): Promise<string[]> {
  if (await readOn(db)) throw new SyncFailure('already-on', 'Sync is already on.');
  const dbUrl = databaseUrl(login.serverUrl, login.username);
  const kept = await readConfig(db);
  if (kept?.dbUrl === dbUrl && kept.username === login.username) {
    const config = { ...kept, password: login.password };
    await remoteOf(pouch, config, false).info();
    await start(db, config);
    return wordsOf(fromBase64(kept.secret));
  }
  const secret = newRecoverySecret();
  const keys = await deriveSpaceKeys(secret);
  const config: SyncConfig = { ...login, dbUrl, secret: toBase64(secret), node: hexNode(), keyVersion: keys.keyVersion };
  const remote = remoteOf(pouch, config, true);
  await remote.info();
  if (await getOrUndefined(remote, CHECK_DOC_ID))
    throw new SyncFailure('wrong-secret', 'This server already holds Keyside data: join it with its recovery words instead.');
  await remote.put(await sealCheck(keys));
  await start(db, config);
  return wordsOf(secret);
}

/** Turns sync on with the recovery words of another device; a wrong secret throws before anything is written. */
export async function join(db: AppDB, pouch: PouchFactory, login: ServerLogin, words: string[]): Promise<void> {
  if (await readOn(db)) throw new SyncFailure('already-on', 'Sync is already on.');
  const secret = secretOf(words);
  const keys = await deriveSpaceKeys(secret);
  const dbUrl = databaseUrl(login.serverUrl, login.username);
  const config: SyncConfig = { ...login, dbUrl, secret: toBase64(secret), node: hexNode(), keyVersion: keys.keyVersion };
  const check = await getOrUndefined(remoteOf(pouch, config, false), CHECK_DOC_ID);
  if (!check) throw new SyncFailure('wrong-secret', 'This server holds no Keyside data for this user yet.');
  await openCheck(keys, check);
  await start(db, config);
}

/** The links of the shared spaces a run syncs; an owned space shared for the first time gets its initial copy queued. */
async function sharedLinks(db: AppDB, pouch: PouchFactory, config: SyncConfig, spaces: SharedSpace[]): Promise<SpaceLink[]> {
  const links: SpaceLink[] = [];
  for (const space of spaces) {
    const link: SpaceLink = {
      id: space.spaceId,
      keyring: await sharedKeyring(space),
      mirror: pouch.local(mirrorName(space)),
      remote: remoteOf(pouch, { ...config, dbUrl: spaceUrl(config, space.spaceId) }, false),
      space,
    };
    links.push(link);
    if (space.role === 'owner' && !(await isSeeded(db, space.spaceId))) await seedOnce(db, link, space);
  }
  return links;
}

/**
 * The initial copy of an owned space, made by the device that shared it: another device of the
 * owner that learns of the space (through the sharing state) finds its records already there and
 * only marks it, instead of pushing the same records again as conflicting revisions.
 */
async function seedOnce(db: AppDB, link: SpaceLink, space: SharedSpace): Promise<void> {
  try {
    await link.mirror.replicate.from(link.remote, REPLICATION);
  } catch {
    // The server refuses or is away: seed from here; the engine reports the space's state.
  }
  const first = await link.mirror.changes({ since: 0, limit: 5, include_docs: false, conflicts: false });
  if (first.results.some((r) => !r.id.startsWith('keyside-'))) await markSeeded(db, space.spaceId);
  else await seedSpace(db, space.spaceId, space.accountId);
}

/**
 * One run (lib/sync/engine.ts): the personal space, and with sharing the state other devices left
 * (lib/sync/sharing-run.ts) and every shared space this user owns or was given. The status
 * records its outcome.
 */
export async function runOnce(db: AppDB, pouch: PouchFactory, sharing?: SharingRun): Promise<RunResult> {
  const config = await readConfig(db);
  if (!config || !(await readOn(db))) throw new SyncFailure('not-on', 'Sync is off.');
  const keys = await deriveSpaceKeys(fromBase64(config.secret), config.keyVersion);
  const mirror = pouch.local(mirrorName(keys));
  const remote = remoteOf(pouch, config, false);
  const links: SpaceLink[] = [];
  try {
    if (sharing) {
      await mirror.replicate.from(remote, REPLICATION);
      links.push(...(await sharedLinks(db, pouch, config, await prepareSharing(mirror, sharing))));
    }
    const hooks = sharing ? { rekeyed: (spaceId: string, kv: number) => sharing.markRekeyed(spaceId, kv) } : undefined;
    const engine = await SyncEngine.create(db, keys, mirror, remote, config.node, links, hooks);
    const result = await engine.run();
    // A re-encryption this run finished changed the sharing state: the owner's other devices learn it now.
    if (sharing && (await publishSharing(mirror, sharing))) await mirror.replicate.to(remote, REPLICATION);
    const status = await readStatus(db);
    await writeStatus(db, {
      lastSyncAt: new Date().toISOString(),
      error: undefined,
      failures: 0,
      conflictsMerged: status.conflictsMerged + result.conflicts,
    });
    // What the last runs did and where their time went (lib/sync/run-timing.ts): read by `npm run bench`.
    const runs = ((await db.syncState.get('lastRuns'))?.value as unknown[] | undefined) ?? [];
    await db.syncState.put({ key: 'lastRuns', value: [...runs.slice(-9), { at: Date.now(), ...result }] });
    return result;
  } finally {
    await Promise.allSettled([mirror.close(), remote.close(), ...links.flatMap((l) => [l.mirror.close(), l.remote.close()])]);
  }
}

/** Stops queuing and syncing; local data, keys and the outbox stay (enable resumes). */
export async function disable(db: AppDB): Promise<void> {
  if (!(await readOn(db))) throw new SyncFailure('not-on', 'Sync is off.');
  await setOn(db, false);
}

/** The shared spaces in this device's sharing state (none when it does not open). */
async function heldSpaces(db: AppDB, config: SyncConfig): Promise<SharedSpace[]> {
  const keys = await deriveSpaceKeys(fromBase64(config.secret), config.keyVersion);
  try {
    return (await openState(await readSharingState(db), keys.aes)).spaces;
  } catch {
    return [];
  }
}

/** Removes the sync state — keys, outbox, clocks, checkpoints, the mirror — and nothing else. */
export async function forget(db: AppDB, pouch: PouchFactory | undefined): Promise<void> {
  const config = await readConfig(db);
  const spaces = config && pouch ? await heldSpaces(db, config) : [];
  db.syncSwitch.on = false;
  await db.transaction('rw', db.syncState, db.syncOutbox, db.syncClocks, async () => {
    await db.syncState.clear();
    await db.syncOutbox.clear();
    await db.syncClocks.clear();
  });
  if (config && pouch) {
    const keys = await deriveSpaceKeys(fromBase64(config.secret), config.keyVersion);
    await pouch.local(mirrorName(keys)).destroy();
    // The shared spaces' mirrors go too (their keys were in the sharing state just cleared).
    for (const space of spaces) await pouch.local(mirrorName(space)).destroy();
  }
}

export async function statusOf(db: AppDB, running: boolean, retryAt?: number): Promise<SyncStatus> {
  const [on, config, stored, queued, unpushed] = await Promise.all([
    readOn(db),
    readConfig(db),
    readStatus(db),
    db.syncOutbox.count(),
    readUnpushed(db),
  ]);
  const base = {
    pending: on ? queued + unpushed : 0,
    conflictsMerged: stored.conflictsMerged,
    ...(config ? { serverUrl: config.serverUrl, username: config.username } : {}),
    ...(stored.lastSyncAt ? { lastSyncAt: stored.lastSyncAt } : {}),
  };
  if (!on) return { ...base, state: 'off' };
  if (running) return { ...base, state: 'syncing' };
  if (stored.error)
    return {
      ...base,
      state: stored.error.code === 'offline' ? 'offline' : 'error',
      error: stored.error,
      ...(retryAt ? { retryAt: new Date(retryAt).toISOString() } : {}),
    };
  return { ...base, state: 'idle' };
}
