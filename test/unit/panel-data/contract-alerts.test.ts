import { contractAlerts } from '@/lib/panel-data/contract-alerts';
import { Contract, type ContractInput } from '@/lib/schema/contract';

const HEL = 'Europe/Helsinki';
const now = new Date('2026-03-30T21:30:00Z'); // Tuesday 31 March 00:30 in Helsinki
const k = (extra: Partial<ContractInput>) =>
  Contract.parse({ id: 'k1', accountId: 'a1', number: 'FA-1', status: 'signed', ...extra });

describe('contract alerts for the panel', () => {
  it('counts days to the renewal from the user’s local today and names the notice deadline', () => {
    const [a] = contractAlerts([k({ renewalOn: '2026-05-15', noticeDays: 30 })], now, HEL);
    expect(a).toEqual({
      kind: 'renewal',
      contractId: 'k1',
      contract: 'FA-1',
      text: '',
      day: '2026-05-15',
      days: 45,
      overdue: false,
      noticeBy: '2026-04-15',
    });
  });

  it('shows a renewal within 90 days or the contract’s own lead time, never a passed or an expired one', () => {
    const days = (extra: Partial<ContractInput>) => contractAlerts([k(extra)], now, HEL).map((a) => a.days);
    expect(days({ renewalOn: '2026-06-29' })).toEqual([90]);
    expect(days({ renewalOn: '2026-06-30' })).toEqual([]);
    expect(days({ renewalOn: '2026-08-29', leadDays: 150 })).toEqual([]);
    expect(days({ renewalOn: '2026-08-28', leadDays: 150 })).toEqual([150]);
    expect(days({ renewalOn: '2026-03-30' })).toEqual([]);
    expect(days({ renewalOn: '2026-03-31' })).toEqual([0]);
    expect(days({ renewalOn: '2026-04-30', status: 'expired' })).toEqual([]);
  });

  it('obligations of both sides within 30 days or overdue, overdue first, then soonest', () => {
    const alerts = contractAlerts(
      [
        k({
          renewalOn: '2026-05-15',
          obligations: [
            { id: 'o1', side: 'we', text: 'Delivery schedule', due: '2026-04-03' },
            { id: 'o2', side: 'client', text: 'Forecast', due: '2026-03-20' },
            { id: 'o3', side: 'we', text: 'Far away', due: '2026-05-01' },
            { id: 'o4', side: 'we', text: 'Done already', due: '2026-04-01', done: true },
            { id: 'o5', side: 'client', text: 'No date', due: null },
          ],
        }),
      ],
      now,
      HEL,
    );
    expect(alerts.map((a) => [a.kind, a.text, a.days, a.overdue])).toEqual([
      ['client-owes', 'Forecast', -11, true],
      ['we-owe', 'Delivery schedule', 3, false],
      ['renewal', '', 45, false],
    ]);
  });
});
