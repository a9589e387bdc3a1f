import { ComplaintCase, type CaseStatus, type ComplaintCaseInput, type Interaction, Task, newId, nowIso } from '@/lib/schema';
import type { AppDB } from '@/lib/db/app-db';
import { UserFacingError } from '@/lib/db/errors';
import { patchChecked } from './patch';

/**
 * Every write of complaint cases (lib/schema/complaint-case.ts). A case and the history entries
 * and follow-ups linked to it point at each other (ComplaintCase.interactionIds/taskIds and
 * Interaction.caseId/Task.caseId); both sides change here, in one transaction, so they never
 * disagree. A complaint entry linked to a case is open exactly while its case is not resolved:
 * the panel, the portfolio and the prompts count open complaint entries, and a resolved case
 * must not leave its complaint counted as open.
 */

/** What a case's fields may be edited to; status has its own transitions (setCaseStatus). */
export type CaseFields = Partial<Pick<ComplaintCase, 'title' | 'cause' | 'measures' | 'department' | 'outcome'>>;

export async function addCase(
  db: AppDB,
  input: Omit<ComplaintCaseInput, 'id' | 'openedAt' | 'interactionIds' | 'taskIds'> & { openedAt?: string },
): Promise<ComplaintCase> {
  if (typeof input.title !== 'string' || !input.title.trim()) throw new UserFacingError('caseErrorTitle');
  const now = nowIso();
  const rec = ComplaintCase.parse({
    ...input,
    id: newId(),
    openedAt: input.openedAt ?? now,
    resolvedAt: input.status === 'resolved' ? now : null,
    interactionIds: [],
    taskIds: [],
    createdAt: now,
  });
  await db.complaintCases.add(rec);
  return rec;
}

/** "Open a case" from a complaint history entry: the case starts with the entry linked. */
export async function openCaseFrom(
  db: AppDB,
  interactionId: string,
  fields: CaseFields & { title: string },
): Promise<ComplaintCase> {
  return db.transaction('rw', db.complaintCases, db.interactions, async () => {
    const entry = await db.interactions.get(interactionId);
    if (!entry) throw new UserFacingError('errorGone');
    const rec = await addCase(db, { ...fields, accountId: entry.accountId, status: 'open' });
    return linkInteraction(db, rec.id, interactionId);
  });
}

export function updateCase(db: AppDB, id: string, patch: CaseFields, base?: CaseFields): Promise<ComplaintCase> {
  if (patch.title !== undefined && !patch.title.trim()) return Promise.reject(new UserFacingError('caseErrorTitle'));
  return db.transaction('rw', db.complaintCases, () =>
    patchChecked<ComplaintCase>(db.complaintCases, id, patch, base, (m) => ComplaintCase.parse(m)),
  );
}

/**
 * Moves a case along open → in progress → resolved (or back). Resolving needs the outcome and
 * stamps resolvedAt; leaving "resolved" clears resolvedAt and keeps the outcome text as it was.
 */
export function setCaseStatus(db: AppDB, id: string, status: CaseStatus, outcome?: string): Promise<ComplaintCase> {
  return db.transaction('rw', db.complaintCases, db.interactions, async () => {
    const current = await db.complaintCases.get(id);
    if (!current) throw new UserFacingError('errorGone');
    const text = (outcome ?? current.outcome).trim();
    if (status === 'resolved' && !text) throw new UserFacingError('caseErrorOutcome');
    const resolvedAt = status === 'resolved' ? (current.status === 'resolved' ? current.resolvedAt : nowIso()) : null;
    const next = ComplaintCase.parse({ ...current, status, outcome: text, resolvedAt, updatedAt: nowIso() });
    await db.complaintCases.put(next);
    await mirrorComplaints(db, next);
    return next;
  });
}

/** Links a history entry of the same account to a case (moving it from another case if needed). */
export function linkInteraction(db: AppDB, caseId: string, interactionId: string): Promise<ComplaintCase> {
  return db.transaction('rw', db.complaintCases, db.interactions, async () => {
    const [rec, entry] = await Promise.all([db.complaintCases.get(caseId), db.interactions.get(interactionId)]);
    if (!rec || !entry) throw new UserFacingError('errorGone');
    if (entry.accountId !== rec.accountId) throw new UserFacingError('caseErrorOtherAccount');
    if (entry.caseId && entry.caseId !== caseId) await dropId(db, entry.caseId, 'interactionIds', interactionId);
    const next = { ...rec, interactionIds: withId(rec.interactionIds, interactionId), updatedAt: nowIso() };
    await db.complaintCases.put(next);
    await db.interactions.put({ ...entry, caseId, ...complaintState(entry, next) });
    return next;
  });
}

