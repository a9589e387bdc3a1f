import { Account } from '@/lib/schema/account';
import { Meeting } from '@/lib/schema/meeting';
import { Task } from '@/lib/schema/task';
import { weekPlan, weekStartFor } from '@/lib/tasks/week';

const HEL = 'Europe/Helsinki';
// Wednesday 2026-04-01, 11:00 in Helsinki.
const now = new Date('2026-04-01T08:00:00Z');

const accounts = [
  Account.parse({ id: 'acme', name: 'Acme Oy' }),
  Account.parse({ id: 'rom', name: 'Ромашка', cadenceDays: 14 }),
  Account.parse({ id: 'geo', name: 'საქართველოს ბანკი', cadenceDays: 7 }),
  Account.parse({ id: 'new', name: 'Newco', cadenceDays: 30 }),
];
const meetings = [
  Meeting.parse({ id: 'm-mon', accountId: 'acme', type: 'negotiation', at: '2026-03-30T07:00:00Z' }),
  Meeting.parse({ id: 'm-wed-pm', accountId: 'acme', type: 'presentation', at: '2026-04-01T12:00:00Z' }),
  Meeting.parse({ id: 'c-wed-am', accountId: 'acme', type: 'call', at: '2026-04-01T06:30:00Z' }),
  Meeting.parse({ id: 'm-new', accountId: 'new', type: 'first-contact', at: '2026-04-03T09:00:00Z' }),
  Meeting.parse({ id: 'm-next-week', accountId: 'acme', type: 'signing', at: '2026-04-06T09:00:00Z' }),
];
const tasks = [
  Task.parse({ id: 't-overdue', accountId: 'acme', title: 'Send the proposal', due: '2026-03-27' }),
  Task.parse({
    id: 't-overdue-snoozed',
    accountId: 'acme',
    title: 'Chase invoice',
    due: '2026-03-31',
    snoozedUntil: '2026-04-02T06:00:00Z',
  }),
  Task.parse({ id: 't-today', accountId: 'rom', title: 'Позвонить по рекламации', due: '2026-04-01' }),
  Task.parse({ id: 't-fri', accountId: 'acme', title: 'Check delivery', due: '2026-04-03T10:00:00Z' }),
  Task.parse({ id: 't-done', accountId: 'acme', title: 'Done one', due: '2026-04-02', status: 'done' }),
  Task.parse({ id: 't-undated', accountId: 'acme', title: 'Ask for a referral' }),
];
const lastContact = { rom: '2026-03-20T10:00:00Z', geo: '2026-03-30T10:00:00Z' };

describe('weekPlan', () => {
  const plan = weekPlan(now, meetings, tasks, accounts, lastContact, HEL);

  it('spans the Monday-start week containing today', () => {
    expect(plan).toMatchObject({ today: '2026-04-01', weekStart: '2026-03-30', weekEnd: '2026-04-05', tz: HEL });
    expect(plan.days.map((d) => d.day)).toEqual([
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
    ]);
    expect(plan.days.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(plan.days.find((d) => d.isToday)?.day).toBe('2026-04-01');
  });

  it('Today: overdue follow-ups (not snoozed), then all-day items, then by time', () => {
    expect(plan.todayItems.map((i) => [i.kind, i.refId])).toEqual([
      ['follow-up', 't-overdue'],
      ['follow-up', 't-today'],
      ['call', 'c-wed-am'],
      ['meeting', 'm-wed-pm'],
    ]);
    expect(plan.todayItems[0]).toMatchObject({ overdue: true, accountName: 'Acme Oy', title: 'Send the proposal' });
  });

  it('places cadence nudges on the day contact falls due, skipping accounts already booked', () => {
    const nudges = plan.days.flatMap((d) =>
      d.items.filter((i) => i.kind === 'contact-due').map((i) => [d.day, i.refId, i.daysSince]),
    );
    // rom: 03-20 + 14 = 04-03; geo: 03-30 + 7 = 04-06 (next week); new: never contacted, but
    // a meeting is booked on 04-03, so the contact is already planned.
    expect(nudges).toEqual([['2026-04-03', 'rom', 12]]);
  });

  it('lists each day’s meetings, calls and open follow-ups', () => {
    const byDay = Object.fromEntries(plan.days.map((d) => [d.day, d.items.map((i) => i.refId)]));
    expect(byDay['2026-03-30']).toEqual(['m-mon']);
    expect(byDay['2026-03-31']).toEqual(['t-overdue-snoozed']);
    expect(byDay['2026-04-02']).toEqual([]); // the done task is gone
    expect(byDay['2026-04-03']).toEqual(['rom', 'm-new', 't-fri']);
    expect(plan.days.flatMap((d) => d.items).some((i) => i.refId === 'm-next-week' || i.refId === 't-undated')).toBe(false);
  });

  it('puts a never-contacted account with a cadence on today', () => {
    const p = weekPlan(now, [], [], accounts, lastContact, HEL);
    expect(p.todayItems.filter((i) => i.kind === 'contact-due').map((i) => [i.refId, i.daysSince])).toEqual([['new', null]]);
  });

  it('can start the week on Sunday for the locale', () => {
    const p = weekPlan(now, meetings, tasks, accounts, lastContact, HEL, { locale: 'en-US' });
    expect(p.weekStart).toBe('2026-03-29');
    expect(weekPlan(now, [], [], [], {}, HEL, { locale: 'ru-RU' }).weekStart).toBe('2026-03-30');
    expect(weekPlan(now, [], [], [], {}, HEL, { weekStartsOn: 6 }).weekStart).toBe('2026-03-28');
  });
});

describe('weekStartFor', () => {
  it('is Monday for ru, fi, ka and by default; Sunday for en-US', () => {
    expect(weekStartFor('ru')).toBe(1);
    expect(weekStartFor('fi-FI')).toBe(1);
    expect(weekStartFor('ka-GE')).toBe(1);
    expect(weekStartFor('en-GB')).toBe(1);
    expect(weekStartFor('en-US')).toBe(7);
    expect(weekStartFor(undefined)).toBe(1);
    expect(weekStartFor('not a locale!')).toBe(1);
  });
});
