import { z } from 'zod';
import { Id, IsoDate, Text } from './common';

export const caseStatuses = ['open', 'in-progress', 'resolved'] as const;
export const CaseStatus = z.enum(caseStatuses);
export type CaseStatus = z.infer<typeof CaseStatus>;

/**
 * A complaint handled as a case (docs/domain.md §7): why it happened, what was done, who owns it
 * inside the company, how it ended. Emails and follow-ups link to it by id.
 */
export const ComplaintCase = z.looseObject({
  id: Id,
  accountId: Id,
  title: z.string().trim().min(1, 'title must not be empty'),
  cause: Text.default(''),
  measures: Text.default(''),
  department: Text.default(''),
  status: CaseStatus.default('open'),
  outcome: Text.default(''),
  openedAt: IsoDate,
  resolvedAt: IsoDate.nullable().default(null),
  interactionIds: z.array(Id).default([]),
  taskIds: z.array(Id).default([]),
  createdAt: IsoDate.optional(),
  updatedAt: IsoDate.optional(),
});
export type ComplaintCase = z.infer<typeof ComplaintCase>;
export type ComplaintCaseInput = z.input<typeof ComplaintCase>;
