/** The one database's name (app-db.ts). A leaf module: the worker's first module reads it before Dexie loads. */
export const DB_NAME = 'keyside';
