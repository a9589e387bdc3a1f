import { useEffect, useState } from 'react';
import { proposeName, proposePattern } from '@/lib/adapters/teach-route';
import { getDb } from '@/lib/db/app-db';
import { addSiteRule } from '@/lib/db/repos/site-rules';
import { t } from '@/lib/i18n/t';
import { newId } from '@/lib/schema';
import { TeachDraft } from '@/lib/schema/teach-draft';
import { guarded } from '../guarded';
import { go } from '../use-hash-route';
import { ProbeView } from './ProbeView';
import { probeTab, type TabProbe } from './probe-tab';
import { checkRule } from './validate-rule';
import { reloadWhenRegistered } from './reload-tab';

/** Cancel: the Teach page is a tab of its own, opened for this draft. */
const closeThisTab = () =>
  void browser.tabs.getCurrent().then((tab) => (tab?.id === undefined ? undefined : browser.tabs.remove(tab.id)));

/** The draft in the route, parsed like any outside input (it came from a content script). */
function parseDraft(raw: string | undefined): TeachDraft | null {
  if (!raw) return null;
  try {
    const parsed = TeachDraft.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The last step of "Teach Keyside a page": the picker's draft, the proposed URL pattern to edit
 * and confirm, what the rule reads on the open page (live), and Save.
 *
 * Why here and not in the page or the popup: `permissions.request` is not exposed to content
 * scripts (the picker), and needs a user gesture in an extension page. The popup has closed by
 * the time the user has picked (the click into the page closes it), and reopening it is a step
 * users miss. An extension iframe inside the web page would let that page overlay and time the
 * click that grants a permission (clickjacking), so it is not used. A top-level dashboard tab is
 * an extension page in both browsers' sense; the request is made synchronously in the Save click,
 * before any await, or the browser no longer counts the gesture (the Settings card's "Add" asks
 * the same way).
 * Verified: Chromium (test/e2e/teach-page.spec.ts) — the request from this click resolves and
 * the rule is saved; the same test shows the preview runs on a host Keyside holds no permission
 * for, through the popup's activeTab grant. The prompt's own dialog cannot be answered in
 * headless tests. Firefox: follows its documented rule (a user-input handler in an extension
 * page); not run on this machine.
 */
export function TeachPage({ raw }: { raw: string | undefined }) {
  const [draft] = useState(() => parseDraft(raw));
  const [fields, setFields] = useState(() => ({
    name: draft ? proposeName(draft.title, draft.url) : '',
    urlPattern: draft ? proposePattern(draft.url) : '',
    emailSelector: draft?.emailSelector ?? '',
    emailAttribute: draft?.emailAttribute ?? '',
    nameSelector: draft?.nameSelector ?? '',
  }));
  const [probe, setProbe] = useState<TabProbe | 'loading'>('loading');
  const [error, setError] = useState('');
  const [saved, setSaved] = useState(false);
  const { emailSelector, emailAttribute, nameSelector } = fields;

  useEffect(() => {
    if (!draft) return;
    let live = true;
    const timer = setTimeout(() => {
      const rule = {
        emailSelector,
        ...(emailAttribute ? { emailAttribute } : {}),
        ...(nameSelector ? { nameSelector } : {}),
      };
      void probeTab(draft.tabId, rule).then((p) => live && setProbe(p));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [draft, emailSelector, emailAttribute, nameSelector]);

  if (!draft)
    return (
      <section>
        <h1>{t('teachTitle')}</h1>
        <p role="alert" className="error">
          {t('teachBadDraft')}
        </p>
      </section>
    );

  const save = () => {
    const checked = checkRule({ id: newId(), ...fields });
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    const { rule } = checked;
    setError('');
    // Synchronously inside the click: the browser asks the user for this host now.
    void browser.permissions
      .request({ origins: [rule.urlPattern] })
      .then(async (granted) => {
        if (!granted) {
          setError(t('errorPermissionDenied', rule.urlPattern));
          return;
        }
        await guarded(() => addSiteRule(getDb(), rule));
        setSaved(true);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  const field = (key: keyof typeof fields, label: string, hint?: string) => (
    <label>
      {label}
      <input
        name={key}
        value={fields[key]}
        disabled={saved}
        onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
        spellCheck={false}
      />
      {hint && <span className="muted small">{hint}</span>}
    </label>
  );
  return (
    <section data-testid="teach-page">
      <h1>{t('teachTitle')}</h1>
      <p className="muted small">{t('teachPageOf', draft.title || draft.url)}</p>
      <div className="card stack">
        {field('name', t('fieldRuleName'))}
        {field('urlPattern', t('fieldUrlPattern'), t('teachPatternHint'))}
        <details>
          <summary>{t('teachSelectors')}</summary>
          <div className="stack">
            {field('emailSelector', t('fieldEmailSelector'))}
            {field('emailAttribute', t('fieldEmailAttribute'))}
            {field('nameSelector', t('fieldNameSelector'))}
          </div>
        </details>
        <h2>{t('teachPreview')}</h2>
        <ProbeView probe={probe} />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {saved ? (
          <div role="status" data-testid="teach-saved">
            <p>✓ {t('teachSaved')}</p>
            <div className="row">
              <button onClick={() => void reloadWhenRegistered(draft.tabId, fields.urlPattern)}>{t('teachReload')}</button>
              <button className="secondary" onClick={() => go('settings')}>
                {t('navSettings')}
              </button>
            </div>
          </div>
        ) : (
          <div className="row">
            <button data-testid="teach-save" onClick={save}>
              {t('actionSave')}
            </button>
            <button className="secondary" onClick={closeThisTab}>
              {t('actionCancel')}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