/** Takes a history entry out of its case; the entry itself stays in the history as it is. */
export function unlinkInteraction(db: AppDB, caseId: string, interactionId: string): Promise<void> {
  return db.transaction('rw', db.complaintCases, db.interactions, async () => {
    await dropId(db, caseId, 'interactionIds', interactionId);
    const entry = await db.interactions.get(interactionId);
    if (entry?.caseId === caseId) await db.interactions.put(withoutCase(entry));
  });
}

/** A follow-up made for the case: a normal follow-up of the account that also shows in the case. */
export function addCaseFollowUp(db: AppDB, caseId: string, input: { title: string; due: string | null }): Promise<Task> {
  return db.transaction('rw', db.complaintCases, db.tasks, async () => {
    const rec = await db.complaintCases.get(caseId);
    if (!rec) throw new UserFacingError('errorGone');
    const task = Task.parse({ ...input, id: newId(), accountId: rec.accountId, caseId, createdAt: nowIso() });
    await db.tasks.add(task);
    await db.complaintCases.put({ ...rec, taskIds: withId(rec.taskIds, task.id), updatedAt: nowIso() });
    return task;
  });
}

/** What Undo needs to put a deleted case back with its links. */
export interface CaseSnapshot {
  rec: ComplaintCase;
  interactions: Interaction[];
  tasks: Task[];
}

/** Deletes a case; its history entries and follow-ups stay, unlinked. Returns the Undo snapshot. */
export function deleteCase(db: AppDB, id: string): Promise<CaseSnapshot | undefined> {
  return db.transaction('rw', db.complaintCases, db.interactions, db.tasks, async () => {
    const rec = await db.complaintCases.get(id);
    if (!rec) return undefined;
    const interactions = (await db.interactions.bulkGet(rec.interactionIds)).filter(
      (i): i is Interaction => !!i && i.caseId === id,
    );
    const tasks = (await db.tasks.bulkGet(rec.taskIds)).filter((x): x is Task => !!x && x.caseId === id);
    await db.complaintCases.delete(id);
    await db.interactions.bulkPut(interactions.map(withoutCase));
    await db.tasks.bulkPut(tasks.map(withoutCase));
    return { rec, interactions, tasks };
  });
}

/** Undo of deleteCase: the case and its links exactly as they were. */
export function restoreCase(db: AppDB, s: CaseSnapshot): Promise<void> {
  return db.transaction('rw', db.complaintCases, db.interactions, db.tasks, async () => {
    await db.complaintCases.put(s.rec);
    await db.interactions.bulkPut(s.interactions);
    await db.tasks.bulkPut(s.tasks);
  });
}

function withId(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? [...ids] : [...ids, id];
}

function withoutCase<T extends { caseId?: string }>(rec: T): T {
  const copy = { ...rec };
  delete copy.caseId;
  return copy;
}

async function dropId(db: AppDB, caseId: string, key: 'interactionIds' | 'taskIds', id: string): Promise<void> {
  const rec = await db.complaintCases.get(caseId);
  if (rec?.[key].includes(id)) {
    await db.complaintCases.put({ ...rec, [key]: rec[key].filter((x) => x !== id), updatedAt: nowIso() });
  }
}

/** A linked complaint entry's state follows its case (see the file's comment); other kinds keep theirs. */
function complaintState(entry: Interaction, rec: ComplaintCase): Pick<Interaction, 'state'> {
  if (entry.kind !== 'complaint') return { state: entry.state };
  return { state: rec.status === 'resolved' ? 'closed' : 'open' };
}

async function mirrorComplaints(db: AppDB, rec: ComplaintCase): Promise<void> {
  const linked = (await db.interactions.bulkGet(rec.interactionIds)).filter(
    (i): i is Interaction => !!i && i.caseId === rec.id && i.kind === 'complaint',
  );
  const changed = linked
    .filter((i) => i.state !== complaintState(i, rec).state)
    .map((i) => ({ ...i, ...complaintState(i, rec) }));
  if (changed.length) await db.interactions.bulkPut(changed);
}
