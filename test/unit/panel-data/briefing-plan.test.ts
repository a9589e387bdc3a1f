import { testDb } from '../db/test-db';
import { createAccount } from '@/lib/db/repos/accounts';
import { scheduleMeeting } from '@/lib/db/repos/meetings';
import { createPlanFigure } from '@/lib/db/repos/plan-figures';
import { briefingFor } from '@/lib/panel-data/briefing';

/** The panel has no database: the account review's plan prompt reaches it inside the briefing. */
describe('the panel briefing of an account review', () => {
  it('carries plan against actual for the next meeting', async () => {
    const db = testDb(`briefing-plan-${Math.random()}`);
    const now = new Date();
    const account = await createAccount(db, { name: 'Plan Oy' });
    await createPlanFigure(db, {
      accountId: account.id,
      measure: 'sales',
      period: '2026-Q3',
      plan: 1000,
      actual: 640,
      currency: 'EUR',
    });
    const at = new Date(now.getTime() + 60 * 60 * 1000).toISOString();
    await scheduleMeeting(db, { accountId: account.id, type: 'account-review', at });
    const briefing = await briefingFor(db, account, [], 'manual', '', now);
    const plan = briefing.nextMeeting?.prompts.filter((p) => p.kind === 'plan-actual');
    expect(plan?.map((p) => [p.key, p.params.share, p.params.period])).toEqual([['prompt.planActual', 64, '2026-Q3']]);
  });
});
