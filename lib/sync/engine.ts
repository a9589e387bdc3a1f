import type { Interaction } from '@/lib/schema/interaction';
import type { AppDB } from '@/lib/db/app-db';
import { isSyncedTable, recordKey, splitRecordKey, SYNCED_TABLES, type ClockRow, type OutboxRow } from '@/lib/db/sync-tables';
import { open, seal, type Payload } from './envelope';
import { HlcClock, maxHlc } from './hlc';
import type { SpaceKeys } from './keys';
import { mergeAll } from './merge';
import { mergeNote } from './merge-note';
import type { PouchDoc, PouchLike } from './pouch-types';
import { canonical, isDeleted, type RecordState } from './record-state';
import { rekeySpace } from './rekey';
import { RunTiming } from './run-timing';
import { singleKeyring } from './shared-keys';
import { PERSONAL_SPACE } from './sharing/space-of-record';
import { SpaceRouter, type SpaceLink } from './space-router';
import { appliedKey, readApplied, readHlc, readUnpushed, UNPUSHED_KEY } from './state';
import { emptyRow, rowOf, stamp, stateOf } from './stamp';

/** Records per batch: one Dexie transaction and one mirror write each (a killed run loses at most one). */
const BATCH = 200;
/** Documents per replication request: fewer round trips for an initial sync of many small documents. */
const REPLICATION = { batch_size: 500, batches_limit: 4 };

export interface RunResult {
  pushed: number;
  applied: number;
  conflicts: number;
  /** Shared spaces this run could not reach (a revoked member's 401), by space id. */
  skipped: string[];
  /** Milliseconds per step (lib/sync/run-timing.ts). */
  ms: Record<string, number>;
}

/** What a run tells the sharing state (lib/sync/sharing/sharing-service.ts). */
export interface SpaceHooks {
  /** Every document of an owned space is now sealed with key version `kv`. */
  rekeyed(spaceId: string, kv: number): Promise<void>;
}

/** Documents that are no record: the check document, the sharing state, a shared space's members. */
const isRecordDoc = (doc: PouchDoc) => !doc._id.startsWith('keyside-');

/** A shared space whose database the server no longer opens for this user (revoked, not yet created). */
const isShut = (e: unknown) => {
  if (typeof e !== 'object' || e === null) return false;
  const { status, name } = e as { status?: unknown; name?: unknown };
  return status === 401 || status === 403 || status === 404 || name === 'unauthorized' || name === 'forbidden';
};

export class MissingKey extends Error {
  constructor(kv: unknown) {
    super(`A document of a shared space is sealed with key version ${String(kv)}, which this device does not hold.`);
  }
}

const payloadOf = (table: string, id: string, s: RecordState): Payload => ({
  t: table,
  id,
  f: s.fields,
  c: s.clocks,
  p: s.prev,
  ...(s.deleted === undefined ? {} : { d: s.deleted }),
});
const stateOfPayload = (p: Payload): RecordState => ({
  fields: p.f,
  clocks: p.c,
  prev: p.p,
  ...(p.d === undefined ? {} : { deleted: p.d }),
});

/**
 * One sync run (docs/architecture.md, "Sync"): stamp and seal the outbox into the local mirror of
 * each record's space (the personal one, or the shared space of the account the record belongs
 * to, lib/sync/sharing/space-of-record.ts), replicate each mirror to the server and back (PouchDB,
 * with its checkpoints on both sides), then open, merge and write the mirrors' new documents into
 * Dexie.
 * Each step is batched and checkpointed — the outbox row goes only once its document is in the
 * mirror, the applied sequence moves in the transaction that writes the records — so a worker
 * stopped midway resumes where it was, and running a batch twice changes nothing.
 */
export class SyncEngine {
  private readonly clock: HlcClock;
  /**
   * Revisions this run wrote into the mirror itself: already merged into Dexie, so the apply
   * step skips them instead of opening and merging its own documents again (an initial sync
   * would otherwise decrypt everything it just sealed). A killed run forgets them: harmless.
   */
  private readonly ownRevs = new Map<string, string>();
  private readonly timing = new RunTiming();

  private readonly personal: SpaceLink;
  private readonly links: SpaceLink[];
  private readonly router: SpaceRouter;

  constructor(
    private readonly db: AppDB,
    keys: SpaceKeys,
    mirror: PouchLike,
    remote: PouchLike,
    node: string,
    lastClock: string | undefined,
    private readonly shared: SpaceLink[] = [],
    private readonly hooks?: SpaceHooks,
  ) {
    this.clock = new HlcClock(node, lastClock);
    this.personal = { id: PERSONAL_SPACE, keyring: singleKeyring(keys), mirror, remote };
    this.links = [this.personal, ...shared];
    this.router = new SpaceRouter(this.personal, shared);
  }

