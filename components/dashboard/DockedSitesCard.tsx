import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n/t';
import { DOCKED_SITES, withDocked } from '@/lib/messaging/panel-dock';

/**
 * The sites where the panel docks beside the page instead of lying over it (issue 14; the panel's
 * *Side by side* switch, components/panel/DockSwitch.tsx). Resetting a site gives it the overlay
 * back; its open tabs follow at once (lib/content/start-host.ts).
 */
export function DockedSitesCard() {
  const [sites, setSites] = useState<string[] | undefined>(undefined);
  useEffect(() => {
    const read = () => void browser.storage.local.get(DOCKED_SITES).then((s) => setSites(withDocked(s[DOCKED_SITES], '', false)));
    read();
    const onStored = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && DOCKED_SITES in changes) read();
    };
    browser.storage.onChanged.addListener(onStored);
    return () => browser.storage.onChanged.removeListener(onStored);
  }, []);
  const reset = (host: string) =>
    void browser.storage.local.set({ [DOCKED_SITES]: withDocked(sites, host, false) }).catch(() => undefined);
  return (
    <div className="card" data-testid="docked-sites">
      <h2>{t('settingsDocked')}</h2>
      <p className="muted small">{t('settingsDockedHint')}</p>
      {sites?.length === 0 && <p className="muted">{t('settingsDockedNone')}</p>}
      <ul>
        {sites?.map((host) => (
          <li key={host}>
            {host}{' '}
            <button type="button" className="link small" onClick={() => reset(host)} aria-label={t('settingsDockedReset', host)}>
              {t('actionRemove')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
