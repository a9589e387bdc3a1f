import { lazy, Suspense } from 'react';
import { TEACH_SECTION } from '@/lib/adapters/teach-route';
import { t } from '@/lib/i18n/t';
import { UndoProvider } from '@/components/ui/undo';
import { useDataChangedSignal } from '@/components/ui/use-data-changed-signal';
import { AccountList } from './AccountList';
import { useAskPersistOnce } from './storage/use-persistence';
import { GlobalSearch } from './search/GlobalSearch';
import { openInDashboard } from './search/open-hit';
import { useHashRoute } from './use-hash-route';

// The portfolio is the page's first screen and comes with it; every other view is its own chunk,
// loaded when it is opened, so the portfolio's first paint does not wait for their code (the
// dossier's people map, calendar export, CSV import, reports: issue 13).
const AccountDossier = lazy(() => import('./dossier/AccountDossier').then((m) => ({ default: m.AccountDossier })));
const BackupPage = lazy(() => import('./BackupPage').then((m) => ({ default: m.BackupPage })));
const MeetingPage = lazy(() => import('./meetings/MeetingPage').then((m) => ({ default: m.MeetingPage })));
const ReportPage = lazy(() => import('./report/ReportPage').then((m) => ({ default: m.ReportPage })));
const SettingsPage = lazy(() => import('./SettingsPage').then((m) => ({ default: m.SettingsPage })));
const TeachPage = lazy(() => import('./teach/TeachPage').then((m) => ({ default: m.TeachPage })));
const TemplatesPage = lazy(() => import('./templates/TemplatesPage').then((m) => ({ default: m.TemplatesPage })));
// The sync line shows nothing while sync is off (the usual case): its code is a chunk of its own, not among the first screen's scripts.
const SyncNavStatus = lazy(() => import('./sync/SyncNavStatus').then((m) => ({ default: m.SyncNavStatus })));
const WeekPage = lazy(() => import('./week/WeekPage').then((m) => ({ default: m.WeekPage })));

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
          <Suspense fallback={null}>
            <SyncNavStatus />
          </Suspense>
        </nav>
        <main className="content">
          <header className="topbar">
            <GlobalSearch onOpen={openInDashboard} />
          </header>
          <Suspense
            fallback={
              <p className="muted" role="status">
                {t('loading')}
              </p>
            }
          >
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
          </Suspense>
        </main>
      </div>
    </UndoProvider>
  );
}
