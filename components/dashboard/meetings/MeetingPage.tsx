import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { deleteMeeting, restoreMeeting, setChecklistItem } from '@/lib/db/repos/meetings';
import { t } from '@/lib/i18n/t';
import { exportIcs } from '@/lib/io/ics';
import { PreparationView } from '@/components/prep/PreparationView';
import { PLAN_REVIEW_MEETING } from '@/lib/meetings/prompts-plan';
import { PlanReviewChart } from '@/components/dashboard/plan/PlanReviewChart';
import { useUndo } from '@/components/ui/undo';
import { errorText } from '@/components/ui/error-text';
import { guarded } from '@/components/dashboard/guarded';
import { go } from '@/components/dashboard/use-hash-route';
import { downloadText } from './download';
import { MeetingForm } from './MeetingForm';
import { MeetingHeader } from './MeetingHeader';
import { OutcomeSection } from './OutcomeSection';
import { uiChecklistLocale } from '@/lib/checklists/ui-checklist-locale';
import { useMeetingPrep } from './use-meeting-prep';
import '@/components/dashboard/meetings.css';

/** #/meeting/<id>: where a reminder lands — prepare, then record what came out of it. */
export function MeetingPage({ id }: { id: string }) {
  const db = getDb();
  const offerUndo = useUndo();
  const prep = useMeetingPrep(id);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState('');
  if (prep === undefined) return <p className="muted">{t('loading')}</p>;
  if (prep === null)
    return (
      <p data-testid="meeting-missing">
        {t('meetingMissing')} <a href="#/week">{t('navWeek')}</a>
      </p>
    );
  const { meeting, account } = prep;

  const tick = (itemId: string, checked: boolean) => {
    setError('');
    return guarded(() => setChecklistItem(db, meeting.id, itemId, checked)).catch((e: unknown) => {
      setError(errorText(e));
      throw e;
    });
  };
  const remove = async () => {
    const snapshot = await guarded(() => deleteMeeting(db, meeting.id));
    go(account ? `account/${encodeURIComponent(account.id)}` : 'week');
    if (snapshot) offerUndo({ message: t('meetingDeleted'), undo: () => restoreMeeting(db, snapshot) });
  };
  const exportOne = () => {
    const ics = exportIcs({
      meetings: [meeting],
      tasks: [],
      accounts: account ? [account] : [],
      contacts: prep.attendees,
      templates: prep.templates,
      locale: uiChecklistLocale(),
    });
    downloadText(`meeting-${meeting.at.slice(0, 10)}.ics`, ics, 'text/calendar');
  };

  return (
    <article className="meeting-page" data-testid="meeting-page">
      <MeetingHeader prep={prep}>
        <button className="secondary" onClick={() => setEditing(!editing)} aria-expanded={editing} data-testid="meeting-edit">
          {t('actionEdit')}
        </button>
        <button className="secondary" onClick={exportOne} data-testid="meeting-ics">
          {t('actionAddToCalendar')}
        </button>
        <button
          className="danger"
          onClick={() => void remove().catch((e: unknown) => setError(errorText(e)))}
          data-testid="meeting-delete"
        >
          {t('actionDelete')}
        </button>
      </MeetingHeader>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {editing && (
        <section className="card">
          <MeetingForm
            accountId={meeting.accountId}
            meeting={meeting}
            onDone={() => setEditing(false)}
            onCancel={() => setEditing(false)}
          />
        </section>
      )}
      <section className="card">
        <PreparationView
          meeting={meeting}
          items={prep.items}
          prompts={prep.prompts}
          attendees={prep.attendees}
          account={account}
          onTick={tick}
          planChart={
            meeting.type === PLAN_REVIEW_MEETING ? (
              <PlanReviewChart figures={prep.planFigures} accountId={meeting.accountId} />
            ) : undefined
          }
          decisionMap={{ ...prep.decisionMap, onOpen: () => go(`account/${encodeURIComponent(meeting.accountId)}`) }}
        />
      </section>
      <OutcomeSection prep={prep} />
    </article>
  );
}
