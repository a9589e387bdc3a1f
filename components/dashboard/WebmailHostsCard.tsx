import { useState, type SubmitEvent } from 'react';
import { getDb } from '@/lib/db/app-db';
import { saveSettings } from '@/lib/db/repos/settings';
import { t } from '@/lib/i18n/t';
import { parseOrigin } from '@/lib/permissions/origins';
import type { Settings } from '@/lib/schema';
import { errorText } from '@/components/ui/error-text';
import { guarded } from './guarded';

type ListKey = 'webmailOrigins' | 'genericOrigins';

/**
 * Self-hosted webmail and "any page with emails" sites. The browser's permission prompt is
 * requested in the click itself (it needs the user gesture); only a granted host is saved.
 */
function OriginList({
  settings,
  listKey,
  title,
  hint,
  testId,
}: {
  settings: Settings;
  listKey: ListKey;
  title: string;
  hint: string;
  testId: string;
}) {
  const db = getDb();
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const list = settings[listKey];
  const add = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const parsed = parseOrigin(input);
    if (!parsed) {
      setError(t('errorBadHost', input));
      return;
    }
    // Called synchronously from the submit: permissions.request must run inside the gesture.
    void browser.permissions.request({ origins: [parsed.pattern] }).then(
      async (granted) => {
        if (!granted) {
          setError(t('errorPermissionDenied', parsed.origin));
          return;
        }
        await guarded(() => saveSettings(db, { [listKey]: [...new Set([...list, parsed.origin])] }));
        setInput('');
        setError('');
      },
      (err: unknown) => setError(errorText(err)),
    );
  };
  const remove = (origin: string) => void guarded(() => saveSettings(db, { [listKey]: list.filter((o) => o !== origin) }));
  return (
    <div className="card" data-testid={testId}>
      <h2>{title}</h2>
      <p className="muted small">{hint}</p>
      <ul className="plain">
        {list.map((o) => (
          <li key={o}>
            <code>{o}</code>{' '}
            <button className="link small" onClick={() => remove(o)}>
              {t('actionRemove')}
            </button>
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={add}>
        <input
          value={input}
          onChange={(e) => setInput(e.target.value)}
          placeholder="https://mail.example.com"
          aria-label={title}
        />
        <button type="submit">{t('actionAdd')}</button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}

export function WebmailHostsCard({ settings }: { settings: Settings }) {
  return (
    <>
      <OriginList
        settings={settings}
        listKey="webmailOrigins"
        title={t('settingsWebmail')}
        hint={t('settingsWebmailHint')}
        testId="webmail-hosts"
      />
      <OriginList
        settings={settings}
        listKey="genericOrigins"
        title={t('settingsGeneric')}
        hint={t('settingsGenericHint')}
        testId="generic-hosts"
      />
    </>
  );
}
