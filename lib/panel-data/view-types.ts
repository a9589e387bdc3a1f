import type { MeetingChecklistItem } from '@/lib/checklists/checklist';
import type { Prompt } from '@/lib/meetings/prompts';
import type { Account, Contact, Interaction, Meeting, PageContext, PagePerson, Task } from '@/lib/schema';

/** The matched account as the panel shows it: everything for the briefing, already queried. */
export interface AccountBriefing {
  account: Account;
  /** People on the page who belong to this account, sender first. */
  people: Contact[];
  via: 'email' | 'domain' | 'manual';
  /** Open follow-ups, overdue first. */
  openTasks: Task[];
  /** Complaints and commitments still open. */
  openComplaints: Interaction[];
  recentInteractions: Interaction[];
  /** The next meeting today or tomorrow, with its checklist. */
  nextMeeting?: { meeting: Meeting; items: MeetingChecklistItem[]; attendees: Contact[]; prompts: Prompt[] };
  /** This open message is already in the account's history. */
  emailLogged: boolean;
}

/** What a new dossier would be prefilled with for an unknown sender. */
export interface NewDossierPrefill {
  name: string;
  email: string;
  domain: string;
  company: string;
  title: string;
  phones: string[];
  freemail: boolean;
}

/** A meeting type the user can pick when scheduling from an event. */
export interface EventTypeOption {
  templateId: string;
  type: string;
  label: string;
}

/** A calendar event page or an emailed invitation, offered for scheduling (lib/meetings/event-view.ts). */
export interface PanelEvent {
  title: string;
  /** ISO date-time; 'YYYY-MM-DD' when only the day is known; '' when unknown. */
  start: string;
  end?: string;
  durationMin: number;
  location: string;
  attendees: PagePerson[];
  source: 'calendar' | 'invite';
  types: EventTypeOption[];
  suggestedTemplateId: string;
  /** Set once a meeting was scheduled from this event: the panel shows it as done. */
  alreadyScheduledMeetingId?: string;
}

export interface PanelView {
  status: 'waiting' | 'none' | 'unrecognised' | 'no-match' | 'matched';
  context?: PageContext;
  briefings: AccountBriefing[];
  unmatched: PagePerson[];
  prefill?: NewDossierPrefill;
  /** The event on a calendar page, or the open message's invitation. */
  event?: PanelEvent;
  /** Locale-independent "now" the view was computed at, for due labels. */
  computedAt: string;
}