  static async create(
    db: AppDB,
    keys: SpaceKeys,
    mirror: PouchLike,
    remote: PouchLike,
    node: string,
    shared: SpaceLink[] = [],
    hooks?: SpaceHooks,
  ): Promise<SyncEngine> {
    return new SyncEngine(db, keys, mirror, remote, node, await readHlc(db), shared, hooks);
  }

  async run(): Promise<RunResult> {
    // An unreachable server fails the run here, before the outbox is drained: the changes stay
    // queued and the status counts them as waiting.
    await this.personal.remote.info();
    const pushed = await this.drainOutbox();
    const skipped = new Set<string>();
    let applied = 0;
    let conflicts = 0;
    for (const link of this.links) {
      try {
        await this.timing.time('push: mirror → server', () => link.mirror.replicate.to(link.remote, REPLICATION));
        await this.timing.time('pull: server → mirror', () => link.mirror.replicate.from(link.remote, REPLICATION));
        const result = await this.applyMirror(link);
        applied += result.applied;
        conflicts += result.conflicts;
        await this.rekeyIfDue(link);
      } catch (e) {
        // A shared space the server shuts (a revoked deputy) or whose key this device lacks yet
        // does not stop the personal space and the others; the next run tries again.
        if (link === this.personal || !(isShut(e) || e instanceof MissingKey)) throw e;
        skipped.add(link.id);
      }
    }
    // Merged records queued by the apply step go out in this run too.
    const merged = await this.drainOutbox();
    for (const link of this.links) {
      if (merged === 0 || skipped.has(link.id)) continue;
      await this.timing.time('push: mirror → server', () => link.mirror.replicate.to(link.remote, REPLICATION));
    }
    // Documents still sealed only locally are those of a skipped space: they keep waiting.
    if (skipped.size === 0) await this.db.syncState.put({ key: UNPUSHED_KEY, value: 0 });
    return { pushed: pushed + merged, applied, conflicts, skipped: [...skipped], ms: this.timing.ms };
  }

  /** An owned space whose key rotated: its documents move to the new key, then the sharing state learns it. */
  private async rekeyIfDue(link: SpaceLink): Promise<void> {
    const space = link.space;
    if (space?.role !== 'owner' || space.rekeyFrom === undefined) return;
    const written = await rekeySpace(link.mirror, link.keyring, isRecordDoc);
    if (written > 0) await link.mirror.replicate.to(link.remote, REPLICATION);
    await this.hooks?.rekeyed(space.spaceId, space.kv);
  }

  /** Stamps and seals queued records into the mirror, a batch at a time; returns how many documents it wrote. */
  async drainOutbox(): Promise<number> {
    let written = 0;
    let after = '';
    for (;;) {
      const rows = await this.db.syncOutbox.where('k').above(after).limit(BATCH).toArray();
      if (rows.length === 0) return written;
      after = rows[rows.length - 1]?.k ?? after;
      written += await this.drainBatch(rows);
    }
  }

