import type { CrmRecord, PageContext, PagePerson } from '@/lib/schema/page-context';
import type { Address } from './parse-address';

/**
 * Builds the PageContext an adapter returns. Every field is filled and clamped to the schema's
 * limits here, so adapters stay free of zod (the content script must stay small) and the
 * background's validation never rejects an honest read for being too long.
 */

type Role = PagePerson['role'];
type Status = PageContext['status'];

const MAX_PEOPLE = 200;

/** People in the order they matter (the open message's sender first), one entry per address. */
export class PeopleList {
  private readonly byEmail = new Map<string, PagePerson>();

  /** Adds a person once; a later sighting only fills in a missing name, never changes the role. */
  add(address: Address | null | undefined, role: Role): void {
    if (!address) return;
    const known = this.byEmail.get(address.email);
    if (known) {
      if (!known.name && address.name) known.name = address.name;
      return;
    }
    if (this.byEmail.size >= MAX_PEOPLE) return;
    this.byEmail.set(address.email, { email: address.email, name: address.name, role });
  }

  addAll(addresses: readonly Address[], role: Role): void {
    for (const address of addresses) this.add(address, role);
  }

  get size(): number {
    return this.byEmail.size;
  }

  toArray(): PagePerson[] {
    return [...this.byEmail.values()];
  }
}

export interface ContextParts {
  people?: PeopleList | PagePerson[];
  subject?: string;
  messageId?: string;
  threadId?: string;
  date?: string;
  signature?: string;
  eventStart?: string;
  title?: string;
  /** Which known layout read the page (PageContext.layout). */
  layout?: string;
  /** A CRM record page: the record's CRM, type and id (PageContext.record). */
  record?: CrmRecord;
  /** Websites or domains a CRM record shows. */
  websites?: readonly string[];
  companyName?: string;
}

const clip = (value: string | undefined, max: number): string => (value ?? '').trim().slice(0, max);

export function makeContext(site: string, url: URL, status: Status, parts: ContextParts = {}): PageContext {
  const people = parts.people instanceof PeopleList ? parts.people.toArray() : (parts.people ?? []);
  const websites = (parts.websites ?? [])
    .map((w) => clip(w, 500))
    .filter(Boolean)
    .slice(0, 20);
  const companyName = clip(parts.companyName, 300);
  return {
    site: clip(site, 40),
    url: url.href.slice(0, 4000),
    status,
    people: people.slice(0, MAX_PEOPLE),
    subject: clip(parts.subject, 1000),
    messageId: clip(parts.messageId, 1000),
    threadId: clip(parts.threadId, 1000),
    date: clip(parts.date, 40),
    signature: clip(parts.signature, 2000),
    eventStart: clip(parts.eventStart, 40),
    title: clip(parts.title, 1000),
    layout: clip(parts.layout, 80),
    ...(parts.record
      ? { record: { crm: clip(parts.record.crm, 40), type: parts.record.type, id: clip(parts.record.id, 200) } }
      : {}),
    // Only CRM records carry these; other pages' contexts (and their golden files) stay as they were.
    ...(websites.length ? { websites } : {}),
    ...(companyName ? { companyName } : {}),
  };
}

/**
 * Runs an adapter's reader and turns any exception into 'unrecognised' (docs/architecture.md,
 * convention 4): a host page that changed shape must never see an error from us.
 */
export function safeRead(site: string, url: URL, read: () => PageContext): PageContext {
  try {
    return read();
  } catch {
    return makeContext(site, url, 'unrecognised');
  }
}
