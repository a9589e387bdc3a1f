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
      // *domains: account by domain (the panel's fallback match); stage and *tags: the account list's
      // filters and its tag list (lib/db/queries/accounts-page.ts).
      accounts: 'id, name, *domains, stage, *tags',
      // *emails: contact by email (the panel's first match).
      contacts: 'id, accountId, *emails',
      // [accountId+at]: an account's timeline, newest first; source.messageId: log an email once.
      interactions: 'id, [accountId+at], source.messageId, at',
      // status: every open follow-up; [status+due]: open follow-ups due by a day (the popup's count,
      // lib/db/queries/open-tasks.ts `openTasksDueBy`).
      tasks: 'id, accountId, status, [status+due]',
      meetings: 'id, accountId, at',
      // meetingType: the templates one meeting's checklist draws on (lib/db/queries/templates.ts).
      checklistTemplates: 'id, meetingType',
      siteRules: 'id',
      kv: 'key',
    },
  },
  {
    version: 2,
    stores: {
      // The persisted search index (lib/search/search-doc.ts): one row per searched record, keyed by
      // its ref; *t every token (prefix ranges), *n name tokens (rank and short words), *x the Latin
      // spelling of names (across scripts). Written in the same transaction as the record
      // (lib/db/search-index-middleware.ts); records stored before this version are indexed in
      // chunks afterwards (lib/db/repos/search-backfill.ts), not by this upgrade.
      searchDocs: 'r, *t, *n, *x',
    },
  },
];
