import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { siteHealth } from '@/lib/db/queries/site-health';
import { formatDateTime } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import { browserOf, siteHealthReport } from '@/lib/io/site-health-report';
import { isSuccess, type SiteHealth } from '@/lib/schema/site-health';
import { errorText } from '@/components/ui/error-text';

/** The card's anchor: the panel's "layout not recognised" links to `#/settings/site-health`. */
export const SITE_HEALTH_ANCHOR = 'site-health';

function statusText(s: SiteHealth): string {
  if (s.lastStatus === 'unrecognised') return t('siteHealthUnrecognised');
  return isSuccess(s.lastStatus) ? t('siteHealthOk') : t('siteHealthIdle');
}

/**
 * Settings → Site health: per site Keyside reads, its last successful read, the layout that
 * matched and the unread pages since (recorded by the worker, lib/background/site-health-recorder.ts),
 * and a report for bug reports that holds no page content (lib/io/site-health-report.ts).
 */
export function SiteHealthCard({ focus }: { focus: boolean }) {
  const sites = useLiveQuery(() => siteHealth(getDb()), []);
  const [note, setNote] = useState('');
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus && sites) card.current?.scrollIntoView({ block: 'start' });
  }, [focus, sites]);
  const copy = () => {
    const report = siteHealthReport({
      extensionVersion: browser.runtime.getManifest().version,
      browser: browserOf(navigator.userAgent),
      sites: sites ?? [],
      now: new Date(),
    });
    void navigator.clipboard.writeText(report).then(
      () => setNote(t('siteHealthCopied')),
      (e: unknown) => setNote(t('siteHealthCopyFailed', errorText(e))),
    );
  };
  return (
    <div className="card" id={SITE_HEALTH_ANCHOR} ref={card} data-testid="site-health" tabIndex={-1}>
      <header className="card-head">
        <h2>{t('settingsSiteHealth')}</h2>
        <button className="small" onClick={copy} data-testid="copy-report">
          {t('actionCopyReport')}
        </button>
      </header>
      <p className="muted small">{t('siteHealthHint')}</p>
      {!sites ? null : sites.length === 0 ? (
        <p className="muted">{t('siteHealthEmpty')}</p>
      ) : (
        <table className="site-health">
          <thead>
            <tr>
              <th>{t('siteHealthSite')}</th>
              <th>{t('siteHealthStatus')}</th>
              <th>{t('siteHealthLastSuccess')}</th>
              <th>{t('siteHealthLayout')}</th>
              <th>{t('siteHealthUnrecognisedSince')}</th>
            </tr>
          </thead>
          <tbody>
            {sites.map((s) => (
              <tr key={s.site} data-testid="site-health-row" data-site={s.site} data-status={s.lastStatus}>
                <td>
                  <code>{s.site}</code>
                </td>
                <td>{statusText(s)}</td>
                <td>{s.lastSuccessAt ? formatDateTime(s.lastSuccessAt) : t('siteHealthNever')}</td>
                <td>{s.lastLayout ? <code>{s.lastLayout}</code> : '—'}</td>
                <td>{s.unrecognisedSince}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {note && (
        <p role="status" className="small">
          {note}
        </p>
      )}
    </div>
  );
}
