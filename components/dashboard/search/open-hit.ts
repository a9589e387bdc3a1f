import { go } from '../use-hash-route';
import type { FoundHit } from '@/lib/db/queries/search-all';

/** The dashboard route a hit opens: its meeting, else its account's dossier. */
export function hitRoute(hit: Pick<FoundHit, 'kind' | 'id' | 'accountId'>): string | undefined {
  if (hit.kind === 'meeting') return `meeting/${encodeURIComponent(hit.id)}`;
  return hit.accountId ? `account/${encodeURIComponent(hit.accountId)}` : undefined;
}

/**
 * After the dossier opens, bring a history entry or follow-up into view and focus it
 * (HistoryCard and FollowUpsCard mark their rows with data-entry-id). The dossier renders
 * from live queries, so the row is looked for over a few frames; a row not shown (an old entry
 * past "show more") leaves the dossier at its top.
 */
export function focusEntryWhenShown(id: string, tries = 90): void {
  const row = document.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(id)}"]`);
  if (row) {
    row.tabIndex = -1;
    row.classList.add('search-target');
    row.scrollIntoView({ block: 'center' });
    row.focus({ preventScroll: true });
    setTimeout(() => row.classList.remove('search-target'), 2500);
  } else if (tries > 0) requestAnimationFrame(() => focusEntryWhenShown(id, tries - 1));
}

/** Enter on a hit in the dashboard: route there, then focus the entry when it is a row of the dossier. */
export function openInDashboard(hit: Pick<FoundHit, 'kind' | 'id' | 'accountId'>): void {
  const route = hitRoute(hit);
  if (!route) return;
  go(route);
  if (hit.kind === 'interaction' || hit.kind === 'task') focusEntryWhenShown(hit.id);
}
