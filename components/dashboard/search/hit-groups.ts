import type { FoundHit } from '@/lib/db/queries/search-all';
import type { MessageKey } from '@/lib/i18n/t';

/** How results are grouped on screen: history splits into notes/captures and the rest. */
export type HitGroup = 'account' | 'contact' | 'task' | 'meeting' | 'history' | 'notes';

const ORDER: HitGroup[] = ['account', 'contact', 'task', 'meeting', 'history', 'notes'];

export const groupLabel: Record<HitGroup, MessageKey> = {
  account: 'globalSearchGroupAccounts',
  contact: 'globalSearchGroupPeople',
  task: 'globalSearchGroupFollowUps',
  meeting: 'globalSearchGroupMeetings',
  history: 'globalSearchGroupHistory',
  notes: 'globalSearchGroupNotes',
};

export function groupOf(hit: FoundHit): HitGroup {
  if (hit.kind !== 'interaction') return hit.kind;
  return hit.sub === 'note' || hit.sub === 'clip' ? 'notes' : 'history';
}

/** Groups in a fixed order, each keeping the engine's ranking; empty groups left out. */
export function groupHits(hits: readonly FoundHit[]): { group: HitGroup; hits: FoundHit[] }[] {
  return ORDER.map((group) => ({ group, hits: hits.filter((h) => groupOf(h) === group) })).filter((g) => g.hits.length > 0);
}
