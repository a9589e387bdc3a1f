import { derivedSpecs, planDerivedTasks, renewalDue, type DerivedSpec, type DerivedTitles } from '@/lib/contracts/derived-tasks';
import { Contract, type ContractInput } from '@/lib/schema/contract';
import { Task } from '@/lib/schema/task';

const titles: DerivedTitles = {
  renewal: (c, day, notice) => `renew ${c} on ${day}${notice ? ` notice ${notice}` : ''}`,
  obligation: (c, text) => `owe ${text} (${c})`,
};
const NOW = '2026-03-30T09:00:00.000Z';
const contract = (extra: Partial<ContractInput> = {}) =>
  Contract.parse({ id: 'k1', accountId: 'a1', number: 'FA-1', title: 'Framework', status: 'signed', ...extra });
const specs = (extra: Partial<ContractInput> = {}) => derivedSpecs(contract(extra), titles);
/** The tasks a first save writes, as stored. */
const firstSave = (after: DerivedSpec[]) => planDerivedTasks([], after, [], NOW).put;

describe('a contract’s derived follow-ups', () => {
  it('renewal: due lead time before the renewal date, titled with the contract and the date', () => {
    const [renewal] = specs({ renewalOn: '2026-06-30', leadDays: 30 });
    expect(renewal).toMatchObject({
      id: 'contract:k1:renewal',
      accountId: 'a1',
      due: '2026-05-31',
      title: 'renew FA-1 (Framework) on 2026-06-30',
      origin: { kind: 'contract-renewal', contractId: 'k1' },
      closed: false,
    });
  });

  it('the user’s lead time moves the due date; a notice deadline earlier than it wins', () => {
    expect(renewalDue(contract({ renewalOn: '2026-06-30', leadDays: 7 }))).toBe('2026-06-23');
    expect(renewalDue(contract({ renewalOn: '2026-06-30', leadDays: 0 }))).toBe('2026-06-30');
    expect(renewalDue(contract({ renewalOn: '2026-06-30', leadDays: 30, noticeDays: 60 }))).toBe('2026-05-01');
    expect(renewalDue(contract({ renewalOn: '2026-06-30', leadDays: 30, noticeDays: 10 }))).toBe('2026-05-31');
    expect(specs({ renewalOn: '2026-06-30', noticeDays: 60 })[0]?.title).toBe(
      'renew FA-1 (Framework) on 2026-06-30 notice 2026-05-01',
    );
  });

  it('no renewal date or an expired contract makes no renewal follow-up', () => {
    expect(specs()).toEqual([]);
    expect(specs({ renewalOn: '2026-06-30', status: 'expired' })).toEqual([]);
  });

  it('our dated obligations fall due on their own date; the client’s and undated ones make none', () => {
    const list = specs({
      obligations: [
        { id: 'o1', side: 'we', text: 'Delivery schedule', due: '2026-04-03' },
        { id: 'o2', side: 'client', text: 'Forecast', due: '2026-04-05' },
        { id: 'o3', side: 'we', text: 'Someday', due: null },
      ],
    });
    expect(list.map((s) => [s.id, s.due, s.title])).toEqual([
      ['contract:k1:obligation:o1', '2026-04-03', 'owe Delivery schedule (FA-1 (Framework))'],
    ]);
    expect(list[0]?.origin).toEqual({ kind: 'obligation', contractId: 'k1', obligationId: 'o1' });
  });
});

