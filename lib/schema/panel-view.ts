import { z } from 'zod';
import { ContractAlert } from './contract-alert';
import { MoneySummary } from './money-summary';
import { OpenCase } from './open-case';
import { PROMPT_KEYS, PROMPT_KINDS } from './prompt';
import { Account, ChecklistItem, Contact, Interaction, Meeting, PageContext, PagePerson, PersonRelation, Task } from '.';

/**
 * What the panel shows, as zod schemas: the worker computes a view (compute-view.ts) and the
 * panel, living in a page's iframe, parses what arrives on its port with these before rendering
 * (lib/messaging/worker-to-panel.ts). The TypeScript types are inferred, so they cannot drift.
 */

export const PromptSchema = z.object({
  kind: z.enum(PROMPT_KINDS),
  key: z.enum(PROMPT_KEYS),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  refId: z.string(),
});

export const MeetingChecklistItemSchema = ChecklistItem.extend({
  group: z.enum(['type', 'conduct']),
  checked: z.boolean(),
});

export const NextMeeting = z.object({
  meeting: Meeting,
  items: z.array(MeetingChecklistItemSchema),
  attendees: z.array(Contact),
  prompts: z.array(PromptSchema),
  /** A negotiation's or signing's decision map: the account's people and their relations. */
  decisionMap: z.object({ people: z.array(Contact), relations: z.array(PersonRelation) }).optional(),
});

/** The matched account as the panel shows it: everything for the briefing, already queried. */
export const AccountBriefing = z.object({
  account: Account,
  /** People on the page who belong to this account, sender first. */
  people: z.array(Contact),
  /** 'linked': the CRM record the page shows is linked to this dossier (Account.crmRefs). */
  via: z.enum(['linked', 'email', 'domain', 'manual']),
  /** On a CRM record page: whether this dossier links the record (the panel's Link / Linked). */
  recordLinked: z.boolean().optional(),
  /** Open follow-ups, overdue first. */
  openTasks: z.array(Task),
  /** Complaints and commitments still open. */
  openComplaints: z.array(Interaction),
  /** Complaint cases open or in progress, oldest first (lib/panel-data/open-cases.ts). */
  openCases: z.array(OpenCase).optional(),
  recentInteractions: z.array(Interaction),
  /** The next meeting today or tomorrow, with its checklist. */
  nextMeeting: NextMeeting.optional(),
  /** Renewals and obligations due soon or overdue (lib/panel-data/contract-alerts.ts). */
  contractAlerts: z.array(ContractAlert).optional(),
  /** This open message is already in the account's history. */
  emailLogged: z.boolean(),
  /** Money owed per currency (overdue and outstanding); absent when nothing is owed. */
  money: MoneySummary.optional(),
});
export type AccountBriefing = z.infer<typeof AccountBriefing>;

/** What a new dossier would be prefilled with for an unknown sender. */
export const NewDossierPrefill = z.object({
  name: z.string(),
  email: z.string(),
  domain: z.string(),
  company: z.string(),
  title: z.string(),
  phones: z.array(z.string()),
  freemail: z.boolean(),
});
export type NewDossierPrefill = z.infer<typeof NewDossierPrefill>;

/** A contact whose name may be the name-only sender's, with the dossier confirming it would show. */
export const NameCandidate = z.object({
  contactId: z.string(),
  name: z.string(),
  title: z.string(),
  accountId: z.string(),
  accountName: z.string(),
  /** The user picked this contact for this name before (its address has not shown up yet). */
  confirmedBefore: z.boolean(),
});
export type NameCandidate = z.infer<typeof NameCandidate>;

/**
 * The open message's sender is shown by name only (Outlook, for people of the user's own
 * organisation): no address to match, so the panel offers the namesakes to confirm, never a match.
 */
export const NameOnlySender = z.object({ name: z.string(), candidates: z.array(NameCandidate) });
export type NameOnlySender = z.infer<typeof NameOnlySender>;

/**
 * A dossier whose name is the company name a CRM record shows: offered for the user to confirm
 * ("Is this NordFreight Oy?"), never opened by itself (lib/matching/company-name.ts).
 */
export const CompanySuggestion = z.object({ accountId: z.string(), name: z.string() });
export type CompanySuggestion = z.infer<typeof CompanySuggestion>;

/** A meeting type the user can pick when scheduling from an event. */
export const EventTypeOption = z.object({ templateId: z.string(), type: z.string(), label: z.string() });
export type EventTypeOption = z.infer<typeof EventTypeOption>;

/** A calendar event page or an emailed invitation, offered for scheduling (lib/meetings/event-view.ts). */
export const PanelEvent = z.object({
  title: z.string(),
  /** ISO date-time; 'YYYY-MM-DD' when only the day is known; '' when unknown. */
  start: z.string(),
  end: z.string().optional(),
  durationMin: z.number(),
  location: z.string(),
  attendees: z.array(PagePerson),
  source: z.enum(['calendar', 'invite']),
  types: z.array(EventTypeOption),
  suggestedTemplateId: z.string(),
  /** Set once a meeting was scheduled from this event: the panel shows it as done. */
  alreadyScheduledMeetingId: z.string().optional(),
});
export type PanelEvent = z.infer<typeof PanelEvent>;

/** Locale-independent "now" the view was computed at, for due labels. */
const computedAt = z.string();

/** One variant per status; each carries only what it has. */
export const PanelView = z.discriminatedUnion('status', [
  /** No context from the page yet (and no pin). */
  z.object({ status: z.literal('waiting'), computedAt }),
  /** The page shows nothing to match (an inbox list). */
  z.object({ status: z.literal('none'), context: PageContext, computedAt }),
  /** The adapter knows the host but could not read the page. */
  z.object({ status: z.literal('unrecognised'), context: PageContext, computedAt }),
  /** People on the page, none filed under an account: offer a dossier. */
  z.object({
    status: z.literal('no-match'),
    context: PageContext,
    unmatched: z.array(PagePerson),
    prefill: NewDossierPrefill.optional(),
    /** Set when the sender has a name but no address on the page. */
    nameOnly: NameOnlySender.optional(),
    /** On a CRM record: dossiers named like the record's company, to confirm and link. */
    suggestions: z.array(CompanySuggestion).optional(),
    computedAt,
  }),
  /** One briefing per matched account; `context` is absent for a pin made before any page context. */
  z.object({
    status: z.literal('matched'),
    context: PageContext.optional(),
    briefings: z.array(AccountBriefing),
    unmatched: z.array(PagePerson),
    /** The event on a calendar page, or the open message's invitation. */
    event: PanelEvent.optional(),
    computedAt,
  }),
]);
export type PanelView = z.infer<typeof PanelView>;
export type PanelViewOf<S extends PanelView['status']> = Extract<PanelView, { status: S }>;
