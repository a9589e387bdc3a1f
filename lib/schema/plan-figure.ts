import { z } from 'zod';
import { Id, IsoDate, Text } from './common';

/** A period as the plan counts it: a year, a quarter or a month. */
export const PlanPeriod = z
  .string()
  .regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, 'must be a period like 2026, 2026-Q3 or 2026-07');

/**
 * One target of the account plan with its actual figure (docs/domain.md §6): per period and
 * measure (`sales`, `margin` or the user's own). A money measure carries its currency; figures of
 * different currencies or measures are never added together.
 */
export const PlanFigure = z.looseObject({
  id: Id,
  accountId: Id,
  measure: z.string().trim().min(1, 'measure must not be empty'),
  period: PlanPeriod,
  plan: z.number(),
  actual: z.number().nullable().default(null),
  currency: Text.default(''),
  createdAt: IsoDate.optional(),
  updatedAt: IsoDate.optional(),
});
export type PlanFigure = z.infer<typeof PlanFigure>;
