/**
 * The part of PouchDB's API the engine uses (pouchdb-core ships no types). A PouchFactory opens
 * a local mirror by name or a remote database by URL (lib/sync/pouch.ts; tests pass their own).
 */
export interface PouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  ct?: unknown;
  kv?: unknown;
}

export interface PouchReplicationResult {
  ok: boolean;
  docs_written: number;
  docs_read: number;
}

export interface PouchLike {
  info(): Promise<{ db_name: string; update_seq: number | string }>;
  get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<PouchDoc>;
  put(doc: PouchDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  bulkDocs(docs: PouchDoc[]): Promise<({ ok?: boolean; id?: string; rev?: string } | { error: boolean | string })[]>;
  allDocs(options: {
    keys: string[];
  }): Promise<{ rows: { key: string; value?: { rev: string; deleted?: boolean }; error?: string }[] }>;
  changes(options: {
    since: number | string;
    limit: number;
    include_docs: boolean;
    conflicts: boolean;
  }): Promise<{ results: { id: string; seq: number | string; deleted?: boolean; doc?: PouchDoc }[]; last_seq: number | string }>;
  replicate: {
    to(target: PouchLike, options: { batch_size: number; batches_limit: number }): Promise<PouchReplicationResult>;
    from(source: PouchLike, options: { batch_size: number; batches_limit: number }): Promise<PouchReplicationResult>;
  };
  destroy(): Promise<unknown>;
  close(): Promise<unknown>;
}

export interface RemoteOptions {
  auth: { username: string; password: string };
  /** Create the database when it is missing (enable), or not (join: a missing one is an error). */
  create: boolean;
}

export interface PouchFactory {
  local(name: string): PouchLike;
  remote(url: string, options: RemoteOptions): PouchLike;
}
