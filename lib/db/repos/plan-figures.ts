import { newId, nowIso, PlanFigure } from '@/lib/schema';
import type { AppDB } from '@/lib/db/app-db';
import { UserFacingError } from '@/lib/db/errors';
import { patchChecked } from './patch';

export type PlanFigureInput = Pick<PlanFigure, 'accountId' | 'measure' | 'period' | 'plan'> &
  Partial<Pick<PlanFigure, 'actual' | 'currency' | 'id'>>;

/** Two figures for the same measure, currency and period would disagree: the second is refused. */
async function assertUnique(db: AppDB, f: PlanFigure): Promise<void> {
  const same = await db.planFigures.where('accountId').equals(f.accountId).toArray();
  const clash = same.find(
    (x) =>
      x.id !== f.id && x.measure === f.measure && x.period === f.period && x.currency.toUpperCase() === f.currency.toUpperCase(),
  );
  if (clash) throw new UserFacingError('errorPlanFigureExists');
}

/** Currency codes are stored upper-cased, as invoices store them (lib/schema/invoice.ts). */
function normalized(f: PlanFigure): PlanFigure {
  return { ...f, measure: f.measure.trim(), currency: f.currency.trim().toUpperCase() };
}

export function createPlanFigure(db: AppDB, input: PlanFigureInput): Promise<PlanFigure> {
  return db.transaction('rw', db.planFigures, async () => {
    const now = nowIso();
    const figure = normalized(PlanFigure.parse({ ...input, id: input.id ?? newId(), createdAt: now, updatedAt: now }));
    await assertUnique(db, figure);
    await db.planFigures.add(figure);
    return figure;
  });
}

/** Edits with the two-tab conflict check (lib/db/repos/patch.ts). */
export function updatePlanFigure(
  db: AppDB,
  id: string,
  patch: Partial<PlanFigure>,
  base?: Partial<PlanFigure>,
): Promise<PlanFigure> {
  return db.transaction('rw', db.planFigures, async () => {
    const merged = await patchChecked<PlanFigure>(db.planFigures, id, patch, base, (m) => normalized(PlanFigure.parse(m)));
    await assertUnique(db, merged);
    return merged;
  });
}

/** Returns the deleted figure so the caller can offer Undo. */
export function deletePlanFigure(db: AppDB, id: string): Promise<PlanFigure | undefined> {
  return db.transaction('rw', db.planFigures, async () => {
    const f = await db.planFigures.get(id);
    if (f) await db.planFigures.delete(id);
    return f;
  });
}

/** Undo of a delete: the same record, same id. */
export async function restorePlanFigure(db: AppDB, figure: PlanFigure): Promise<void> {
  await db.planFigures.put(figure);
}
