#!/usr/bin/env node
// A CouchDB-compatible replication server on loopback for the sync tests and `npm run bench`
// (issue 15): express-pouchdb over an in-memory PouchDB, with a server admin, CouchDB users in
// `_users`, real Basic/cookie authentication and per-database `_security`, so a non-member gets 401
// exactly as from CouchDB. Nothing is written to disk; nothing listens beyond 127.0.0.1.
//
// express-pouchdb 4.2 (its last release) wraps PouchDB's prototype methods, which PouchDB 8+
// defines as class methods it cannot see: the server side therefore runs PouchDB 7.3.1 (npm
// aliases `pouchdb-server-*` in package.json). The extension's own PouchDB is independent of it;
// both speak the same replication protocol.
//
// Programmatic: `const s = await start({ port, record })` → { url, port, admin, adminFetch, addAdmin, createUser,
// createDatabase, everyDocument, requests (with `record`), hold, down, up, stop }. From a shell:
// `node test/tools/sync-server.mjs [--port 5984] [--user name:password]` prints the URL and
// the admin's password and runs until interrupted.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/** Every started server's databases live in this process's memory under their own prefix. */
let serial = 0;

let ServerPouchDB;
/** A PouchDB constructor for one server: in-memory, with what express-pouchdb's routes need. */
function serverPouch(prefix) {
  // plugin() changes the one PouchDB class: once per process.
  ServerPouchDB ??= require('pouchdb-server-core')
    .plugin(require('pouchdb-server-adapter-http'))
    .plugin(require('pouchdb-server-replication'))
    .plugin(require('pouchdb-server-mapreduce'))
    .plugin(require('pouchdb-server-adapter-memory'));
  return ServerPouchDB.defaults({ prefix });
}

