import { domainsOfPage } from './domain-of-page';
import type { AppDB } from '@/lib/db/app-db';
import { accountById, accountsByDomain, accountsByIds } from '@/lib/db/queries/accounts';
import { recentInteractions } from '@/lib/db/queries/timeline';
import { getSettings } from '@/lib/db/repos/settings';
import { matchPeople } from '@/lib/matching';
import type { AccountChoice } from '@/lib/messaging/pages-to-worker';
import { dbLookup } from '@/lib/panel-data/compute-view';
import type { Account } from '@/lib/schema';
import type { TabState } from '@/lib/panel-data/tab-state';

export interface SuggestInput {
  /** The page the capture came from, and the captured link's target when there is one. */
  urls: string[];
  /** The dossier the panel shows on that tab, if any. */
  panelAccountId: string | null;
  limit?: number;
  now?: string;
}

/** How many recent interactions to scan for "recent" dossiers: a few days of work. */
const RECENT_SCAN = 200;

/**
 * Dossiers to offer, best first, each once: those whose domain is the page's (most specific
 * domain first: news.acme.example before acme.example), the one open in the panel on this tab,
 * then those with the latest history. The dialog preselects the first.
 */
export async function suggestAccounts(db: AppDB, input: SuggestInput): Promise<AccountChoice[]> {
  const limit = input.limit ?? 6;
  const out = new Map<string, AccountChoice>();
  const add = (account: Account | undefined, reason: AccountChoice['reason']) => {
    if (account && !out.has(account.id) && out.size < limit) out.set(account.id, toChoice(account, reason));
  };
  for (const domain of [...new Set(input.urls.flatMap(domainsOfPage))]) {
    for (const a of await accountsByDomain(db, domain, { byName: true })) add(a, 'domain');
  }
  if (input.panelAccountId) add(await accountById(db, input.panelAccountId), 'panel');
  const now = input.now ?? new Date().toISOString();
  const latest = await recentInteractions(db, { until: now, limit: RECENT_SCAN });
  const recentIds = [...new Set(latest.map((i) => i.accountId))].filter((id) => !out.has(id));
  for (const a of await accountsByIds(db, recentIds.slice(0, limit))) add(a, 'recent');
  return [...out.values()];
}

export function toChoice(account: Account, reason: AccountChoice['reason']): AccountChoice {
  return {
    id: account.id,
    name: account.name,
    reason,
    competitors: account.competitors.map((c) => ({ id: c.id, name: c.name })),
  };
}

/** The dossier the panel shows on a tab: the user's pin, else the page's people's first match. */
export async function panelAccountOf(db: AppDB, state: TabState): Promise<string | null> {
  if (state.pinnedAccountId) return state.pinnedAccountId;
  const ctx = state.context;
  // Same rule as the panel's view: only a read message/record has people to match.
  if (!ctx || ctx.status === 'none' || ctx.status === 'unrecognised' || ctx.people.length === 0) return null;
  const people = ctx.people;
  const result = await matchPeople(people, await getSettings(db), dbLookup(db));
  return result.accounts[0]?.account.id ?? null;
}
