import { preparationPrompts } from '@/lib/meetings/prompts';
import { Account } from '@/lib/schema/account';
import { Meeting } from '@/lib/schema/meeting';
import { PlanFigure } from '@/lib/schema/plan-figure';

const now = new Date('2026-12-01T09:00:00Z');
const account = Account.parse({ id: 'a1', name: 'Acme' });
const meeting = (type: string) => Meeting.parse({ id: 'm1', accountId: 'a1', type, at: '2026-12-02T10:00:00Z' });
const fig = (id: string, period: string, plan: number, actual: number | null, extra: Partial<PlanFigure> = {}) =>
  PlanFigure.parse({ id, accountId: 'a1', measure: 'sales', period, plan, actual, currency: 'EUR', ...extra });
const planFigures = [
  fig('q3', '2026-Q3', 120000, 76800),
  fig('q4', '2026-Q4', 125000, null),
  fig('q2', '2026-Q2', 110000, 112500),
  fig('margin', '2026-Q3', 20000, 21000, { measure: 'margin' }),
  fig('other-account', '2026-Q3', 1, 0, { accountId: 'a2' }),
];
const input = { account, contacts: [], interactions: [], tasks: [], meetings: [], now, tz: 'UTC', planFigures };

describe('plan against actual in the account review', () => {
  it('gives each measure’s latest period with an actual, furthest behind first', () => {
    const plan = preparationPrompts({ ...input, meeting: meeting('account-review') }).filter((p) => p.kind === 'plan-actual');
    expect(plan.map((p) => [p.params.measure, p.params.period, p.params.share])).toEqual([
      ['sales', '2026-Q3', 64],
      ['margin', '2026-Q3', 105],
    ]);
    expect(plan[0]).toMatchObject({
      key: 'prompt.planActual',
      refId: 'q3',
      params: { plan: 120000, actual: 76800, currency: 'EUR' },
    });
  });

  it('stays out of other meetings and of accounts without figures', () => {
    expect(preparationPrompts({ ...input, meeting: meeting('negotiation') }).some((p) => p.kind === 'plan-actual')).toBe(false);
    expect(preparationPrompts({ ...input }).some((p) => p.kind === 'plan-actual')).toBe(false);
    expect(
      preparationPrompts({ ...input, meeting: meeting('account-review'), planFigures: [] }).some((p) => p.kind === 'plan-actual'),
    ).toBe(false);
  });
});
