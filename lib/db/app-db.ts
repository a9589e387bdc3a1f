import Dexie, { type EntityTable } from 'dexie';
import type {
  Account,
  ChecklistTemplate,
  ComplaintCase,
  Contact,
  Contract,
  Interaction,
  Invoice,
  Meeting,
  PersonRelation,
  PlanFigure,
  Referral,
  SiteRule,
  Task,
} from '@/lib/schema';
import { crmKeysMiddleware } from './crm-keys';
import { DB_NAME } from './db-name';
import type { AccountActivity } from './account-activity';
import { accountActivityMiddleware } from './activity-middleware';
import type { SearchDoc } from '@/lib/search/search-doc';
import { schemaVersions } from './migrations/versions';
import { searchIndexMiddleware } from './search-index-middleware';
import { syncOutboxMiddleware } from './sync-outbox-middleware';
import { SyncSwitch } from './sync-switch';
import type { ClockRow, OutboxRow, SyncStateRow } from './sync-tables';

/** One key/value row per setting group; `settings` holds the Settings record. */
export interface KeyValue {
  key: string;
  value: unknown;
}

/**
 * The one database, in the extension's origin (docs/architecture.md, Data flow). Only the background worker and
 * top-level extension pages construct it; the content script and the panel never do.
 */
export class AppDB extends Dexie {
  accounts!: EntityTable<Account, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  interactions!: EntityTable<Interaction, 'id'>;
  tasks!: EntityTable<Task, 'id'>;
  meetings!: EntityTable<Meeting, 'id'>;
  checklistTemplates!: EntityTable<ChecklistTemplate, 'id'>;
  siteRules!: EntityTable<SiteRule, 'id'>;
  kv!: EntityTable<KeyValue, 'key'>;
  contracts!: EntityTable<Contract, 'id'>;
  invoices!: EntityTable<Invoice, 'id'>;
  complaintCases!: EntityTable<ComplaintCase, 'id'>;
  personRelations!: EntityTable<PersonRelation, 'id'>;
  referrals!: EntityTable<Referral, 'id'>;
  planFigures!: EntityTable<PlanFigure, 'id'>;
  /** Derived from interactions by accountActivityMiddleware; read by the portfolio view only. */
  accountActivity!: EntityTable<AccountActivity, 'accountId'>;
  /** The search index, written only by search-index-middleware.ts and repos/search-backfill.ts. */
  searchDocs!: EntityTable<SearchDoc, 'r'>;
  /** Sync (lib/db/sync-tables.ts): written by sync-outbox-middleware.ts and lib/sync only. */
  syncOutbox!: EntityTable<OutboxRow, 'k'>;
  syncClocks!: EntityTable<ClockRow, 'k'>;
  syncState!: EntityTable<SyncStateRow, 'key'>;
  /** Whether this context queues its writes for sync (lib/db/sync-switch.ts). */
  readonly syncSwitch = new SyncSwitch();

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const v of schemaVersions) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
    this.use(crmKeysMiddleware);
    this.use(accountActivityMiddleware);
    this.use(searchIndexMiddleware);
    this.use(syncOutboxMiddleware(this.syncSwitch));
    this.syncSwitch.watch(this);
  }
}

let shared: AppDB | undefined;

/** The shared instance for this extension context. */
export function getDb(): AppDB {
  shared ??= new AppDB();
  return shared;
}

/** Tests swap in a database over a private fake IndexedDB. */
export function setDb(db: AppDB | undefined): void {
  shared = db;
}
