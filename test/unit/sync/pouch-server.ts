import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { pouchFactory } from '@/lib/sync/pouch';
import type { PouchFactory } from '@/lib/sync/pouch-types';

/**
 * A CouchDB-compatible server in this process (express-pouchdb over in-memory PouchDB) on
 * 127.0.0.1, for the engine's Node tests. No authentication: test/tools/sync-server.mjs (the
 * e2e server) checks users and `_security`.
 */
const Pouch = PouchDB.plugin(memory).plugin(http).plugin(replication);

export async function startPouchServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const app = expressPouchDB(Pouch.defaults({ adapter: 'memory' }), { mode: 'minimumForPouchDB', inMemoryConfig: true });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** Local mirrors in memory, remote databases over HTTP. */
export const memoryPouch: PouchFactory = pouchFactory(Pouch, 'memory');
