import type { AppDB } from '@/lib/db/app-db';
import { UserFacingError } from '@/lib/db/errors';
import { contactsByIds } from '@/lib/db/queries/people';
import { templateById } from '@/lib/db/queries/templates';
import { scheduleMeetingOnce, type MeetingDraft } from '@/lib/db/repos/meetings';
import type { CommandOf } from '@/lib/messaging/pages-to-worker';
import { durationOf, eventSourceOf } from './event-source';
import { inviteOf, type TabState } from '@/lib/panel-data/tab-state';

type ScheduleCommand = CommandOf<'scheduleMeeting'>;

/**
 * Schedules the tab's calendar event or invitation as a Keyside meeting. The event's identity
 * (UID, page) comes from the tab's state, never from the panel; an event scheduled before is
 * found by it and nothing new is written, so a second click or a second tab changes nothing.
 */
export async function scheduleFromEvent(
  db: AppDB,
  state: TabState | undefined,
  cmd: ScheduleCommand,
): Promise<{ created: boolean; id: string }> {
  const source = state ? eventSourceOf(state.context, inviteOf(state)) : undefined;
  if (!source) throw new UserFacingError('errorNoEvent');
  const template = await templateById(db, cmd.templateId);
  if (!template) throw new UserFacingError('errorGone');
  // Only the account's own people become attendees, whatever the panel sent.
  const contacts = (await contactsByIds(db, cmd.contactIds)).filter((c) => c.accountId === cmd.accountId);

  const draft = {
    accountId: cmd.accountId,
    type: template.meetingType,
    checklistTemplateId: template.id,
    at: cmd.at,
    contactIds: contacts.map((c) => c.id),
    durationMin: cmd.durationMin ?? durationOf(source),
    place: cmd.place ?? source.location,
    remindBeforeMin: template.remindBeforeMin,
    // Kept by the loose Meeting schema (lib/schema/meeting.ts `source`).
    source: { uid: source.uid, url: source.url },
  } satisfies MeetingDraft & { source: { uid: string; url: string } };
  return scheduleMeetingOnce(db, draft);
}
