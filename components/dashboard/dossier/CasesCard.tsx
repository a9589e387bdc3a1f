import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { casesOf } from '@/lib/db/queries/complaint-cases';
import { tasksOf } from '@/lib/db/queries/open-tasks';
import { timeline } from '@/lib/db/queries/timeline';
import { addCase, openCaseFrom } from '@/lib/db/repos/complaint-cases';
import { formatDay } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import { FieldsForm } from '@/components/ui/FieldsForm';
import { fieldText } from '@/components/ui/field-text';
import { guarded } from '@/components/dashboard/guarded';
import { CaseItem } from './CaseItem';
import { caseFields, type CasesData } from './case-fields';

/**
 * The account's complaints handled as cases (docs/domain.md §7): each with its cause, measures,
 * owner department, status and outcome, the history entries and follow-ups that belong to it.
 * A complaint entry not yet in a case can open one.
 */
export function CasesCard({ accountId }: { accountId: string }) {
  const db = getDb();
  const data = useLiveQuery(async (): Promise<CasesData | { error: string }> => {
    try {
      const [cases, history, tasks] = await Promise.all([
        casesOf(db, accountId),
        timeline(db, accountId),
        tasksOf(db, accountId),
      ]);
      return { cases, history, tasks };
    } catch (e) {
      return { error: (e as Error).message };
    }
  }, [accountId]);
  // 'new', or the id of the complaint entry the new case starts from.
  const [adding, setAdding] = useState<string | null>(null);
  const ready = data && !('error' in data) ? data : undefined;
  const fromEntry = adding && adding !== 'new' ? ready?.history.find((i) => i.id === adding) : undefined;
  const loose = (ready?.history ?? []).filter((i) => i.kind === 'complaint' && !i.caseId && i.state === 'open');
  const initial: Record<string, unknown> = fromEntry ? { title: fromEntry.summary.slice(0, 120) } : {};
  // FieldsForm hands back only what the user changed: a prefilled title left as it was is not in it.
  const save = (changed: Record<string, unknown>) =>
    guarded(async () => {
      const p = { ...initial, ...changed };
      const fields = {
        title: fieldText(p.title).trim(),
        cause: fieldText(p.cause),
        measures: fieldText(p.measures),
        department: fieldText(p.department),
      };
      if (fromEntry) await openCaseFrom(db, fromEntry.id, fields);
      else await addCase(db, { ...fields, accountId });
    }).then(() => setAdding(null));
  return (
    <section className="card" data-testid="cases-card" aria-labelledby="cases-card-h">
      <header className="card-head">
        <h2 id="cases-card-h">{t('caseCardTitle')}</h2>
        <button className="link small" onClick={() => setAdding('new')} data-testid="add-case">
          + {t('actionAdd')}
        </button>
      </header>
      {adding && (
        <FieldsForm
          key={adding}
          testId="case-form"
          fields={caseFields()}
          values={initial}
          saveLabel={t('actionSave')}
          cancelLabel={t('actionCancel')}
          onCancel={() => setAdding(null)}
          onSave={save}
        />
      )}
      {data === undefined && (
        <p className="muted" data-testid="cases-loading">
          {t('loading')}
        </p>
      )}
      {data && 'error' in data && (
        <p role="alert" className="error" data-testid="cases-error">
          {t('caseLoadFailed', data.error)}
        </p>
      )}
      {ready?.cases.length === 0 && !adding && (
        <p className="muted" data-testid="cases-empty">
          {t('caseEmpty')}
        </p>
      )}
      {loose.length > 0 && (
        <div className="case-loose">
          <h3 className="small">{t('caseLooseComplaints')}</h3>
          <ul className="plain">
            {loose.map((i) => (
              <li key={i.id} data-testid="case-loose-complaint">
                <span className="when">{formatDay(i.at)}</span> {i.summary}{' '}
                <button className="link small" onClick={() => setAdding(i.id)} data-testid="case-from-complaint">
                  {t('caseOpenFromComplaint')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {ready && (
        <ul className="plain cases-list">
          {ready.cases.map((c) => (
            <CaseItem key={c.id} rec={c} data={ready} />
          ))}
        </ul>
      )}
    </section>
  );
}
