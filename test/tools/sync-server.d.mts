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
}): Promise<SyncServer>;
