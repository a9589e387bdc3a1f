/**
 * Contact cadence: "no contact for N days" as a nudge. The texts forbid visit quotas for KAMs
 * (docs/domain.md §5), so this only reports accounts whose own, user-set cadence has lapsed.
 */
import type { Account } from '@/lib/schema/account';
import type { Interaction } from '@/lib/schema/interaction';
import { daysBetween, localDay, runtimeTimeZone } from '@/lib/time/local-time';

/** Last contact per account id: an ISO string or Date, absent when never contacted. */
export type LastContactMap = ReadonlyMap<string, string | Date> | Readonly<Record<string, string | Date | undefined>>;

export interface CadenceLapse<A extends Account = Account> {
  account: A;
  /** Local days since the last contact; null when there has been none. */
  daysSince: number | null;
  lastAt: string | null;
}

function isMap(map: LastContactMap): map is ReadonlyMap<string, string | Date> {
  return map instanceof Map;
}

export function lastContactOf(map: LastContactMap, accountId: string): string | null {
  const v = isMap(map) ? map.get(accountId) : map[accountId];
  // `== null` keeps treating a null entry (untyped callers) as no contact, as this always did.
  if (v == null) return null;
  return typeof v === 'string' ? v : v.toISOString();
}

/**
 * The latest interaction per account, ignoring future-dated entries (a planned event is not a
 * contact yet). Pass `now` so an interaction logged ahead of time does not reset the cadence.
 */
export function lastInteractionByAccount(interactions: readonly Interaction[], now?: Date): Map<string, string> {
  const limit = now ? now.getTime() : Number.POSITIVE_INFINITY;
  const out = new Map<string, string>();
  const best = new Map<string, number>();
  for (const i of interactions) {
    const t = Date.parse(i.at);
    if (Number.isNaN(t) || t > limit) continue;
    if (t > (best.get(i.accountId) ?? Number.NEGATIVE_INFINITY)) {
      best.set(i.accountId, t);
      out.set(i.accountId, i.at);
    }
  }
  return out;
}

/** Calendar days (local) since `lastAt`; counting days, not 24-h blocks, matches how people say it. */
export function daysSince(lastAt: string, now: Date, tz: string = runtimeTimeZone()): number {
  return daysBetween(localDay(lastAt, tz), localDay(now, tz));
}

/**
 * Accounts with a cadence whose last contact is more than cadenceDays ago, or never.
 * Never-contacted first, then the longest lapse beyond the cadence.
 */
export function accountsPastCadence<A extends Account>(
  accounts: readonly A[],
  lastContact: LastContactMap,
  now: Date,
  tz: string = runtimeTimeZone(),
): CadenceLapse<A>[] {
  const out: CadenceLapse<A>[] = [];
  for (const account of accounts) {
    const cadence = account.cadenceDays;
    if (!cadence) continue;
    const lastAt = lastContactOf(lastContact, account.id);
    const days = lastAt ? daysSince(lastAt, now, tz) : null;
    if (days === null || days > cadence) out.push({ account, daysSince: days, lastAt });
  }
  const overBy = (l: CadenceLapse<A>) =>
    l.daysSince === null ? Number.POSITIVE_INFINITY : l.daysSince - (l.account.cadenceDays ?? 0);
  return out.sort((a, b) => {
    const d = overBy(b) === overBy(a) ? 0 : overBy(b) > overBy(a) ? 1 : -1;
    return d || a.account.name.localeCompare(b.account.name);
  });
}
