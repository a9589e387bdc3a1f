import type { IcsInvite } from '@/lib/io/ics-parse';
import type { PageContext, PagePerson } from '@/lib/schema';

/**
 * The event the open page is about: a calendar event page, or an emailed invitation attached to
 * the open message. Computed the same way for the panel's view and for the schedule command,
 * so what the user sees is what gets stored — the panel never supplies the event's identity.
 */
export interface EventSource {
  title: string;
  /** ISO date-time, a bare 'YYYY-MM-DD' when only the day is known, or '' when unknown. */
  start: string;
  end?: string;
  location: string;
  attendees: PagePerson[];
  source: 'calendar' | 'invite';
  /** Identity for "already scheduled": the iCalendar UID or the calendar's item id … */
  uid: string;
  /** … else the page's address. */
  url: string;
}

function inviteAttendees(invite: IcsInvite): PagePerson[] {
  const seen = new Set<string>();
  const out: PagePerson[] = [];
  const add = (p: { email: string; name: string } | null, role: PagePerson['role']) => {
    if (!p || seen.has(p.email)) return;
    seen.add(p.email);
    out.push({ email: p.email, name: p.name === p.email ? '' : p.name, role });
  };
  add(invite.organizer, 'from');
  for (const a of invite.attendees) add(a, 'attendee');
  return out;
}

export function eventSourceOf(ctx: PageContext | undefined, invite: IcsInvite | undefined): EventSource | undefined {
  if (!ctx) return undefined;
  if (ctx.status === 'event') {
    return {
      title: ctx.title || ctx.subject,
      start: ctx.eventStart,
      location: ctx.location ?? '',
      attendees: ctx.people,
      source: 'calendar',
      uid: ctx.messageId,
      url: ctx.url,
    };
  }
  if (ctx.status === 'message' && invite && ctx.inviteUrl) {
    return {
      title: invite.summary || ctx.subject,
      // An all-day invitation gives only its day: the time is the user's to set.
      start: invite.start,
      end: invite.allDay ? undefined : invite.end,
      location: invite.location || invite.url,
      attendees: inviteAttendees(invite),
      source: 'invite',
      uid: invite.uid,
      url: ctx.url,
    };
  }
  return undefined;
}

/** Meeting length from the event, in whole minutes; 60 when it does not say. */
export function durationOf(event: Pick<EventSource, 'start' | 'end'>): number {
  const ms = event.end ? Date.parse(event.end) - Date.parse(event.start) : NaN;
  return Number.isFinite(ms) && ms > 0 ? Math.min(Math.round(ms / 60_000), 24 * 60) : 60;
}
