import { formatBytes, formatDay } from '@/lib/i18n/format';
import { tPlural } from '@/lib/i18n/plural';
import { t, tDynamic } from '@/lib/i18n/t';
import { mapsAny } from '@/lib/io/contacts-import/mapping';
import { invoiceFields } from '@/lib/io/invoices-import/invoice-fields';
import type { InvoiceProblem } from '@/lib/io/invoices-import/invoice-row';
import type { PlannedRow } from '@/lib/io/invoices-import/plan';
import { COMMON_CURRENCIES } from '@/lib/money/currencies';
import { formatMoney } from '@/lib/money/format-money';
import { FileChooser } from '@/components/dashboard/FileChooser';
import { ColumnMapping } from './ColumnMapping';
import { EncodingSelect } from './EncodingSelect';
import { ImportProgress } from './ImportProgress';
import { countsOf, useInvoicesImport, type InvoicesCounts, type InvoicesOutcome } from './use-invoices-import';
import './import.css';

const PREVIEW_ROWS = 8;
const SHOWN = 100;

const fieldOptions = invoiceFields.map((f) => ({ key: f.key, label: t(`invoicesImportField_${f.key}`) }));
const failureKey = {
  empty: 'invoicesImportEmpty',
  notCsv: 'invoicesImportNotCsv',
  tooLarge: 'invoicesImportTooLarge',
  tooManyRows: 'invoicesImportTooManyRows',
} as const;

function Counts({ counts }: { counts: InvoicesCounts }) {
  return (
    <ul className="import-summary">
      <li data-testid="invoices-import-count-added">{tPlural('invoicesImportAdded', counts.added)}</li>
      <li data-testid="invoices-import-count-updated">{tPlural('invoicesImportUpdated', counts.updated)}</li>
      <li data-testid="invoices-import-count-unchanged">{tPlural('invoicesImportUnchanged', counts.unchanged)}</li>
      <li data-testid="invoices-import-count-setAside">{tPlural('invoicesImportSetAside', counts.setAside)}</li>
    </ul>
  );
}

/** Each row set aside, by its line in the file and the reason, so the user can fix it there. */
function Problems({ problems }: { problems: readonly InvoiceProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="import-problems">
      <h3>{t('invoicesImportProblemsHeading')}</h3>
      <ul className="problems">
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i} data-testid="invoices-import-problem" data-line={p.line}>
            {t(p.key, p.line, ...p.params)}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && <p className="muted">{tPlural('invoicesImportSetAside', problems.length - SHOWN)}</p>}
    </div>
  );
}

