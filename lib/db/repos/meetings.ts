import { Interaction, Meeting, type MeetingInput, Task, newId, nowIso } from '@/lib/schema';
import type { AppDB } from '@/lib/db/app-db';
import { UserFacingError } from '@/lib/db/errors';
import { patchChecked } from './patch';
import { meetingFromSource } from '@/lib/db/queries/meetings';

/** What the scheduling form sets (Pick, not Omit: Omit over a loose object's index signature loses the keys). */
export type MeetingDraft = Pick<
  MeetingInput,
  'accountId' | 'type' | 'at' | 'contactIds' | 'checklistTemplateId' | 'durationMin' | 'place' | 'remindBeforeMin'
>;

export interface ScheduleOptions {
  now?: Date;
  /** The user confirmed a start in the past (logging a meeting that already happened). */
  allowPast?: boolean;
}

/** A start before now needs the user's confirmation: usually a typo, sometimes a log entry. */
export class MeetingInPastError extends UserFacingError {
  constructor() {
    super('errorMeetingInPast');
  }
}

function checkNotPast(at: string, opts: ScheduleOptions): void {
  if (!opts.allowPast && Date.parse(at) < (opts.now ?? new Date()).getTime()) throw new MeetingInPastError();
}

export async function scheduleMeeting(
  db: AppDB,
  draft: MeetingDraft & { id?: string },
  opts: ScheduleOptions = {},
): Promise<Meeting> {
  const meeting = Meeting.parse({ ...draft, id: draft.id ?? newId(), checked: [], createdAt: nowIso() });
  checkNotPast(meeting.at, opts);
  return db.transaction('rw', db.accounts, db.meetings, async () => {
    if (!(await db.accounts.get(meeting.accountId))) throw new UserFacingError('errorGone');
    await db.meetings.add(meeting);
    return meeting;
  });
}

/**
 * Schedules a meeting booked from a calendar event or invitation, once: a meeting already booked
 * from the same event (its UID or page) is returned instead, checked inside the same transaction
 * so a second click or a second tab cannot book it twice.
 */
export async function scheduleMeetingOnce(
  db: AppDB,
  draft: MeetingDraft & { source: { uid: string; url: string } },
): Promise<{ created: boolean; id: string }> {
  return db.transaction('rw', db.accounts, db.meetings, async () => {
    const existing = await meetingFromSource(db, draft.source);
    if (existing) return { created: false, id: existing.id };
    const meeting = await scheduleMeeting(db, draft);
    return { created: true, id: meeting.id };
  });
}

/** Moving a meeting into the past needs the same confirmation as scheduling one there. */
export async function updateMeeting(
  db: AppDB,
  id: string,
  patch: Partial<Meeting>,
  base?: Partial<Meeting>,
  opts: ScheduleOptions = {},
): Promise<Meeting> {
  if (patch.at !== undefined) checkNotPast(patch.at, opts);
  return db.transaction('rw', db.meetings, () => patchChecked<Meeting>(db.meetings, id, patch, base, (m) => Meeting.parse(m)));
}

/** Ticks one preparation item; progress is kept on the meeting (Meeting.checked). */
export async function setChecklistItem(db: AppDB, meetingId: string, itemId: string, checked: boolean): Promise<Meeting> {
  return db.transaction('rw', db.meetings, async () => {
    const m = await db.meetings.get(meetingId);
    if (!m) throw new UserFacingError('errorGone');
    const set = new Set(m.checked);
    if (checked) set.add(itemId);
    else set.delete(itemId);
    const next = { ...m, checked: [...set] };
    await db.meetings.put(next);
    return next;
  });
}

export interface NextStep {
  title: string;
  /** 'YYYY-MM-DD' (or an ISO date-time); every next step gets a due date. */
  due: string;
}

export interface OutcomeInput {
  summary: string;
  agreements?: string;
  nextSteps?: NextStep[];
}

export interface OutcomeResult {
  meeting: Meeting;
  interaction: Interaction;
  tasks: Task[];
}

/**
 * Records what happened, all or nothing: the outcome on the meeting, one history entry (kind
 * 'call' for calls, else 'meeting'), one follow-up per next step. Recording again edits the
 * same history entry and adds only the new steps, so a correction never duplicates history.
 */
export async function recordOutcome(db: AppDB, meetingId: string, input: OutcomeInput, now = new Date()): Promise<OutcomeResult> {
  const summary = input.summary.trim();
  const agreements = (input.agreements ?? '').trim();
  if (!summary) throw new UserFacingError('errorOutcomeEmpty');
  const steps = (input.nextSteps ?? []).map((s) => ({ title: s.title.trim(), due: s.due })).filter((s) => s.title);
  if (steps.some((s) => !s.due)) throw new UserFacingError('errorNextStepDue');
  return db.transaction('rw', [db.meetings, db.interactions, db.tasks, db.accounts], async () => {
    const m = await db.meetings.get(meetingId);
    if (!m) throw new UserFacingError('errorGone');
    if (!(await db.accounts.get(m.accountId))) throw new UserFacingError('errorGone');
    const previousId = typeof m.outcome?.interactionId === 'string' ? m.outcome.interactionId : undefined;
    const previous = previousId ? await db.interactions.get(previousId) : undefined;
    const interaction = Interaction.parse({
      ...previous,
      id: previous?.id ?? newId(),
      accountId: m.accountId,
      contactIds: m.contactIds,
      kind: m.type === 'call' ? 'call' : 'meeting',
      at: m.at,
      summary: agreements ? `${summary}\n${agreements}` : summary,
      meetingId: m.id,
      createdAt: previous?.createdAt ?? now.toISOString(),
    });
    await db.interactions.put(interaction);
    const tasks = steps.map((s) =>
      Task.parse({
        id: newId(),
        accountId: m.accountId,
        title: s.title,
        due: s.due,
        status: 'open',
        meetingId: m.id,
        interactionId: interaction.id,
        createdAt: now.toISOString(),
      }),
    );
    await db.tasks.bulkAdd(tasks);
    const meeting = Meeting.parse({
      ...m,
      outcome: { ...m.outcome, summary, agreements, recordedAt: now.toISOString(), interactionId: interaction.id },
    });
    await db.meetings.put(meeting);
    return { meeting, interaction, tasks };
  });
}

/** What Undo needs. Follow-ups and history made from the outcome stay: they are promises. */
export interface MeetingSnapshot {
  meeting: Meeting;
}

export async function deleteMeeting(db: AppDB, id: string): Promise<MeetingSnapshot | undefined> {
  return db.transaction('rw', db.meetings, async () => {
    const meeting = await db.meetings.get(id);
    if (!meeting) return undefined;
    await db.meetings.delete(id);
    return { meeting };
  });
}

export async function restoreMeeting(db: AppDB, snapshot: MeetingSnapshot): Promise<void> {
  await db.meetings.put(snapshot.meeting);
}
