import { useRef, useState, type ChangeEvent } from 'react';
import { getDb } from '@/lib/db/app-db';
import { backfillSearchIndex } from '@/lib/db/repos/search-backfill';
import { toUserFacing } from '@/lib/db/errors';
import { formatNumber } from '@/lib/i18n/format';
import { tPlural } from '@/lib/i18n/plural';
import { t, tDynamic, type MessageKey } from '@/lib/i18n/t';
import {
  exportBackup,
  importPrechecked,
  precheckBackupImport,
  replacesAny,
  writeBackup,
  type ImportCounts,
  type ImportPlan,
} from '@/lib/io/backup-db';
import { MAX_BACKUP_BYTES, validateWhole, type BackupProblem } from '@/lib/io/backup-parse';
import type { Backup } from '@/lib/schema';
import { ExportFilesCard } from './export/ExportFilesCard';
import { HandoverCard } from './handover/HandoverCard';
import { ContactsImport } from './import/ContactsImport';
import { InvoicesImport } from './import/InvoicesImport';
import { useOtherFileChosen } from './use-other-file-chosen';

const SHOWN_PROBLEMS = 100;

type Result =
  | { kind: 'busy' }
  | { kind: 'writing'; written: number; total: number }
  | { kind: 'ok'; counts: ImportCounts }
  | { kind: 'problems'; problems: BackupProblem[] };

/** A valid backup that would replace existing records, waiting for the user's yes. */
interface Pending {
  backup: Backup;
  plan: ImportPlan;
}

const total = (counts: ImportCounts) => Object.values(counts).reduce((a, b) => a + b, 0);

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
  const [pending, setPending] = useState<Pending>();
  const backupInput = useRef<HTMLInputElement>(null);
  useOtherFileChosen(backupInput, () => {
    setResult(undefined);
    setPending(undefined);
  });

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setPending(undefined);
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
    try {
      // Phases for test/tools/profile-import.mjs: reading the file, then JSON and the file's shape.
      performance.mark('keyside-import-start');
      const text = await file.text();
      performance.mark('keyside-import-read');
      const pre = await precheckBackupImport(db, text);
      performance.measure('keyside-import-read', 'keyside-import-start', 'keyside-import-read');
      performance.measure('keyside-import-precheck', 'keyside-import-read');
      if (!pre.ok) {
        setResult({ kind: 'problems', problems: pre.problems });
        return;
      }
      // Replacing records the user has (built-in templates included) needs their yes first, and
      // only a valid file is worth asking about: check every record before asking.
      if (replacesAny(pre.plan)) {
        const whole = validateWhole(pre.raw, pre.shapeProblems);
        if (!whole.ok) {
          setResult({ kind: 'problems', problems: whole.problems });
          return;
        }
        setResult(undefined);
        setPending({ backup: whole.backup, plan: pre.plan });
        return;
      }
      // Into records it does not replace: each record is checked while the ones before it are written.
      setResult({ kind: 'writing', written: 0, total: 0 });
      performance.mark('keyside-import-checked');
      const done = await importPrechecked(db, pre, { onProgress });
      performance.measure('keyside-import-check-and-write', 'keyside-import-checked');
      if (!done.ok) setResult({ kind: 'problems', problems: done.problems });
      else finished(done.counts);
    } catch (err) {
      showWriteError(err);
    }
  };

  const onProgress = (written: number, all: number) => setResult({ kind: 'writing', written, total: all });

  const finished = (counts: ImportCounts) => {
    setResult({ kind: 'ok', counts });
    // A large import leaves its search rows to the backfill (lib/io/backup-db.ts): start it here;
    // the worker resumes it if this tab closes first (lib/background/search-service.ts).
    void backfillSearchIndex(db).catch(() => undefined);
  };

  const write = async (backup: Backup) => {
    setResult({ kind: 'writing', written: 0, total: 0 });
    finished(await writeBackup(db, backup, { onProgress }));
  };

  const showWriteError = (err: unknown) => {
    const u = toUserFacing(err);
    setResult({
      kind: 'problems',
      problems: [{ path: '$', message: `${tDynamic(u.key, u.params)} ${t('importNothingWritten')}` }],
    });
  };

  const onConfirm = async () => {
    if (!pending) return;
    setPending(undefined);
    try {
      await write(pending.backup);
    } catch (err) {
      showWriteError(err);
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
      <ExportFilesCard />
      <div className="card">
        <h2>{t('importTitle')}</h2>
        <p className="muted">{t('importHint')}</p>
        <label className="file">
          {t('actionChooseFile')}{' '}
          <input
            ref={backupInput}
            type="file"
            accept=".json,application/json"
            data-testid="import-backup"
            onChange={(e) => void onFile(e)}
          />
        </label>
        {pending && (
          <div data-testid="import-preview" role="status" className="import-result confirm">
            <p>{t('importPreview', formatNumber(total(pending.plan.adds)), formatNumber(total(pending.plan.replaces)))}</p>
            <ul>
              {Object.entries(pending.plan.replaces)
                .filter(([, n]) => n > 0)
                .map(([table, n]) => (
                  <li key={table} data-testid={`import-replaces-${table}`}>
                    {t(`table_${table}` as MessageKey)}: {t('importPreviewReplaces', formatNumber(n))}
                  </li>
                ))}
            </ul>
            <button onClick={() => void onConfirm()} data-testid="import-confirm">
              {t('actionImportConfirm')}
            </button>{' '}
            <button onClick={() => setPending(undefined)} data-testid="import-cancel">
              {t('actionCancel')}
            </button>
          </div>
        )}
        {result && (
          <div
            data-testid="import-result"
            role={result.kind === 'problems' ? 'alert' : 'status'}
            aria-busy={result.kind === 'busy' || result.kind === 'writing'}
            className={`import-result ${result.kind}`}
          >
            {result.kind === 'busy' && <p>{t('importBusy')}</p>}
            {result.kind === 'writing' && (
              <>
                <p data-testid="import-progress-text">
                  {result.total === 0
                    ? t('importWriting')
                    : tPlural('importWritingProgress', result.total, formatNumber(result.written))}
                </p>
                <progress
                  data-testid="import-progress"
                  max={Math.max(result.total, 1)}
                  value={result.written}
                  aria-label={t('importWriting')}
                />
              </>
            )}
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
      <HandoverCard />
      <ContactsImport />
      <InvoicesImport />
    </section>
  );
}
