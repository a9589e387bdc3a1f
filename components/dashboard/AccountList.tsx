import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { accountsPage } from '@/lib/db/queries/accounts-page';
import { createAccount } from '@/lib/db/repos/accounts';
import { formatNumber } from '@/lib/i18n/format';
import { tPlural } from '@/lib/i18n/plural';
import { t, type MessageKey } from '@/lib/i18n/t';
import { importBackupText } from '@/lib/io/backup-db';
import { demoBackup } from '@/lib/demo/demo-data';
import { stages } from '@/lib/schema';
import { StageBadge } from '@/components/ui/StageBadge';
import { errorText } from '@/components/ui/error-text';
import { guarded } from './guarded';
import { go } from './use-hash-route';

const PAGE = 200;

/** Accounts with stage, tag and text filters; large lists render the first page only. */
export function AccountList() {
  const db = getDb();
  const [stage, setStage] = useState('');
  const [tag, setTag] = useState('');
  const [q, setQ] = useState('');
  const [error, setError] = useState('');
  const page = useLiveQuery(() => accountsPage(db, { stage, tag, q }, { limit: PAGE }), [stage, tag, q]);
  const addAccount = () =>
    void guarded(() => createAccount(db, { name: t('newAccountName') })).then(
      (a) => go(`account/${a.id}`),
      (e: unknown) => setError(errorText(e)),
    );

  if (!page) return <p className="muted">{t('loading')}</p>;
  return (
    <section>
      <header className="page-head">
        <h1>{t('navAccounts')}</h1>
        <button onClick={addAccount} data-testid="new-account">
          + {t('actionNewAccount')}
        </button>
      </header>
      {page.total === 0 ? (
        <div className="empty" data-testid="accounts-empty">
          <p>{t('accountsEmpty')}</p>
          <button
            className="secondary"
            data-testid="load-demo"
            onClick={() => void importBackupText(db, JSON.stringify(demoBackup()))}
          >
            {t('actionLoadDemo')}
          </button>{' '}
          <a href="#/backup">{t('actionImportBackup')}</a>
        </div>
      ) : (
        <>
          <div className="filters">
            <input
              type="search"
              placeholder={t('searchPlaceholder')}
              aria-label={t('searchPlaceholder')}
              value={q}
              onChange={(e) => setQ(e.target.value)}
              data-testid="account-filter"
            />
            <select
              aria-label={t('fieldStage')}
              value={stage}
              onChange={(e) => setStage(e.target.value)}
              data-testid="stage-filter"
            >
              <option value="">{t('filterAllStages')}</option>
              {stages.map((s) => (
                <option key={s} value={s}>
                  {t(`stage_${s}` as MessageKey)}
                </option>
              ))}
            </select>
            <select aria-label={t('fieldTags')} value={tag} onChange={(e) => setTag(e.target.value)} data-testid="tag-filter">
              <option value="">{t('filterAllTags')}</option>
              {page.tags.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </select>
            <span className="muted">{t('accountsCount', formatNumber(page.matching), formatNumber(page.total))}</span>
          </div>
          <ul className="account-list">
            {page.accounts.map((a) => (
              <li key={a.id}>
                <a href={`#/account/${encodeURIComponent(a.id)}`} data-testid="account-row">
                  {a.name}
                </a>{' '}
                <StageBadge stage={a.stage} />
                {a.tags.map((x) => (
                  <span key={x} className="badge">
                    {x}
                  </span>
                ))}
                <span className="muted small"> {a.domains.join(', ')}</span>
              </li>
            ))}
          </ul>
          {page.matching > PAGE && <p className="muted">{tPlural('listTruncated', PAGE)}</p>}
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
