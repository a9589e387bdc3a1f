import { formatDateTime, formatDay } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import type { PanelEvent } from '@/lib/schema/panel-view';

/** What the event is: title, when (as far as the page said), where, and where it came from. */
export function EventHeader({ event }: { event: PanelEvent }) {
  const when = /^\d{4}-\d{2}-\d{2}$/.test(event.start) ? formatDay(event.start) : event.start ? formatDateTime(event.start) : '';
  return (
    <header className="event-head">
      <p className="muted small">{event.source === 'invite' ? t('eventFromInvite') : t('eventFromCalendar')}</p>
      <h1 data-testid="event-title">{event.title}</h1>
      {(when || event.location) && (
        <p className="muted" data-testid="event-when">
          {[when, event.location].filter(Boolean).join(' · ')}
        </p>
      )}
    </header>
  );
}
