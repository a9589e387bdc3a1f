import { useState } from 'react';
import { formatDateTime, formatDay } from '@/lib/i18n/format';
import { tPlural } from '@/lib/i18n/plural';
import { t } from '@/lib/i18n/t';
import { useNow } from '@/components/ui/use-now';
import { OutcomeForm } from './OutcomeForm';
import type { MeetingPrep } from './use-meeting-prep';

/**
 * After the meeting: what was said, agreed and promised. Open by default once the meeting has
 * started and nothing is recorded yet — that is the moment a promise gets forgotten.
 */
export function OutcomeSection({ prep }: { prep: MeetingPrep }) {
  const { meeting, followUps } = prep;
  const outcome = meeting.outcome;
  const now = useNow();
  const started = Date.parse(meeting.at) <= now;
  const [editing, setEditing] = useState(false);
  const [recorded, setRecorded] = useState<number | null>(null);
  const showForm = editing || (!outcome && started);
  return (
    <section className="card" data-testid="outcome" aria-labelledby="outcome-h">
      <header className="card-head">
        <h2 id="outcome-h">{t('sectionOutcome')}</h2>
        {!showForm && (
          <button className="link small" onClick={() => setEditing(true)} data-testid="outcome-open">
            {outcome ? t('actionEdit') : t('actionRecordOutcome')}
          </button>
        )}
      </header>
      {recorded !== null && (
        <p role="status" className="small ok" data-testid="outcome-recorded">
          ✓ {tPlural('outcomeRecorded', recorded)}
        </p>
      )}
      {showForm ? (
        <OutcomeForm
          meeting={meeting}
          onDone={(n) => {
            setEditing(false);
            setRecorded(n);
          }}
          onCancel={outcome || !started ? () => setEditing(false) : undefined}
        />
      ) : outcome ? (
        <dl className="facts" data-testid="outcome-view">
          <dt>{t('outcomeSummaryTerm')}</dt>
          <dd className="prose">{outcome.summary}</dd>
          {outcome.agreements && (
            <>
              <dt>{t('fieldAgreements')}</dt>
              <dd className="prose">{outcome.agreements}</dd>
            </>
          )}
          {outcome.recordedAt && (
            <>
              <dt>{t('outcomeRecordedAt')}</dt>
              <dd>{formatDateTime(outcome.recordedAt)}</dd>
            </>
          )}
        </dl>
      ) : (
        <p className="muted">{t('outcomeLater')}</p>
      )}
      {followUps.length > 0 && (
        <>
          <h3 className="prep-sub">{t('fieldNextSteps')}</h3>
          <ul className="tasks" data-testid="outcome-follow-ups">
            {followUps.map((task) => (
              <li key={task.id}>
                <span>{task.status === 'done' ? <s>{task.title}</s> : task.title}</span>
                <span className="due">{task.due ? formatDay(task.due) : ''}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
