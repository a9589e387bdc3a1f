import { t } from '../../lib/i18n/t';
import { UndoProvider } from '../ui/undo';
import { AccountDossier } from './dossier/AccountDossier';
import { AccountList } from './AccountList';
import { BackupPage } from './BackupPage';
import { SettingsPage } from './SettingsPage';
import { useHashRoute } from './use-hash-route';

const NAV = [
  ['accounts', 'navAccounts'],
  ['backup', 'navBackup'],
  ['settings', 'navSettings'],
] as const;

/** The full-page app: accounts, dossiers, backup, settings. Reads Dexie directly (top-level page). */
export function DashboardApp() {
  const [section = 'accounts', id] = useHashRoute();
  return (
    <UndoProvider>
      <div className="layout">
        <nav className="nav" aria-label="Keyside">
          <strong className="brand">Keyside</strong>
          {NAV.map(([path, key]) => (
            <a key={path} href={`#/${path}`} aria-current={section === path || (path === 'accounts' && section === 'account') ? 'page' : undefined}>
              {t(key)}
            </a>
          ))}
        </nav>
        <main className="content">
          {section === 'account' && id ? <AccountDossier id={id} /> : section === 'backup' ? <BackupPage /> : section === 'settings' ? <SettingsPage /> : <AccountList />}
        </main>
      </div>
    </UndoProvider>
  );
}
