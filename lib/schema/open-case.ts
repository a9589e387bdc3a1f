import { z } from 'zod';
import { Id, IsoDate } from './common';

/**
 * An unresolved complaint case as the panel lists it (lib/panel-data/open-cases.ts makes it in
 * the worker, where the clock and the data are): its status, how long it has been open, and the
 * history entries linked to it, so the panel shows a linked complaint under its case, not twice.
 */
export const OpenCase = z.object({
  id: Id,
  title: z.string(),
  status: z.enum(['open', 'in-progress']),
  department: z.string(),
  openedAt: IsoDate,
  /** Local days since openedAt. */
  daysOpen: z.number().int().nonnegative(),
  interactionIds: z.array(Id),
});
export type OpenCase = z.infer<typeof OpenCase>;
