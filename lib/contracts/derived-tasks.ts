/**
 * The follow-ups a contract makes by itself (docs/domain.md §2 and §6: a missed renewal or a
 * forgotten promise to the client is among the costliest misses). Pure planning over records: the
 * repo (lib/db/repos/contracts.ts) reads, calls planDerivedTasks and writes in one transaction.
 *
 * - Renewal: due `leadDays` before `renewalOn`, or on the notice deadline (`renewalOn -
 *   noticeDays`) when that comes earlier, because after it the renewal can no longer be refused
 *   or renegotiated. An expired contract makes none. A due already past stays past: the task then
 *   shows as overdue, which is the truth (the lead time has run out).
 * - Our obligations (`side: 'we'`) with a due date: due on their own date. An obligation is the
 *   deadline of a deliverable the client waits for; a follow-up a whole lead time earlier would sit
 *   on the week list for a month. The client's obligations make no follow-up (the panel and the
 *   preparation prompts show them).
 *
 * Ids are deterministic (`contract:<id>:renewal`, `contract:<id>:obligation:<oid>`), so saving
 * again rewrites the same task instead of adding one.
 */
import type { Contract } from '@/lib/schema/contract';
import type { Task, TaskOrigin } from '@/lib/schema/task';
import { addDays, dayOf, type Day } from '@/lib/time/local-time';

/** The wording of derived follow-ups; the caller supplies it in the user's language. */
export interface DerivedTitles {
  renewal(contract: string, renewalDay: Day, noticeDay: Day | null): string;
  obligation(contract: string, text: string): string;
}

/** What one derived follow-up should look like now. `closed`: its source is done (an obligation ticked). */
export interface DerivedSpec {
  id: string;
  accountId: string;
  title: string;
  due: Day;
  origin: TaskOrigin;
  closed: boolean;
}

export const renewalTaskId = (contractId: string) => `contract:${contractId}:renewal`;
export const obligationTaskId = (contractId: string, obligationId: string) => `contract:${contractId}:obligation:${obligationId}`;

/** How a contract is named in one line: number and title, either alone, or a dash for neither. */
export function contractLabel(c: Pick<Contract, 'number' | 'title'>): string {
  const number = c.number.trim();
  const title = c.title.trim();
  return number && title ? `${number} (${title})` : number || title || '—';
}

/** The last day notice can be given, or null without a renewal date or notice period. */
export function noticeDeadline(c: Pick<Contract, 'renewalOn' | 'noticeDays'>): Day | null {
  if (!c.renewalOn || c.noticeDays === null) return null;
  return addDays(dayOf(c.renewalOn), -c.noticeDays);
}

/** The renewal follow-up's due day: lead time before renewal, never after the notice deadline. */
export function renewalDue(c: Pick<Contract, 'renewalOn' | 'noticeDays' | 'leadDays'>): Day | null {
  if (!c.renewalOn) return null;
  const byLead = addDays(dayOf(c.renewalOn), -c.leadDays);
  const notice = noticeDeadline(c);
  return notice && notice < byLead ? notice : byLead;
}

/** Every follow-up the contract implies, in a stable order. */
export function derivedSpecs(c: Contract, titles: DerivedTitles): DerivedSpec[] {
  const out: DerivedSpec[] = [];
  const label = contractLabel(c);
  const due = renewalDue(c);
  if (due && c.renewalOn && c.status !== 'expired') {
    out.push({
      id: renewalTaskId(c.id),
      accountId: c.accountId,
      title: titles.renewal(label, dayOf(c.renewalOn), noticeDeadline(c)),
      due,
      origin: { kind: 'contract-renewal', contractId: c.id },
      closed: false,
    });
  }
  for (const o of c.obligations) {
    if (o.side !== 'we' || !o.due || !o.text.trim()) continue;
    out.push({
      id: obligationTaskId(c.id, o.id),
      accountId: c.accountId,
      title: titles.obligation(label, o.text.trim()),
      due: dayOf(o.due),
      origin: { kind: 'obligation', contractId: c.id, obligationId: o.id },
      closed: o.done,
    });
  }
  return out;
}

export interface DerivedPlan {
  put: Task[];
  delete: string[];
}

/**
 * Turns the change from `before` to `after` into task writes, given the contract's derived tasks as
 * stored (`existing`, open and done). Rules:
 * - a new source, or one whose date moved, (re)opens its task with the new date — a follow-up the
 *   user ticked done stays done only while the date stays the same;
 * - an unchanged date keeps the task's status and due (the user may have snoozed it), only the
 *   title follows the contract;
 * - a task the user deleted while its date stayed the same is not brought back;
 * - a ticked obligation closes its task; a removed source (obligation deleted, renewal date
 *   cleared, contract expired) deletes its task if open and keeps it if done, as a kept promise.
 */
export function planDerivedTasks(
  before: readonly DerivedSpec[],
  after: readonly DerivedSpec[],
  existing: readonly Task[],
  nowIso: string,
): DerivedPlan {
  const stored = new Map(existing.map((t) => [t.id, t]));
  const previous = new Map(before.map((s) => [s.id, s]));
  const put: Task[] = [];
  const remove: string[] = [];
  for (const spec of after) {
    const task = stored.get(spec.id);
    const prev = previous.get(spec.id);
    const dateMoved = prev ? prev.due !== spec.due : task ? task.due?.slice(0, 10) !== spec.due : true;
    const reopened = !!prev?.closed && !spec.closed;
    if (spec.closed) {
      if (task?.status === 'open') put.push({ ...task, title: spec.title, status: 'done', doneAt: nowIso });
      continue;
    }
    if (!task) {
      if (!prev || dateMoved || reopened) {
        put.push({
          id: spec.id,
          accountId: spec.accountId,
          title: spec.title,
          due: spec.due,
          status: 'open',
          origin: spec.origin,
          createdAt: nowIso,
          doneAt: null,
        });
      }
      continue;
    }
    if (dateMoved || reopened) {
      put.push({
        ...task,
        title: spec.title,
        due: spec.due,
        status: 'open',
        doneAt: null,
        snoozedUntil: null,
        origin: spec.origin,
      });
    } else if (task.title !== spec.title) {
      put.push({ ...task, title: spec.title });
    }
  }
  const kept = new Set(after.map((s) => s.id));
  for (const task of existing) if (!kept.has(task.id) && task.status === 'open') remove.push(task.id);
  return { put, delete: remove };
}
