import { CouchError, type ServerLogin } from '@/lib/sync/sharing/couch-admin';
import type { SharingDeps } from '@/lib/sync/sharing/sharing-service';

/**
 * An in-memory CouchDB for the sharing flow: admins may do anything; another user reads a
 * database only when `_security` lists them as a member (else 401, as CouchDB answers).
 */
export class FakeCouch {
  readonly dbs = new Map<string, { members: string[]; docs: Map<string, Record<string, unknown>> }>();
  constructor(private readonly admins: ReadonlySet<string>) {}

  client(login: ServerLogin): ReturnType<SharingDeps['couch']> {
    const admin = this.admins.has(login.username);
    const needAdmin = () => {
      if (!admin) throw new CouchError('auth', 'not an admin', 401);
    };
    const db = (name: string) => {
      const found = this.dbs.get(name);
      if (!found) return null;
      if (!admin && found.members.length > 0 && !found.members.includes(login.username)) {
        throw new CouchError('auth', 'not a member', 401);
      }
      return found;
    };
    const existing = (name: string) => {
      const found = db(name);
      if (!found) throw new CouchError('server', 'no db', 404);
      return found;
    };
    return {
      ensureDb: (name) =>
        settle(() => {
          needAdmin();
          if (!this.dbs.has(name)) this.dbs.set(name, { members: [], docs: new Map() });
        }),
      setMembers: (name, names) =>
        settle(() => {
          needAdmin();
          existing(name).members = [...new Set(names)];
        }),
      addMembers: (name, names) =>
        settle(() => {
          needAdmin();
          const found = existing(name);
          found.members = [...new Set([...found.members, ...names])];
        }),
      getDoc: (name, id) => settle(() => structuredClone(db(name)?.docs.get(id) ?? null)),
      putDoc: (name, doc) =>
        settle(() => {
          existing(name).docs.set(doc._id, structuredClone(doc));
        }),
      deleteDoc: (name, id) =>
        settle(() => {
          db(name)?.docs.delete(id);
        }),
      allDocs: (name) => settle(() => [...(db(name)?.docs.values() ?? [])].map((d) => structuredClone(d))),
    };
  }
}

/** Runs a fake server call as the real one fails: a rejected promise, never a synchronous throw. */
const settle = <T>(run: () => T): Promise<T> => new Promise((resolve) => resolve(run()));

/** One user's device: its personal space key, its login and its stored (sealed) sharing state. */
export async function device(server: FakeCouch, username: string, now = () => new Date('2026-12-01T10:00:00Z')) {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  let stored: unknown;
  const login = { serverUrl: 'http://127.0.0.1:5984', username, password: 'pw' };
  const deps: SharingDeps = {
    personalKey: () => Promise.resolve(key),
    login: () => Promise.resolve(login),
    load: () => Promise.resolve(stored),
    save: (sealed) => {
      stored = sealed;
      return Promise.resolve();
    },
    couch: (l) => server.client(l),
    now,
  };
  return { deps, stored: () => stored };
}
