import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { meetingsOf } from '@/lib/db/queries/meetings';
import { checklistTemplates } from '@/lib/db/queries/templates';
import { deleteMeeting, restoreMeeting } from '@/lib/db/repos/meetings';
import { formatDateTime } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import type { ChecklistTemplate, Meeting } from '@/lib/schema';
import { useUndo } from '@/components/ui/undo';
import { useNow } from '@/components/ui/use-now';
import { guarded } from '@/components/dashboard/guarded';
import { MeetingForm } from '@/components/dashboard/meetings/MeetingForm';
import { typeLabel } from '@/components/dashboard/meetings/type-options';
import '@/components/dashboard/meetings.css';

const PAST_SHOWN = 5;

/** The account's calls and meetings: what is coming (to prepare) and what happened (to record). */
export function MeetingsCard({ accountId }: { accountId: string }) {
  const db = getDb();
  const offerUndo = useUndo();
  const data = useLiveQuery(
    async () => ({
      meetings: await meetingsOf(db, accountId),
      templates: await checklistTemplates(db),
    }),
    [accountId],
  );
  const [adding, setAdding] = useState(false);
  const [allPast, setAllPast] = useState(false);
  const now = useNow();
  const ends = (m: Meeting) => Date.parse(m.at) + m.durationMin * 60_000;
  const upcoming = (data?.meetings ?? []).filter((m) => ends(m) >= now);
  const past = (data?.meetings ?? []).filter((m) => ends(m) < now).reverse();
  const remove = async (m: Meeting) => {
    const snapshot = await guarded(() => deleteMeeting(db, m.id));
    if (snapshot) offerUndo({ message: t('meetingDeleted'), undo: () => restoreMeeting(db, snapshot) });
  };
  const row = (m: Meeting, templates: ChecklistTemplate[]) => (
    <li key={m.id} data-testid={ends(m) >= now ? 'upcoming-meeting' : 'past-meeting'}>
      <span className="when">{formatDateTime(m.at)}</span>
      <a className="grow" href={`#/meeting/${encodeURIComponent(m.id)}`}>
        {typeLabel(m, templates)}
      </a>
      {ends(m) < now && !m.outcome && <span className="badge warn">{t('meetingNoOutcome')}</span>}
      <button
        className="link small"
        onClick={() => void remove(m)}
        aria-label={`${t('actionDelete')}: ${typeLabel(m, templates)} ${formatDateTime(m.at)}`}
      >
        ✕
      </button>
    </li>
  );
  return (
    <section className="card" data-testid="meetings">
      <header className="card-head">
        <h2>{t('sectionMeetings')}</h2>
        <button className="link small" onClick={() => setAdding(true)} data-testid="schedule-meeting">
          + {t('actionSchedule')}
        </button>
      </header>
      {adding && <MeetingForm accountId={accountId} onCancel={() => setAdding(false)} onDone={() => setAdding(false)} />}
      {!data && (
        <p className="muted" data-testid="meetings-loading">
          {t('loading')}
        </p>
      )}
      {data && upcoming.length === 0 && !adding && <p className="muted">{t('meetingsEmpty')}</p>}
      <ul className="plain meetings-list">{data && upcoming.map((m) => row(m, data.templates))}</ul>
      {data && past.length > 0 && (
        <details>
          <summary className="muted small">{t('meetingsPast', past.length)}</summary>
          <ul className="plain meetings-list">
            {(allPast ? past : past.slice(0, PAST_SHOWN)).map((m) => row(m, data.templates))}
          </ul>
          {!allPast && past.length > PAST_SHOWN && (
            <button className="link small" onClick={() => setAllPast(true)}>
              {t('actionShowMore')}
            </button>
          )}
        </details>
      )}
    </section>
  );
}
