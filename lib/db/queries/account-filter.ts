import type { AppDB } from '@/lib/db/app-db';
import type { Account } from '@/lib/schema';
import { matchesQuery } from '@/lib/search';

export interface AccountFilter {
  /** '' or undefined: every stage. */
  stage?: string;
  /** '' or undefined: every tag. */
  tag?: string;
  /** Free text over name, legal name, domains and tags. */
  q?: string;
}

export interface FilteredAccounts {
  /** Every matching account, by name. */
  accounts: Account[];
  /** How many accounts there are. */
  total: number;
  /** Every tag in use, sorted (the `*tags` index's keys), for the tag filter. */
  tags: string[];
}

function byName(a: Account, b: Account): number {
  // The order of the `name` index: code-unit order, ties by id.
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The text filter: name, legal name, domains and tags ('' matches every account). */
export function accountMatches(a: Account, q: string | undefined): boolean {
  return !q || matchesQuery([a.name, a.legalName, ...a.domains, ...a.tags].join(' '), q);
}

/**
 * Every account matching the filter, by name, with the totals the list shows. A stage or tag
 * narrows the read through its index (`stage`, `*tags`), so a filtered list does not load every
 * account; the text filter then runs on what is left.
 */
export async function filteredAccounts(db: AppDB, filter: AccountFilter): Promise<FilteredAccounts> {
  const { stage, tag, q } = filter;
  let rows: Account[];
  if (stage) rows = (await db.accounts.where('stage').equals(stage).toArray()).sort(byName);
  else if (tag) rows = (await db.accounts.where('tags').equals(tag).toArray()).sort(byName);
  // The whole table from the primary store, sorted here: Chromium reads 10,000 records through
  // the `name` index at about half the speed (test/tools/bench-portfolio.mjs, its first paint).
  else rows = (await db.accounts.toArray()).sort(byName);
  const accounts = rows.filter((a) => (!stage || a.stage === stage) && (!tag || a.tags.includes(tag)) && accountMatches(a, q));
  // Unfiltered, the rows are the whole table: its count and tags come from them, not from another
  // walk of the `*tags` index (Chromium steps through every entry of it, some 50 ms at 10,000).
  if (!stage && !tag) return { accounts, total: rows.length, tags: [...new Set(rows.flatMap((a) => a.tags))].sort() };
  const [total, tags] = await Promise.all([db.accounts.count(), db.accounts.orderBy('tags').uniqueKeys()]);
  return { accounts, total, tags: (tags as string[]).sort() };
}
