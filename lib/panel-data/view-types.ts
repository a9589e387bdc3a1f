import type { Account, ChecklistItem, Contact, Interaction, Meeting, PageContext, PagePerson, Task } from '../schema';

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
  nextMeeting?: { meeting: Meeting; items: ChecklistItem[]; attendees: Contact[] };
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

export interface PanelView {
  status: 'waiting' | 'none' | 'unrecognised' | 'no-match' | 'matched';
  context?: PageContext;
  briefings: AccountBriefing[];
  unmatched: PagePerson[];
  prefill?: NewDossierPrefill;
  /** Locale-independent "now" the view was computed at, for due labels. */
  computedAt: string;
}
