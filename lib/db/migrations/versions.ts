import type { Transaction } from 'dexie';
import { withCrmKeys } from '@/lib/db/crm-keys';
import { type AccountActivity, foldActivity } from '@/lib/db/account-activity';
import type { Interaction } from '@/lib/schema';

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
      // filters and its tag list (lib/db/queries/account-filter.ts).
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
      // *crmKeys: the dossier a CRM record is linked to (derived from crmRefs, lib/db/crm-keys.ts;
      // lib/db/queries/accounts.ts `accountsByCrmKeys`).
      accounts: 'id, name, *domains, stage, *tags, *crmKeys',
    },
    // Dossiers that already list CRM records (from a backup) get their keys.
    upgrade: async (tx) => {
      await tx
        .table('accounts')
        .toCollection()
        .modify((account: Record<string, unknown>) => {
          account.crmKeys = (withCrmKeys(account) as { crmKeys: string[] }).crmKeys;
        });
    },
  },
  {
    version: 3,
    stores: {
      // The portfolio view's per-account digest of history (lib/db/account-activity.ts), kept by
      // lib/db/activity-middleware.ts; read whole, by primary key only.
      accountActivity: 'accountId',
    },
    // One pass over existing history builds every digest; later writes keep them.
    async upgrade(tx) {
      const digests = new Map<string, AccountActivity>();
      await tx.table<Interaction, string>('interactions').each((i) => void foldActivity(digests, [i]));
      await tx.table<AccountActivity, string>('accountActivity').bulkPut([...digests.values()]);
    },
  },
  {
    version: 4,
    stores: {
      // The persisted search index (lib/search/search-doc.ts): one row per searched record, keyed by
      // its ref; *t every token (prefix ranges), *n name tokens (rank and short words), *x the Latin
      // spelling of names (across scripts). Written in the same transaction as the record
      // (lib/db/search-index-middleware.ts); records stored before this version are indexed in
      // chunks afterwards (lib/db/repos/search-backfill.ts), not by this upgrade.
      searchDocs: 'r, *t, *n, *x',
    },
  },
  {
    version: 5,
    stores: {
      // The complete dossier (lib/schema/contract.ts and its neighbours), each listed by account.
      contracts: 'id, accountId',
      // [accountId+number]: an accounting export's invoice found again by its number on re-import.
      invoices: 'id, accountId, [accountId+number]',
      // openedAt, resolvedAt: the monthly report's cases opened and closed in a month.
      complaintCases: 'id, accountId, status, openedAt, resolvedAt',
      // fromId, toId: a person's relations, removed with the person.
      personRelations: 'id, accountId, fromId, toId',
      // Either side of a referral shows it in its history.
      referrals: 'id, referrerAccountId, referredAccountId',
      planFigures: 'id, accountId',
    },
  },
  {
    version: 6,
    stores: {
      // Sync (issue 15, docs/architecture.md "Sync"). syncOutbox: one row per record changed since
      // its last push, keyed 'table:id' (lib/db/sync-tables.ts), written by
      // lib/db/sync-outbox-middleware.ts in the change's own transaction; read whole in key order.
      syncOutbox: 'k',
      // syncClocks: per record, each field's hybrid logical clock and a hash of the value it stamped
      // (lib/sync/hlc.ts, lib/sync/stamp.ts); read by primary key only.
      syncClocks: 'k',
      // syncState: the configuration, keys, status and checkpoints (lib/sync/state.ts), by key.
      syncState: 'key',
    },
  },
];
