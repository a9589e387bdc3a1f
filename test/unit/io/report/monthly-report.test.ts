import { describe, expect, it } from 'vitest';
import { monthDays, shiftMonth, isMonth } from '@/lib/io/report/month';
import { hasActivity, monthlyReport } from '@/lib/io/report/monthly-report';
import { reportRecords } from '@/lib/db/queries/report-records';
import { importBackupText } from '@/lib/io/backup-db';
import { Account, ComplaintCase, Interaction, Meeting, Task } from '@/lib/schema';
import { testDb } from '@/test/unit/db/test-db';

const tz = 'Europe/Helsinki';
const acme = Account.parse({ id: 'a', name: 'Acme', plan: { status: 'approved' } });
const quiet = Account.parse({ id: 'q', name: 'Quiet' });
const i = (id: string, kind: string, at: string, extra = {}) => Interaction.parse({ id, accountId: 'a', kind, at, ...extra });

describe('monthly report', () => {
  const input = {
    accounts: [acme, quiet],
    interactions: [
      i('1', 'meeting', '2026-11-03T10:00:00+02:00'),
      i('2', 'call', '2026-11-10T10:00:00+02:00'),
      i('3', 'email', '2026-11-30T23:30:00+02:00'),
      // 22:30 UTC on 31 Oct is 1 Nov in Helsinki.
      i('4', 'proposal', '2026-10-31T22:30:00Z'),
      i('5', 'complaint', '2026-11-12T10:00:00+02:00', { state: 'open' }),
      i('6', 'note', '2026-11-12T10:00:00+02:00'),
      i('7', 'complaint', '2026-09-01T10:00:00+02:00', { state: 'open' }),
      i('8', 'call', '2026-12-01T00:30:00+02:00'),
    ],
    tasks: [
      Task.parse({ id: 't1', accountId: 'a', title: 'x', status: 'done', doneAt: '2026-11-20T10:00:00Z' }),
      Task.parse({ id: 't2', accountId: 'a', title: 'y', due: '2026-11-25' }),
      Task.parse({ id: 't3', accountId: 'a', title: 'z', due: '2026-12-20' }),
      Task.parse({ id: 't4', accountId: 'a', title: 'w', status: 'done', doneAt: '2026-10-20T10:00:00Z' }),
    ],
    meetings: [Meeting.parse({ id: 'm', accountId: 'a', type: 'negotiation', at: '2026-11-28T10:00:00+02:00' })],
    now: new Date('2026-12-05T10:00:00Z'),
    tz,
  };

  it('counts by local day what happened in the month', () => {
    const r = monthlyReport('2026-11', input);
    const row = r.accounts.find((a) => a.account.id === 'a')!;
    expect(row.counts).toEqual({
      contacts: 3,
      meetingsHeld: 1,
      calls: 1,
      proposals: 1,
      orders: 0,
      complaintsOpened: 1,
      complaintsOpen: 2,
      followUpsDone: 1,
      followUpsOverdue: 1,
      meetingsScheduled: 1,
      casesOpened: 0,
      casesResolved: 0,
    });
    expect(row.entries.map((e) => e.id)).toEqual(['4', '1', '2', '5', '6', '3']);
    expect(hasActivity(r.accounts.find((a) => a.account.id === 'q')!.counts)).toBe(false);
    expect(r.totals.contacts).toBe(3);
  });

  it('does not count a follow-up as overdue before its due day has passed', () => {
    const r = monthlyReport('2026-11', { ...input, now: new Date('2026-11-25T10:00:00Z') });
    expect(r.totals.followUpsOverdue).toBe(0);
  });

  it('counts complaint cases opened and resolved in the month, by local day', () => {
    const kase = (id: string, openedAt: string, extra = {}) =>
      ComplaintCase.parse({ id, accountId: 'a', title: id, openedAt, ...extra });
    const cases = [
      // Opened and resolved in November.
      kase('c1', '2026-11-02T10:00:00+02:00', { status: 'resolved', resolvedAt: '2026-11-20T10:00:00+02:00' }),
      // 22:30 UTC on 31 Oct is 1 Nov in Helsinki: opened in November.
      kase('c2', '2026-10-31T22:30:00Z', { status: 'in-progress' }),
      // Opened in October, resolved on 1 Dec local time: neither counts in November.
      kase('c3', '2026-10-10T10:00:00+02:00', { status: 'resolved', resolvedAt: '2026-11-30T22:30:00Z' }),
      // Opened in September, resolved in November.
      kase('c4', '2026-09-10T10:00:00+02:00', { status: 'resolved', resolvedAt: '2026-11-05T10:00:00+02:00' }),
      // Of an account the report does not list.
      ComplaintCase.parse({ id: 'x', accountId: 'gone', title: 'x', openedAt: '2026-11-05T10:00:00Z' }),
    ];
    const r = monthlyReport('2026-11', { ...input, cases });
    const row = r.accounts.find((a) => a.account.id === 'a')!;
    expect([row.counts.casesOpened, row.counts.casesResolved]).toEqual([2, 2]);
    expect([r.totals.casesOpened, r.totals.casesResolved]).toEqual([2, 2]);
    const oct = monthlyReport('2026-10', { ...input, cases }).totals;
    expect([oct.casesOpened, oct.casesResolved]).toEqual([1, 0]);
    const dec = monthlyReport('2026-12', { ...input, cases }).totals;
    expect([dec.casesOpened, dec.casesResolved]).toEqual([0, 1]);
    expect(
      hasActivity(monthlyReport('2026-11', { ...input, interactions: [], tasks: [], meetings: [], cases }).accounts[0]!.counts),
    ).toBe(true);
  });

  it('months parse and shift across years', () => {
    expect(isMonth('2026-11')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(monthDays('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
  });

  it('reads the same records from the database for the portfolio and for one account', async () => {
    const db = testDb();
    await importBackupText(
      db,
      JSON.stringify({
        format: 'keyside-backup',
        version: 1,
        accounts: [acme, quiet],
        interactions: input.interactions,
        tasks: input.tasks,
        meetings: input.meetings,
      }),
    );
    const range = { from: '2026-10-31T22:00:00.000Z', to: '2026-11-30T22:00:00.000Z' };
    const all = monthlyReport('2026-11', { ...(await reportRecords(db, range)), now: input.now, tz });
    const one = monthlyReport('2026-11', { ...(await reportRecords(db, range, 'a')), now: input.now, tz });
    expect(all.accounts.find((a) => a.account.id === 'a')!.counts).toEqual(one.accounts[0]!.counts);
    expect((await reportRecords(db, range, 'gone')).accounts).toEqual([]);
  });
});
