import { useLiveQuery } from 'dexie-react-hooks';
import { checklistFor, type MeetingChecklistItem } from '@/lib/checklists/checklist';
import { preparationPrompts, type Prompt } from '@/lib/meetings/prompts';
import { getDb } from '@/lib/db/app-db';
import { accountById } from '@/lib/db/queries/accounts';
import { contractsOf } from '@/lib/db/queries/contracts';
import { invoicesOf } from '@/lib/db/queries/invoices';
import { unresolvedCasesOf } from '@/lib/db/queries/complaint-cases';
import { meetingById, meetingsOf } from '@/lib/db/queries/meetings';
import { tasksOf } from '@/lib/db/queries/open-tasks';
import { contactsByIds, peopleOf } from '@/lib/db/queries/people';
import { planFiguresOf } from '@/lib/db/queries/plan-figures';
import { relationsOf } from '@/lib/db/queries/person-relations';
import { checklistTemplates } from '@/lib/db/queries/templates';
import { timeline } from '@/lib/db/queries/timeline';
import type { Account, ChecklistTemplate, Contact, Meeting, PersonRelation, PlanFigure, Task } from '@/lib/schema';

export interface MeetingPrep {
  meeting: Meeting;
  account: Account | null;
  attendees: Contact[];
  templates: ChecklistTemplate[];
  items: MeetingChecklistItem[];
  prompts: Prompt[];
  /** Follow-ups made from this meeting's outcome. */
  followUps: Task[];
  /** The account's plan figures, for the account review's chart. */
  planFigures: PlanFigure[];
  /** The account's people and their relations: the decision map of a negotiation or signing. */
  decisionMap: { people: Contact[]; relations: PersonRelation[] };
}

/**
 * Everything the preparation view shows, live: ticking an item or closing a complaint in
 * another tab updates it. `null` when the meeting does not exist (deleted, or a stale link).
 */
export function useMeetingPrep(id: string): MeetingPrep | null | undefined {
  const db = getDb();
  return useLiveQuery(async () => {
    const meeting = await meetingById(db, id);
    if (!meeting) return null;
    const accountId = meeting.accountId;
    const [
      account,
      people,
      present,
      interactions,
      tasks,
      meetings,
      templates,
      contracts,
      invoices,
      cases,
      planFigures,
      relations,
    ] = await Promise.all([
      accountById(db, accountId),
      peopleOf(db, accountId),
      contactsByIds(db, meeting.contactIds),
      timeline(db, accountId),
      tasksOf(db, accountId),
      meetingsOf(db, accountId),
      checklistTemplates(db),
      contractsOf(db, accountId),
      invoicesOf(db, accountId),
      unresolvedCasesOf(db, accountId),
      planFiguresOf(db, accountId),
      relationsOf(db, accountId),
    ]);
    const known = new Set(people.map((c) => c.id));
    const prompts = account
      ? preparationPrompts({
          account,
          contacts: [...people, ...present.filter((c) => !known.has(c.id))],
          interactions,
          tasks,
          meetings,
          now: new Date(),
          meeting,
          contracts,
          invoices,
          cases,
          planFigures,
          relations,
        })
      : [];
    return {
      meeting,
      account: account ?? null,
      attendees: present,
      templates,
      items: checklistFor(meeting, templates),
      prompts,
      followUps: tasks.filter((t) => t.meetingId === meeting.id),
      planFigures,
      decisionMap: { people, relations },
    };
  }, [id]);
}
