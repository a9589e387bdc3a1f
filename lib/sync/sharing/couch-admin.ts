/**
 * The few CouchDB calls sharing needs, made with the owner's server credentials (an admin of the
 * server, from the owner's sync settings): create a space's database and a deputy's inbox, set their
 * `_security` members so any other user gets 401, and write or remove the members document and the
 * inbox notice. Every call is one request; `fetch` is passed in so tests run against a fake.
 */

export interface ServerLogin {
  serverUrl: string;
  username: string;
  password: string;
}

export type CouchProblem = 'auth' | 'offline' | 'server';

export class CouchError extends Error {
  override name = 'CouchError';
  constructor(
    readonly problem: CouchProblem,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface Security {
  admins: { names: string[]; roles: string[] };
  members: { names: string[]; roles: string[] };
}

type Fetch = typeof fetch;

const basic = (login: ServerLogin) => {
  const bytes = new TextEncoder().encode(`${login.username}:${login.password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
};

export class CouchAdmin {
  constructor(
    private readonly login: ServerLogin,
    private readonly fetchImpl: Fetch = (...args) => fetch(...args),
  ) {}

  private url(path: string): string {
    return `${this.login.serverUrl.replace(/\/+$/, '')}/${path}`;
  }

  private async request(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    let response: Response;
    try {
      response = await this.fetchImpl(this.url(path), {
        method,
        headers: { authorization: basic(this.login), 'content-type': 'application/json', accept: 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        credentials: 'omit',
      });
    } catch (e) {
      throw new CouchError('offline', `The server could not be reached: ${String(e)}`);
    }
    const json: unknown = await response.json().catch(() => null);
    if (response.status === 401 || response.status === 403) {
      throw new CouchError('auth', 'The server refused these credentials for sharing (an admin is needed).', response.status);
    }
    return { status: response.status, json };
  }

  private fail(what: string, status: number): never {
    throw new CouchError('server', `${what}: the server answered ${status}.`, status);
  }

  /** Creates the database unless it exists. */
  async ensureDb(db: string): Promise<void> {
    const { status } = await this.request('PUT', encodeURIComponent(db));
    if (status !== 201 && status !== 202 && status !== 412) this.fail(`Creating ${db}`, status);
  }

  async getSecurity(db: string): Promise<Security> {
    const { status, json } = await this.request('GET', `${encodeURIComponent(db)}/_security`);
    if (status !== 200) this.fail(`Reading ${db}/_security`, status);
    const read = (part: unknown) => {
      const names = (part as { names?: unknown } | undefined)?.names;
      const roles = (part as { roles?: unknown } | undefined)?.roles;
      return {
        names: Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : [],
        roles: Array.isArray(roles) ? roles.filter((n): n is string => typeof n === 'string') : [],
      };
    };
    const doc = (json ?? {}) as { admins?: unknown; members?: unknown };
    return { admins: read(doc.admins), members: read(doc.members) };
  }

  /** Sets the database's member names exactly (admins and roles are kept as they are). */
  async setMembers(db: string, names: readonly string[]): Promise<void> {
    const current = await this.getSecurity(db);
    const security: Security = { ...current, members: { ...current.members, names: [...new Set(names)] } };
    const { status } = await this.request('PUT', `${encodeURIComponent(db)}/_security`, security);
    if (status !== 200) this.fail(`Writing ${db}/_security`, status);
  }

  /** Adds names to the database's members, keeping those already there. */
  async addMembers(db: string, names: readonly string[]): Promise<void> {
    const current = await this.getSecurity(db);
    await this.setMembers(db, [...current.members.names, ...names]);
  }

  /** Every document of a database (an inbox holds a few notices). */
  async allDocs(db: string): Promise<unknown[]> {
    const { status, json } = await this.request('GET', `${encodeURIComponent(db)}/_all_docs?include_docs=true`);
    if (status === 404) return [];
    if (status !== 200) this.fail(`Listing ${db}`, status);
    const rows = (json as { rows?: unknown } | null)?.rows;
    return Array.isArray(rows) ? rows.map((r) => (r as { doc?: unknown }).doc).filter((d) => d != null) : [];
  }

  async getDoc(db: string, id: string): Promise<unknown> {
    const { status, json } = await this.request('GET', `${encodeURIComponent(db)}/${encodeURIComponent(id)}`);
    if (status === 404) return null;
    if (status !== 200) this.fail(`Reading ${db}/${id}`, status);
    return json;
  }

  /** Writes a document over whatever revision the server has (the owner is its only writer). */
  async putDoc(db: string, doc: { _id: string; _rev?: string }): Promise<void> {
    const current = (await this.getDoc(db, doc._id)) as { _rev?: unknown } | null;
    const rev = typeof current?._rev === 'string' ? current._rev : undefined;
    const { _rev: _ignored, ...rest } = doc;
    const { status } = await this.request('PUT', `${encodeURIComponent(db)}/${encodeURIComponent(doc._id)}`, {
      ...rest,
      ...(rev ? { _rev: rev } : {}),
    });
    if (status !== 201 && status !== 202) this.fail(`Writing ${db}/${doc._id}`, status);
  }

  async deleteDoc(db: string, id: string): Promise<void> {
    const current = (await this.getDoc(db, id)) as { _rev?: unknown } | null;
    if (typeof current?._rev !== 'string') return;
    const path = `${encodeURIComponent(db)}/${encodeURIComponent(id)}?rev=${encodeURIComponent(current._rev)}`;
    const { status } = await this.request('DELETE', path);
    if (status !== 200 && status !== 202 && status !== 404) this.fail(`Removing ${db}/${id}`, status);
  }
}
