import { Account, type AccountInput } from '@/lib/schema/account';
import { Interaction } from '@/lib/schema/interaction';
import { accountsPastCadence, daysSince, lastInteractionByAccount } from '@/lib/tasks/cadence';

const account = (over: Partial<AccountInput> & { id: string }): Account => Account.parse({ name: over.id, ...over });
const HEL = 'Europe/Helsinki';
const now = new Date('2026-03-30T09:00:00Z');

describe('accountsPastCadence', () => {
  const accounts = [
    account({ id: 'no-cadence' }),
    account({ id: 'fresh', cadenceDays: 14 }),
    account({ id: 'exact', cadenceDays: 7 }),
    account({ id: 'lapsed', cadenceDays: 7 }),
    account({ id: 'very-lapsed', cadenceDays: 30 }),
    account({ id: 'never', cadenceDays: 30 }),
  ];
  const last = new Map<string, string>([
    ['no-cadence', '2025-01-01T10:00:00Z'],
    ['fresh', '2026-03-25T10:00:00Z'],
    ['exact', '2026-03-23T10:00:00Z'],
    ['lapsed', '2026-03-20T10:00:00Z'],
    ['very-lapsed', '2026-01-01T10:00:00Z'],
  ]);

  it('lists accounts whose cadence is exceeded or who were never contacted, worst first', () => {
    const out = accountsPastCadence(accounts, last, now, HEL);
    expect(out.map((l) => [l.account.id, l.daysSince])).toEqual([
      ['never', null],
      ['very-lapsed', 88],
      ['lapsed', 10],
    ]);
    expect(out[2]?.lastAt).toBe('2026-03-20T10:00:00Z');
  });

  it('accepts a plain record and Dates', () => {
    const out = accountsPastCadence(accounts, { lapsed: new Date('2026-03-20T10:00:00Z') }, now, HEL);
    expect(out.find((l) => l.account.id === 'lapsed')?.daysSince).toBe(10);
  });

  it('counts local calendar days', () => {
    // 22:30Z on the 22nd is already 00:30 on the 23rd in Helsinki (EET, +2).
    expect(daysSince('2026-03-22T22:30:00Z', now, HEL)).toBe(7);
    expect(daysSince('2026-03-22T22:30:00Z', now, 'UTC')).toBe(8);
  });
});

describe('lastInteractionByAccount', () => {
  it('keeps the latest past interaction per account', () => {
    const list = [
      Interaction.parse({ id: 'i1', accountId: 'a', kind: 'email', at: '2026-03-01T10:00:00Z' }),
      Interaction.parse({ id: 'i2', accountId: 'a', kind: 'call', at: '2026-03-10T10:00:00+02:00' }),
      Interaction.parse({ id: 'i3', accountId: 'a', kind: 'event', at: '2026-04-10T10:00:00Z' }),
      Interaction.parse({ id: 'i4', accountId: 'b', kind: 'note', at: '2026-02-01T10:00:00Z' }),
    ];
    const m = lastInteractionByAccount(list, now);
    expect(m.get('a')).toBe('2026-03-10T10:00:00+02:00');
    expect(m.get('b')).toBe('2026-02-01T10:00:00Z');
    expect(lastInteractionByAccount(list).get('a')).toBe('2026-04-10T10:00:00Z');
  });
});
