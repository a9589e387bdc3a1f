import type { AppDB } from '@/lib/db/app-db';
import { accountById, accountsByDomain } from '@/lib/db/queries/accounts';
import { contactsByEmail } from '@/lib/db/queries/people';
import { getSettings } from '@/lib/db/repos/settings';
import { accountsByWebsites, matchPeople, type MatchLookup } from '@/lib/matching';
import { cleanEmail, emailLookupKeys } from '@/lib/matching';
import { briefingFor } from './briefing';
import { eventSourceOf } from '@/lib/meetings/event-source';
import { panelEventOf } from '@/lib/meetings/event-view';
import { nameOnlyOffer, nameOnlySender } from './name-only';
import { prefillFromContext } from './prefill';
import { companySuggestions, linkedAccounts, prefillFromRecord, recordLinkedTo } from './crm-record';
import { inviteOf, type TabState } from './tab-state';
import type { PageContext, PagePerson } from '@/lib/schema';
import type { AccountBriefing, PanelView } from '@/lib/schema/panel-view';

export function dbLookup(db: AppDB): MatchLookup {
  return {
    contactsByEmail: (email) => contactsByEmail(db, email),
    accountsByDomain: (domain) => accountsByDomain(db, domain),
    accountById: (id) => accountById(db, id),
  };
}

/** How many of the page's people prefetchedLookup reads ahead. */
const PREFETCHED = 5;

/**
 * The lookup with each answer asked once, and the page's people's contacts (with their accounts)
 * asked at once: matching needs the settings first (a colleague is never a client), and these
 * reads go out alongside that one, so a view waits one or two IndexedDB round trips less — most
 * of all in a worker just started, whose every round trip is slow (issue 13, the cold path).
 * Only the first few people, the sender first: a long list of colleagues in copy is read only
 * if matching asks. What matching never asks for is only read, never shown.
 */
function prefetchedLookup(db: AppDB, people: readonly PagePerson[]): MatchLookup {
  const base = dbLookup(db);
  const cache = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    let p = cache.get(key) as Promise<T> | undefined;
    if (!p) {
      p = read();
      // A read nobody awaits in the end must not report an unhandled rejection.
      p.catch(() => undefined);
      cache.set(key, p);
    }
    return p;
  };
  const lookup: MatchLookup = {
    contactsByEmail: (email) => once(`e:${email}`, () => base.contactsByEmail(email)),
    accountsByDomain: (domain) => once(`d:${domain}`, () => base.accountsByDomain(domain)),
    accountById: (id) => once(`a:${id}`, () => base.accountById(id)),
  };
  const first = [...people.filter((p) => p.role === 'from'), ...people.filter((p) => p.role !== 'from')].slice(0, PREFETCHED);
  for (const key of first.flatMap((p) => emailLookupKeys(p.email)))
    void lookup
      .contactsByEmail(key)
      .then((contacts) => contacts.forEach((c) => c.accountId && void lookup.accountById(c.accountId)))
      .catch(() => undefined);
  return lookup;
}

/** A briefing on a CRM record page says whether its dossier links the record (the Link button). */
function withLink(briefing: AccountBriefing, ctx: PageContext | undefined): AccountBriefing {
  const linked = recordLinkedTo(briefing.account, ctx);
  return linked === undefined ? briefing : { ...briefing, recordLinked: linked };
}

/**
 * The panel's whole view for one tab. Runs inside Dexie's liveQuery in the background, so any
 * write that touches what it read (a new task, a logged email, an edited dossier) re-runs it.
 */
