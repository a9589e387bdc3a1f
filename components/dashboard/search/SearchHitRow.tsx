import type { FoundHit } from '@/lib/db/queries/search-all';
import { formatDateTime, formatDay } from '@/lib/i18n/format';
import { t, type MessageKey } from '@/lib/i18n/t';
import type { QueryTerms } from '@/lib/search/query-terms';
import { Highlighted } from '@/components/ui/Highlighted';

interface Props {
  hit: FoundHit;
  terms: QueryTerms;
  id: string;
  active: boolean;
  onOpen: () => void;
  onHover: () => void;
}

function when(hit: FoundHit): string {
  if (!hit.at) return '';
  return hit.kind === 'task' ? formatDay(hit.at) : formatDateTime(hit.at);
}

/** One result: what matched (highlighted), then the account it belongs to and when. */
export function SearchHitRow({ hit, terms, id, active, onOpen, onHover }: Props) {
  const account = hit.kind === 'account' ? '' : hit.accountName || t('globalSearchNoAccount');
  const meta = [hit.sub ? t(`kind_${hit.sub}` as MessageKey) : '', when(hit)].filter(Boolean).join(' · ');
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'gs-hit active' : 'gs-hit'}
      data-testid="search-hit"
      data-kind={hit.kind}
      // mousedown, not click: the box keeps focus, so the list does not close before the click lands.
      onMouseDown={(e) => {
        e.preventDefault();
        onOpen();
      }}
      onMouseMove={onHover}
    >
      <span className="gs-text" dir="auto">
        <Highlighted text={hit.text} terms={terms} />
      </span>
      {account && (
        <span className="gs-account" dir="auto">
          <Highlighted text={account} terms={terms} />
        </span>
      )}
      {meta && <span className="gs-meta">{meta}</span>}
    </li>
  );
}
