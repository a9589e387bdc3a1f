import { preparationPrompts } from '@/lib/meetings/prompts';
import { Account } from '@/lib/schema/account';
import { Contract } from '@/lib/schema/contract';
import { Meeting } from '@/lib/schema/meeting';

const HEL = 'Europe/Helsinki';
const now = new Date('2026-03-30T09:00:00Z');
const account = Account.parse({ id: 'a1', name: 'Acme Oy' });
const contracts = [
  Contract.parse({
    id: 'k1',
    accountId: 'a1',
    number: 'FA-1',
    status: 'signed',
    renewalOn: '2026-05-14',
    noticeDays: 30,
    disagreements: [
      { id: 'd1', text: 'Weekly reports', scope: 'within' },
      { id: 'd2', text: 'Indexation above 4%', scope: 'beyond' },
      { id: 'd3', text: 'Settled point', scope: 'beyond', resolved: true },
    ],
    obligations: [
      { id: 'o1', side: 'client', text: 'Forecast', due: '2026-04-10' },
      { id: 'o2', side: 'we', text: 'Schedule', due: '2026-03-25' },
      { id: 'o3', side: 'we', text: 'Kept', due: '2026-03-01', done: true },
    ],
  }),
  Contract.parse({ id: 'k2', accountId: 'a1', number: 'OLD', status: 'expired', renewalOn: '2026-04-01' }),
  Contract.parse({ id: 'k3', accountId: 'other', number: 'NOT-OURS', renewalOn: '2026-04-01' }),
];
const meeting = (type: string) => Meeting.parse({ id: 'm1', accountId: 'a1', type, at: '2026-03-31T09:00:00Z' });
const prompts = (type: string) =>
  preparationPrompts({
    account,
    contacts: [],
    interactions: [],
    tasks: [],
    meetings: [],
    now,
    tz: HEL,
    meeting: meeting(type),
    contracts,
  }).filter((p) => ['contract-date', 'disagreement', 'obligation'].includes(p.kind));

describe('contract prompts', () => {
  it.each(['negotiation', 'signing', 'account-review'])(
    '%s: renewal, notice, disagreements beyond authority first, obligations of both sides',
    (type) => {
      expect(prompts(type).map((p) => [p.key, p.params])).toEqual([
        ['prompt.contractRenewal', { contract: 'FA-1', day: '2026-05-14', days: 45 }],
        ['prompt.contractNotice', { contract: 'FA-1', day: '2026-04-14', days: 15, noticeDays: 30 }],
        ['prompt.disagreement', { contract: 'FA-1', text: 'Indexation above 4%', scope: 'beyond' }],
        ['prompt.disagreement', { contract: 'FA-1', text: 'Weekly reports', scope: 'within' }],
        ['prompt.obligation', { contract: 'FA-1', side: 'we', text: 'Schedule', due: '2026-03-25', overdue: true }],
        ['prompt.obligation', { contract: 'FA-1', side: 'client', text: 'Forecast', due: '2026-04-10', overdue: false }],
      ]);
    },
  );

  it('other meeting types, or no meeting, show none', () => {
    expect(prompts('first-contact')).toEqual([]);
    expect(prompts('complaint')).toEqual([]);
    expect(
      preparationPrompts({ account, contacts: [], interactions: [], tasks: [], meetings: [], now, tz: HEL, contracts }).filter(
        (p) => p.kind === 'contract-date',
      ),
    ).toEqual([]);
  });
});
