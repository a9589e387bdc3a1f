/**
 * Which tables sync replicates, and the shapes of sync's own rows (lib/db/migrations/versions.ts,
 * version 6). Derived tables (accountActivity, searchDocs) are not synced: each device's
 * middlewares rebuild them from the synced records. kv holds this device's settings.
 */
export const SYNCED_TABLES = [
  'accounts',
  'contacts',
  'interactions',
  'tasks',
  'meetings',
  'checklistTemplates',
  'siteRules',
  'contracts',
  'invoices',
  'complaintCases',
  'personRelations',
  'referrals',
  'planFigures',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

const synced = new Set<string>(SYNCED_TABLES);
export const isSyncedTable = (name: string): name is SyncedTable => synced.has(name);

export const SYNC_OUTBOX = 'syncOutbox';
export const SYNC_CLOCKS = 'syncClocks';
export const SYNC_STATE = 'syncState';

/** A record waiting to be pushed: the last local change's time (ms), for its clock. */
export interface OutboxRow {
  /** recordKey(table, id) */
  k: string;
  at: number;
  /** Push the record even if no field changed: a merge the server's version lacks (lib/sync/engine.ts). */
  force?: boolean;
}

/** Per record: each field's clock (lib/sync/hlc.ts) and a hash of the value it stamped. */
export interface ClockRow {
  k: string;
  /** field -> clock */
  c: Record<string, string>;
  /** field -> the clock its last change replaced (lib/sync/merge.ts) */
  p: Record<string, string>;
  /** field -> hash of the value when stamped (lib/sync/stamp.ts) */
  h: Record<string, string>;
  /** The clock of the record's deletion, when it is deleted. */
  d?: string;
}

export interface SyncStateRow {
  key: string;
  value: unknown;
}

/** 'table:id' — table names never hold ':', ids may. */
export const recordKey = (table: string, id: string): string => `${table}:${id}`;

export function splitRecordKey(k: string): { table: string; id: string } {
  const i = k.indexOf(':');
  return { table: k.slice(0, i), id: k.slice(i + 1) };
}
