import { preparationPrompts } from '@/lib/meetings/prompts';
import { moneySummary } from '@/lib/panel-data/money-summary';
import { Account, type Invoice } from '@/lib/schema';
import { MoneySummary } from '@/lib/schema/money-summary';

const inv = (over: Partial<Invoice>): Invoice => ({
  id: Math.random().toString(36),
  accountId: 'acc',
  kind: 'invoice',
  number: '',
  issuedOn: null,
  amount: 0,
  currency: 'EUR',
  dueOn: null,
  paid: false,
  paidOn: null,
  notes: '',
  ...over,
});

// Noon UTC on 1 December 2026: the same local day in every time zone the tests run in.
const now = new Date('2026-12-01T12:00:00Z');
const invoices = [
  inv({ number: '1', amount: 10000, currency: 'EUR', dueOn: '2026-11-01' }),
  inv({ number: '2', amount: 4300, currency: 'EUR', dueOn: '2026-11-25' }),
  inv({ number: '3', amount: 2450.5, currency: 'GEL', dueOn: '2026-11-30' }),
  inv({ number: '4', amount: 500, currency: 'GEL', dueOn: '2026-12-20' }),
  inv({ number: '5', amount: 999, currency: 'USD', dueOn: '2026-11-01', paid: true, paidOn: '2026-11-02' }),
];

describe('the panel’s money summary', () => {
  it('counts overdue invoices and amounts per currency, never across them', () => {
    const summary = moneySummary(invoices, now, 'UTC');
    expect(MoneySummary.parse(summary)).toEqual({
      totals: [
        { currency: 'EUR', outstanding: 14300, outstandingCount: 2, overdue: 14300, overdueCount: 2, oldestDue: '2026-11-01' },
        { currency: 'GEL', outstanding: 2950.5, outstandingCount: 2, overdue: 2450.5, overdueCount: 1, oldestDue: '2026-11-30' },
      ],
    });
  });

  it('is absent when nothing is owed', () => {
    expect(moneySummary([invoices[4]!], now, 'UTC')).toBeUndefined();
    expect(moneySummary([], now, 'UTC')).toBeUndefined();
  });

  it('becomes one preparation prompt per currency with overdue invoices, for any meeting', () => {
    const account = Account.parse({ id: 'acc', name: 'Acme' });
    const prompts = preparationPrompts({
      account,
      contacts: [],
      interactions: [],
      tasks: [],
      meetings: [],
      now,
      tz: 'UTC',
      invoices,
    });
    expect(prompts.filter((p) => p.kind === 'overdue-invoices')).toEqual([
      {
        kind: 'overdue-invoices',
        key: 'prompt.overdueInvoices',
        params: { count: 2, amount: 14300, currency: 'EUR', oldestDue: '2026-11-01' },
        refId: 'acc',
      },
      {
        kind: 'overdue-invoices',
        key: 'prompt.overdueInvoices',
        params: { count: 1, amount: 2450.5, currency: 'GEL', oldestDue: '2026-11-30' },
        refId: 'acc',
      },
    ]);
    // Another account's invoices are not this one's debt.
    const other = Account.parse({ id: 'other', name: 'Other' });
    expect(
      preparationPrompts({ account: other, contacts: [], interactions: [], tasks: [], meetings: [], now, tz: 'UTC', invoices }),
    ).toEqual([]);
  });
});
