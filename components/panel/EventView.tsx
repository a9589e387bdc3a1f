import type { PanelEvent, PanelViewOf } from '@/lib/schema/panel-view';
import { Briefing } from './Briefing';
import { EventHeader } from './EventHeader';
import { ScheduleFromEvent } from './ScheduleFromEvent';

/**
 * A calendar event or an invitation: the event and "Schedule in Keyside" first, then each
 * attendee account's briefing — its dossier, open follow-ups and, once the meeting is today or
 * tomorrow, its preparation checklist (MeetingPrep inside the briefing).
 */
export function EventView({ view, event }: { view: PanelViewOf<'matched'>; event: PanelEvent }) {
  return (
    <>
      <section className="event" data-testid="event-view">
        <EventHeader event={event} />
        <ScheduleFromEvent key={`${event.title}|${event.start}`} event={event} briefings={view.briefings} />
      </section>
      {view.briefings.map((b) => (
        <Briefing key={b.account.id} briefing={b} hasMessage={event.source === 'invite' && !!view.context?.messageId} />
      ))}
    </>
  );
}
