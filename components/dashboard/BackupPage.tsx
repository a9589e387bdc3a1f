import { useState, type ChangeEvent } from 'react';
import { getDb } from '@/lib/db/app-db';
import { toUserFacing } from '@/lib/db/errors';
import { formatNumber } from '@/lib/i18n/format';
import { tPlural } from '@/lib/i18n/plural';
import { t, tDynamic, type MessageKey } from '@/lib/i18n/t';
import { exportBackup, importBackupText, type ImportCounts } from '@/lib/io/backup-db';
import { MAX_BACKUP_BYTES, type BackupProblem } from '@/lib/io/backup-parse';

const SHOWN_PROBLEMS = 100;

type Result =
  { kind: 'busy' } | { kind: 'ok'; counts: ImportCounts; ms: number } | { kind: 'problems'; problems: BackupProblem[] };

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export everything to a file; import a file all-or-nothing, listing every problem by JSON path. */
export function BackupPage() {
  const db = getDb();
  const [result, setResult] = useState<Result>();
  const [exporting, setExporting] = useState(false);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) {
      setResult({
        kind: 'problems',
        problems: [
          {
            path: '$',
            message: t('importTooLarge', formatNumber(Math.round(file.size / 1048576)), formatNumber(MAX_BACKUP_BYTES / 1048576)),
          },
        ],
      });
      return;
    }
    setResult({ kind: 'busy' });
    const started = performance.now();
    try {
      const r = await importBackupText(db, await file.text());
      if (!r.ok) {
        setResult({ kind: 'problems', problems: r.problems });
        return;
      }
      // lib/io/backup-db.ts always counts a written import; its type just cannot say so.
      if (!r.counts) throw new Error('import finished without counts');
      setResult({ kind: 'ok', counts: r.counts, ms: performance.now() - started });
    } catch (err) {
      const u = toUserFacing(err);
      setResult({
        kind: 'problems',
        problems: [{ path: '$', message: `${tDynamic(u.key, u.params)} ${t('importNothingWritten')}` }],
      });
    }
  };

  const onExport = async () => {
    setExporting(true);
    try {
      const backup = await exportBackup(db);
      download(`keyside-backup-${backup.exportedAt?.slice(0, 10)}.json`, JSON.stringify(backup, null, 1));
    } finally {
      setExporting(false);
    }
  };

  return (
    <section className="backup">
      <h1>{t('navBackup')}</h1>
      <div className="card">
        <h2>{t('exportTitle')}</h2>
        <p className="muted">{t('exportHint')}</p>
        <button onClick={() => void onExport()} disabled={exporting} data-testid="export-backup">
          {t('actionExport')}
        </button>
      </div>
      <div className="card">
        <h2>{t('importTitle')}</h2>
        <p className="muted">{t('importHint')}</p>
        <label className="file">
          {t('actionChooseFile')}{' '}
          <input type="file" accept=".json,application/json" data-testid="import-backup" onChange={(e) => void onFile(e)} />
        </label>
        {result && (
          <div
            data-testid="import-result"
            role={result.kind === 'problems' ? 'alert' : 'status'}
            className={`import-result ${result.kind}`}
          >
            {result.kind === 'busy' && <p>{t('importBusy')}</p>}
            {result.kind === 'ok' && (
              <>
                <p>✓ {t('importDone')}</p>
                <ul>
                  {Object.entries(result.counts).map(([table, n]) => (
                    <li key={table} data-testid={`import-count-${table}`}>
                      {t(`table_${table}` as MessageKey)}: {formatNumber(n)}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {result.kind === 'problems' && (
              <>
                <p>{tPlural('importFailed', result.problems.length)}</p>
                <ul className="problems">
                  {result.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
                    <li key={i} data-testid="import-problem">
                      <code>{p.path}</code> — {p.message}
                    </li>
                  ))}
                </ul>
                {result.problems.length > SHOWN_PROBLEMS && (
                  <p className="muted">{tPlural('importMoreProblems', result.problems.length - SHOWN_PROBLEMS)}</p>
                )}
              </>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
