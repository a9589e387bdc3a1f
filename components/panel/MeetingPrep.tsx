import { formatDateTime } from '../../lib/i18n/format';
import { t } from '../../lib/i18n/t';
import type { AccountBriefing } from '../../lib/panel-data/view-types';
import { runCommand } from './run-command';

/** Today's or tomorrow's meeting with its checklist; ticks are kept per meeting. */
export function MeetingPrep({ next }: { next: NonNullable<AccountBriefing['nextMeeting']> }) {
  const { meeting, items, attendees } = next;
  const checked = new Set(meeting.checked);
  return (
    <section className="meeting" data-testid="next-meeting">
      <h2>{t('sectionNextMeeting')}: {formatDateTime(meeting.at)}</h2>
      {attendees.length > 0 && <p className="muted">{attendees.map((a) => a.name).join(', ')}{meeting.place ? ` · ${meeting.place}` : ''}</p>}
      <p className="muted">{t('checklistProgress', checked.size, items.length)}</p>
      <ul className="checklist">
        {items.map((item) => (
          <li key={item.id} data-testid="checklist-item">
            <label>
              <input
                type="checkbox"
                checked={checked.has(item.id)}
                onChange={(e) => void runCommand({ type: 'tickItem', meetingId: meeting.id, itemId: item.id, checked: e.target.checked })}
              />{' '}
              {item.text}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
