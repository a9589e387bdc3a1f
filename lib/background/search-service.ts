import { liveQuery } from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import { searchRecords } from '@/lib/db/queries/search-records';
import type { SearchHit } from '@/lib/messaging/pages-to-worker';
import type { Account, Contact } from '@/lib/schema';
import { SearchIndex, recordFromAccount, recordFromContact } from '@/lib/search';

/**
 * An in-memory index over accounts and people, rebuilt when either table changes. It lives in the
 * background so the panel (which has no database) and the capture dialog share it.
 */
export class SearchService {
  private index: SearchIndex | undefined;
  private accounts = new Map<string, Account>();
  private contacts = new Map<string, Contact>();
  private ready: Promise<void> | undefined;
  private resolveReady: (() => void) | undefined;

  constructor(private db: AppDB) {}

  /** Starts watching lazily: a worker that never searches never builds the index. */
  private ensure(): Promise<void> {
    if (this.ready) return this.ready;
    this.ready = new Promise((r) => (this.resolveReady = r));
    liveQuery(() => searchRecords(this.db)).subscribe({
      next: ([accounts, contacts]) => {
        this.build(accounts, contacts);
        this.resolveReady?.();
      },
      error: () => this.resolveReady?.(),
    });
    return this.ready;
  }

  private build(accounts: Account[], contacts: Contact[]): void {
    const index = new SearchIndex();
    this.accounts = new Map(accounts.map((a) => [a.id, a]));
    this.contacts = new Map(contacts.map((c) => [c.id, c]));
    for (const a of accounts) index.add(recordFromAccount(a));
    for (const c of contacts) index.add(recordFromContact(c));
    this.index = index;
  }

  async query(q: string, limit: number): Promise<SearchHit[]> {
    await this.ensure();
    if (!this.index || !q.trim()) return [];
    return this.index.query(q, limit).flatMap((id): SearchHit[] => {
      const a = this.accounts.get(id);
      if (a) return [{ id, kind: 'account', name: a.name, accountId: a.id, accountName: a.name }];
      const c = this.contacts.get(id);
      if (!c) return [];
      const acc = c.accountId ? this.accounts.get(c.accountId) : undefined;
      return [{ id, kind: 'contact', name: c.name, accountId: c.accountId, accountName: acc?.name ?? '' }];
    });
  }
}