export async function computeView(db: AppDB, tabState: TabState, now = new Date()): Promise<PanelView> {
  const { context: ctx, pinnedAccountId } = tabState;
  const computedAt = now.toISOString();
  if (pinnedAccountId) {
    const account = await accountById(db, pinnedAccountId);
    if (account) {
      const briefing = await briefingFor(db, account, [], 'manual', ctx?.messageId ?? '', now);
      return {
        status: 'matched',
        ...(ctx ? { context: ctx } : {}),
        briefings: [withLink(briefing, ctx)],
        unmatched: [],
        computedAt,
      };
    }
  }
  if (!ctx) return { status: 'waiting', computedAt };
  const lookup = prefetchedLookup(db, ctx.people);
  // Matching order on a CRM page: the linked record, then emails, then the website's domain, then
  // (only offered) the company name. A linked record needs no email on the page, nor a readable one.
  // The settings are read alongside: every page with people needs them next.
  const [linked, settings] = await Promise.all([linkedAccounts(db, ctx), getSettings(db)]);
  if (linked.length) {
    // The people on the page who belong to a linked dossier are still shown as its people.
    const byEmail = ctx.people.length ? await matchPeople(ctx.people, settings, lookup) : undefined;
    const peopleOf = (id: string) => byEmail?.accounts.find((m) => m.account.id === id)?.contacts ?? [];
    const briefings = await Promise.all(linked.map((a) => briefingFor(db, a, peopleOf(a.id), 'linked', ctx.messageId, now)));
    return { status: 'matched', context: ctx, briefings: briefings.map((b) => withLink(b, ctx)), unmatched: [], computedAt };
  }
  if (ctx.status === 'unrecognised') return { status: 'unrecognised', context: ctx, computedAt };
  if (ctx.status === 'none' || (ctx.people.length === 0 && !ctx.websites?.length && !ctx.record)) {
    return { status: 'none', context: ctx, computedAt };
  }

  const result = await matchPeople(ctx.people, settings, lookup);
  // A CRM record without a known email may still show the company's website.
  const byWebsite = result.accounts.length ? [] : await accountsByWebsites(ctx.websites ?? [], settings, lookup);
  const briefings = (
    await Promise.all([
      ...result.accounts.map((m) => briefingFor(db, m.account, m.contacts, m.via, ctx.messageId, now)),
      ...byWebsite.map((account) => briefingFor(db, account, [], 'domain', ctx.messageId, now)),
    ])
  ).map((b) => withLink(b, ctx));
  if (briefings.length) {
    // A calendar event or an invitation in the open message: offer to schedule it (matched accounts only).
    const source = eventSourceOf(ctx, inviteOf(tabState));
    const event = source
      ? await panelEventOf(
          db,
          source,
          briefings.map((b) => b.account.id),
        )
      : undefined;
    return { status: 'matched', context: ctx, briefings, unmatched: result.unmatched, computedAt, ...(event ? { event } : {}) };
  }

  // A known person filed under no account still needs a dossier: offer it, prefilled with them.
  // A loose contact is matched through at least one person on the page: its first stands for it.
  const loose = result.looseContacts.flatMap((l) => (l.people[0] ? [{ ...l.people[0], name: l.contact.name }] : []));
  const candidates = [...loose, ...result.unmatched];
  const first = candidates.find((p) => p.role === 'from') ?? candidates[0];
  const freemail = new Set(settings.freemailDomains);
  if (ctx.record) {
    // A CRM record nobody linked yet: offer the dossiers named like its company, link to one, or a new one.
    const suggestions = await companySuggestions(db, ctx);
    return {
      status: 'no-match',
      context: ctx,
      unmatched: candidates,
      prefill: prefillFromRecord(ctx, freemail),
      ...(suggestions.length ? { suggestions } : {}),
      computedAt,
    };
  }
  const prefill = first
    ? prefillFromContext(ctx, cleanEmail(first.email), first.name, freemail.has(first.email.split('@')[1]?.toLowerCase() ?? ''))
    : undefined;
  // A sender shown by name only: offer the namesakes to confirm (never a silent name match).
  const nameOnlyFrom = nameOnlySender(ctx);
  const nameOnly = nameOnlyFrom ? await nameOnlyOffer(db, nameOnlyFrom) : undefined;
  return {
    status: 'no-match',
    context: ctx,
    unmatched: candidates,
    ...(prefill ? { prefill } : {}),
    ...(nameOnly ? { nameOnly } : {}),
    computedAt,
  };
}