const basic = (name, password) => `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;

/** `name:password` from a Basic Authorization header, or undefined. */
function basicCredentials(header) {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!m) return undefined;
  const text = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon < 0 ? undefined : { name: text.slice(0, colon), password: text.slice(colon + 1) };
}

/**
 * Starts the server. `port` 0 (the default) takes a free one. The admin's password is random
 * unless given. Resolves once it answers requests.
 */
export async function start({ port = 0, host = '127.0.0.1', adminName = 'admin', adminPassword, record = false } = {}) {
  const expressPouchDB = require('express-pouchdb');
  const admin = { name: adminName, password: adminPassword ?? randomBytes(12).toString('hex') };
  /** Server admins by name (CouchDB's `[admins]`): the one this server starts with, and any added. */
  const admins = new Map([[admin.name, admin.password]]);
  serial += 1;
  const pouchApp = expressPouchDB({
    inMemoryConfig: true,
    logPath: '/dev/null',
    // Fauxton is CouchDB's web admin UI: not needed, and it would serve a large static bundle.
    overrideMode: { exclude: ['routes/fauxton'] },
  });
  await pouchApp.setPouchDB(serverPouch(`keyside-sync-${process.pid}-${serial}/`));

  // CouchDB lets only a server admin create or delete a database. express-pouchdb refuses a
  // non-admin too, but then throws inside its route and takes the whole process down: answer
  // here first, as CouchDB does.
  const serve = (req, res, path) => {
    const dbLevel = /^\/[^/_][^/]*\/?$/.test(path);
    if (dbLevel && (req.method === 'PUT' || req.method === 'DELETE')) {
      const c = basicCredentials(req.headers.authorization);
      if (!c || admins.get(c.name) !== c.password) {
        res.writeHead(401, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: 'unauthorized', reason: 'You are not a server admin.' }));
        return;
      }
    }
    pouchApp(req, res);
  };
  /**
   * With `record`: every request since the start, and for the replication routes how many items
   * each asked for and answered (countItems below): what a resumed run fetched or sent again.
   */
  const requests = [];
  /** Requests held back by hold() until their release. */
  const holds = [];
  const handler = (req, res) => {
    const [path = '/', search = ''] = (req.url ?? '/').split('?');
    const request = { method: req.method ?? 'GET', path, query: Object.fromEntries(new URLSearchParams(search)), at: Date.now() };
    if (record) {
      requests.push(request);
      if (COUNTED.test(path)) countItems(req, res, request);
    }
    const hold = holds.find((h) => !h.request && h.match(request));
    if (!hold) return serve(req, res, path);
    hold.request = request;
    hold.reached(request);
    void hold.released.then(() => serve(req, res, path));
  };

  let server;
  const listen = (p) =>
    new Promise((resolve, reject) => {
      const s = createServer(handler);
      s.once('listening', () => resolve(s));
      s.once('error', reject);
      s.listen(p, host);
    });
  server = await listen(port);
  const actualPort = server.address().port;
  const url = `http://${host}:${actualPort}`;

  /** fetch() against the server as its admin; `path` starts with '/'. */
  const adminFetch = (path, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Authorization', basic(admin.name, admin.password));
    if (init.body !== undefined && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    return fetch(url + path, { ...init, headers });
  };
  const adminJson = async (path, init) => {
    const res = await adminFetch(path, init);
    const body = await res.json();
    if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${path}: ${res.status} ${JSON.stringify(body)}`);
    return body;
  };

  // From now on the server is no longer an "admin party": anonymous requests get 401 where CouchDB gives it.
  const set = await fetch(`${url}/_config/admins/${encodeURIComponent(admin.name)}`, {
    method: 'PUT',
    body: JSON.stringify(admin.password),
  });
  if (!set.ok) throw new Error(`could not create the server admin: ${set.status}`);

  /** A CouchDB user (a document in `_users`), as a team's CouchDB admin would add one. */
  const createUser = (name, password, roles = []) =>
    adminJson(`/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`, {
      method: 'PUT',
      body: JSON.stringify({ _id: `org.couchdb.user:${name}`, name, password, roles, type: 'user' }),
    });

  /**
   * Another server admin (CouchDB's `[admins]` section). Sharing creates the shared space's
   * database itself, which CouchDB allows only a server admin (README, limits).
   */
  const addAdmin = async (name, password) => {
    await adminJson(`/_config/admins/${encodeURIComponent(name)}`, { method: 'PUT', body: JSON.stringify(password) });
    admins.set(name, password);
  };

  /** A database readable and writable only by `members` (and the server admin). */
  const createDatabase = async (name, { members = [], admins = [] } = {}) => {
    await adminJson(`/${encodeURIComponent(name)}`, { method: 'PUT' });
    await adminJson(`/${encodeURIComponent(name)}/_security`, {
      method: 'PUT',
      body: JSON.stringify({ admins: { names: admins, roles: [] }, members: { names: members, roles: [] } }),
    });
  };

  /** Every document of every user database, as the server's admin (or a thief of its disk) sees them. */
  const everyDocument = async () => {
    const dbs = (await adminJson('/_all_dbs')).filter((d) => !d.startsWith('_'));
    const out = [];
    for (const db of dbs) {
      const all = await adminJson(`/${encodeURIComponent(db)}/_all_docs?include_docs=true`);
      for (const row of all.rows) out.push({ db, id: row.id, doc: row.doc });
    }
    return out;
  };

  /** Stops listening (clients see a refused connection) but keeps every database for up(). */
  const down = async () => {
    if (!server) return;
    const s = server;
    server = undefined;
    s.closeAllConnections();
    await new Promise((resolve) => s.close(() => resolve()));
  };
  /** Listens again on the same port with the same databases. */
  const up = async () => {
    if (!server) server = await listen(actualPort);
  };
  const stop = down;

  /**
   * Holds back the first request `match` accepts — as a slow network would — until `release()`,
   * which hands it to the server as if it had just arrived (whoever sent it may be gone by then).
   * `reached` resolves with the request once it is held.
   */
  const hold = (match) => {
    let reached;
    let release;
    const h = {
      match,
      request: undefined,
      reached: (r) => reached(r),
      released: new Promise((r) => (release = r)),
    };
    const held = new Promise((r) => (reached = r));
    holds.push(h);
    return { reached: held, release: () => release() };
  };

  return {
    url,
    port: actualPort,
    admin,
    adminFetch,
    addAdmin,
    createUser,
    createDatabase,
    everyDocument,
    requests,
    hold,
    down,
    up,
    stop,
  };
}

/** Replication routes that list documents: what was asked for (body) and answered (response) is counted. */
const COUNTED = /\/_(changes|bulk_get|bulk_docs|revs_diff)$/;

/** Items a replication request or answer lists: documents, revisions asked about, or changes. */
function itemsOf(body) {
  if (Array.isArray(body)) return body.length;
  if (body === null || typeof body !== 'object') return undefined;
  if (Array.isArray(body.docs)) return body.docs.length;
  if (Array.isArray(body.results)) return body.results.length;
  return Object.keys(body).length;
}

/** The JSON in `chunks`, decompressed first when the server compressed it (answers above 1 KB; brotli for a browser). */
const parsed = (chunks, encoding) => {
  try {
    const bytes = Buffer.concat(chunks);
    const inflate = { br: brotliDecompressSync, gzip: gunzipSync, deflate: inflateSync }[encoding];
    const plain = inflate ? inflate(bytes) : bytes;
    return JSON.parse(plain.toString('utf8'));
  } catch {
    return undefined;
  }
};

/**
 * Sets `request.asked` (items in the request's body) and `request.answered` (items in the answer)
 * by watching the streams go by, without reading them: the server still gets every byte.
 */
function countItems(req, res, request) {
  const sent = [];
  const emit = req.emit;
  req.emit = function (event, ...args) {
    if (event === 'data') sent.push(Buffer.from(args[0]));
    if (event === 'end') request.asked = itemsOf(parsed(sent));
    return emit.call(this, event, ...args);
  };
  const answer = [];
  const keep = (chunk, encoding) => {
    if (chunk && typeof chunk !== 'function') answer.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
  };
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  res.write = (chunk, encoding, cb) => {
    keep(chunk, typeof encoding === 'string' ? encoding : undefined);
    return write(chunk, encoding, cb);
  };
  res.end = (chunk, encoding, cb) => {
    keep(chunk, typeof encoding === 'string' ? encoding : undefined);
    request.answered = itemsOf(parsed(answer, res.getHeader('content-encoding')));
    return end(chunk, encoding, cb);
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const s = await start({ port: Number(arg('--port') ?? 5984) });
  const user = arg('--user');
  if (user) {
    const colon = user.indexOf(':');
    await s.createUser(user.slice(0, colon), user.slice(colon + 1));
  }
  console.log(`sync server ${s.url} (admin ${s.admin.name} / ${s.admin.password}${user ? `; user ${user.split(':')[0]}` : ''})`);
  process.on('SIGINT', () => s.stop().then(() => process.exit(0)));
}
