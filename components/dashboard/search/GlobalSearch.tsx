import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { FoundHit } from '@/lib/db/queries/search-all';
import { t } from '@/lib/i18n/t';
import { groupHits, groupLabel } from './hit-groups';
import { SearchHitRow } from './SearchHitRow';
import { useSearchResults } from './use-search-results';
import { useSearchShortcut } from './use-search-shortcut';
import './search.css';

interface Props {
  /** Open a hit (the dashboard routes to it; the popup opens the dashboard there). */
  onOpen: (hit: FoundHit) => void;
  /** The dashboard's `/` and Ctrl/Cmd+K; the popup focuses the box on opening instead. */
  shortcut?: boolean;
  autoFocus?: boolean;
  /**
   * Whether focusing the empty box opens the hint panel. The popup focuses the box on open and
   * keeps it closed until the user types, so the panel never covers the popup's own buttons.
   */
  hintOnFocus?: boolean;
}

/**
 * Search everything: accounts, people, follow-ups, meetings, history, notes and captures, as
 * you type, grouped by kind, each hit under its account. ARIA combobox with a listbox: focus
 * stays in the box, arrows move the active option, Enter opens it, Escape closes the list.
 */
export function GlobalSearch({ onOpen, shortcut = true, autoFocus = false, hintOnFocus = true }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [acrossScripts, setAcrossScripts] = useState(true);
  const listId = useId();
  const { result, loading } = useSearchResults(q, acrossScripts);
  const groups = useMemo(() => groupHits(result?.hits ?? []), [result]);
  const flat = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  useSearchShortcut(input, shortcut);

  const shown = open;
  const typed = q.trim() !== '';
  const current = Math.min(active, flat.length - 1);
  const optionId = (i: number) => `${listId}-hit-${i}`;
  const pick = (hit: FoundHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    setQ('');
    input.current?.blur();
    onOpen(hit);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      // A closed list opens first, with its first hit active.
      if (!shown) {
        setOpen(true);
        return;
      }
      if (flat.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      const next = (current + step + flat.length) % flat.length;
      setActive(next);
      document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(flat[current]);
    } else if (e.key === 'Escape' && shown) {
      e.preventDefault();
      setOpen(false);
    }
  };

  let index = -1;
  return (
    <div
      className="gs"
      role="search"
      // The list closes when focus leaves the search, not when it moves from the box to the
      // across-scripts option inside the list (Tab reaches that option).
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && flat.length > 0 ? optionId(current) : undefined}
        aria-label={t('globalSearchLabel')}
        placeholder={t('globalSearchPlaceholder')}
        data-testid="global-search"
        autoFocus={autoFocus}
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(hintOnFocus || q.trim() !== '')}
        onKeyDown={onKey}
      />
      {shown && (
        <div className="gs-panel" data-testid="global-search-results">
          <label className="gs-option small">
            <input
              type="checkbox"
              checked={acrossScripts}
              // Keep focus in the box: the list stays open while the option changes.
              onMouseDown={(e) => e.preventDefault()}
              onChange={(e) => setAcrossScripts(e.target.checked)}
              data-testid="search-across-scripts"
            />{' '}
            {t('globalSearchAcrossScripts')}
          </label>
          <ul id={listId} role="listbox" aria-label={t('globalSearchLabel')} aria-busy={loading}>
            {typed &&
              groups.map(({ group, hits }) => (
                <li key={group} role="presentation">
                  <ul role="group" aria-label={t(groupLabel[group])} className="gs-group">
                    <li role="presentation" className="gs-group-label" aria-hidden="true">
                      {t(groupLabel[group])}
                    </li>
                    {hits.map((hit) => {
                      index += 1;
                      const i = index;
                      return (
                        <SearchHitRow
                          key={`${hit.kind}:${hit.id}`}
                          hit={hit}
                          terms={result?.terms ?? { words: [], latin: [] }}
                          id={optionId(i)}
                          active={i === current}
                          onOpen={() => pick(hit)}
                          onHover={() => setActive(i)}
                        />
                      );
                    })}
                  </ul>
                </li>
              ))}
          </ul>
          <p className="gs-status muted small" role="status" data-testid="global-search-status">
            {!typed
              ? t('globalSearchHint')
              : loading && flat.length === 0
                ? t('loading')
                : result?.truncated
                  ? t('globalSearchTruncated')
                  : flat.length === 0
                    ? t('globalSearchNothing')
                    : ''}
            {result?.indexing ? ` ${t('globalSearchIndexing')}` : ''}
          </p>
        </div>
      )}
    </div>
  );
}
