import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { siteRules } from '@/lib/db/queries/site-rules';
import { restoreDeleted } from '@/lib/db/repos/restore';
import { addSiteRule, deleteSiteRule, updateSiteRule } from '@/lib/db/repos/site-rules';
import { t } from '@/lib/i18n/t';
import { newId, type SiteRule } from '@/lib/schema';
import { FieldsForm } from '@/components/ui/FieldsForm';
import { useUndo } from '@/components/ui/undo';
import { guarded } from './guarded';
import { ProbeView } from './teach/ProbeView';
import { probeTab, tabForPattern, type TabProbe } from './teach/probe-tab';
import { checkRule } from './teach/validate-rule';

const FIELDS = () => [
  { key: 'name', label: t('fieldRuleName'), kind: 'text' as const, required: true },
  { key: 'urlPattern', label: t('fieldUrlPattern'), kind: 'text' as const, required: true },
  { key: 'emailSelector', label: t('fieldEmailSelector'), kind: 'text' as const, required: true },
  { key: 'emailAttribute', label: t('fieldEmailAttribute'), kind: 'text' as const },
  { key: 'nameSelector', label: t('fieldNameSelector'), kind: 'text' as const },
];

/**
 * Checks the typed rule, then asks the browser for its pattern (synchronously, inside the click:
 * the prompt needs the gesture) and stores it. Rejects with a message the form shows.
 */
function saveChecked(fields: Record<string, unknown>, write: (rule: SiteRule) => Promise<unknown>): Promise<void> {
  const checked = checkRule(fields);
  if (!checked.ok) return Promise.reject(new Error(checked.message));
  const { rule } = checked;
  return browser.permissions.request({ origins: [rule.urlPattern] }).then(async (granted) => {
    if (!granted) throw new Error(t('errorPermissionDenied', rule.urlPattern));
    await guarded(() => write(rule));
  });
}

/**
 * "Any CRM by a user rule": rules taught with the picker (popup → "Teach Keyside this page") or
 * typed by hand (a URL pattern and the selectors where the page shows emails), each editable and
 * testable on an open tab it is for.
 */
export function SiteRulesCard() {
  const db = getDb();
  const offerUndo = useUndo();
  const rules = useLiveQuery(() => siteRules(db), []);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [probes, setProbes] = useState<Record<string, TabProbe | 'loading' | 'no-tab'>>({});

  const test = async (rule: SiteRule) => {
    setProbes((p) => ({ ...p, [rule.id]: 'loading' }));
    const tabId = await tabForPattern(rule.urlPattern);
    const probe = tabId === undefined ? 'no-tab' : await probeTab(tabId, rule);
    setProbes((p) => ({ ...p, [rule.id]: probe }));
  };
  const remove = (r: SiteRule) =>
    void guarded(() => deleteSiteRule(db, r.id)).then(() =>
      offerUndo({ message: t('deletedItem', r.name), undo: () => restoreDeleted(db, { table: 'siteRules', record: r }) }),
    );

  return (
    <div className="card" data-testid="site-rules">
      <header className="card-head">
        <h2>{t('settingsRules')}</h2>
        <button className="link small" onClick={() => setAdding(true)}>
          + {t('actionAdd')}
        </button>
      </header>
      <p className="muted small">{t('settingsRulesHint')}</p>
      {rules?.length === 0 && !adding && <p className="muted small">{t('settingsRulesEmpty')}</p>}
      <ul className="plain">
        {rules?.map((r) => {
          const probe = probes[r.id];
          return (
            <li key={r.id} data-testid="site-rule">
              {editing === r.id ? (
                <FieldsForm
                  fields={FIELDS()}
                  values={r}
                  saveLabel={t('actionSave')}
                  cancelLabel={t('actionCancel')}
                  onCancel={() => setEditing(null)}
                  // FieldsForm passes only changed fields: the rest come from the stored rule.
                  onSave={(patch) =>
                    saveChecked({ ...r, ...patch }, (rule) => updateSiteRule(db, rule)).then(() => setEditing(null))
                  }
                />
              ) : (
                <>
                  <strong>{r.name}</strong> <code>{r.urlPattern}</code> <code>{r.emailSelector}</code>{' '}
                  <button className="link small" onClick={() => void test(r)}>
                    {t('ruleTestOnTab')}
                  </button>{' '}
                  <button className="link small" onClick={() => setEditing(r.id)}>
                    {t('actionEdit')}
                  </button>{' '}
                  <button className="link small" onClick={() => remove(r)}>
                    {t('actionDelete')}
                  </button>
                  {probe === 'no-tab' ? (
                    <p role="status" className="muted small" data-testid="rule-probe">
                      {t('ruleTestNoTab')}
                    </p>
                  ) : (
                    probe && <ProbeView probe={probe} />
                  )}
                </>
              )}
            </li>
          );
        })}
      </ul>
      {adding && (
        <FieldsForm
          fields={FIELDS()}
          values={{}}
          saveLabel={t('actionSave')}
          cancelLabel={t('actionCancel')}
          onCancel={() => setAdding(false)}
          onSave={(p) => saveChecked({ id: newId(), ...p }, (rule) => addSiteRule(db, rule)).then(() => setAdding(false))}
        />
      )}
    </div>
  );
}
