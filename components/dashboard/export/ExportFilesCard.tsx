import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { allAccounts } from '@/lib/db/queries/accounts';
import { allContacts } from '@/lib/db/queries/people';
import { t } from '@/lib/i18n/t';
import { accountsCsv, peopleCsv } from '@/lib/io/csv-export';
import { localDay } from '@/lib/time/local-time';
import { downloadText } from '@/components/dashboard/meetings/download';
import { ExportIcsButton } from '@/components/dashboard/week/ExportIcsButton';
import { userMessage } from './user-message';

const CSV = 'text/csv;charset=utf-8';

/** Spreadsheet, calendar and report exports beside the JSON backup. */
export function ExportFilesCard() {
  const [error, setError] = useState('');
  const run = (make: () => Promise<void>) => async () => {
    setError('');
    try {
      await make();
    } catch (e) {
      setError(userMessage(e));
    }
  };
  const stamp = () => localDay(new Date());
  const exportAccounts = run(async () => {
    downloadText(`keyside-accounts-${stamp()}.csv`, accountsCsv(await allAccounts(getDb())), CSV);
  });
  const exportPeople = run(async () => {
    const db = getDb();
    const [contacts, accounts] = await Promise.all([allContacts(db), allAccounts(db)]);
    downloadText(`keyside-people-${stamp()}.csv`, peopleCsv(contacts, accounts), CSV);
  });
  return (
    <div className="card" data-testid="export-files">
      <h2>{t('exportFilesTitle')}</h2>
      <p className="muted">{t('exportFilesHint')}</p>
      <div className="row wrap">
        <button className="secondary" onClick={() => void exportAccounts()} data-testid="export-accounts-csv">
          {t('actionExportAccountsCsv')}
        </button>
        <button className="secondary" onClick={() => void exportPeople()} data-testid="export-people-csv">
          {t('actionExportPeopleCsv')}
        </button>
        <ExportIcsButton />
        <a href="#/report" data-testid="open-report">
          {t('actionOpenReport')}
        </a>
      </div>
      {error && (
        <p role="alert" className="error small">
          {error}
        </p>
      )}
    </div>
  );
}
