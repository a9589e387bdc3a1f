import type { AppDB } from '@/lib/db/app-db';

/**
 * The sharing state's row in syncState: one sealed blob (lib/sync/sharing/state.ts), opaque here.
 * Removed with the rest of the sync state when the user forgets the server.
 */
const KEY = 'sharing';

const table = (db: AppDB) => db.syncState;

export async function readSharingState(db: AppDB): Promise<unknown> {
  return (await table(db).get(KEY))?.value;
}

export async function writeSharingState(db: AppDB, value: unknown): Promise<void> {
  await table(db).put({ key: KEY, value });
}
