import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { calendarExportData } from '@/lib/db/queries/calendar-export';
import { getSettings } from '@/lib/db/repos/settings';
import { errorText } from '@/components/ui/error-text';
import { t } from '@/lib/i18n/t';
import { exportIcs } from '@/lib/io/ics';
import { downloadText } from '@/components/dashboard/meetings/download';
import { uiChecklistLocale } from '@/lib/checklists/ui-checklist-locale';
import { DAY_MS } from '@/lib/time/local-time';

const KEEP_PAST_MS = 90 * DAY_MS;

/**
 * Meetings (from three months back on) and open follow-ups as one .ics file for the user's own
 * calendar. Stable UIDs: importing a newer export updates events instead of duplicating them.
 */
export function ExportIcsButton() {
  const [error, setError] = useState('');
  const run = async () => {
    setError('');
    try {
      const db = getDb();
      const from = new Date(Date.now() - KEEP_PAST_MS).toISOString();
      const [{ meetings, tasks, accounts, contacts, templates }, settings] = await Promise.all([
        calendarExportData(db, from),
        getSettings(db),
      ]);
      const ics = exportIcs({
        meetings,
        tasks,
        accounts,
        contacts,
        templates,
        locale: uiChecklistLocale(),
        defaultRemindBeforeMin: settings.defaultRemindBeforeMin,
      });
      downloadText('keyside-calendar.ics', ics, 'text/calendar');
    } catch (e) {
      setError(t('errorUnexpected', errorText(e)));
    }
  };
  return (
    <>
      <button className="secondary" onClick={() => void run()} data-testid="export-ics">
        {t('actionExportIcs')}
      </button>
      {error && (
        <span role="alert" className="error small">
          {error}
        </span>
      )}
    </>
  );
}
