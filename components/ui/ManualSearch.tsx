import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n/t';
import type { SearchHit } from '@/lib/messaging/pages-to-worker';
import { runCommand } from '@/components/panel/run-command';

/**
 * Search as you type over accounts and people (the background's index). Picking a hit either
 * shows that dossier in the panel or, with `onPick`, hands the hit to the caller.
 */
export function ManualSearch({ onPick, label }: { onPick?: (hit: SearchHit) => void; label?: string }) {
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
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
      {q.trim() && (
        <ul className="hits" role="listbox">
          {hits.length === 0 && <li className="muted">{t('searchNothing')}</li>}
          {hits.map((h) => (
            <li key={h.id}>
              <button className="hit" role="option" aria-selected="false" onClick={() => pick(h)} data-testid="search-hit">
                <strong>{h.name}</strong>
                {h.kind === 'contact' && h.accountName && <span className="muted"> · {h.accountName}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
