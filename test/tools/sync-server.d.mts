export interface RecordedRequest {
  method: string;
  /** Without the query string. */
  path: string;
  query: Record<string, string>;
  /** Date.now() when it arrived. */
  at: number;
  asked?: number;
  answered?: number;
}
export interface SyncServer {
  /** http://127.0.0.1:<port>, no trailing slash. */
  url: string;
  port: number;
  admin: { name: string; password: string };
  /** fetch() as the server admin; `path` starts with '/'. */
  adminFetch: (path: string, init?: RequestInit) => Promise<Response>;
  /** Another server admin (CouchDB's [admins]); sharing creates databases, which needs one. */
  addAdmin: (name: string, password: string) => Promise<void>;
  createUser: (name: string, password: string, roles?: string[]) => Promise<unknown>;
  createDatabase: (name: string, opts?: { members?: string[]; admins?: string[] }) => Promise<void>;
  /** Every document of every non-system database, as the server's admin sees them. */
  everyDocument: () => Promise<{ db: string; id: string; doc: Record<string, unknown> }[]>;
  /**
   * With `record`: every request since the start; for _changes, _bulk_get, _bulk_docs and
   * _revs_diff also how many items its body asked for and its answer listed.
   */
  requests: RecordedRequest[];
  /** Holds back the first request `match` accepts until release(); `reached` resolves once it is held. */
  hold: (match: (request: RecordedRequest) => boolean) => { reached: Promise<RecordedRequest>; release: () => void };
  /** Stop listening but keep the databases; up() listens again on the same port. */
  down: () => Promise<void>;
  up: () => Promise<void>;
  stop: () => Promise<void>;
}
export declare function start(opts?: {
  port?: number;
  host?: string;
  adminName?: string;
  adminPassword?: string;
  record?: boolean;
}): Promise<SyncServer>;
