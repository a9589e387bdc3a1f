/** A synthetic backup (test/tools/generate-backup.mjs): the records of a keyside-backup file, typed loosely. */
export interface GeneratedBackup {
  format: 'keyside-backup';
  version: 1;
  exportedAt: string;
  accounts: { id: string; name: string }[];
  contacts: { id: string; accountId: string; name: string; emails: string[] }[];
  interactions: { id: string; accountId: string; summary: string }[];
  tasks: { id: string; accountId: string }[];
  planFigures: { id: string; accountId: string }[];
  [table: string]: unknown;
}
export declare function generateBackup(opts?: {
  accounts?: number;
  contactsPerAccount?: number;
  interactionsPerAccount?: number;
  seed?: number;
}): GeneratedBackup;
