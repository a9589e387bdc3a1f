import type { AppDB } from '@/lib/db/app-db';
import { peopleOf } from '@/lib/db/queries/people';
import { relationsOf } from '@/lib/db/queries/person-relations';
import { showsDecisionMap } from '@/lib/people-map/meeting-types';
import type { Contact, Meeting, PersonRelation } from '@/lib/schema';

/**
 * The account's people and relations for the panel's preparation of a negotiation or signing
 * (the panel has no database, so the map travels in the briefing); nothing for other meetings.
 */
export async function decisionMapFor(
  db: AppDB,
  meeting: Meeting,
): Promise<{ people: Contact[]; relations: PersonRelation[] } | undefined> {
  if (!showsDecisionMap(meeting.type)) return undefined;
  const [people, relations] = await Promise.all([peopleOf(db, meeting.accountId), relationsOf(db, meeting.accountId)]);
  return { people, relations };
}
