import type { AppDB } from '@/lib/db/app-db';
import type { Meeting } from '@/lib/schema';

export function meetingById(db: AppDB, id: string): Promise<Meeting | undefined> {
  return db.meetings.get(id);
}

/** An account's meetings, earliest first. */
export function meetingsOf(db: AppDB, accountId: string): Promise<Meeting[]> {
  return db.meetings.where('accountId').equals(accountId).sortBy('at');
}

/** The meetings of any of these accounts, earliest first. */
export function meetingsOfAccounts(db: AppDB, accountIds: readonly string[]): Promise<Meeting[]> {
  return db.meetings
    .where('accountId')
    .anyOf([...accountIds])
    .sortBy('at');
}

/**
 * Meetings starting after `from` (and before `to` when given), through the `at` index. Stored
 * instants may carry any UTC offset, so callers pad the range and cut exactly on parsed times.
 */
export function meetingsBetween(db: AppDB, from: string, to?: string): Promise<Meeting[]> {
  return (to === undefined ? db.meetings.where('at').above(from) : db.meetings.where('at').between(from, to)).toArray();
}

/** The meeting already scheduled from a calendar event: same UID, else same page. */
export function meetingFromSource(db: AppDB, source: { uid: string; url: string }): Promise<Meeting | undefined> {
  const matches = (m: Meeting) => (source.uid ? m.source?.uid === source.uid : !!source.url && m.source?.url === source.url);
  return db.meetings.filter(matches).first();
}
