import { TEACH_SECTION } from '@/lib/adapters/teach-route';
import { t } from '@/lib/i18n/t';
import { UndoProvider } from '@/components/ui/undo';
import { useDataChangedSignal } from '@/components/ui/use-data-changed-signal';
import { AccountDossier } from './dossier/AccountDossier';
import { AccountList } from './AccountList';
import { BackupPage } from './BackupPage';
import { MeetingPage } from './meetings/MeetingPage';
import { ReportPage } from './report/ReportPage';
import { useAskPersistOnce } from './storage/use-persistence';
import { SettingsPage } from './SettingsPage';
import { SyncNavStatus } from './sync/SyncNavStatus';
import { TeachPage } from './teach/TeachPage';
import { TemplatesPage } from './templates/TemplatesPage';
import { GlobalSearch } from './search/GlobalSearch';
import { openInDashboard } from './search/open-hit';
import { useHashRoute } from './use-hash-route';
import { WeekPage } from './week/WeekPage';

const NAV = [
  ['accounts', 'navAccounts'],
  ['week', 'navWeek'],
  ['templates', 'navTemplates'],
  ['report', 'navReport'],
  ['backup', 'navBackup'],
  ['settings', 'navSettings'],
] as const;

/** The full-page app: accounts, dossiers, backup, settings. Reads Dexie directly (top-level page). */
export function DashboardApp() {
  const [section = 'accounts', id] = useHashRoute();
  // Alarms and the badge belong to the worker: it re-plans them when told that data changed.
  useDataChangedSignal();
  // Dossiers must not be evicted when the disk runs low: ask the browser once, on the first open.
  useAskPersistOnce();
  return (
    <UndoProvider>
      <div className="layout">
        <nav className="nav" aria-label="Keyside">
          <strong className="brand">Keyside</strong>
          {NAV.map(([path, key]) => (
            <a
              key={path}
              href={`#/${path}`}
              aria-current={section === path || (path === 'accounts' && section === 'account') ? 'page' : undefined}
            >
              {t(key)}
            </a>
          ))}
          <SyncNavStatus />
        </nav>
        <main className="content">
          <header className="topbar">
            <GlobalSearch onOpen={openInDashboard} />
          </header>
          {section === 'account' && id ? (
            <AccountDossier id={id} />
          ) : section === 'meeting' && id ? (
            <MeetingPage id={id} />
          ) : section === 'week' ? (
            <WeekPage />
          ) : section === 'templates' ? (
            <TemplatesPage />
          ) : section === 'report' ? (
            <ReportPage />
          ) : section === 'backup' ? (
            <BackupPage />
          ) : section === TEACH_SECTION ? (
            <TeachPage raw={id} />
          ) : section === 'settings' ? (
            <SettingsPage />
          ) : (
            <AccountList />
          )}
        </main>
      </div>
    </UndoProvider>
  );
}
