import type { AccountReferrals } from '@/lib/db/queries/referrals';
import type { Interaction, Referral } from '@/lib/schema';
import { dayOf } from '@/lib/time/local-time';

/** One row of the dossier's history: an entry, or a referral seen from this account's side. */
export type HistoryItem =
  | { type: 'interaction'; key: string; day: string; interaction: Interaction }
  /** `by`: this client was referred by the other side; `to`: this client referred the other side to us. */
  | { type: 'referral'; key: string; day: string; referral: Referral; direction: 'by' | 'to' };

/**
 * The history timeline with referrals merged in by date, newest first. A referral has only a
 * day, so it sits below that day's entries (as if at the day's start). When `complete` is false
 * the entries are one page of a longer history: referrals older than the page's oldest entry are
 * left for the next page, so "Show more" never moves a referral that is already on screen.
 */
export function mergeHistory(
  interactions: readonly Interaction[],
  referrals: AccountReferrals,
  { complete, tz }: { complete: boolean; tz?: string },
): HistoryItem[] {
  const entries: HistoryItem[] = interactions.map((i) => ({
    type: 'interaction',
    key: i.id,
    day: dayOf(i.at, tz),
    interaction: i,
  }));
  const oldest = entries.at(-1)?.day;
  const visible = (r: Referral) => complete || oldest === undefined || dayOf(r.on, tz) >= oldest;
  const refs: HistoryItem[] = [
    ...referrals.referredBy.map((r) => ({ referral: r, direction: 'by' as const })),
    ...referrals.referredToUs.map((r) => ({ referral: r, direction: 'to' as const })),
  ]
    .filter(({ referral }) => visible(referral))
    .map(({ referral, direction }) => ({
      type: 'referral',
      key: `referral:${referral.id}:${direction}`,
      day: dayOf(referral.on, tz),
      referral,
      direction,
    }));
  return [...entries, ...refs].sort(newestFirst);
}

function newestFirst(a: HistoryItem, b: HistoryItem): number {
  if (a.day !== b.day) return a.day < b.day ? 1 : -1;
  if (a.type !== b.type) return a.type === 'interaction' ? -1 : 1;
  if (a.type === 'interaction' && b.type === 'interaction') return b.interaction.at.localeCompare(a.interaction.at);
  return 0;
}
