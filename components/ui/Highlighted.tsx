import { useMemo, type ReactNode } from 'react';
import { matchRanges } from '@/lib/search/highlight';
import type { QueryTerms } from '@/lib/search/query-terms';

/**
 * Text with the words a search matched in <mark>. The record's text goes into React text nodes
 * only (never innerHTML): a captured page's words are data, not markup.
 */
export function Highlighted({ text, terms }: { text: string; terms: QueryTerms }) {
  const parts = useMemo(() => {
    const out: ReactNode[] = [];
    let at = 0;
    for (const [start, end] of matchRanges(text, terms)) {
      if (start > at) out.push(text.slice(at, start));
      out.push(<mark key={start}>{text.slice(start, end)}</mark>);
      at = end;
    }
    if (at < text.length) out.push(text.slice(at));
    return out;
  }, [text, terms]);
  return <>{parts}</>;
}
