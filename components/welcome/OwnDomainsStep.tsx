import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { getSettings, saveSettings } from '@/lib/db/repos/settings';
import { t } from '@/lib/i18n/t';
import { Domain } from '@/lib/schema';
import { errorText } from '@/components/ui/error-text';

/**
 * The user's own company domains: colleagues on a thread are never matched as clients. Saved as
 * the user types a valid list, so "Next" never loses it; an invalid line is named, nothing saved.
 */
export function OwnDomainsStep() {
  const settings = useLiveQuery(() => getSettings(getDb()), []);
  return settings ? <OwnDomainsForm initial={settings.ownDomains.join('\n')} /> : <p className="muted">{t('loading')}</p>;
}

function OwnDomainsForm({ initial }: { initial: string }) {
  const db = getDb();
  const [text, setText] = useState(initial);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState(false);
  const save = () => {
    setError('');
    setSaved(false);
    const ownDomains = text
      .split(/[\s,;]+/)
      .map((d) => d.trim())
      .filter(Boolean);
    const bad = ownDomains.find((d) => !Domain.safeParse(d).success);
    if (bad) {
      setError(t('errorBadDomain', bad));
      return;
    }
    saveSettings(db, { ownDomains }).then(
      () => setSaved(true),
      (e: unknown) => setError(errorText(e)),
    );
  };
  return (
    <>
      <label htmlFor="own-domains">{t('welcomeOwnDomainsLabel')}</label>
      <textarea
        id="own-domains"
        data-testid="welcome-own-domains"
        rows={3}
        placeholder="mycompany.example"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setSaved(false);
        }}
        onBlur={save}
      />
      <p className="muted small">{t('welcomeOwnDomainsHint')}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {saved && (
        <p className="muted small" role="status" data-testid="welcome-own-domains-saved">
          ✓ {t('saved')}
        </p>
      )}
    </>
  );
}
