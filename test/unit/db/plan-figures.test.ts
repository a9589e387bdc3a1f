import type { AppDB } from '@/lib/db/app-db';
import { planFiguresOf } from '@/lib/db/queries/plan-figures';
import { createPlanFigure, deletePlanFigure, restorePlanFigure, updatePlanFigure } from '@/lib/db/repos/plan-figures';
import { testDb } from './test-db';

let db: AppDB;
beforeEach(() => {
  db = testDb(`plan-${Math.random()}`);
});

describe('plan figures', () => {
  it('keeps figures in period order, currency upper-cased', async () => {
    await createPlanFigure(db, { accountId: 'a1', measure: 'sales', period: '2026-Q3', plan: 100, actual: 64, currency: 'eur' });
    await createPlanFigure(db, { accountId: 'a1', measure: 'sales', period: '2026', plan: 400, currency: 'EUR' });
    await createPlanFigure(db, { accountId: 'a1', measure: 'sales', period: '2026-Q1', plan: 90, actual: 95, currency: 'EUR' });
    await createPlanFigure(db, { accountId: 'a2', measure: 'sales', period: '2026-Q2', plan: 1 });
    const list = await planFiguresOf(db, 'a1');
    expect(list.map((f) => f.period)).toEqual(['2026', '2026-Q1', '2026-Q3']);
    expect(list[2]).toMatchObject({ currency: 'EUR', actual: 64 });
    expect(list[0]?.actual).toBeNull();
  });

  it('refuses a second figure for the same measure, currency and period, but not another currency', async () => {
    await createPlanFigure(db, { accountId: 'a1', measure: 'sales', period: '2026-Q3', plan: 100, currency: 'EUR' });
    await expect(
      createPlanFigure(db, { accountId: 'a1', measure: 'sales', period: '2026-Q3', plan: 5, currency: 'eur' }),
    ).rejects.toMatchObject({
      key: 'errorPlanFigureExists',
    });
    await createPlanFigure(db, { accountId: 'a1', measure: 'sales', period: '2026-Q3', plan: 5, currency: 'USD' });
    expect(await planFiguresOf(db, 'a1')).toHaveLength(2);
  });

  it('edits with the conflict check, and a deleted figure comes back on Undo', async () => {
    const f = await createPlanFigure(db, { accountId: 'a1', measure: 'margin', period: '2026-07', plan: 10, currency: 'EUR' });
    await updatePlanFigure(db, f.id, { actual: 12 }, { actual: null });
    // Another tab saved an actual meanwhile: this edit started from the old value and loses loudly.
    await expect(updatePlanFigure(db, f.id, { actual: 9 }, { actual: null })).rejects.toMatchObject({ key: 'errorConflict' });
    const gone = await deletePlanFigure(db, f.id);
    expect(await planFiguresOf(db, 'a1')).toEqual([]);
    await restorePlanFigure(db, gone!);
    expect(await planFiguresOf(db, 'a1')).toEqual([expect.objectContaining({ id: f.id, actual: 12 })]);
  });
});
