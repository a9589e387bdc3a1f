import { z } from 'zod';
import { Id, IsoDate, IsoDay } from './common';

export const TaskStatus = z.enum(['open', 'done']);

/**
 * What made a follow-up by itself: a contract's renewal or one of its obligations
 * (lib/contracts/). Such a task is rewritten when its source changes, keyed by this origin.
 */
export const TaskOrigin = z.looseObject({
  kind: z.enum(['contract-renewal', 'obligation']),
  contractId: Id,
  obligationId: Id.optional(),
});
export type TaskOrigin = z.infer<typeof TaskOrigin>;

/** A follow-up: a promise to keep (docs/domain.md §6). */
export const Task = z.looseObject({
  id: Id,
  accountId: Id,
  title: z.string().trim().min(1, 'title must not be empty'),
  due: IsoDay.nullable().default(null),
  status: TaskStatus.default('open'),
  remindAt: IsoDate.nullable().optional(),
  snoozedUntil: IsoDate.nullable().optional(),
  interactionId: Id.optional(),
  meetingId: Id.optional(),
  caseId: Id.optional(),
  origin: TaskOrigin.optional(),
  createdAt: IsoDate.optional(),
  doneAt: IsoDate.nullable().optional(),
});
export type Task = z.infer<typeof Task>;
export type TaskInput = z.input<typeof Task>;
