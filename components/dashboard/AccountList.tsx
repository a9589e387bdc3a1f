import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { portfolioData, portfolioRows, type PortfolioData, type PortfolioSort, portfolioSorts } from '@/lib/db/queries/portfolio';
import { formatNumber } from '@/lib/i18n/format';
import { t, type MessageKey } from '@/lib/i18n/t';
import { stages } from '@/lib/schema/stages';
import { errorText } from '@/components/ui/error-text';
import { firstScreenRead, rememberedFirstScreen, rememberFirstScreen } from './first-screen';
import { guarded } from './guarded';
import { PortfolioRows } from './PortfolioRows';
import { go } from './use-hash-route';

/** How often the figures that depend on the clock (overdue, cadence, "meeting soon") are redrawn. */
const CLOCK_MS = 60_000;

/**
 * The portfolio view: every account with its stage, last contact, next meeting, follow-ups,
 * complaints and cadence, filtered by stage and tag (through their indexes) and by text, sorted
 * by needs attention (lib/tasks/attention.ts), name, last contact or gap to plan (lib/plan/gap.ts). The text box filters this
 * list only; searching everything is the header's global search.
 */
export function AccountList() {
  const db = getDb();
  const [stage, setStage] = useState('');
  const [tag, setTag] = useState('');
  const [q, setQ] = useState('');
  const [sort, setSort] = useState<PortfolioSort>('attention');
  const [error, setError] = useState('');
  const minute = useMinute();
  // Reads follow the stage and tag only; the text filter, the sort and the clock reuse them.
  const first = useFirstScreen();
  // The whole read waits for the first screen's: IndexedDB answers a database's requests in turn,
  // and the 10,000 accounts' read would otherwise hold up the few the first screen needs.
  const full = useLiveQuery(
    () => (first.settled ? portfolioData(db, { stage, tag }).then(marked('keyside-portfolio-full-read')) : undefined),
    [stage, tag, first.settled],
  );
  const data = full ?? first.data;
  const view = useMemo(() => {
    if (!data) return undefined;
    const now = new Date(minute);
    return { now, ...portfolioRows(data, q, sort, now) };
  }, [data, q, sort, minute]);
  const unfilteredTop = full && !stage && !tag && !q && sort === 'attention' ? view?.rows : undefined;
  useEffect(() => {
    if (unfilteredTop && view)
      rememberFirstScreen(
        unfilteredTop.map((r) => r.account.id),
        view.tags,
      );
  }, [unfilteredTop, view]);
  // Writing code (zod checks, the demo's records) loads when used, not with the list's first paint.
  const addAccount = () =>
    void guarded(() =>
      import('@/lib/db/repos/accounts').then(({ createAccount }) => createAccount(db, { name: t('newAccountName') })),
    ).then(
      (a) => go(`account/${a.id}`),
      (e: unknown) => setError(errorText(e)),
    );
  const loadDemo = () =>
    void Promise.all([import('@/lib/io/backup-db'), import('@/lib/demo/demo-data')])
      .then(([{ importBackupText }, { demoBackup }]) => importBackupText(db, JSON.stringify(demoBackup())))
      .catch((e: unknown) => setError(errorText(e)));

  return (
    <section>
      <header className="page-head">
        <h1>{t('navAccounts')}</h1>
        <button onClick={addAccount} data-testid="new-account">
          + {t('actionNewAccount')}
        </button>
      </header>
      {!view ? (
        <p className="muted" role="status" data-testid="portfolio-loading">
          {t('loading')}
        </p>
      ) : view.total === 0 ? (
        <div className="empty" data-testid="accounts-empty">
          <p>{t('accountsEmpty')}</p>
          <button className="secondary" data-testid="load-demo" onClick={loadDemo}>
            {t('actionLoadDemo')}
          </button>{' '}
          <a href="#/backup">{t('actionImportBackup')}</a>
        </div>
      ) : (
        <>
          <div className="filters">
            <input
              type="search"
              placeholder={t('accountFilterPlaceholder')}
              aria-label={t('accountFilterPlaceholder')}
              value={q}
              onChange={(e) => setQ(e.target.value)}
              data-testid="account-filter"
            />
            <select
              aria-label={t('fieldStage')}
              value={stage}
              onChange={(e) => {
                first.drop();
                setStage(e.target.value);
              }}
              data-testid="stage-filter"
            >
              <option value="">{t('filterAllStages')}</option>
              {stages.map((s) => (
                <option key={s} value={s}>
                  {t(`stage_${s}` as MessageKey)}
                </option>
              ))}
            </select>
            <select
              aria-label={t('fieldTags')}
              value={tag}
              onChange={(e) => {
                first.drop();
                setTag(e.target.value);
              }}
              data-testid="tag-filter"
            >
              <option value="">{t('filterAllTags')}</option>
              {view.tags.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </select>
            <select
              aria-label={t('portfolioSortLabel')}
              title={sort === 'attention' ? t('portfolioAttentionHelp') : undefined}
              value={sort}
              onChange={(e) => setSort(e.target.value as PortfolioSort)}
              data-testid="portfolio-sort"
            >
              {portfolioSorts.map((s) => (
                <option key={s} value={s}>
                  {t(`portfolioSort_${s}` as MessageKey)}
                </option>
              ))}
            </select>
            {/* While only the first screen is in, the list is the unfiltered whole: its count is the total. */}
            <span className="muted" data-testid="accounts-count" aria-busy={!full}>
              {t('accountsCount', formatNumber(full ? view.rows.length : view.total), formatNumber(view.total))}
            </span>
          </div>
          <p className="muted small">
            {sort === 'attention' && `${t('portfolioAttentionHelp')} `}
            {sort === 'planGap' && `${t('portfolioPlanGapHelp')} `}
            {t('portfolioKeyboardHint')}
          </p>
          {view.rows.length === 0 ? (
            <p className="empty" data-testid="portfolio-no-match">
              {t('portfolioNoMatch')}
            </p>
          ) : (
            <PortfolioRows rows={view.rows} now={view.now} />
          )}
        </>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}

/**
 * The list opens unfiltered, by attention: the accounts last shown at its top are read by key
 * and painted first (a few reads, not the 10,000 accounts' read and work that follows), in the
 * order the full list then confirms or corrects. Nothing remembered (the first visit, another
 * profile), nothing painted early. `settled` once that read is done (or there is none to do);
 * `drop()` when a filter changes, so the early screen never stands in for a filtered list.
 */
function useFirstScreen(): { data: PortfolioData | undefined; settled: boolean; drop: () => void } {
  const db = getDb();
  const [screen] = useState(rememberedFirstScreen);
  const [state, setState] = useState<{ data?: PortfolioData; settled: boolean }>(() => ({ settled: screen.ids.length === 0 }));
  useEffect(() => {
    if (screen.ids.length === 0) return;
    let live = true;
    firstScreenRead(db, screen)
      .then(marked('keyside-portfolio-first-read'))
      .then(
        (d) => live && setState({ data: d.accounts.length > 0 ? d : undefined, settled: true }),
        // The full read follows anyway; a failure here only means no early paint.
        () => live && setState({ settled: true }),
      );
    return () => {
      live = false;
    };
  }, [db, screen]);
  return { data: state.data, settled: state.settled, drop: () => setState({ settled: true }) };
}

/** Passes a read's result on, marking when it came (the first-paint breakdown, test/tools/bench-portfolio.mjs). */
function marked<T>(name: string): (value: T) => T {
  return (value) => {
    performance.mark(name);
    return value;
  };
}

/** The current time, rounded to the minute and updated every minute. */
function useMinute(): number {
  const [minute, setMinute] = useState(() => Math.floor(Date.now() / CLOCK_MS) * CLOCK_MS);
  useEffect(() => {
    const id = setInterval(() => setMinute(Math.floor(Date.now() / CLOCK_MS) * CLOCK_MS), CLOCK_MS);
    return () => clearInterval(id);
  }, []);
  return minute;
}
