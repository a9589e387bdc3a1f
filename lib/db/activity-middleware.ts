import Dexie from 'dexie';
import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { Interaction } from '@/lib/schema';
import { type AccountActivity, foldActivity } from './account-activity';

const HISTORY = 'interactions';
const DIGEST = 'accountActivity';
// DBCoreRangeType is a const enum in Dexie's typings, which isolated modules cannot read: 2 = Range, 3 = Any.
const RANGE = 2 as unknown as DBCoreKeyRange['type'];
const ANY = 3 as unknown as DBCoreKeyRange['type'];
/** Above this many records, a put first asks whether history is empty before reading what it replaces. */
const BULK = 1000;

type Entry = Pick<Interaction, 'id' | 'accountId' | 'at' | 'kind' | 'state'>;

/** Whether replacing `a` by `b` leaves every account's digest as it was. */
function sameForDigest(a: Entry, b: Entry): boolean {
  return a.accountId === b.accountId && a.at === b.at && a.kind === b.kind && a.state === b.state;
}

/** `found` (read for `read`, a subset of `keys`) placed at each key's index in `keys`. */
function alignTo(keys: unknown[], read: unknown[], found: (Entry | undefined)[]): (Entry | undefined)[] {
  if (read.length === 0) return [];
  const byKey = new Map(read.map((k, i) => [k, found[i]]));
  return keys.map((k) => byKey.get(k));
}

function missingIndex(): never {
  throw new Error('interactions lacks its [accountId+at] index');
}

function withDigest(history: DBCoreTable, digest: DBCoreTable): DBCoreTable {
  const primary = history.schema.primaryKey;
  /**
   * Transactions that found history empty at their first bulk put, with every key they have put
   * since: only those can exist, so later puts read just those instead of every key they name.
   * A backup import writes history in chunks (lib/io/backup-db.ts): without this, every chunk
   * after the first would read as many records as it writes. Deletes leave the set a superset,
   * which only costs a read that finds nothing.
   */
  const startedEmpty = new WeakMap<DBCoreTransaction, Set<unknown>>();
  const byAccount = history.schema.getIndexByKeyPath(['accountId', 'at']) ?? missingIndex();

  /** Rebuilds the digests of these accounts from their history (the [accountId+at] index). */
  async function recompute(trans: DBCoreTransaction, accountIds: Iterable<string>): Promise<void> {
    const put: AccountActivity[] = [];
    const gone: string[] = [];
    for (const accountId of new Set(accountIds)) {
      const range: DBCoreKeyRange = { type: RANGE, lower: [accountId], upper: [accountId, []] };
      const { result } = await history.query({ trans, values: true, query: { index: byAccount, range } });
      const digestOf = foldActivity(new Map(), result as Entry[]).get(accountId);
      if (digestOf) put.push(digestOf);
      else gone.push(accountId);
    }
    if (put.length) await digest.mutate({ type: 'put', trans, values: put });
    if (gone.length) await digest.mutate({ type: 'delete', trans, keys: gone });
  }

  /** Adds fresh entries to the stored digests without reading any history. */
  async function addFresh(trans: DBCoreTransaction, entries: Entry[]): Promise<void> {
    if (!entries.length) return;
    const ids = [...new Set(entries.map((e) => e.accountId))];
    const stored = (await digest.getMany({ trans, keys: ids })) as (AccountActivity | undefined)[];
    const into = new Map(stored.filter((d): d is AccountActivity => !!d).map((d) => [d.accountId, { ...d }]));
    await digest.mutate({ type: 'put', trans, values: [...foldActivity(into, entries).values()] });
  }

  /** One key at most: O(1) whatever the table's size, unlike count(). */
  async function isEmpty(trans: DBCoreTransaction): Promise<boolean> {
    const range: DBCoreKeyRange = { type: ANY, lower: undefined, upper: undefined };
    const { result } = await history.query({ trans, values: false, limit: 1, query: { index: primary, range } });
    return result.length === 0;
  }

  return {
    ...history,
    // A Dexie promise, not the async function's native one: docs/architecture.md, Dexie rule 7.
    mutate: (req: DBCoreMutateRequest) => Dexie.Promise.resolve(mutate(req)),
  };

  async function mutate(req: DBCoreMutateRequest) {
    const { trans } = req;
    if (req.type === 'deleteRange') {
      if (req.range.type === ANY) {
        const res = await history.mutate(req);
        await digest.mutate({ type: 'deleteRange', trans, range: req.range });
        return res;
      }
      const { result } = await history.query({ trans, values: true, query: { index: primary, range: req.range } });
      const res = await history.mutate(req);
      await recompute(
        trans,
        (result as Entry[]).map((e) => e.accountId),
      );
      return res;
    }
    if (req.type === 'delete') {
      const before = ((await history.getMany({ trans, keys: req.keys })) as (Entry | undefined)[]).filter((e) => !!e);
      const res = await history.mutate(req);
      await recompute(
        trans,
        before.map((e) => e.accountId),
      );
      return res;
    }
    // add and put. An add never replaces (a taken key fails), and a bulk put into empty history
    // (a backup into a new profile) has nothing to replace: neither reads what was there.
    const values = req.values as Entry[];
    const keys = req.keys ?? values.map((v) => v.id);
    let written = startedEmpty.get(trans);
    if (!written && req.type === 'put' && values.length > BULK && (await isEmpty(trans)))
      startedEmpty.set(trans, (written = new Set()));
    // Awaited inline: a Dexie promise keeps the transaction's zone for the mutate below (Dexie rule 7).
    const read = req.type !== 'put' ? [] : written ? keys.filter((k) => written.has(k)) : keys;
    const found = read.length > 0 ? ((await history.getMany({ trans, keys: read })) as (Entry | undefined)[]) : [];
    const before = written ? alignTo(keys, read, found) : found;
    const res = await history.mutate(req);
    if (written) for (const k of keys) written.add(k);
    const stale = new Set<string>();
    const fresh: Entry[] = [];
    // A put may name one key twice: only its last value is stored.
    const lastOf = new Map<unknown, number>(keys.map((k, i) => [k, i]));
    values.forEach((v, i) => {
      if (i in res.failures || lastOf.get(keys[i]) !== i) return;
      const old = before[i];
      if (!old) fresh.push(v);
      else if (!sameForDigest(old, v)) stale.add(old.accountId).add(v.accountId);
    });
    await addFresh(
      trans,
      fresh.filter((e) => !stale.has(e.accountId)),
    );
    await recompute(trans, stale);
    return res;
  }
}

/**
 * Keeps `accountActivity` (lib/db/account-activity.ts) in step with `interactions`: every
 * read-write transaction over history is widened to the digest table, so a write through any
 * path (repos, backup import, undo) updates both or neither. Absent before schema version 2.
 */
export const accountActivityMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'AccountActivity',
  create(down) {
    if (!down.schema.tables.some((t) => t.name === DIGEST)) return {};
    return {
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.includes(HISTORY) && !stores.includes(DIGEST) ? [...stores, DIGEST] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return name === HISTORY ? withDigest(table, down.table(DIGEST)) : table;
      },
    };
  },
};
