import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { planFiguresOf } from '@/lib/db/queries/plan-figures';
import { deletePlanFigure, restorePlanFigure } from '@/lib/db/repos/plan-figures';
import { t } from '@/lib/i18n/t';
import { measureLabel, periodLabel } from '@/lib/plan/labels';
import type { PlanFigure } from '@/lib/schema';
import { errorText } from '@/components/ui/error-text';
import { useUndo } from '@/components/ui/undo';
import { guarded } from '@/components/dashboard/guarded';
import { PlanFigureForm } from '@/components/dashboard/plan/PlanFigureForm';
import { PlanSeriesView } from '@/components/dashboard/plan/PlanSeriesView';

/**
 * The account plan's targets as numbers per period, with the actuals (docs/domain.md §6): a
 * chart of plan against actual and the table of the same numbers, where figures are added,
 * edited and deleted (with Undo).
 */
export function PlanFiguresCard({ accountId }: { accountId: string }) {
  const db = getDb();
  const offerUndo = useUndo();
  const [editing, setEditing] = useState<string | null>(null); // a figure's id, or 'new'
  const [error, setError] = useState('');
  const read = useLiveQuery(
    () =>
      planFiguresOf(db, accountId).then(
        (figures) => ({ figures, error: '' }),
        (e: unknown) => ({ figures: [] as PlanFigure[], error: errorText(e) }),
      ),
    [accountId],
  );
  const figures = read?.figures ?? [];
  const remove = async (f: PlanFigure) => {
    setError('');
    try {
      const gone = await guarded(() => deletePlanFigure(db, f.id));
      if (gone)
        offerUndo({
          message: t('deletedItem', `${measureLabel(gone.measure)} · ${periodLabel(gone.period)}`),
          undo: () => restorePlanFigure(db, gone),
        });
    } catch (e) {
      setError(errorText(e));
    }
  };
  const lastCurrency = figures.findLast((f) => f.currency)?.currency ?? '';
  const form = (figure?: PlanFigure) => (
    <PlanFigureForm
      accountId={accountId}
      figure={figure}
      defaultCurrency={lastCurrency}
      onDone={() => setEditing(null)}
      onCancel={() => setEditing(null)}
    />
  );
  return (
    <section className="card" data-testid="plan-figures" aria-labelledby="plan-figures-h">
      <header className="card-head">
        <h2 id="plan-figures-h">{t('sectionPlanFigures')}</h2>
        <button className="link small" onClick={() => setEditing('new')} data-testid="plan-add">
          + {t('actionAdd')}
        </button>
      </header>
      {read === undefined ? (
        <p className="muted" role="status">
          {t('loading')}
        </p>
      ) : read.error ? (
        <p role="alert" className="error">
          {t('planFiguresError', read.error)}
        </p>
      ) : figures.length === 0 && editing !== 'new' ? (
        <p className="muted" data-testid="plan-empty">
          {t('planFiguresEmpty')}
        </p>
      ) : null}
      {editing === 'new' && form()}
      {editing && editing !== 'new' && form(figures.find((f) => f.id === editing))}
      {figures.length > 0 && (
        <PlanSeriesView
          figures={figures}
          actions={(f) => (
            <>
              <button
                className="link small"
                onClick={() => setEditing(f.id)}
                aria-label={`${t('actionEdit')}: ${periodLabel(f.period)}`}
                data-testid="plan-edit"
              >
                {t('actionEdit')}
              </button>{' '}
              <button
                className="link small"
                onClick={() => void remove(f)}
                aria-label={`${t('actionDelete')}: ${periodLabel(f.period)}`}
                data-testid="plan-delete"
              >
                {t('actionDelete')}
              </button>
            </>
          )}
        />
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
