import { meetingTypeName } from '@/lib/checklists/checklist';
import { ANY_MEETING } from '@/lib/checklists/default-templates';
import { uiChecklistLocale } from '@/lib/checklists/ui-checklist-locale';
import type { AppDB } from '@/lib/db/app-db';
import { meetingFromSource, meetingsOfAccounts } from '@/lib/db/queries/meetings';
import { templatesInOrder } from '@/lib/db/queries/templates';
import type { Meeting } from '@/lib/schema';
import { durationOf, type EventSource } from './event-source';
import type { PanelEvent } from '@/lib/schema/panel-view';

/** The meeting already scheduled from this event (same UID, else same page), if any. */
export async function scheduledFrom(db: AppDB, source: Pick<EventSource, 'uid' | 'url'>): Promise<Meeting | undefined> {
  return meetingFromSource(db, source);
}

const WEB_LINK = /https?:\/\/\S+/i;

/** The template of the accounts' latest meeting: how this client is usually met. */
async function usualTemplateId(db: AppDB, accountIds: readonly string[]): Promise<string | undefined> {
  if (!accountIds.length) return undefined;
  const meetings = await meetingsOfAccounts(db, accountIds);
  return meetings.at(-1)?.checklistTemplateId ?? undefined;
}

/**
 * The event as the panel offers it: its fields, the meeting types to choose from (the user's
 * templates in their order; the every-meeting conduct template is not a type), a suggested type
 * (a call when the place is a web link, else the type the account last met with), and whether
 * it is already in Keyside.
 */
export async function panelEventOf(db: AppDB, source: EventSource, accountIds: readonly string[] = []): Promise<PanelEvent> {
  const locale = uiChecklistLocale();
  const templates = (await templatesInOrder(db)).filter((t) => t.meetingType !== ANY_MEETING);
  const types = templates.map((t) => ({
    templateId: t.id,
    type: t.meetingType,
    label: meetingTypeName(t.meetingType, locale, [t]),
  }));
  const usual = await usualTemplateId(db, accountIds);
  const call = WEB_LINK.test(source.location) ? types.find((t) => t.type === 'call') : undefined;
  const scheduled = await scheduledFrom(db, source);
  return {
    title: source.title,
    start: source.start,
    ...(source.end ? { end: source.end } : {}),
    durationMin: durationOf(source),
    location: source.location,
    attendees: source.attendees,
    source: source.source,
    types,
    suggestedTemplateId: (call ?? types.find((t) => t.templateId === usual) ?? types[0])?.templateId ?? '',
    ...(scheduled ? { alreadyScheduledMeetingId: scheduled.id } : {}),
  };
}
