/**
 * "Needs attention" for the portfolio view (components/dashboard/AccountList.tsx). Each signal is
 * a bit, weighted so a stronger one always outranks any mix of weaker ones — the order the user
 * asked for in issue 12: an overdue follow-up (a promise already broken), an open complaint, a
 * contact cadence slipping (docs/domain.md §5: a nudge, never a quota), a meeting within two
 * days. Ties: more overdue follow-ups, then more open complaints, then by name.
 */
import { daysSince } from './cadence';
import { runtimeTimeZone } from '@/lib/time/local-time';

export const attentionWeights = { overdue: 8, complaint: 4, cadence: 2, meetingSoon: 1 } as const;

/** A meeting this close (its start, from now) counts as "soon". */
export const MEETING_SOON_MS = 2 * 86_400_000;

export interface AttentionFacts {
  overdueTasks: number;
  openComplaints: number;
  cadenceSlipping: boolean;
  /** The next meeting's start, ISO, or null. */
  nextMeetingAt: string | null;
}

/**
 * Whether the account's own cadence has lapsed: more local days since the last contact than
 * `cadenceDays`, or no contact ever. No cadence set: never slipping.
 */
export function cadenceSlipping(
  cadenceDays: number | null | undefined,
  lastContactAt: string | null,
  now: Date,
  tz: string = runtimeTimeZone(),
): boolean {
  if (!cadenceDays) return false;
  return lastContactAt === null || daysSince(lastContactAt, now, tz) > cadenceDays;
}

export function meetingSoon(nextMeetingAt: string | null, now: Date): boolean {
  if (!nextMeetingAt) return false;
  const at = Date.parse(nextMeetingAt);
  return !Number.isNaN(at) && at - now.getTime() <= MEETING_SOON_MS;
}

/** The score: the sum of the weights of the signals present (0 = nothing needs attention). */
export function attentionScore(f: AttentionFacts, now: Date): number {
  const w = attentionWeights;
  return (
    (f.overdueTasks > 0 ? w.overdue : 0) +
    (f.openComplaints > 0 ? w.complaint : 0) +
    (f.cadenceSlipping ? w.cadence : 0) +
    (meetingSoon(f.nextMeetingAt, now) ? w.meetingSoon : 0)
  );
}
