import type { AppDB } from '@/lib/db/app-db';
import { createAccount } from '@/lib/db/repos/accounts';
import { createContact } from '@/lib/db/repos/contacts';
import { seedTemplatesIfEmpty } from '@/lib/db/repos/templates';
import { Meeting, type MeetingInput } from '@/lib/schema';

export const MIN = 60_000;

/** Acme with Anna, and the built-in templates in English. */
export async function seedAcme(db: AppDB): Promise<void> {
  await createAccount(db, { id: 'acme', name: 'Acme Logistics' });
  await createContact(db, { id: 'anna', accountId: 'acme', name: 'Anna Petrova', role: 'decision-maker' });
  await seedTemplatesIfEmpty(db, 'en');
}

/** A meeting booked `bookedAt` (default: two hours before it starts). */
export async function addMeeting(
  db: AppDB,
  id: string,
  at: Date,
  extra: Partial<MeetingInput> = {},
  bookedAt?: Date,
): Promise<Meeting> {
  const m = Meeting.parse({
    id,
    accountId: 'acme',
    contactIds: ['anna'],
    type: 'negotiation',
    at: at.toISOString(),
    createdAt: (bookedAt ?? new Date(at.getTime() - 120 * MIN)).toISOString(),
    ...extra,
  });
  await db.meetings.put(m);
  return m;
}
