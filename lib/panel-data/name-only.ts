import type { AppDB } from '@/lib/db/app-db';
import { accountsByIds } from '@/lib/db/queries/accounts';
import { contactsNamed } from '@/lib/db/queries/contacts-by-name';
import { nameConfirmations } from '@/lib/db/queries/name-confirmations';
import type { PageContext, PagePerson } from '@/lib/schema';
import type { NameCandidate, NameOnlySender } from '@/lib/schema/panel-view';
import { nameKey } from '@/lib/search/person-name';

/** The open message's sender when the page shows a name and no address (PageContext contract). */
export function nameOnlySender(ctx: PageContext): PagePerson | undefined {
  if (ctx.status !== 'message') return undefined;
  const from = ctx.people.find((p) => p.role === 'from');
  return from && !from.email.trim() && from.name.trim() ? from : undefined;
}

/**
 * What the panel offers for a name-only sender: contacts of a dossier whose name may be this
 * one, each with its account, the one confirmed for this name before first. Loose contacts (no
 * dossier) are left out: confirming shows a dossier, and they have none to show.
 */
export async function nameOnlyOffer(db: AppDB, sender: PagePerson): Promise<NameOnlySender> {
  const contacts = (await contactsNamed(db, sender.name)).filter((c) => c.accountId);
  const accounts = new Map(
    (
      await accountsByIds(
        db,
        contacts.map((c) => c.accountId ?? ''),
      )
    ).map((a) => [a.id, a]),
  );
  const key = nameKey(sender.name);
  const confirmed = new Set((await nameConfirmations(db)).filter((c) => c.key === key).map((c) => c.contactId));
  const candidates = contacts.flatMap((c): NameCandidate[] => {
    const account = accounts.get(c.accountId ?? '');
    if (!account) return [];
    return [
      {
        contactId: c.id,
        name: c.name,
        title: c.title,
        accountId: account.id,
        accountName: account.name,
        confirmedBefore: confirmed.has(c.id),
      },
    ];
  });
  // A stable sort keeps the name order among the rest.
  candidates.sort((a, b) => Number(b.confirmedBefore) - Number(a.confirmedBefore));
  return { name: sender.name.trim(), candidates };
}
