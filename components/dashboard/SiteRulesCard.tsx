import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { siteRules } from '@/lib/db/queries/site-rules';
import { restoreDeleted } from '@/lib/db/repos/restore';
import { addSiteRule, deleteSiteRule } from '@/lib/db/repos/site-rules';
import { t } from '@/lib/i18n/t';
import { newId, SiteRule } from '@/lib/schema';
import { FieldsForm } from '@/components/ui/FieldsForm';
import { useUndo } from '@/components/ui/undo';
import { guarded } from './guarded';

/** "Any CRM by a user rule": a URL pattern and the selectors where the page shows emails. */
export function SiteRulesCard() {
  const db = getDb();
  const offerUndo = useUndo();
  const rules = useLiveQuery(() => siteRules(db), []);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState('');
  const save = (p: Record<string, unknown>) => {
    const parsed = SiteRule.safeParse({ id: newId(), ...Object.fromEntries(Object.entries(p).filter(([, v]) => v !== '')) });
    if (!parsed.success)
      return Promise.reject(new Error(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; ')));
    // The permission prompt needs the click's gesture: ask before any await.
    return browser.permissions.request({ origins: [parsed.data.urlPattern] }).then(async (granted) => {
      if (!granted) throw new Error(t('errorPermissionDenied', parsed.data.urlPattern));
      await guarded(() => addSiteRule(db, parsed.data));
      setAdding(false);
      setError('');
    });
  };
  return (
    <div className="card" data-testid="site-rules">
      <header className="card-head">
        <h2>{t('settingsRules')}</h2>
        <button className="link small" onClick={() => setAdding(true)}>
          + {t('actionAdd')}
        </button>
      </header>
      <p className="muted small">{t('settingsRulesHint')}</p>
      <ul className="plain">
        {rules?.map((r) => (
          <li key={r.id}>
            <strong>{r.name}</strong> <code>{r.urlPattern}</code> <code>{r.emailSelector}</code>{' '}
            <button
              className="link small"
              onClick={() =>
                void guarded(() => deleteSiteRule(db, r.id)).then(() =>
                  offerUndo({
                    message: t('deletedItem', r.name),
                    undo: () => restoreDeleted(db, { table: 'siteRules', record: r }),
                  }),
                )
              }
            >
              {t('actionDelete')}
            </button>
          </li>
        ))}
      </ul>
      {adding && (
        <FieldsForm
          fields={[
            { key: 'name', label: t('fieldRuleName'), kind: 'text', required: true },
            { key: 'urlPattern', label: t('fieldUrlPattern'), kind: 'text', required: true },
            { key: 'emailSelector', label: t('fieldEmailSelector'), kind: 'text', required: true },
            { key: 'emailAttribute', label: t('fieldEmailAttribute'), kind: 'text' },
            { key: 'nameSelector', label: t('fieldNameSelector'), kind: 'text' },
          ]}
          values={{}}
          saveLabel={t('actionSave')}
          cancelLabel={t('actionCancel')}
          onCancel={() => setAdding(false)}
          onSave={save}
        />
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
