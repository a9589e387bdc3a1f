import type { AppDB } from '@/lib/db/app-db';
import { SYNC_ON_KEY } from '@/lib/db/sync-switch';
import type { SyncError } from '@/lib/messaging/sync-messages';

/** What enable/join store (syncState 'config'); the secret never leaves the device. */
export interface SyncConfig {
  serverUrl: string;
  username: string;
  password: string;
  /** The database URL (lib/sync/server-url.ts). */
  dbUrl: string;
  /** The recovery secret, base64. */
  secret: string;
  /** This device's clock node id (hex). */
  node: string;
  keyVersion: number;
}

/** The outcome of the last runs (syncState 'status'). */
export interface StoredStatus {
  lastSyncAt?: string;
  error?: SyncError;
  conflictsMerged: number;
  failures: number;
}

const get = async <T>(db: AppDB, key: string): Promise<T | undefined> => (await db.syncState.get(key))?.value as T | undefined;

export const readConfig = (db: AppDB) => get<SyncConfig>(db, 'config');
export const readOn = async (db: AppDB) => (await get<boolean>(db, SYNC_ON_KEY)) === true;
export const readStatus = async (db: AppDB): Promise<StoredStatus> =>
  (await get<StoredStatus>(db, 'status')) ?? { conflictsMerged: 0, failures: 0 };
/** The checkpoint of the last mirror sequence written into Dexie: one per space ('applied' is the personal one). */
export const appliedKey = (spaceId: string) => (spaceId === 'personal' ? 'applied' : `applied:${spaceId}`);
export const readApplied = async (db: AppDB, key = 'applied'): Promise<number | string> =>
  (await get<number | string>(db, key)) ?? 0;
export const readHlc = (db: AppDB) => get<string>(db, 'hlc');
/** Documents written to the mirror since the last successful push to the server. */
export const UNPUSHED_KEY = 'unpushed';
export const readUnpushed = async (db: AppDB): Promise<number> => (await get<number>(db, UNPUSHED_KEY)) ?? 0;

export async function writeStatus(db: AppDB, change: Partial<StoredStatus>): Promise<StoredStatus> {
  return db.transaction('rw', db.syncState, async () => {
    const next = { ...(await readStatus(db)), ...change };
    await db.syncState.put({ key: 'status', value: next });
    return next;
  });
}

/** Turns queuing on or off in this context at once and, through the row, in every other (lib/db/sync-switch.ts). */
export async function setOn(db: AppDB, on: boolean): Promise<void> {
  await db.syncState.put({ key: SYNC_ON_KEY, value: on });
  db.syncSwitch.on = on;
}

export async function saveConfig(db: AppDB, config: SyncConfig): Promise<void> {
  await db.syncState.put({ key: 'config', value: config });
}

export const toBase64 = (b: Uint8Array) => btoa(String.fromCharCode(...b));
export const fromBase64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