  private async drainBatch(rows: OutboxRow[]): Promise<number> {
    const stamped: { row: OutboxRow; clocks: ClockRow; payload: Payload; push: boolean; gone: boolean }[] = [];
    const recordOf = new Map<string, Record<string, unknown> | undefined>();
    let t = performance.now();
    await this.db.transaction('r', [...SYNCED_TABLES, 'syncClocks'], async () => {
      const olds = await this.db.syncClocks.bulkGet(rows.map((r) => r.k));
      const records = await this.readRecords(rows.map((r) => r.k));
      for (const [i, row] of rows.entries()) {
        const { table, id } = splitRecordKey(row.k);
        if (!isSyncedTable(table)) continue;
        const record = records.get(row.k);
        recordOf.set(row.k, record);
        const old = olds[i];
        const s = stamp(row.k, record, old, row.at, this.clock);
        // A record never synced and already gone, or one written again unchanged (a full reconcile), needs no document.
        const push = (s.changed || !old || row.force === true) && Object.keys(s.row.c).length > 0;
        stamped.push({ row, clocks: s.row, payload: payloadOf(table, id, s.state), push, gone: record === undefined });
      }
    });
    t = this.timing.add('push: read + stamp', t);
    const pushing = stamped.filter((s) => s.push);
    const holder =
      this.shared.length > 0
        ? await this.router.holders(pushing.filter((s) => s.gone).map((s) => s.row.k))
        : new Map<string, SpaceLink>();
    const bySpace = new Map<SpaceLink, Payload[]>();
    for (const s of pushing)
      listIn(bySpace, this.router.linkOf(s.payload.t, recordOf.get(s.row.k), holder, s.row.k)).push(s.payload);
    let sealedCount = 0;
    for (const [link, payloads] of bySpace) {
      const docs = await Promise.all(payloads.map((p) => seal(link.keyring.current, p)));
      t = this.timing.add('push: seal', t);
      const revs = await link.mirror.allDocs({ keys: docs.map((d) => d._id) });
      const revOf = new Map(revs.rows.map((r) => [r.key, r.value?.rev]));
      const written = await link.mirror.bulkDocs(
        docs.map((d) => ({ ...d, ...(revOf.get(d._id) ? { _rev: revOf.get(d._id) } : {}) })),
      );
      for (const w of written) if ('rev' in w && w.id && w.rev) this.ownRevs.set(w.id, w.rev);
      // Deletions went where their document was: only records that are still there can have moved.
      await this.router.leaveOthers(
        link,
        payloads.filter((p) => recordOf.get(recordKey(p.t, p.id)) !== undefined).map((p) => ({ table: p.t, id: p.id })),
      );
      sealedCount += docs.length;
      t = this.timing.add('push: mirror write', t);
    }
    await this.db.transaction('rw', this.db.syncOutbox, this.db.syncClocks, this.db.syncState, async () => {
      await this.db.syncClocks.bulkPut(stamped.map((s) => s.clocks));
      // A record changed again since it was read stays queued for the next batch.
      const current = await this.db.syncOutbox.bulkGet(stamped.map((s) => s.row.k));
      const done = stamped.filter((s, i) => current[i]?.at === s.row.at).map((s) => s.row.k);
      await this.db.syncOutbox.bulkDelete(done);
      // Sealed into the mirror but not on the server yet (the server may go away mid-run): still waiting.
      await this.db.syncState.put({ key: UNPUSHED_KEY, value: (await readUnpushed(this.db)) + sealedCount });
      await this.db.syncState.put({ key: 'hlc', value: this.clock.latest });
    });
    this.timing.add('push: outbox + clocks', t);
    return sealedCount;
  }

  /** The queued records, read a table at a time (one bulk read each instead of one get per row). */
  private async readRecords(keys: string[]): Promise<Map<string, Record<string, unknown> | undefined>> {
    const byTable = new Map<string, { k: string; id: string }[]>();
    for (const k of keys) {
      const { table, id } = splitRecordKey(k);
      if (isSyncedTable(table)) listIn(byTable, table).push({ k, id });
    }
    const out = new Map<string, Record<string, unknown> | undefined>();
    for (const [table, items] of byTable) {
      const found = await this.db.table<Record<string, unknown>, string>(table).bulkGet(items.map((x) => x.id));
      items.forEach((x, i) => out.set(x.k, found[i]));
    }
    return out;
  }

  /** Opens, merges and writes a mirror's documents since its last applied sequence. */
  async applyMirror(link: SpaceLink = this.personal): Promise<{ applied: number; conflicts: number }> {
    const checkpoint = appliedKey(link.id);
    let since = await readApplied(this.db, checkpoint);
    let applied = 0;
    let conflicts = 0;
    const openDoc = async (doc: PouchDoc) => {
      const keys = typeof doc.kv === 'number' ? await link.keyring.forVersion(doc.kv) : undefined;
      if (!keys) {
        // The personal space has one key: anything else there is a wrong secret (open says so).
        if (link === this.personal) return open(link.keyring.current, doc);
        throw new MissingKey(doc.kv);
      }
      return open(keys, doc);
    };
    for (;;) {
      const page = await this.timing.time('apply: mirror read', () =>
        link.mirror.changes({ since, limit: BATCH, include_docs: true, conflicts: true }),
      );
      if (page.results.length === 0) return { applied, conflicts };
      const opened = await this.timing.time('apply: open', () => this.openPage(link, page.results, openDoc));
      const result = await this.timing.time('apply: merge + Dexie write', () =>
        this.writeBatch(opened, page.last_seq, checkpoint),
      );
      applied += result.applied;
      conflicts += result.conflicts;
      // Conflicting revisions are merged into the record; the merged version is queued (writeBatch), so they go.
      const dead: PouchDoc[] = opened.flatMap((o) => o.losers.map((rev) => ({ _id: o.docId, _rev: rev, _deleted: true })));
      if (dead.length > 0) await this.timing.time('apply: mirror write', () => link.mirror.bulkDocs(dead));
      since = page.last_seq;
    }
  }

