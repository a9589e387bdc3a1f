import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { deleteCase, restoreCase, setCaseStatus, updateCase, type CaseFields } from '@/lib/db/repos/complaint-cases';
import { formatDay } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import type { CaseStatus, ComplaintCase } from '@/lib/schema';
import { FieldsForm } from '@/components/ui/FieldsForm';
import { caseStatusLabel } from '@/components/ui/case-status';
import { useUndo } from '@/components/ui/undo';
import { guarded } from '@/components/dashboard/guarded';
import { CaseLinks } from './CaseLinks';
import { CaseResolveForm } from './CaseResolveForm';
import { caseFields, caseLabels, outcomeField, type CasesData } from './case-fields';

/** One case: what happened and what is done about it, moved along open → in progress → resolved. */
export function CaseItem({ rec, data }: { rec: ComplaintCase; data: CasesData }) {
  const db = getDb();
  const offerUndo = useUndo();
  const labels = caseLabels();
  const [mode, setMode] = useState<'view' | 'edit' | 'resolve'>('view');
  const [error, setError] = useState('');
  const run = (write: () => Promise<unknown>) => {
    setError('');
    guarded(write).catch((e: unknown) => setError((e as Error).message));
  };
  const move = (status: CaseStatus) => run(() => setCaseStatus(db, rec.id, status));
  const remove = () =>
    run(async () => {
      const snapshot = await deleteCase(db, rec.id);
      if (snapshot) offerUndo({ message: t('deletedItem', rec.title), undo: () => restoreCase(db, snapshot) });
    });
  const text = (label: string, value: string, testId: string) =>
    value ? (
      <p className="prose" data-testid={testId}>
        <strong>{label}:</strong> {value}
      </p>
    ) : null;
  return (
    <li className={`case case-${rec.status}`} data-testid="case-item" data-case-id={rec.id} data-status={rec.status}>
      {mode === 'edit' ? (
        <FieldsForm
          testId="case-edit-form"
          fields={rec.status === 'resolved' ? [...caseFields(), outcomeField()] : caseFields()}
          values={rec}
          saveLabel={t('actionSave')}
          cancelLabel={t('actionCancel')}
          onCancel={() => setMode('view')}
          onSave={(patch, base) =>
            guarded(() => updateCase(db, rec.id, patch as CaseFields, base as CaseFields)).then(() => setMode('view'))
          }
        />
      ) : (
        <>
          <div className="row wrap">
            <strong className="grow" data-testid="case-title">
              {rec.title}
            </strong>
            <span className={`badge${rec.status === 'open' ? ' warn' : ''}`} data-testid="case-status">
              {caseStatusLabel(rec.status)}
            </span>
          </div>
          <p className="muted small" data-testid="case-dates">
            {t('caseOpenedOn', formatDay(rec.openedAt))}
            {rec.resolvedAt ? ` · ${t('caseResolvedOn', formatDay(rec.resolvedAt))}` : ''}
          </p>
          {text(labels.cause, rec.cause, 'case-cause')}
          {text(labels.measures, rec.measures, 'case-measures')}
          {text(labels.department, rec.department, 'case-department')}
          {text(labels.outcome, rec.outcome, 'case-outcome')}
          {mode === 'resolve' && (
            <CaseResolveForm
              outcome={rec.outcome}
              onCancel={() => setMode('view')}
              onSave={(outcome) => guarded(() => setCaseStatus(db, rec.id, 'resolved', outcome)).then(() => setMode('view'))}
            />
          )}
          <div className="row wrap case-actions">
            {rec.status === 'open' && (
              <button className="secondary small" onClick={() => move('in-progress')} data-testid="case-start">
                {t('caseActionStart')}
              </button>
            )}
            {rec.status !== 'resolved' && mode !== 'resolve' && (
              <button className="secondary small" onClick={() => setMode('resolve')} data-testid="case-resolve">
                {t('caseActionResolve')}
              </button>
            )}
            {rec.status === 'resolved' && (
              <button className="secondary small" onClick={() => move('open')} data-testid="case-reopen">
                {t('caseActionReopen')}
              </button>
            )}
            <span className="spacer" />
            <button className="link small" onClick={() => setMode('edit')} data-testid="case-edit">
              {t('actionEdit')}
            </button>
            <button
              className="link small danger"
              onClick={remove}
              data-testid="case-delete"
              aria-label={`${t('actionDelete')}: ${rec.title}`}
            >
              {t('actionDelete')}
            </button>
          </div>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <CaseLinks rec={rec} data={data} onError={setError} />
        </>
      )}
    </li>
  );
}
