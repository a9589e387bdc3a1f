import { Task, type TaskInput } from '@/lib/schema/task';
import { badgeCount, complete, dueBucket, isOverdue, reopen, snooze, sortOpenTasks } from '@/lib/tasks/due';

const task = (over: Partial<TaskInput> & { id: string }): Task =>
  Task.parse({ accountId: 'a1', title: `Task ${over.id}`, ...over });

const HEL = 'Europe/Helsinki';
// Monday 2026-03-30, 12:00 in Helsinki (EEST).
const now = new Date('2026-03-30T09:00:00Z');

describe('dueBucket', () => {
  it('classifies plain days by the local day', () => {
    expect(dueBucket(task({ id: '1', due: '2026-03-29' }), now, HEL)).toBe('overdue');
    expect(dueBucket(task({ id: '2', due: '2026-03-30' }), now, HEL)).toBe('today');
    expect(dueBucket(task({ id: '3', due: '2026-03-31' }), now, HEL)).toBe('week');
    expect(dueBucket(task({ id: '4', due: '2026-04-05' }), now, HEL)).toBe('week');
    expect(dueBucket(task({ id: '5', due: '2026-04-06' }), now, HEL)).toBe('later');
    expect(dueBucket(task({ id: '6' }), now, HEL)).toBe('none');
  });

  it('classifies a date-time by its local day, at day precision', () => {
    // 23:30Z on the 29th is 02:30 on the 30th in Helsinki: due today there, overdue in New York.
    const t = task({ id: '1', due: '2026-03-29T23:30:00Z' });
    expect(dueBucket(t, now, HEL)).toBe('today');
    expect(dueBucket(t, new Date('2026-03-30T16:00:00Z'), 'America/New_York')).toBe('overdue');
    // Earlier today is still "today", not overdue.
    expect(dueBucket(task({ id: '2', due: '2026-03-30T05:00:00Z' }), now, HEL)).toBe('today');
  });

  it('uses the local day of "now": just after local midnight is the next day', () => {
    const justAfterMidnight = new Date('2026-03-30T21:05:00Z'); // 00:05 on the 31st in Helsinki
    expect(dueBucket(task({ id: '1', due: '2026-03-30' }), justAfterMidnight, HEL)).toBe('overdue');
    expect(dueBucket(task({ id: '1', due: '2026-03-30' }), justAfterMidnight, 'UTC')).toBe('today');
  });

  it('isOverdue needs the task open', () => {
    expect(isOverdue(task({ id: '1', due: '2026-03-01' }), now, HEL)).toBe(true);
    expect(isOverdue(task({ id: '1', due: '2026-03-01', status: 'done' }), now, HEL)).toBe(false);
  });
});

describe('sortOpenTasks', () => {
  it('puts overdue first, then by due, undated last, done dropped', () => {
    const list = [
      task({ id: 'undated' }),
      task({ id: 'later', due: '2026-05-01' }),
      task({ id: 'done', due: '2026-01-01', status: 'done' }),
      task({ id: 'today-timed', due: '2026-03-30T10:00:00Z' }),
      task({ id: 'overdue-old', due: '2026-03-01' }),
      task({ id: 'today', due: '2026-03-30' }),
      task({ id: 'overdue', due: '2026-03-28T12:00:00Z' }),
    ];
    expect(sortOpenTasks(list, HEL).map((t) => t.id)).toEqual([
      'overdue-old',
      'overdue',
      'today',
      'today-timed',
      'later',
      'undated',
    ]);
  });

  it('places a plain day before a timed task of the same local day even when UTC says otherwise', () => {
    // 22:30Z on the 29th = 01:30 on the 30th in Helsinki, earlier than UTC midnight of the 30th.
    const list = [task({ id: 'timed', due: '2026-03-29T22:30:00Z' }), task({ id: 'day', due: '2026-03-30' })];
    expect(sortOpenTasks(list, HEL).map((t) => t.id)).toEqual(['day', 'timed']);
  });
});

describe('badgeCount', () => {
  it('counts open tasks overdue or due today, not snoozed past now', () => {
    const list = [
      task({ id: 'overdue', due: '2026-03-20' }),
      task({ id: 'today', due: '2026-03-30' }),
      task({ id: 'tomorrow', due: '2026-03-31' }),
      task({ id: 'done', due: '2026-03-20', status: 'done' }),
      task({ id: 'snoozed', due: '2026-03-20', snoozedUntil: '2026-03-30T12:00:00Z' }),
      task({ id: 'snooze-over', due: '2026-03-20', snoozedUntil: '2026-03-30T08:00:00Z' }),
      task({ id: 'undated' }),
    ];
    expect(badgeCount(list, now, HEL)).toBe(3);
  });
});

describe('snooze / complete / reopen', () => {
  it('return new objects and leave the input alone', () => {
    const t = task({ id: '1', due: '2026-03-30' });
    const s = snooze(t, new Date('2026-03-31T06:00:00Z'));
    expect(s).not.toBe(t);
    expect(s.snoozedUntil).toBe('2026-03-31T06:00:00.000Z');
    expect(t.snoozedUntil).toBeUndefined();
    expect(snooze(t, '2026-03-31T09:00:00+03:00').snoozedUntil).toBe('2026-03-31T06:00:00.000Z');
    expect(() => snooze(t, 'tomorrow')).toThrow(RangeError);

    const done = complete(s, now);
    expect(done).toMatchObject({ status: 'done', doneAt: now.toISOString(), snoozedUntil: null });
    expect(s.status).toBe('open');
    expect(Task.safeParse(done).success).toBe(true);

    const again = reopen(done);
    expect(again).toMatchObject({ status: 'open', doneAt: null });
    expect(done.status).toBe('done');
    expect(Task.safeParse(again).success).toBe(true);
  });

  it('keep unknown keys (looseObject records from newer versions)', () => {
    const t = { ...task({ id: '1' }), extra: 42 } as Task;
    expect((complete(t) as Record<string, unknown>).extra).toBe(42);
  });
});
