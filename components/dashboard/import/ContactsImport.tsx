import { formatNumber } from '@/lib/i18n/format';
import { tPlural } from '@/lib/i18n/plural';
import { t, tDynamic, type MessageKey } from '@/lib/i18n/t';
import { contactFields } from '@/lib/io/contacts-import/contact-fields';
import { mapsAny } from '@/lib/io/contacts-import/mapping';
import { duplicateModes } from '@/lib/io/contacts-import/plan';
import { ColumnMapping } from './ColumnMapping';
import { EncodingSelect } from './EncodingSelect';
import { ImportProblems } from './ImportProblems';
import { ImportProgress } from './ImportProgress';
import { ImportSummaryList } from './ImportSummaryList';
import { FileChooser } from '@/components/dashboard/FileChooser';
import { useContactsImport, type Outcome } from './use-contacts-import';
import './import.css';

const PREVIEW_ROWS = 8;
const MB = 1024 * 1024;

const fieldOptions = contactFields.map((f) => ({ key: f.key, label: t(`contactsImportField_${f.key}` as MessageKey) }));
const failureKey = {
  empty: 'contactsImportEmpty',
  notContacts: 'contactsImportNotContacts',
  tooLarge: 'contactsImportTooLarge',
  tooManyRows: 'contactsImportTooManyRows',
} as const;

function OutcomeView({ outcome }: { outcome: Outcome }) {
  return (
    <div
      data-testid="import-result"
      role={outcome.kind === 'ok' ? 'status' : 'alert'}
      className={`import-result ${outcome.kind === 'ok' ? 'ok' : 'problems'}`}
    >
      {outcome.kind === 'ok' && (
        <>
          <p>✓ {t('contactsImportDone')}</p>
          <ImportSummaryList summary={outcome.summary} setAside={outcome.setAside.length} />
          <ImportProblems problems={outcome.setAside} />
          <p>
            <a href="#/accounts">{t('contactsImportOpenAccounts')}</a>
          </p>
        </>
      )}
      {outcome.kind === 'failed' && <p>{t(failureKey[outcome.failure])}</p>}
      {outcome.kind === 'error' && <p>{`${tDynamic(outcome.key, outcome.params)} ${t('contactsImportNothingWritten')}`}</p>}
      {outcome.kind === 'cancelled' && <p>{t('contactsImportCancelled')}</p>}
    </div>
  );
}

/** CSV and vCard import of people and companies (Backup page): read, preview and map, confirm, write. */
export function ContactsImport() {
  const s = useContactsImport();
  const { phase, source } = s;
  const canConfirm =
    phase.kind === 'ready' && s.plan !== undefined && mapsAny(s.mapping, ['fullName', 'firstName', 'lastName', 'company']);

  return (
    <div className="card contacts-import">
      <h2>{t('contactsImportTitle')}</h2>
      <p className="muted">{t('contactsImportHint')}</p>
      <FileChooser
        label={t('contactsImportChooseFile')}
        accept=".csv,.tsv,.txt,.vcf,text/csv,text/vcard,text/x-vcard"
        testId="import-contacts"
        disabled={phase.kind === 'writing'}
        onFile={(file) => void s.read(file)}
        onOtherFile={s.reset}
      />

      {phase.kind === 'reading' && (
        <ImportProgress
          done={phase.read}
          total={phase.total}
          label={t('contactsImportReadProgress', (phase.read / MB).toFixed(1), (phase.total / MB).toFixed(1))}
          onCancel={s.cancel}
        />
      )}

      {phase.kind === 'ready' && source && (
        <div className="contacts-import-preview" data-testid="contacts-import-preview">
          <p data-testid="contacts-import-source">
            {source.format === 'vcard'
              ? tPlural('contactsImportCards', source.table.rows.length)
              : tPlural(
                  'contactsImportRows',
                  source.table.rows.length,
                  t(`contactsImportSeparator_${separatorName(source.separator)}` as MessageKey),
                )}
          </p>
          <EncodingSelect
            value={source.encoding}
            testId="contacts-import-encoding"
            onChange={(enc) => s.file && void s.read(s.file, enc)}
          />
          <h3>{t('contactsImportPreviewTitle')}</h3>
          <ColumnMapping
            headers={source.table.headers}
            rows={source.table.rows.slice(0, PREVIEW_ROWS)}
            lines={source.table.lines.slice(0, PREVIEW_ROWS)}
            fields={fieldOptions}
            mapping={s.mapping}
            onChange={s.setMapping}
          />
          {!mapsAny(s.mapping, ['fullName', 'firstName', 'lastName', 'company']) && (
            <p className="warn" role="alert">
              {t('contactsImportMapName')}
            </p>
          )}
          <fieldset className="duplicates" data-testid="contacts-import-duplicates">
            <legend>{t('contactsImportDuplicates')}</legend>
            {duplicateModes.map((m) => (
              <label key={m}>
                <input type="radio" name="contacts-import-mode" value={m} checked={s.mode === m} onChange={() => s.setMode(m)} />{' '}
                {t(`contactsImportMode_${m}`)}
              </label>
            ))}
          </fieldset>
          <div data-testid="contacts-import-summary" role="status">
            <h3>{t('contactsImportWhatHappens')}</h3>
            {s.plan ? (
              <ImportSummaryList summary={s.plan.summary} setAside={s.rows.problems.length} />
            ) : (
              <p className="muted">{t('loading')}</p>
            )}
          </div>
          <ImportProblems problems={s.rows.problems} />
          <button onClick={() => void s.confirm()} disabled={!canConfirm} data-testid="import-confirm">
            {t('contactsImportConfirm')}
          </button>{' '}
          <button onClick={s.reset} data-testid="contacts-import-discard">
            {t('actionCancel')}
          </button>
        </div>
      )}

      {phase.kind === 'writing' && (
        <ImportProgress
          done={phase.done}
          total={phase.total}
          label={t('contactsImportWriteProgress', formatNumber(phase.done), formatNumber(phase.total))}
          onCancel={s.cancel}
        />
      )}

      {s.outcome && <OutcomeView outcome={s.outcome} />}
    </div>
  );
}

function separatorName(sep: string | null): 'comma' | 'semicolon' | 'tab' {
  return sep === ';' ? 'semicolon' : sep === '\t' ? 'tab' : 'comma';
}
