import { useEffect, useMemo, useState } from 'react';
import { t, type MessageKey } from '@/lib/i18n/t';
import type { SearchHit } from '@/lib/messaging/pages-to-worker';
import { queryTerms } from '@/lib/search/query-terms';
import { runCommand } from '@/components/panel/run-command';
import { Highlighted } from './Highlighted';
import './manual-search.css';

/** What a hit is, when it is not the dossier or person itself: a history entry's kind, a follow-up. */
function kindLabel(hit: SearchHit): string {
  if (hit.kind === 'interaction' && hit.sub) return t(`kind_${hit.sub}` as MessageKey);
  if (hit.kind === 'task') return t('manualSearchFollowUp');
  if (hit.kind === 'meeting') return t('manualSearchMeeting');
  return '';
}

/**
 * Search as you type over everything the dashboard's search covers (the background runs the
 * same query over the same persisted index: lib/db/queries/search-all.ts). Picking a hit either
 * shows its dossier in the panel or, with `onPick`, hands the hit to the caller.
 */
export function ManualSearch({ onPick, label }: { onPick?: (hit: SearchHit) => void; label?: string }) {
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const terms = useMemo(() => queryTerms(q, true), [q]);
  useEffect(() => {
    if (!q.trim()) return;
    let live = true;
    const timer = setTimeout(() => {
      void runCommand({ type: 'search', q, limit: 8 }).then(
        (r) => live && setHits(r),
        () => live && setHits([]),
      );
    }, 60);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q]);
  const changeQuery = (value: string) => {
    setQ(value);
    // An emptied box forgets the old hits, so the next query starts from "nothing found".
    if (!value.trim()) setHits([]);
  };
  const pick = (hit: SearchHit) => {
    if (onPick) onPick(hit);
    else if (hit.accountId) void runCommand({ type: 'pinAccount', accountId: hit.accountId });
  };
  return (
    <div className="search">
      <input
        type="search"
        value={q}
        onChange={(e) => changeQuery(e.target.value)}
        placeholder={label ?? t('searchPlaceholder')}
        aria-label={label ?? t('searchPlaceholder')}
        data-testid="manual-search"
      />
      {/* Plain buttons in a list: Tab walks the hits, Enter picks one. (A listbox would need
          arrow-key handling and options without nested buttons.) "Nothing found" is announced. */}
      {q.trim() &&
        (hits.length === 0 ? (
          <p className="muted" role="status">
            {t('searchNothing')}
          </p>
        ) : (
          <ul className="hits">
            {hits.map((h) => (
              <li key={`${h.kind}:${h.id}`}>
                <button className="hit" onClick={() => pick(h)} data-testid="search-hit">
                  {kindLabel(h) && <span className="muted">{kindLabel(h)}: </span>}
                  <strong dir="auto">
                    <Highlighted text={h.name} terms={terms} />
                  </strong>
                  {h.kind !== 'account' && h.accountName && <span className="muted"> · {h.accountName}</span>}
                </button>
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}
