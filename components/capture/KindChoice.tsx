import { captureKinds } from '@/lib/capture/draft';
import { t, type MessageKey } from '@/lib/i18n/t';
import type { CompetitorChoice } from '@/lib/messaging/pages-to-worker';
import { attendanceLabel, attendances, eventFieldLabels, eventTypeLabel, eventTypes } from '@/components/ui/event-text';
import { NEW_COMPETITOR, type CaptureFormState } from './capture-form';

interface Props {
  form: CaptureFormState;
  competitors: CompetitorChoice[];
  onChange: (patch: Partial<CaptureFormState>) => void;
}

/** Note (default), competitor intelligence, need, or follow-up — with what each one needs. */
export function KindChoice({ form, competitors, onChange }: Props) {
  return (
    <fieldset className="capture-kind" data-testid="capture-kind">
      <legend>{t('captureKind')}</legend>
      <div className="kinds">
        {captureKinds.map((k) => (
          <label key={k} className="choice">
            <input
              type="radio"
              name="kind"
              value={k}
              checked={form.kind === k}
              onChange={() => onChange({ kind: k })}
              data-testid={`capture-kind-${k}`}
            />
            {t(`captureKind_${k}` as MessageKey)}
          </label>
        ))}
      </div>
      {form.kind === 'competitor' && (
        <div className="stack">
          <label>
            {t('captureCompetitor')}
            <select
              value={form.competitorId}
              onChange={(e) => onChange({ competitorId: e.target.value })}
              data-testid="capture-competitor"
            >
              {competitors.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
              <option value={NEW_COMPETITOR}>{t('captureCompetitorNew')}</option>
            </select>
          </label>
          {form.competitorId === NEW_COMPETITOR && (
            <label>
              {t('captureCompetitorName')}
              <input
                value={form.competitorName}
                maxLength={200}
                onChange={(e) => onChange({ competitorName: e.target.value })}
                data-testid="capture-competitor-name"
              />
            </label>
          )}
        </div>
      )}
      {form.kind === 'event' && <EventFields form={form} onChange={onChange} />}
      {form.kind === 'task' && (
        <div className="stack">
          <label>
            {t('fieldDue')}
            <input type="date" value={form.due} onChange={(e) => onChange({ due: e.target.value })} data-testid="capture-due" />
          </label>
        </div>
      )}
    </fieldset>
  );
}

/** The event an 'event' capture is about: what kind, its name, whether the client came. */
function EventFields({ form, onChange }: Pick<Props, 'form' | 'onChange'>) {
  const labels = eventFieldLabels();
  const set = (p: Partial<CaptureFormState['event']>) => onChange({ event: { ...form.event, ...p } });
  return (
    <div className="stack">
      <label>
        {labels.type}
        <select
          value={form.event.type}
          onChange={(e) => set({ type: eventTypes.find((x) => x === e.target.value) ?? 'other' })}
          data-testid="capture-event-type"
        >
          {eventTypes.map((x) => (
            <option key={x} value={x}>
              {eventTypeLabel(x)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {labels.name}
        <input
          value={form.event.name}
          maxLength={200}
          dir="auto"
          onChange={(e) => set({ name: e.target.value })}
          data-testid="capture-event-name"
        />
      </label>
      <label>
        {labels.attendance}
        <select
          value={form.event.attendance}
          onChange={(e) => set({ attendance: attendances.find((x) => x === e.target.value) ?? 'invited' })}
          data-testid="capture-event-attendance"
        >
          {attendances.map((x) => (
            <option key={x} value={x}>
              {attendanceLabel(x)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
