import { useCallback, useEffect, useState } from 'react';
import { crmSites, type CrmSite } from '@/lib/adapters/crm-sites';
import { t } from '@/lib/i18n/t';
import { crmIsBuiltIn } from '@/lib/permissions/crm-switch';
import { errorText } from '@/components/ui/error-text';

type State = 'on' | 'off' | 'built-in';

async function stateOf(site: CrmSite): Promise<State> {
  if (crmIsBuiltIn(browser.runtime.getManifest(), site)) return 'built-in';
  return (await browser.permissions.contains({ origins: [...site.matches] }).catch(() => false)) ? 'on' : 'off';
}

/**
 * Settings → CRMs: one switch per CRM with a built-in adapter. Switching on asks the browser for
 * exactly that CRM's hosts, in the click (the prompt needs the user's gesture); the worker then
 * runs its content script (lib/background/crm-hosts.ts). Switching off gives the hosts back.
 * A build that runs a CRM from its manifest (the e2e build) shows it on, without a switch to turn.
 */
export function CrmSitesCard() {
  const [states, setStates] = useState<Record<string, State>>({});
  const [error, setError] = useState('');
  const refresh = useCallback(() => {
    void Promise.all(crmSites.map(async (s) => [s.id, await stateOf(s)] as const)).then((entries) =>
      setStates(Object.fromEntries(entries)),
    );
  }, []);
  useEffect(() => {
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, [refresh]);
  const toggle = (site: CrmSite, on: boolean) => {
    setError('');
    const origins = [...site.matches];
    // Called synchronously from the change event: permissions.request must run inside the gesture.
    const asked = on ? browser.permissions.request({ origins }) : browser.permissions.remove({ origins });
    void asked.then(
      (done) => {
        if (on && !done) setError(t('errorPermissionDenied', site.label));
        refresh();
      },
      (err: unknown) => setError(errorText(err)),
    );
  };
  return (
    <div className="card" data-testid="crm-sites">
      <h2>{t('settingsCrmsTitle')}</h2>
      <p className="muted small">{t('settingsCrmsHint')}</p>
      <ul className="plain">
        {crmSites.map((site) => {
          const state = states[site.id];
          const on = state === 'on' || state === 'built-in';
          return (
            <li key={site.id}>
              <label>
                <input
                  type="checkbox"
                  role="switch"
                  checked={on}
                  disabled={!state || state === 'built-in'}
                  onChange={(e) => toggle(site, e.target.checked)}
                  data-testid={`crm-switch-${site.id}`}
                />{' '}
                <strong>{site.label}</strong> <span className="muted small">{on ? t('settingsCrmOn') : t('settingsCrmOff')}</span>
              </label>
              <div className="muted small">
                <code>{site.matches.length > 2 ? `${site.matches[0]} …` : site.matches.join(', ')}</code>
              </div>
            </li>
          );
        })}
      </ul>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
