// A PouchDB client in Node that replicates a few documents to a server database and back into a
// second, empty local database: proof that test/tools/sync-server.mjs speaks the CouchDB
// replication protocol (test/unit/tools/sync-server.test.ts). The client is the PouchDB 9 the
// extension bundles, with an in-memory adapter instead of IndexedDB.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let ClientPouchDB;
// plugin() changes the one PouchDB class: once per process.
const clientPouch = () =>
  (ClientPouchDB ??= require('pouchdb-core')
    .plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-replication'))
    .plugin(require('pouchdb-adapter-memory')));

let serial = 0;

/**
 * Pushes `docs` from a local database to `${url}/${db}` as `username`, pulls the server's
 * database into a fresh local one, and returns what each step reported. Throws what PouchDB
 * throws (e.g. `{status: 401}` for a non-member).
 */
export async function replicateRoundTrip({ url, db, username, password, docs }) {
  const PouchDB = clientPouch();
  serial += 1;
  const remote = new PouchDB(`${url}/${db}`, { auth: { username, password }, skip_setup: true });
  const source = new PouchDB(`probe-source-${serial}`, { adapter: 'memory' });
  const target = new PouchDB(`probe-target-${serial}`, { adapter: 'memory' });
  try {
    await source.bulkDocs(docs);
    const pushed = await source.replicate.to(remote);
    const pulled = await target.replicate.from(remote);
    const all = await target.allDocs({ include_docs: true });
    return {
      pushed: pushed.docs_written,
      pulled: pulled.docs_written,
      // The revision is the server's bookkeeping, not the document's content.
      docs: all.rows.map((r) => Object.fromEntries(Object.entries(r.doc).filter(([k]) => k !== '_rev'))),
    };
  } finally {
    await source.destroy();
    await target.destroy();
  }
}
