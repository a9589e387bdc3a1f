import { UserFacingError } from '@/lib/db/errors';
import { casesForReport, casesOf, unresolvedCasesOf } from '@/lib/db/queries/complaint-cases';
import { createAccount } from '@/lib/db/repos/accounts';
import {
  addCase,
  addCaseFollowUp,
  deleteCase,
  linkInteraction,
  openCaseFrom,
  restoreCase,
  setCaseStatus,
  unlinkInteraction,
  updateCase,
} from '@/lib/db/repos/complaint-cases';
import { addInteraction } from '@/lib/db/repos/interactions';
import { casesForBriefing } from '@/lib/panel-data/open-cases';
import { testDb } from './test-db';

async function seed() {
  const db = testDb();
  const a = await createAccount(db, { name: 'Acme' });
  const other = await createAccount(db, { name: 'Other' });
  const complaint = await addInteraction(db, {
    accountId: a.id,
    kind: 'complaint',
    at: '2026-11-02T10:00:00.000Z',
    summary: 'Broken pallets in shipment 7',
    state: 'open',
  });
  const email = await addInteraction(db, { accountId: a.id, kind: 'email', at: '2026-11-03T10:00:00.000Z', summary: 'Photos' });
  return { db, a, other, complaint, email };
}

describe('complaint cases repo', () => {
  it('opening a case from a complaint links both ways and keeps the complaint open', async () => {
    const { db, a, complaint } = await seed();
    const c = await openCaseFrom(db, complaint.id, { title: 'Broken pallets' });
    expect(c).toMatchObject({ accountId: a.id, status: 'open', resolvedAt: null, interactionIds: [complaint.id] });
    expect(await db.interactions.get(complaint.id)).toMatchObject({ caseId: c.id, state: 'open' });
  });

  it('linking moves an entry between cases; unlinking clears both sides', async () => {
    const { db, a, email } = await seed();
    const one = await addCase(db, { accountId: a.id, title: 'One' });
    const two = await addCase(db, { accountId: a.id, title: 'Two' });
    await linkInteraction(db, one.id, email.id);
    await linkInteraction(db, two.id, email.id);
    expect((await db.complaintCases.get(one.id))!.interactionIds).toEqual([]);
    expect((await db.complaintCases.get(two.id))!.interactionIds).toEqual([email.id]);
    expect((await db.interactions.get(email.id))!.caseId).toBe(two.id);
    // Linking twice keeps one id.
    await linkInteraction(db, two.id, email.id);
    expect((await db.complaintCases.get(two.id))!.interactionIds).toEqual([email.id]);

    await unlinkInteraction(db, two.id, email.id);
    expect((await db.complaintCases.get(two.id))!.interactionIds).toEqual([]);
    expect((await db.interactions.get(email.id))!.caseId).toBeUndefined();
    expect(await db.interactions.get(email.id)).toMatchObject({ summary: 'Photos' });
  });

  it("refuses to link another client's history entry", async () => {
    const { db, a, other } = await seed();
    const theirs = await addInteraction(db, { accountId: other.id, kind: 'email', at: '2026-11-03T10:00:00.000Z', summary: 'x' });
    const c = await addCase(db, { accountId: a.id, title: 'One' });
    await expect(linkInteraction(db, c.id, theirs.id)).rejects.toMatchObject({ key: 'caseErrorOtherAccount' });
    expect((await db.interactions.get(theirs.id))!.caseId).toBeUndefined();
    expect((await db.complaintCases.get(c.id))!.interactionIds).toEqual([]);
  });

  it('open → in progress → resolved needs an outcome, stamps resolvedAt and closes the linked complaint; reopening clears it', async () => {
    const { db, complaint } = await seed();
    const c = await openCaseFrom(db, complaint.id, { title: 'Broken pallets' });
    const started = await setCaseStatus(db, c.id, 'in-progress');
    expect(started).toMatchObject({ status: 'in-progress', resolvedAt: null });
    expect((await db.interactions.get(complaint.id))!.state).toBe('open');

    await expect(setCaseStatus(db, c.id, 'resolved', '   ')).rejects.toBeInstanceOf(UserFacingError);
    expect((await db.complaintCases.get(c.id))!.status).toBe('in-progress');

    const resolved = await setCaseStatus(db, c.id, 'resolved', 'Credit note for 14 cases');
    expect(resolved.status).toBe('resolved');
    expect(resolved.outcome).toBe('Credit note for 14 cases');
    expect(Date.parse(resolved.resolvedAt!)).toBeGreaterThan(0);
    expect((await db.interactions.get(complaint.id))!.state).toBe('closed');
    expect(await unresolvedCasesOf(db, c.accountId)).toEqual([]);

    const reopened = await setCaseStatus(db, c.id, 'open');
    expect(reopened).toMatchObject({ status: 'open', resolvedAt: null, outcome: 'Credit note for 14 cases' });
    expect((await db.interactions.get(complaint.id))!.state).toBe('open');
  });

  it('edits keep the conflict check; follow-ups of a case link both ways', async () => {
    const { db, a } = await seed();
    const c = await addCase(db, { accountId: a.id, title: 'One' });
    await updateCase(db, c.id, { department: 'Claims' }, { department: '' });
    await expect(updateCase(db, c.id, { title: '  ' })).rejects.toMatchObject({ key: 'caseErrorTitle' });
    await expect(addCase(db, { accountId: a.id, title: ' ' })).rejects.toMatchObject({ key: 'caseErrorTitle' });
    await expect(updateCase(db, c.id, { department: 'Sales' }, { department: '' })).rejects.toMatchObject({
      key: 'errorConflict',
    });
    const task = await addCaseFollowUp(db, c.id, { title: 'Call the carrier', due: '2026-11-05' });
    expect(task).toMatchObject({ accountId: a.id, caseId: c.id, status: 'open' });
    expect((await db.complaintCases.get(c.id))!.taskIds).toEqual([task.id]);
  });

  it('deleting a case unlinks its entries and follow-ups; undo restores the links', async () => {
    const { db, complaint } = await seed();
    const c = await openCaseFrom(db, complaint.id, { title: 'Broken pallets' });
    const task = await addCaseFollowUp(db, c.id, { title: 'Call', due: null });
    const snapshot = await deleteCase(db, c.id);
    expect(await db.complaintCases.count()).toBe(0);
    expect((await db.interactions.get(complaint.id))!.caseId).toBeUndefined();
    expect((await db.tasks.get(task.id))!.caseId).toBeUndefined();

    await restoreCase(db, snapshot!);
    expect((await db.complaintCases.get(c.id))!.interactionIds).toEqual([complaint.id]);
    expect((await db.interactions.get(complaint.id))!.caseId).toBe(c.id);
    expect((await db.tasks.get(task.id))!.caseId).toBe(c.id);
  });

  it('lists cases newest first; the briefing gets unresolved ones oldest first with their age', async () => {
    const { db, a } = await seed();
    const old = await addCase(db, { accountId: a.id, title: 'Old', openedAt: '2026-11-01T10:00:00.000Z' });
    const fresh = await addCase(db, {
      accountId: a.id,
      title: 'Fresh',
      openedAt: '2026-11-20T10:00:00.000Z',
      status: 'in-progress',
    });
    const done = await addCase(db, { accountId: a.id, title: 'Done', openedAt: '2026-11-10T10:00:00.000Z' });
    await setCaseStatus(db, done.id, 'resolved', 'ok');
    expect((await casesOf(db, a.id)).map((c) => c.title)).toEqual(['Fresh', 'Done', 'Old']);
    const { open } = await casesForBriefing(db, a.id, new Date('2026-11-21T12:00:00.000Z'));
    expect(open.map((c) => [c.id, c.status, c.daysOpen])).toEqual([
      [old.id, 'open', 20],
      [fresh.id, 'in-progress', 1],
    ]);
  });

  it('the report query finds cases opened or resolved around a month, by account', async () => {
    const { db, a, other } = await seed();
    await addCase(db, { accountId: a.id, title: 'Nov', openedAt: '2026-11-15T10:00:00.000Z' });
    await addCase(db, { accountId: a.id, title: 'Sep', openedAt: '2026-09-15T10:00:00.000Z' });
    await addCase(db, { accountId: other.id, title: 'Theirs', openedAt: '2026-11-16T10:00:00.000Z' });
    const sep = (await casesOf(db, a.id)).find((c) => c.title === 'Sep')!;
    // Resolved in November (resolvedAt is "now" when resolved, so set it as stored).
    await db.complaintCases.put({ ...sep, status: 'resolved', outcome: 'ok', resolvedAt: '2026-11-20T10:00:00.000Z' });
    const range = { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' };
    expect((await casesForReport(db, range)).map((c) => c.title).sort()).toEqual(['Nov', 'Sep', 'Theirs']);
    expect((await casesForReport(db, range, a.id)).map((c) => c.title).sort()).toEqual(['Nov', 'Sep']);
    expect(await casesForReport(db, { from: '2026-07-01T00:00:00.000Z', to: '2026-08-01T00:00:00.000Z' })).toEqual([]);
  });
});
