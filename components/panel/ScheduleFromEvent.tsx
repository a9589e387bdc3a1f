import { useState, type SubmitEvent } from 'react';
import { t } from '@/lib/i18n/t';
import type { AccountBriefing, PanelEvent } from '@/lib/schema/panel-view';
import { isoFromLocal, localDayTime } from '@/lib/time/input-values';
import { runCommand } from './run-command';

/** The account's people who are on the event; all its matched people when none are. */
function attendeesOf(briefing: AccountBriefing, event: PanelEvent) {
  const emails = new Set(event.attendees.map((a) => a.email.toLowerCase()));
  const on = briefing.people.filter((c) => c.emails.some((e) => emails.has(e.toLowerCase())));
  return on.length ? on : briefing.people;
}

/**
 * "Schedule in Keyside": the event's type, time, people and place, prefilled and editable, saved
 * in one click. Once scheduled (now or earlier, from this page or another) it shows as done.
 */
export function ScheduleFromEvent({ event, briefings }: { event: PanelEvent; briefings: AccountBriefing[] }) {
  const initial = localDayTime(event.start);
  const [accountId, setAccountId] = useState(briefings[0]?.account.id ?? '');
  const [templateId, setTemplateId] = useState(event.suggestedTemplateId);
  const [day, setDay] = useState(initial.day);
  const [time, setTime] = useState(initial.time);
  const [place, setPlace] = useState(event.location);
  const briefing = briefings.find((b) => b.account.id === accountId) ?? briefings[0];
  const people = briefing ? attendeesOf(briefing, event) : [];
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  if (event.alreadyScheduledMeetingId) {
    const hash = `/meeting/${encodeURIComponent(event.alreadyScheduledMeetingId)}`;
    return (
      <section className="schedule-event done" data-testid="event-scheduled">
        <p>✓ {t('eventScheduled')}</p>
        <button className="link small" onClick={() => void runCommand({ type: 'openDashboard', hash })}>
          {t('eventOpenMeeting')}
        </button>
      </section>
    );
  }

  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    setError('');
    const at = isoFromLocal(day, time);
    if (!at || !briefing) {
      setError(t('errorMeetingWhen'));
      return;
    }
    setBusy(true);
    try {
      const contactIds = people.filter((p) => !unticked.has(p.id)).map((p) => p.id);
      await runCommand({
        type: 'scheduleMeeting',
        accountId: briefing.account.id,
        templateId,
        at,
        contactIds,
        place,
        durationMin: event.durationMin,
      });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="schedule-event stack" data-testid="schedule-from-event" onSubmit={(e) => void submit(e)}>
      {briefings.length > 1 && (
        <label>
          {t('eventAccount')}{' '}
          <select value={accountId} onChange={(e) => setAccountId(e.target.value)} data-testid="event-account">
            {briefings.map((b) => (
              <option key={b.account.id} value={b.account.id}>
                {b.account.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('fieldMeetingType')}{' '}
        <select value={templateId} onChange={(e) => setTemplateId(e.target.value)} data-testid="event-type" required>
          {event.types.map((o) => (
            <option key={o.templateId} value={o.templateId}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <div className="row">
        <label>
          {t('fieldDay')}{' '}
          <input type="date" value={day} onChange={(e) => setDay(e.target.value)} required data-testid="event-day" />
        </label>
        <label>
          {t('fieldTime')}{' '}
          <input type="time" value={time} onChange={(e) => setTime(e.target.value)} required data-testid="event-time" />
        </label>
      </div>
      {!initial.time && (
        <p className="muted small" data-testid="event-set-time">
          {t('eventSetTime')}
        </p>
      )}
      <label>
        {t('fieldPlace')} <input value={place} onChange={(e) => setPlace(e.target.value)} data-testid="event-place" />
      </label>
      {people.length > 0 && (
        <fieldset>
          <legend>{t('fieldAttendees')}</legend>
          {people.map((p) => (
            <label key={p.id} className="check" style={{ flexDirection: 'row', alignItems: 'center' }} data-testid="event-person">
              <input
                type="checkbox"
                checked={!unticked.has(p.id)}
                onChange={(e) =>
                  setUnticked((s) => {
                    const n = new Set(s);
                    if (e.target.checked) n.delete(p.id);
                    else n.add(p.id);
                    return n;
                  })
                }
              />{' '}
              {p.name}
            </label>
          ))}
        </fieldset>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy || !templateId} data-testid="event-schedule">
        {t('eventSchedule')}
      </button>
    </form>
  );
}