function PlanTable({ rows, names }: { rows: readonly PlannedRow[]; names: ReadonlyMap<string, string> | undefined }) {
  if (rows.length === 0) return null;
  return (
    <div className="column-mapping">
      <h3>{t('invoicesImportPlanHeading')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('invoicesImportColLine')}</th>
            <th scope="col">{t('invoicesImportColStatus')}</th>
            <th scope="col">{t('invoicesImportColClient')}</th>
            <th scope="col">{t('invoicesImportColNumber')}</th>
            <th scope="col">{t('invoicesImportColAmount')}</th>
            <th scope="col">{t('invoicesImportColDue')}</th>
            <th scope="col">{t('invoicesImportColPaid')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map(({ line, status, candidate: c }) => (
            <tr key={line} data-testid="invoices-import-row" data-status={status} data-line={line}>
              <td className="muted">{line}</td>
              <td>{t(`invoicesImportStatus_${status}`)}</td>
              <td title={c.client}>{names?.get(c.accountId) ?? c.client}</td>
              <td>{c.number}</td>
              <td>{formatMoney(c.amount, c.currency)}</td>
              <td>{c.dueOn ? formatDay(c.dueOn) : ''}</td>
              <td>{c.paid?.paid ? (c.paid.paidOn ? formatDay(c.paid.paidOn) : '✓') : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OutcomeView({ outcome }: { outcome: InvoicesOutcome }) {
  return (
    <div
      data-testid="import-result"
      role={outcome.kind === 'ok' ? 'status' : 'alert'}
      className={`import-result ${outcome.kind === 'ok' ? 'ok' : 'problems'}`}
    >
      {outcome.kind === 'ok' && (
        <>
          <p>✓ {t('invoicesImportDone')}</p>
          <Counts counts={outcome.counts} />
          <Problems problems={outcome.problems} />
          {outcome.accountIds.length === 1 && (
            <p>
              <a href={`#/account/${outcome.accountIds[0] ?? ''}`}>{t('invoicesImportOpenDossier')}</a>
            </p>
          )}
        </>
      )}
      {outcome.kind === 'failed' && <p>{t(failureKey[outcome.failure])}</p>}
      {outcome.kind === 'error' && <p>{`${tDynamic(outcome.key, outcome.params)} ${t('invoicesImportNothingWritten')}`}</p>}
      {outcome.kind === 'cancelled' && <p>{t('invoicesImportCancelled')}</p>}
    </div>
  );
}

/**
 * Invoices from an accounting export (Backup page, beside the contacts import): read in the
 * parsing worker, mapped on the same screen, previewed row by row (added, updated, set aside with
 * the reason), written all at once.
 */
export function InvoicesImport() {
  const s = useInvoicesImport();
  const { phase, source, plan } = s;
  const mapped = mapsAny(s.mapping, ['client']) && mapsAny(s.mapping, ['amount']);
  const canConfirm = phase.kind === 'ready' && mapped && plan !== undefined && plan.adds.length + plan.updates.length > 0;

  return (
    <div className="card contacts-import invoices-import">
      <h2>{t('invoicesImportTitle')}</h2>
      <p className="muted">{t('invoicesImportHint')}</p>
      <FileChooser
        label={t('invoicesImportChooseFile')}
        accept=".csv,.tsv,.txt,text/csv"
        testId="import-invoices"
        disabled={phase.kind === 'writing'}
        onFile={(file) => void s.read(file)}
        onOtherFile={s.reset}
      />

      {phase.kind === 'reading' && (
        <ImportProgress
          done={phase.read}
          total={phase.total}
          label={`${formatBytes(phase.read)} / ${formatBytes(phase.total)}`}
          onCancel={s.cancel}
        />
      )}

      {phase.kind === 'ready' && source && (
        <div className="contacts-import-preview" data-testid="invoices-import-preview">
          <p>{tPlural('invoicesImportRows', source.table.rows.length)}</p>
          <EncodingSelect
            value={source.encoding}
            testId="invoices-import-encoding"
            onChange={(enc) => s.file && void s.read(s.file, enc)}
          />
          <ColumnMapping
            headers={source.table.headers}
            rows={source.table.rows.slice(0, PREVIEW_ROWS)}
            lines={source.table.lines.slice(0, PREVIEW_ROWS)}
            fields={fieldOptions}
            mapping={s.mapping}
            onChange={s.setMapping}
          />
          {!mapped && (
            <p className="warn" role="alert">
              {t('invoicesImportMapRequired')}
            </p>
          )}
          <label>
            {t('invoicesImportDefaultCurrency')}{' '}
            <select
              value={s.defaultCurrency}
              onChange={(e) => s.setDefaultCurrency(e.target.value)}
              data-testid="invoices-import-currency"
            >
              <option value="">{t('invoicesImportNoDefault')}</option>
              {COMMON_CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <div data-testid="invoices-import-summary" role="status">
            <h3>{t('invoicesImportWhatHappens')}</h3>
            {plan ? <Counts counts={countsOf(plan, plan.problems)} /> : <p className="muted">{t('loading')}</p>}
          </div>
          {plan && mapped && <PlanTable rows={plan.rows} names={s.accountNames} />}
          {plan && mapped && <Problems problems={plan.problems} />}
          <button onClick={() => void s.confirm()} disabled={!canConfirm} data-testid="import-confirm">
            {t('invoicesImportConfirm')}
          </button>{' '}
          <button onClick={s.reset} data-testid="invoices-import-discard">
            {t('actionCancel')}
          </button>
        </div>
      )}

      {phase.kind === 'writing' && <p className="muted">{t('loading')}</p>}
      {s.outcome && <OutcomeView outcome={s.outcome} />}
    </div>
  );
}
