import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { getSettings, saveSettings } from '@/lib/db/repos/settings';
import { t } from '@/lib/i18n/t';
import type { Settings } from '@/lib/schema';
import { FieldsForm } from '@/components/ui/FieldsForm';
import { CrmSitesCard } from './CrmSitesCard';
import { guarded } from './guarded';
import { LanguageCard } from './LanguageCard';
import { SharingIdentityCard } from './sync/sharing-identity/SharingIdentityCard';
import { SiteHealthCard, SITE_HEALTH_ANCHOR } from './SiteHealthCard';
import { SiteRulesCard } from './SiteRulesCard';
import { StorageCard } from './storage/StorageCard';
import { SyncCard } from './sync/SyncCard';
import { useHashRoute } from './use-hash-route';
import { WebmailHostsCard } from './WebmailHostsCard';
import { DockedSitesCard } from './DockedSitesCard';

/** Matching settings (own domains, freemail), self-hosted webmail, generic pages, CRM rules, site health. */
export function SettingsPage() {
  const db = getDb();
  const settings = useLiveQuery(() => getSettings(db), []);
  const [, anchor] = useHashRoute();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  if (!settings) return <p className="muted">{t('loading')}</p>;
  return (
    <section>
      <h1>{t('navSettings')}</h1>
      <LanguageCard />
      <div className="card" data-testid="matching-settings">
        <header className="card-head">
          <h2>{t('settingsMatching')}</h2>
          {!editing && (
            <button className="link small" onClick={() => setEditing(true)}>
              {t('actionEdit')}
            </button>
          )}
        </header>
        {editing ? (
          <FieldsForm
            fields={[
              { key: 'ownDomains', label: t('fieldOwnDomains'), kind: 'lines' },
              { key: 'freemailDomains', label: t('fieldFreemail'), kind: 'lines' },
              { key: 'defaultRemindBeforeMin', label: t('fieldRemindBefore'), kind: 'number' },
            ]}
            values={settings}
            saveLabel={t('actionSave')}
            cancelLabel={t('actionCancel')}
            onCancel={() => setEditing(false)}
            onSave={(p) =>
              guarded(() => saveSettings(db, p as Partial<Settings>)).then(() => {
                setEditing(false);
                setSaved(true);
              })
            }
          />
        ) : (
          <dl className="facts">
            <dt>{t('fieldOwnDomains')}</dt>
            <dd>{settings.ownDomains.join(', ') || '—'}</dd>
            <dt>{t('fieldFreemail')}</dt>
            <dd className="small">{settings.freemailDomains.join(', ')}</dd>
            <dt>{t('fieldRemindBefore')}</dt>
            <dd>{settings.defaultRemindBeforeMin}</dd>
          </dl>
        )}
        {saved && !editing && (
          <p role="status" className="small">
            ✓ {t('saved')}
          </p>
        )}
      </div>
      <CrmSitesCard />
      <WebmailHostsCard settings={settings} />
      <DockedSitesCard />
      <SiteRulesCard />
      <SiteHealthCard focus={anchor === SITE_HEALTH_ANCHOR} />
      <SyncCard />
      <StorageCard />
      <SharingIdentityCard />
    </section>
  );
}