  /**
   * Opens a page of the mirror's changes: each document's winning revision and its conflicting
   * ones. All at once: each open is two Web Crypto calls (decrypt, and the HMAC that checks the
   * id), which the browser runs off the worker's thread — one at a time, a join waited on each.
   */
  private async openPage(
    link: SpaceLink,
    changes: { doc?: PouchDoc }[],
    openDoc: (doc: PouchDoc) => Promise<Payload>,
  ): Promise<Opened[]> {
    const docs = changes
      .map((change) => change.doc)
      .filter((doc): doc is PouchDoc => !!doc && !doc._deleted && isRecordDoc(doc))
      .filter((doc) => (doc._conflicts ?? []).length > 0 || doc._rev === undefined || this.ownRevs.get(doc._id) !== doc._rev);
    return Promise.all(
      docs.map(async (doc) => {
        const losers = doc._conflicts ?? [];
        const [winner, others] = await Promise.all([
          openDoc(doc),
          Promise.all(losers.map(async (rev) => openDoc(await link.mirror.get(doc._id, { rev })))),
        ]);
        return { docId: doc._id, leaves: [winner, ...others], losers, winner };
      }),
    );
  }

  private async writeBatch(
    opened: { leaves: Payload[]; winner: Payload }[],
    lastSeq: number | string,
    checkpoint: string,
  ): Promise<{ applied: number; conflicts: number }> {
    let applied = 0;
    let conflicts = 0;
    const tables = [...SYNCED_TABLES, 'syncClocks', 'syncOutbox', 'syncState'];
    await this.db.transaction('rw', tables, async (tx) => {
      // Pulled records are not queued again (lib/db/sync-outbox-middleware.ts).
      this.db.syncSwitch.bypass(tx.idbtrans);
      // Read everything the batch touches at once, write it at once: a batch is a few bulk
      // requests instead of several per record (the join of a large space is mostly this loop).
      const items = opened
        .filter(({ winner }) => isSyncedTable(winner.t))
        .map((o) => ({ ...o, table: o.winner.t, id: o.winner.id, k: recordKey(o.winner.t, o.winner.id) }));
      const keys = items.map((x) => x.k);
      const [clockRows, queuedRows, recordOf] = await Promise.all([
        this.db.syncClocks.bulkGet(keys),
        this.db.syncOutbox.bulkGet(keys),
        this.readRecords(keys),
      ]);
      const puts = new Map<string, Record<string, unknown>[]>();
      const deletes = new Map<string, string[]>();
      const clockPuts: ClockRow[] = [];
      const notes: Interaction[] = [];
      const requeue: OutboxRow[] = [];
      for (const [i, { leaves, winner, table, id, k }] of items.entries()) {
        const record = recordOf.get(k);
        let row = clockRows[i] ?? emptyRow(k);
        // A local change not pushed yet is stamped first, so the merge sees it with its time.
        const queued = queuedRows[i];
        if (queued) row = stamp(k, record, row, queued.at, this.clock).row;
        for (const leaf of leaves) for (const c of [...Object.values(leaf.c), leaf.d]) if (c) this.clock.receive(c);
        const local = stateOf(record, row);
        const merged = mergeAll(local, leaves.map(stateOfPayload));
        if (canonical(merged.state) !== canonical(local)) {
          if (isDeleted(merged.state)) listIn(deletes, table).push(id);
          else listIn(puts, table).push(merged.state.fields);
          clockPuts.push(rowOf(k, merged.state));
          applied++;
        }
        if (merged.conflicts.length > 0) {
          conflicts += merged.conflicts.length;
          const note = mergeNote(table, merged.state, merged.conflicts, latestClock(merged.state));
          if (note) notes.push(note);
        }
        // The server's version lacks what this device merged in (or there were conflicting versions): push the merge.
        if (leaves.length > 1 || canonical(merged.state) !== canonical(stateOfPayload(winner)))
          requeue.push({ k, at: Date.now(), force: true });
      }
      for (const [table, ids] of deletes) await this.db.table(table).bulkDelete(ids);
      for (const [table, rows] of puts) await this.db.table(table).bulkPut(rows);
      if (notes.length > 0) await this.db.interactions.bulkPut(notes);
      await this.db.syncClocks.bulkPut(clockPuts);
      await this.db.syncOutbox.bulkPut(requeue);
      await this.db.syncState.put({ key: checkpoint, value: lastSeq });
      await this.db.syncState.put({ key: 'hlc', value: this.clock.latest });
    });
    return { applied, conflicts };
  }
}

interface Opened {
  docId: string;
  leaves: Payload[];
  losers: string[];
  winner: Payload;
}

function listIn<K, T>(map: Map<K, T[]>, key: K): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

function latestClock(s: RecordState): string {
  let latest = '';
  for (const c of Object.values(s.clocks)) latest = maxHlc(latest, c) ?? latest;
  return latest;
}
