// PouchDB's modules ship no types: the part Keyside uses is typed in lib/sync/pouch-types.ts.
declare module 'pouchdb-core' {
  import type { PouchLike } from '@/lib/sync/pouch-types';
  interface PouchStatic {
    new (name: string, options?: Record<string, unknown>): PouchLike;
    plugin(plugin: unknown): PouchStatic;
    defaults(options: Record<string, unknown>): PouchStatic;
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'express-pouchdb' {
  const expressPouchDB: (pouch: unknown, options?: Record<string, unknown>) => import('node:http').RequestListener;
  export default expressPouchDB;
}
