import type { Interaction } from '@/lib/schema';

/**
 * A per-account digest of the history the portfolio view sorts by (lib/db/queries/portfolio.ts),
 * kept by lib/db/activity-middleware.ts in the same transaction as every history write, so the
 * list of 10,000 accounts never reads 200,000 history entries. Derived data: never exported.
 */
export interface AccountActivity {
  accountId: string;
  /** The newest entry's `at` (by instant, any offset), future-dated entries included. */
  lastAt: string;
  /** Complaints not marked closed; `state` absent counts as open, as the briefing does. */
  openComplaints: number;
}

type Entry = Pick<Interaction, 'accountId' | 'at' | 'kind' | 'state'>;

export function isOpenComplaint(i: Pick<Interaction, 'kind' | 'state'>): boolean {
  return i.kind === 'complaint' && i.state !== 'closed';
}

/** The later of two instants; an unparseable `at` never wins over a parseable one. */
export function laterAt(a: string | undefined, b: string): string {
  if (a === undefined) return b;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(tb)) return a;
  return Number.isNaN(ta) || tb > ta ? b : a;
}

/** Adds entries to digests (`into` is changed and returned); entries of accounts not in `into` start one. */
export function foldActivity(into: Map<string, AccountActivity>, entries: Iterable<Entry>): Map<string, AccountActivity> {
  for (const i of entries) {
    const cur = into.get(i.accountId);
    if (!cur) into.set(i.accountId, { accountId: i.accountId, lastAt: i.at, openComplaints: isOpenComplaint(i) ? 1 : 0 });
    else {
      cur.lastAt = laterAt(cur.lastAt, i.at);
      if (isOpenComplaint(i)) cur.openComplaints++;
    }
  }
  return into;
}
