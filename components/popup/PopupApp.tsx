import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/app-db';
import { openTasksDueBy } from '@/lib/db/queries/open-tasks';
import { addDays, localDay } from '@/lib/time/local-time';
import { dueBucket, isSnoozed } from '@/lib/tasks/due';
import { t } from '@/lib/i18n/t';
import { useState } from 'react';
import { captureFromPopup } from '@/components/capture/capture-from-popup';
import { teachFromPopup } from './teach-from-popup';
import { GlobalSearch } from '@/components/dashboard/search/GlobalSearch';
import { hitRoute } from '@/components/dashboard/search/open-hit';

function openDashboard(hash = '') {
  void browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${hash}`) });
  window.close();
}

/** The toolbar popup: what is due now and the way into the dashboard. */
export function PopupApp() {
  const db = getDb();
  const today = localDay(new Date());
  const [teachFailed, setTeachFailed] = useState(false);
  // The picker runs in the page; the popup has nothing more to show once it started.
  const teach = () => void teachFromPopup().then((ok) => (ok ? window.close() : setTeachFailed(true)));
  // The same day rules as the toolbar badge (local day, snoozed tasks left out).
  const due = useLiveQuery(async () => {
    // Due by the day after tomorrow: a date-time due in another offset may still fall on today.
    const open = await openTasksDueBy(db, addDays(today, 2));
    const now = new Date();
    const awake = open.filter((x) => !isSnoozed(x, now));
    return {
      overdue: awake.filter((x) => dueBucket(x, now) === 'overdue').length,
      today: awake.filter((x) => dueBucket(x, now) === 'today').length,
    };
  }, [today]);
  return (
    <main style={{ padding: 12, width: 340, minHeight: 120 }}>
      <h1>Keyside</h1>
      {/* The dashboard's search, same index: a hit opens its dossier in the dashboard. */}
      <GlobalSearch
        shortcut={false}
        autoFocus
        hintOnFocus={false}
        onOpen={(hit) => openDashboard(`#/${hitRoute(hit) ?? 'accounts'}`)}
      />
      {due && <p data-testid="popup-due">{t('popupDue', due.overdue, due.today)}</p>}
      <div className="stack">
        <button data-testid="open-dashboard" onClick={() => openDashboard()}>
          {t('actionOpenDashboard')}
        </button>
        <button className="secondary" data-testid="popup-capture" onClick={() => void captureFromPopup()}>
          {t('popupCapture')}
        </button>
        <button className="secondary" data-testid="popup-teach" onClick={teach}>
          {t('popupTeach')}
        </button>
        {teachFailed && (
          <p role="alert" className="error small">
            {t('popupTeachFailed')}
          </p>
        )}
      </div>
    </main>
  );
}
