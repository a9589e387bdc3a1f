import Dexie from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import { recordKey, type OutboxRow } from '@/lib/db/sync-tables';
import { ACCOUNT_KEYED_TABLES } from './sharing/space-of-record';

/**
 * The initial copy of a newly shared account: every record that belongs to it (the account, and
 * each table of ACCOUNT_KEYED_TABLES, and the referrals that name it) is queued again with `force`,
 * so the next drain seals it into the shared space (lib/sync/engine.ts routes it there) and the
 * deputy receives the whole dossier, not only the edits made after sharing.
 */

const SEEDED = (spaceId: string) => `seeded:${spaceId}`;

export async function isSeeded(db: AppDB, spaceId: string): Promise<boolean> {
  return (await db.syncState.get(SEEDED(spaceId)))?.value === true;
}

/** Another device already copied the space: this one only remembers it. */
export async function markSeeded(db: AppDB, spaceId: string): Promise<void> {
  await db.syncState.put({ key: SEEDED(spaceId), value: true });
}

const ids = (keys: unknown[]) => keys.map((k) => (typeof k === 'string' ? k : JSON.stringify(k)));

/** The record keys ('table:id') of one account's dossier. */
export async function accountRecordKeys(db: AppDB, accountId: string): Promise<string[]> {
  const out: string[] = [];
  if (await db.accounts.get(accountId)) out.push(recordKey('accounts', accountId));
  for (const table of ACCOUNT_KEYED_TABLES) {
    const keys =
      table === 'interactions'
        ? await db.interactions
            .where('[accountId+at]')
            .between([accountId, Dexie.minKey], [accountId, Dexie.maxKey])
            .primaryKeys()
        : await db.table(table).where('accountId').equals(accountId).primaryKeys();
    for (const id of ids(keys)) out.push(recordKey(table, id));
  }
  const referrals = await db.referrals
    .where('referrerAccountId')
    .equals(accountId)
    .or('referredAccountId')
    .equals(accountId)
    .primaryKeys();
  for (const id of ids(referrals)) out.push(recordKey('referrals', id));
  return out;
}

/** Queues the account's records for the shared space once per space and device. */
export async function seedSpace(db: AppDB, spaceId: string, accountId: string): Promise<number> {
  const keys = await accountRecordKeys(db, accountId);
  const at = Date.now();
  await db.transaction('rw', db.syncOutbox, db.syncState, async () => {
    for (let i = 0; i < keys.length; i += 5000)
      await db.syncOutbox.bulkPut(keys.slice(i, i + 5000).map((k): OutboxRow => ({ k, at, force: true })));
    await db.syncState.put({ key: SEEDED(spaceId), value: true });
  });
  return keys.length;
}
