import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type SubmitEvent } from 'react';
import { getDb } from '@/lib/db/app-db';
import { peopleOf } from '@/lib/db/queries/people';
import { checklistTemplates } from '@/lib/db/queries/templates';
import { scheduleMeeting, updateMeeting } from '@/lib/db/repos/meetings';
import { formatUnit } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import type { Meeting } from '@/lib/schema';
import { guarded } from '@/components/dashboard/guarded';
import { changesOf, draftOf, type MeetingFormValues, newMeetingValues, valuesOf } from './meeting-form-values';
import { typeOptions } from './type-options';
import '@/components/dashboard/meetings.css';

/**
 * Schedule a call or meeting, or edit one. A start in the past is not refused outright: the
 * user is asked, because logging a meeting that already happened is a real need.
 */
export function MeetingForm(props: { accountId: string; meeting?: Meeting; onDone: (m: Meeting) => void; onCancel: () => void }) {
  const db = getDb();
  const data = useLiveQuery(
    async () => ({
      templates: await checklistTemplates(db),
      people: await peopleOf(db, props.accountId),
    }),
    [props.accountId],
  );
  if (!data) return <p className="muted">{t('loading')}</p>;
  const options = typeOptions(data.templates);
  return <MeetingFormFields {...props} options={options} people={data.people} />;
}

function MeetingFormFields(
  props: Parameters<typeof MeetingForm>[0] & {
    options: ReturnType<typeof typeOptions>;
    people: { id: string; name: string; title: string }[];
  },
) {
  const db = getDb();
  const { options, people, meeting } = props;
  const [v, setV] = useState<MeetingFormValues>(() => {
    if (!meeting) return newMeetingValues(options);
    const values = valuesOf(meeting);
    const known = options.some((o) => o.templateId === values.templateId);
    return known ? values : { ...values, templateId: options.find((o) => o.type === meeting.type)?.templateId ?? '' };
  });
  const [pastWarning, setPastWarning] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof MeetingFormValues>(k: K, x: MeetingFormValues[K]) => {
    setV((s) => ({ ...s, [k]: x }));
    if (k === 'day' || k === 'time') setPastWarning(false);
  };
  const typeDefault = options.find((o) => o.templateId === v.templateId)?.remindBeforeMin;

  const save = async (allowPast: boolean) => {
    setError('');
    let draft;
    try {
      draft = draftOf(v, props.accountId, options, meeting);
    } catch {
      setError(t('errorMeetingWhen'));
      return;
    }
    if (!allowPast && Date.parse(draft.at) < Date.now()) {
      setPastWarning(true);
      return;
    }
    setBusy(true);
    try {
      const saved = meeting
        ? await guarded(() => {
            const c = changesOf(draft, meeting);
            return updateMeeting(db, meeting.id, c.patch, c.base, { allowPast });
          })
        : await guarded(() => scheduleMeeting(db, draft, { allowPast }));
      props.onDone(saved);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    void save(false);
  };

  return (
    <form
      className="stack meeting-form"
      onSubmit={submit}
      data-testid="meeting-form"
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
    >
      <label>
        {t('fieldMeetingType')}
        <select autoFocus value={v.templateId} onChange={(e) => set('templateId', e.target.value)} data-testid="meeting-type">
          {!options.some((o) => o.templateId === v.templateId) && <option value={v.templateId}>{meeting?.type ?? '—'}</option>}
          {options.map((o) => (
            <option key={o.templateId} value={o.templateId}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {options.length === 0 && (
        <p className="muted small">
          {t('meetingNoTypes')} <a href="#/templates">{t('navTemplates')}</a>
        </p>
      )}
      <div className="row wrap">
        <label>
          {t('fieldDay')}
          <input type="date" value={v.day} onChange={(e) => set('day', e.target.value)} required data-testid="meeting-day" />
        </label>
        <label>
          {t('fieldTime')}
          <input type="time" value={v.time} onChange={(e) => set('time', e.target.value)} required data-testid="meeting-time" />
        </label>
        <label>
          {t('fieldDuration')}
          <input type="number" min={5} step={5} value={v.durationMin} onChange={(e) => set('durationMin', e.target.value)} />
        </label>
      </div>
      <fieldset className="attendees">
        <legend>{t('fieldAttendees')}</legend>
        {people.length === 0 && <p className="muted small">{t('meetingNoPeople')}</p>}
        {people.map((p) => (
          <label key={p.id} className="inline">
            <input
              type="checkbox"
              checked={v.contactIds.includes(p.id)}
              onChange={(e) =>
                set('contactIds', e.target.checked ? [...v.contactIds, p.id] : v.contactIds.filter((x) => x !== p.id))
              }
              data-testid="meeting-attendee"
            />{' '}
            {p.name}
            {p.title ? <span className="muted"> · {p.title}</span> : null}
          </label>
        ))}
      </fieldset>
      <label>
        {t('fieldPlace')}
        <input
          type="text"
          value={v.place}
          onChange={(e) => set('place', e.target.value)}
          placeholder={t('fieldPlaceHint')}
          data-testid="meeting-place"
        />
      </label>
      <label>
        {t('fieldRemindBefore')}
        <input
          type="number"
          min={0}
          value={v.remindBeforeMin}
          onChange={(e) => set('remindBeforeMin', e.target.value)}
          placeholder={typeDefault === undefined ? '' : t('remindDefault', formatUnit(typeDefault, 'minute'))}
          data-testid="meeting-remind"
        />
      </label>
      {pastWarning && (
        <div className="warning" role="alert" data-testid="meeting-past-warning">
          <p>{t('meetingPastWarning')}</p>
          <button type="button" onClick={() => void save(true)} disabled={busy} data-testid="meeting-save-past">
            {t('actionSavePast')}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={busy} data-testid="meeting-save">
          {meeting ? t('actionSave') : t('actionSchedule')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('actionCancel')}
        </button>
      </div>
    </form>
  );
}
