import fc from 'fast-check';
import { isOverdue, moneyTotals } from '@/lib/money/overdue';
import { parsePaid } from '@/lib/money/paid';
import type { Invoice } from '@/lib/schema';

describe('parsePaid', () => {
  it('reads yes and no in the interface languages, ticks, 1/0 and payment days', () => {
    for (const yes of [
      'yes',
      'Yes',
      'TRUE',
      '1',
      'x',
      '✓',
      'Paid',
      'Оплачен',
      'оплачено',
      'да',
      'Kyllä',
      'maksettu',
      'კი',
      'გადახდილია',
    ])
      expect(parsePaid(yes), yes).toEqual({ paid: true, paidOn: null });
    for (const no of ['', 'no', 'N', '0', 'false', 'unpaid', 'Нет', 'не оплачен', 'ei', 'maksamatta', 'არა', 'გადაუხდელი'])
      expect(parsePaid(no), no).toEqual({ paid: false, paidOn: null });
    expect(parsePaid('03.11.2026')).toEqual({ paid: true, paidOn: '2026-11-03' });
    expect(parsePaid('2026-11-03')).toEqual({ paid: true, paidOn: '2026-11-03' });
  });

  it('reports words it does not know instead of guessing', () => {
    expect(parsePaid('partly')).toBeNull();
    expect(parsePaid('31.02.2026')).toBeNull();
    fc.assert(fc.property(fc.string(), (s) => void parsePaid(s)));
  });
});

const inv = (over: Partial<Invoice>): Invoice => ({
  id: Math.random().toString(36),
  accountId: 'a',
  kind: 'invoice',
  number: '',
  issuedOn: null,
  amount: 100,
  currency: 'EUR',
  dueOn: null,
  paid: false,
  paidOn: null,
  notes: '',
  ...over,
});

describe('overdue totals', () => {
  const today = '2026-12-01';

  it('keeps currencies apart and never adds them up', () => {
    const totals = moneyTotals(
      [
        inv({ amount: 14000, currency: 'EUR', dueOn: '2026-11-01' }),
        inv({ amount: 300, currency: 'EUR', dueOn: '2026-11-20' }),
        inv({ amount: 500, currency: 'EUR', dueOn: '2026-12-15' }),
        inv({ amount: 2450.5, currency: 'GEL', dueOn: '2026-11-30' }),
        inv({ amount: 90, currency: 'USD', dueOn: '2026-12-10' }),
        inv({ amount: 1000, currency: 'EUR', dueOn: '2026-10-01', paid: true, paidOn: '2026-10-02' }),
        inv({ amount: 7777, currency: 'EUR', dueOn: '2026-10-01', kind: 'order' }),
      ],
      today,
    );
    expect(totals).toEqual([
      { currency: 'EUR', outstanding: 14800, outstandingCount: 3, overdue: 14300, overdueCount: 2, oldestDue: '2026-11-01' },
      { currency: 'GEL', outstanding: 2450.5, outstandingCount: 1, overdue: 2450.5, overdueCount: 1, oldestDue: '2026-11-30' },
      { currency: 'USD', outstanding: 90, outstandingCount: 1, overdue: 0, overdueCount: 0, oldestDue: null },
    ]);
  });

  it('is overdue from the day after the due day, until paid', () => {
    expect(isOverdue(inv({ dueOn: today }), today)).toBe(false);
    expect(isOverdue(inv({ dueOn: '2026-11-30' }), today)).toBe(true);
    expect(isOverdue(inv({ dueOn: '2026-11-30', paid: true }), today)).toBe(false);
    expect(isOverdue(inv({ dueOn: null }), today)).toBe(false);
  });

  it('per currency, the totals equal the sum of that currency’s amounts to the cent', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            c: fc.integer({ min: 0, max: 10_000_000 }),
            cur: fc.constantFrom('EUR', 'GEL', 'USD'),
            late: fc.boolean(),
          }),
        ),
        (rows) => {
          const totals = moneyTotals(
            rows.map((r) => inv({ amount: r.c / 100, currency: r.cur, dueOn: r.late ? '2026-11-01' : '2026-12-31' })),
            today,
          );
          for (const t of totals) {
            const mine = rows.filter((r) => r.cur === t.currency);
            expect(Math.round(t.outstanding * 100)).toBe(mine.reduce((s, r) => s + r.c, 0));
            expect(Math.round(t.overdue * 100)).toBe(mine.filter((r) => r.late).reduce((s, r) => s + r.c, 0));
          }
          expect(totals.map((t) => t.currency).sort()).toEqual([...new Set(rows.map((r) => r.cur))].sort());
        },
      ),
    );
  });
});
