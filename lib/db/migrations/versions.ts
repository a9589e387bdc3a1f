import type { Transaction } from 'dexie';

/**
 * Append-only list of schema versions (docs/architecture.md, Dexie rule 7). Never edit a published
 * entry: add a new one with the changed `stores` and an `upgrade` that rewrites the data, plus a
 * test in test/unit/db/migrations.test.ts that opens the old version, seeds it and reopens.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // *domains: account by domain (the panel's fallback match); stage and *tags: dashboard filters.
      accounts: 'id, name, *domains, stage, *tags',
      // *emails: contact by email (the panel's first match).
      contacts: 'id, accountId, *emails',
      // [accountId+at]: an account's timeline, newest first; source.messageId: log an email once.
      interactions: 'id, [accountId+at], source.messageId, at',
      // [status+due]: open follow-ups by due date (badge, Today view).
      tasks: 'id, accountId, status, [status+due]',
      meetings: 'id, accountId, at',
      checklistTemplates: 'id, meetingType',
      siteRules: 'id',
      kv: 'key',
    },
  },
];
