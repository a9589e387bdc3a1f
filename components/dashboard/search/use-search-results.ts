import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect } from 'react';
import { getDb } from '@/lib/db/app-db';
import { searchAll, type SearchResult } from '@/lib/db/queries/search-all';
import { backfillSearchIndex } from '@/lib/db/repos/search-backfill';

export interface SearchState {
  result: SearchResult | undefined;
  /** The shown result is for an older query (or none yet): the next one is on its way. */
  loading: boolean;
}

/**
 * Live results for the query: they follow edits made anywhere (the index is read through
 * useLiveQuery). Typing re-queries per keystroke; React may skip stale ones (useDeferredValue).
 */
export function useSearchResults(q: string, acrossScripts: boolean): SearchState {
  const db = getDb();
  // Records from before the index existed: index them now if the worker has not finished.
  useEffect(() => void backfillSearchIndex(db).catch(() => undefined), [db]);
  const deferred = useDeferredValue(q);
  const answer = useLiveQuery(
    async () => ({
      q: deferred,
      acrossScripts,
      result: deferred.trim() ? await searchAll(db, deferred, { acrossScripts }) : undefined,
    }),
    [deferred, acrossScripts],
  );
  const current = answer?.q === q && answer.acrossScripts === acrossScripts;
  return { result: answer?.result, loading: q.trim() !== '' && !current };
}
