import './zod-config';
import { z } from 'zod';

/** A person seen on the page: the sender, a recipient, a CRM record's contact. */
export const PagePerson = z.object({
  email: z.string().max(320),
  name: z.string().max(200).default(''),
  role: z.enum(['from', 'to', 'cc', 'attendee', 'record', 'other']).default('other'),
});
export type PagePerson = z.infer<typeof PagePerson>;

/** A record in a CRM as its page identifies it; `id` is the CRM's own record id. */
export const CrmRecord = z.object({
  crm: z.string().max(40),
  type: z.enum(['contact', 'company', 'deal', 'lead', 'other']),
  id: z.string().max(200),
});
export type CrmRecord = z.infer<typeof CrmRecord>;

/**
 * What a site adapter read from the page, sent content script -> background -> panel.
 * Validated at the background: the content script runs next to a page we do not trust.
 */
export const PageContext = z.object({
  site: z.string().max(40),
  url: z.string().max(4000),
  /** 'message': an email is open; 'none': nothing to show (inbox list); 'unrecognised': the
   *  adapter knows the host but could not read the page (contract: layout-unrecognised). */
  status: z.enum(['message', 'record', 'event', 'none', 'unrecognised']),
  people: z.array(PagePerson).max(200).default([]),
  subject: z.string().max(1000).default(''),
  messageId: z.string().max(1000).default(''),
  threadId: z.string().max(1000).default(''),
  /** ISO date of the open message when the page shows it. */
  date: z.string().max(40).default(''),
  /** The sender's signature block as plain text, for prefilling a new dossier. */
  signature: z.string().max(2000).default(''),
  /** Calendar event start, ISO, when status is 'event'. */
  eventStart: z.string().max(40).default(''),
  title: z.string().max(1000).default(''),
  /** Where a calendar event takes place (room, address or call link), when status is 'event'. */
  location: z.string().max(1000).optional(),
  /**
   * Same-origin URL of the open message's calendar invitation (a text/calendar attachment).
   * The content script fetches it and the background parses it; absent when there is none.
   */
  inviteUrl: z.string().max(4000).optional(),
  /**
   * Which of the adapter's known layouts (and signals) read the page, e.g. 'reading-pane' or
   * 'full-page'; '' when none did. Shown in Settings → Site health; never holds page content.
   */
  layout: z.string().max(80).default(''),
  /**
   * The CRM record the page shows (status 'record' on a CRM): which CRM, the kind of record and
   * the CRM's own id, so a record linked to a dossier (Account.crmRefs) opens it even without an email.
   */
  record: CrmRecord.optional(),
  /** Web sites or domains the record shows (a company's website field): matched by domain. */
  websites: z.array(z.string().max(500)).max(20).optional(),
  /** The company name the record shows: only ever a suggestion the user confirms. */
  companyName: z.string().max(300).optional(),
});
export type PageContext = z.infer<typeof PageContext>;
export type PageContextInput = z.input<typeof PageContext>;