describe('planning the task writes', () => {
  const ob = (extra: Record<string, unknown> = {}) => ({
    id: 'o1',
    side: 'we' as const,
    text: 'Schedule',
    due: '2026-04-03',
    ...extra,
  });

  it('a first save creates open follow-ups with the derived ids and origin', () => {
    const put = firstSave(specs({ renewalOn: '2026-06-30', obligations: [ob()] }));
    expect(put.map((t) => [t.id, t.due, t.status])).toEqual([
      ['contract:k1:renewal', '2026-05-31', 'open'],
      ['contract:k1:obligation:o1', '2026-04-03', 'open'],
    ]);
    for (const t of put) expect(() => Task.parse(t)).not.toThrow();
  });

  it('saving again without changes writes nothing', () => {
    const s = specs({ renewalOn: '2026-06-30' });
    expect(planDerivedTasks(s, s, firstSave(s), NOW)).toEqual({ put: [], delete: [] });
  });

  it('a follow-up the user ticked stays done while the date stays; a moved date reopens it with the new due', () => {
    const before = specs({ renewalOn: '2026-06-30', number: 'FA-1' });
    const done = firstSave(before).map((t) => ({ ...t, status: 'done' as const, doneAt: NOW }));
    const renamed = specs({ renewalOn: '2026-06-30', number: 'FA-2' });
    const kept = planDerivedTasks(before, renamed, done, NOW).put;
    expect(kept.map((t) => [t.status, t.due, t.title])).toEqual([['done', '2026-05-31', 'renew FA-2 (Framework) on 2026-06-30']]);

    const moved = specs({ renewalOn: '2026-07-31' });
    const reopened = planDerivedTasks(before, moved, done, NOW).put;
    expect(reopened.map((t) => [t.status, t.due, t.doneAt])).toEqual([['open', '2026-07-01', null]]);
  });

  it('a changed lead time is a changed date', () => {
    const before = specs({ renewalOn: '2026-06-30', leadDays: 30 });
    const done = firstSave(before).map((t) => ({ ...t, status: 'done' as const }));
    const put = planDerivedTasks(before, specs({ renewalOn: '2026-06-30', leadDays: 14 }), done, NOW).put;
    expect(put.map((t) => [t.status, t.due])).toEqual([['open', '2026-06-16']]);
  });

  it('an unchanged date keeps the due the user snoozed to', () => {
    const before = specs({ renewalOn: '2026-06-30' });
    const snoozed = firstSave(before).map((t) => ({ ...t, due: '2026-06-07' }));
    expect(planDerivedTasks(before, before, snoozed, NOW).put).toEqual([]);
  });

  it('ticking the obligation closes its follow-up; unticking reopens it', () => {
    const open = specs({ obligations: [ob()] });
    const stored = firstSave(open);
    const ticked = specs({ obligations: [ob({ done: true })] });
    const closed = planDerivedTasks(open, ticked, stored, NOW).put;
    expect(closed.map((t) => [t.id, t.status, t.doneAt])).toEqual([['contract:k1:obligation:o1', 'done', NOW]]);
    const reopened = planDerivedTasks(ticked, open, closed, NOW).put;
    expect(reopened.map((t) => t.status)).toEqual(['open']);
  });

  it('a removed source deletes its open follow-up and keeps a done one', () => {
    const before = specs({ renewalOn: '2026-06-30', obligations: [ob(), ob({ id: 'o2', text: 'Report' })] });
    const stored = firstSave(before).map((t) => (t.id.endsWith(':o2') ? { ...t, status: 'done' as const } : t));
    const plan = planDerivedTasks(before, specs({ obligations: [] }), stored, NOW);
    expect(plan).toEqual({ put: [], delete: ['contract:k1:renewal', 'contract:k1:obligation:o1'] });
  });

  it('expiring the contract deletes its open renewal follow-up', () => {
    const before = specs({ renewalOn: '2026-06-30' });
    expect(
      planDerivedTasks(before, specs({ renewalOn: '2026-06-30', status: 'expired' }), firstSave(before), NOW).delete,
    ).toEqual(['contract:k1:renewal']);
  });

  it('a follow-up the user deleted is not brought back while its date stays, but is when the date moves', () => {
    const before = specs({ renewalOn: '2026-06-30' });
    expect(planDerivedTasks(before, specs({ renewalOn: '2026-06-30', title: 'Renamed' }), [], NOW).put).toEqual([]);
    expect(planDerivedTasks(before, specs({ renewalOn: '2026-08-31' }), [], NOW).put.map((t) => t.due)).toEqual(['2026-08-01']);
  });
});
