import { preparationPrompts } from '@/lib/meetings/prompts';
import type { AppDB } from '@/lib/db/app-db';
import { contractsOf } from '@/lib/db/queries/contracts';
import { meetingsOf } from '@/lib/db/queries/meetings';
import { openTasksOf } from '@/lib/db/queries/open-tasks';
import { invoicesOf } from '@/lib/db/queries/invoices';
import { contactsByIds } from '@/lib/db/queries/people';
import { planFiguresOf } from '@/lib/db/queries/plan-figures';
import { timeline } from '@/lib/db/queries/timeline';
import type { Account, Contact, Interaction, Meeting, Task } from '@/lib/schema';
import { itemsForMeeting } from '@/lib/meetings/meeting-items';
import type { PromptInput } from '@/lib/meetings/prompts';
import { decisionMapFor } from './decision-map';
import type { AccountBriefing } from '@/lib/schema/panel-view';
import { addDays, endOfLocalDay, localDay } from '@/lib/time/local-time';
import { contractAlerts } from './contract-alerts';
import { moneySummary } from './money-summary';
import { casesForBriefing } from './open-cases';

/** The complete dossier's parts the preparation prompts read (contracts, money, cases, plan). */
type DossierFacts = Pick<PromptInput, 'contracts' | 'invoices' | 'cases' | 'planFigures'>;

const RECENT = 5;

function endOfTomorrow(now: Date): string {
  return endOfLocalDay(addDays(localDay(now), 1));
}

async function nextMeetingOf(
  db: AppDB,
  account: Account,
  accountMeetings: Meeting[],
  history: Interaction[],
  openTasks: Task[],
  now: Date,
  facts: DossierFacts,
): Promise<AccountBriefing['nextMeeting']> {
  // A meeting that started up to its own length ago is still "now": keep it on screen.
  const from = new Date(now.getTime() - 3 * 60 * 60 * 1000).toISOString();
  const until = endOfTomorrow(now);
  const meetings = accountMeetings.filter((m) => m.at >= from && m.at <= until && !m.outcome);
  const meeting: Meeting | undefined = meetings.find((m) => new Date(m.at).getTime() + m.durationMin * 60000 >= now.getTime());
  if (!meeting) return undefined;
  const attendees = await contactsByIds(db, meeting.contactIds);
  const decisionMap = await decisionMapFor(db, meeting);
  // The same live facts as the dashboard's preparation view, computed where the data is.
  const prompts = preparationPrompts({
    account,
    // With a decision map, everyone of the account, so its prompts can name them; attendee
    // prompts still follow the meeting's own attendees.
    contacts: decisionMap ? [...attendees, ...decisionMap.people] : attendees,
    relations: decisionMap?.relations,
    interactions: history,
    tasks: openTasks,
    meetings,
    now,
    meeting,
    ...facts,
  });
  return { meeting, items: await itemsForMeeting(db, meeting), attendees, prompts, decisionMap };
}

/**
 * Everything the panel shows for one account, read in one pass of indexed queries. The reads are
 * independent, so they go to IndexedDB together: one round trip's wait, not seven in a row
 * (the panel's latency, test/tools/bench-panel.mjs).
 */
export async function briefingFor(
  db: AppDB,
  account: Account,
  people: Contact[],
  via: AccountBriefing['via'],
  messageId: string,
  now: Date,
): Promise<AccountBriefing> {
  const id = account.id;
  const [history, openTasks, contracts, invoices, cases, planFigures, meetings] = await Promise.all([
    timeline(db, id),
    openTasksOf(db, id),
    contractsOf(db, id),
    invoicesOf(db, id),
    casesForBriefing(db, id, now),
    planFiguresOf(db, id),
    meetingsOf(db, id),
  ]);
  return {
    account,
    people,
    via,
    openTasks,
    openComplaints: history.filter((i) => i.kind === 'complaint' && i.state !== 'closed'),
    openCases: cases.open,
    recentInteractions: history.slice(0, RECENT),
    contractAlerts: contractAlerts(contracts, now),
    nextMeeting: await nextMeetingOf(db, account, meetings, history, openTasks, now, {
      contracts,
      invoices,
      cases: cases.all,
      planFigures,
    }),
    emailLogged: !!messageId && history.some((i) => i.source?.messageId === messageId),
    money: moneySummary(invoices, now),
  };
}
